"""Actions: the requests a meeting made, with owner and due date, found in an item's text.

Three sources, in order of authority:
1. resolutions: parts that request, ask or recommend; that say something "be" circulated,
   arranged, added to the work programme ...; or that "X to do Y"; every part under a
   request lead-in ("the following items be added to the Work Programme:");
2. request lists: each bullet under "Further information was requested including:";
3. undertakings in the narrative ("Cllr X would follow up ...", "ACTION: ...") and, when no
   resolution asked for anything, "Members requested that ..." sentences.
A narrative request that repeats a resolution's is the same action, stored once.
"""

from __future__ import annotations

import re

from ..model import Action, Item, Resolution
from ..read.text import fold
from . import sentences
from .dates import find_date, month_after
from .patterns import (
    ACTION_LINE,
    BARE_MONTH,
    BODY_OWNER,
    NARRATIVE_REQUEST,
    NEXT_MEETING,
    NOT_A_REQUEST,
    OWNER_VERB,
    PASSIVE_REQUEST,
    PAST_NARRATIVE,
    REQUEST_LEAD_IN,
    REQUEST_LIST_LEAD,
    REQUEST_VERB,
    UNDERTAKING,
    UNDERTAKING_END,
)
from .resolutions import block_spans

_STOPWORDS = frozenset(
    "the a an and or of to for in on at by be that this with from was were have has had would "
    "will board members committee scrutiny meeting their they which".split()
)
_PROMISE_WORDS = re.compile(r"\b(?:would|will|agreed|undertook|offered|promised|committed)\b")
_SAME_REQUEST = 0.5  # Jaccard overlap of content words at which two requests are one


def find_actions(item: Item, meeting_date: str) -> list[Action]:
    """Every request in an item, once each."""
    actions: list[Action] = []
    for index, resolution in enumerate(item.resolutions):
        for action in _from_resolution(resolution):
            action.resolution_index = index
            actions.append(action)
    narrative = _narrative(item.minutes, item.truncated)
    narrative += _request_lists(item.minutes)
    if not actions:
        narrative += _narrative_requests(item.minutes)
    for action in narrative:
        if not any(_similar(action.text, a.text) for a in actions):
            actions.append(action)
    for action in actions:
        action.due_date, action.due_text = due_of(action.text, meeting_date)
    return actions


# --- Resolutions -----------------------------------------------------------------------------


def _from_resolution(resolution: Resolution) -> list[Action]:
    text = _tidy(resolution.text)
    lead_in = fold(resolution.lead_in or "")
    if resolution.part and REQUEST_LEAD_IN.search(lead_in):
        owner = _lead_in_owner(lead_in)
        return [Action(text=text, origin="resolution", owner=owner)]
    bullets = _infinitive_bullets(text)
    if bullets:
        return bullets
    action = _request(text)
    return [action] if action else []


def _request(text: str) -> Action | None:
    """The request a resolution sentence makes, if any."""
    folded = fold(text)
    if NOT_A_REQUEST.regex.match(folded):
        return None
    asked = REQUEST_VERB.regex.search(folded)
    if asked:
        what = _tidy(text[asked.start("what") :])
        recipient = asked["recipient"]
        owner = _strip_article(recipient) if recipient else owner_of(what)
        return Action(text=what, origin="resolution", owner=owner)
    if PASSIVE_REQUEST.search(folded):
        what = _after_that(text)
        return Action(text=what, origin="resolution", owner=owner_of(what))
    if OWNER_VERB.regex.match(folded) and not folded.lower().startswith(
        ("the scrutiny", "the board")
    ):
        return Action(text=text, origin="resolution", owner=owner_of(text))
    return None


def _infinitive_bullets(text: str) -> list[Action]:
    """ "That the Head of Finance be asked to: • provide ...; • circulate ..." is one request
    a bullet, each owned by whoever the lead names."""
    lead, _, rest = text.partition("\n•")
    if not rest or not re.search(r"\bto\s*[:\-]?\s*$", fold(lead)):
        return []
    asked = re.search(
        r"(?:that\s+)?(?P<owner>.+?)\s+(?:be\s+asked|be\s+requested|to)\b", lead, re.I
    )
    owner = (
        _strip_article(asked["owner"])
        if asked and owner_of(asked["owner"] + " to report")
        else None
    )
    bullets = [b.strip() for b in ("•" + rest).split("•") if b.strip()]
    return [Action(text=_tidy(b), origin="resolution", owner=owner) for b in bullets]


def _lead_in_owner(lead_in: str) -> str | None:
    m = re.search(r"\b(?:request|ask)s?\s+(?:that\s+)?(?P<what>.+?)\s+to\s*:", lead_in, re.I)
    return owner_of(m["what"] + " to report") if m else None


def _after_that(text: str) -> str:
    """ "Agrees that X be held ..." -> "X be held ..."."""
    m = re.match(
        r"^(?:.{0,60}?\b(?:agrees?|agreed|resolves?|decides?|decided|asks?)\s+)?that\s+",
        fold(text),
        re.I,
    )
    return _tidy(text[m.end() :]) if m else text


def owner_of(text: str) -> str | None:
    """The named subject asked to act: "the Chair give ..." -> "Chair"; None for passives."""
    m = OWNER_VERB.regex.match(fold(text))
    if not m:
        return None
    owner = text[: m.end("owner")]
    if re.match(r"(?i)(?:the\s+)?(?:following|report|next)\b", owner):
        return None
    return _strip_article(owner)


def _strip_article(owner: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", owner.strip())


# --- Narrative -------------------------------------------------------------------------------


def _narrative(minutes: str, truncated: bool) -> list[Action]:
    """Undertakings ("Cllr X would follow up ...") and ACTION: lines, outside resolutions."""
    text = _without_resolutions(minutes)
    if truncated:  # the cut paragraph of a truncated item is half a sentence
        text = text.rsplit("\n\n", 1)[0]
    out: list[Action] = []
    for line in text.split("\n"):
        m = ACTION_LINE.regex.match(fold(line.strip()))
        if m and owner_of(m["what"]):
            what = _tidy(line.strip()[m.start("what") :])
            out.append(Action(text=what, origin="action-line", owner=owner_of(what)))
    for sentence in sentences.split(text):
        action = _undertaking(sentence)
        if action:
            out.append(action)
    return out


def _undertaking(sentence: str) -> Action | None:
    """ "Cllr X would follow up ...", cut where the sentence turns to something else."""
    folded = fold(sentence)
    if not _PROMISE_WORDS.search(folded):  # cheap test before the costly pattern
        return None
    m = UNDERTAKING.regex.search(folded)
    if not m or PAST_NARRATIVE.search(folded):
        return None
    owner = m["person"] or m["owner"]
    # "The Head of Property Services" is a person: judge the head noun, before "of".
    if BODY_OWNER.search(re.split(r"\s+(?:of|for)\s+", owner)[0]):
        return None
    end = UNDERTAKING_END.regex.search(folded, m.end())
    what = sentence[m.start() : end.start() if end else len(sentence)]
    return Action(
        text=_tidy(what),
        origin="undertaking",
        owner=_strip_article(sentence[m.start() : m.start() + len(owner)]),
    )


def _request_lists(minutes: str) -> list[Action]:
    """One action per bullet under "Further information was requested including:"."""
    out: list[Action] = []
    lines = minutes.split("\n")
    for i, line in enumerate(lines):
        if not REQUEST_LIST_LEAD.regex.search(fold(line.strip())):
            continue
        for bullet in _bullets_after(lines, i + 1):
            out.append(Action(text=bullet, origin="request-list", owner=owner_of(bullet)))
    return out


def _bullets_after(lines: list[str], start: int) -> list[str]:
    bullets: list[str] = []
    for line in lines[start:]:
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("•"):
            break
        bullets.append(_tidy(stripped.lstrip("• ")))
    return bullets


def _narrative_requests(minutes: str) -> list[Action]:
    out = []
    for sentence in sentences.split(_without_resolutions(minutes)):
        folded = fold(sentence)
        m = NARRATIVE_REQUEST.regex.search(folded) if "requested that" in folded else None
        if m and not PAST_NARRATIVE.search(folded):
            what = _tidy(sentence[m.start("what") : m.end("what")])
            out.append(Action(text=what, origin="narrative-request", owner=owner_of(what)))
    return out


def _without_resolutions(minutes: str) -> str:
    """The narrative: minutes with each resolution block blanked out."""
    for start, end in reversed(block_spans(minutes)):
        minutes = minutes[:start] + "\n\n" + minutes[end:]
    return minutes


# --- Due dates -------------------------------------------------------------------------------


def due_of(text: str, meeting_date: str) -> tuple[str | None, str | None]:
    """(ISO date at the precision written, the words), or "next meeting" left to link."""
    folded = fold(text)
    found = find_date(folded)
    if found:
        iso, m = found
        words = _with_preposition(folded, m.start(), m.end())
        if iso >= meeting_date[: len(iso)]:
            return iso, text[words[0] : words[1]]
    if NEXT_MEETING.search(folded):
        return None, "next meeting"
    bare = BARE_MONTH.search(folded)
    if bare:
        return month_after(meeting_date, bare["month"]), text[bare.start() : bare.end()].strip(
            " -–"
        )
    return None, None


def _with_preposition(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.search(
        r"\b(?:on|by|in|at|to|for|before|until|during)\s+(?:the\s+)?(?:end\s+of\s+)?$",
        text[max(0, start - 30) : start],
        re.I,
    )
    return (max(0, start - 30) + m.start() if m else start), end


# --- Helpers ---------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text).strip()
    return re.sub(r"\s*[;.,]\s*(?:and|or)?\s*$", "", text).strip()


def content_words(text: str) -> set[str]:
    """Lower-case words that carry meaning, crudely stemmed ("circulated" ~ "circulate")."""
    words = re.findall(r"[a-z0-9]+", fold(text).lower())
    return {_stem(w) for w in words if len(w) > 2 and w not in _STOPWORDS}


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 5 else word


def _similar(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= _SAME_REQUEST
