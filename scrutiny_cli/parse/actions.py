"""Actions: the requests a meeting made and the undertakings given to it, with owner and
due date, found in an item's minutes.

1. Resolution parts that request, ask or instruct; that say something "be" circulated,
   arranged, added to the work programme ...; or that "X to do Y"; every part under a
   request lead-in ("the following items be added to the Work Programme:").
2. The narrative, sentence by sentence, by the cues of cues.NARRATIVE_CUES; the bullets
   under "Further information was requested including:"; "ACTION:" lines; and a paragraph
   whose owner line follows it ("Action SH").
The same request stated twice (narrative and resolution, Decision: and Minutes:) is one
action. Each action's text is the sentence or part that states it, as the minutes word it.
"""

from __future__ import annotations

import re

from ..model import Action, Item, Resolution
from ..read.text import fold
from . import sentences
from .action_lines import ACTION_LABEL, action_lines, not_carried, request_lists
from .audience import elsewhere, sent_outside
from .cues import (
    CUE_NEEDS,
    IN_RESOLUTIONS,
    NARRATIVE_CUES,
    REPORT_TO_MEETING,
    has_cue,
)
from .not_tasks import NOT_A_TASK
from .owners import (
    PERSON_NAMED,
    PRONOUN_FIRST,
    PRONOUN_OWNER,
    THAT,
    is_body,
    last_person,
    owner_of,
    speaker,
    statement,
    strip_article,
    tidy_owner,
)
from .requests import (
    BODY_OWNER,
    CUE_GATES,
    FIRST_NAME,
    MANDATIVE_PASSIVE,
    NOT_A_REQUEST,
    OWNER_VERB,
    PASSIVE_REQUEST,
    REQUEST_LEAD_IN,
    REQUEST_VERB,
    TASK_END,
    TASK_VERBS,
    THIS_MEETINGS_BUSINESS,
)
from .resolutions import block_spans
from .wording import contained, content_words, due_of, similar, tidy

_FIRST_SUBJECT = re.compile(rf"{FIRST_NAME}(?=\s+(?:was|were)\s)")  # "Esme was asked to ..."
# (not a planning response: "raise no objection", "raise an objection to the application")
_INFINITIVE_TASK = re.compile(
    # (or who is to do it: "RESOLVED for the Clerk to write to the landowner")
    r"(?:for\s+(?:the\s+)?(?P<who>(?:[\w'’-]+\s+){1,4}?)(?=to\s))?"
    rf"(?:to\s+)?(?:{TASK_VERBS})\b(?!\s+(?:of|that|no|an?\s+objection|objections?)\b)",
    re.I,
)
_RESOLUTION_CUES = [rule for rule, _ in NARRATIVE_CUES if rule.name in IN_RESOLUTIONS]
# A parish's terse decision to ask for prices or advice, with no verb to be: "Resolved:
# Estimates requested for the work required.", "Quotes sought for the tree work."
_TERSE_ASKED = re.compile(
    r"(?i)(?:further\s+)?(?:estimates|quotes|quotations|tenders|prices|costings?|advice)\s+"
    r"(?:to\s+be\s+)?(?:requested|sought|obtained)\b"
    # (not prices had, a verb after them: "Quotes obtained from three contractors were considered")
    r"(?![^.;]*\b(?:was|were|had|has|have|is|are|remain\w*)\b)"
)
_WORD = re.compile(r"[a-z]+")
_CARRIED_SUBJECT = re.compile(
    r"and\s|(?:was|were)\s+(?:also\s+)?(?:asked|requested|invited|instructed|tasked|directed)\b",
    re.I,
)
# What stands before "asked"/"requested" when a person is the one asked: "That the Head of
# Finance be ", "the Clerk is ".
_ASKED_SUBJECT = re.compile(r"^\s*(?:that\s+)?(?P<who>\S.*?)\s+(?:be|is|are)\s+(?:also\s+)?$", re.I)


def find_actions(
    item: Item, meeting_date: str | None, committee: str | None = None
) -> list[Action]:
    """Every request in an item, once each. A request sent on to another body (a referral
    to Council, a report to another committee) is not this meeting's action."""
    actions: list[Action] = []
    for index, resolution in enumerate(item.resolutions):
        for action in _from_resolution(resolution):
            action.resolution_index = index
            actions.append(action)
    stated = len(actions)
    text = item.minutes.rsplit("\n\n", 1)[0] if item.truncated else item.minutes
    labelled, prose = action_lines(text)
    for action in request_lists(text) + _narrative(prose) + labelled:
        same = next((a for k, a in enumerate(actions) if _same(action, a, k < stated)), None)
        if same is None:
            actions.append(action)
        elif same.owner is None:
            same.owner = action.owner  # "... he was asked to contact ..." / "Action GP"
    actions = [a for a in actions if not elsewhere(a.text, committee)]
    actions = not_carried(actions, item.title, text)
    for action in actions:
        action.due_date, action.due_text = due_of(action.text, meeting_date)
        action.owner = tidy_owner(action.owner)
    return [a for k, a in enumerate(actions) if k < stated or not _restates(a, actions[:stated])]


def _restates(action: Action, stated: list[Action]) -> bool:
    """ "Members requested that this be discussed at the next meeting" beside a resolution
    that puts the matter on the next agenda: the same request, once."""
    if not re.search(r"(?i)\b(?:this|it)\b(?:\s+(?:item|matter|issue))?\s+be\b", action.text):
        return False
    return action.due_text is not None and any(a.due_text == action.due_text for a in stated)


def _same(new: Action, old: Action, from_resolution: bool) -> bool:
    """One request stated twice: the narrative and a resolution say it alike, or an owner
    line repeats a sentence ("Action: Clerk to contact Milestone Society"). Two people's
    tasks are two, however alike ("... hazard. Cllr Beech to investigate." after a task of
    the Clerk's read as its scene)."""
    told = not from_resolution and "action-line" not in (new.origin, old.origin)
    if told and new.owner and old.owner and tidy_owner(new.owner) != tidy_owner(old.owner):
        return False  # (an owner's label names the same person otherwise: "Action: PA")
    if from_resolution:  # a Member's request that the resolution then makes is looser worded
        share = 0.5 if new.origin == "request" else 0.75
        return similar(new.text, old.text) or contained(new.text, old.text, share)
    if new.origin == old.origin == "action-line":  # two labels, two tasks
        return new.text == old.text
    if new.origin in ("action-line", "terse"):  # a summary line restating the prose
        # (or the prose read with the sentence before it: "The kerb was reported. LM will
        # follow this up." / "LM will follow this up. LM Action.")
        return similar(new.text, old.text) or contained(new.text, old.text) or new.text in old.text
    return content_words(new.text) == content_words(old.text)


# --- Resolutions -----------------------------------------------------------------------------


def _from_resolution(resolution: Resolution) -> list[Action]:
    text = tidy(resolution.text)
    lead_in = fold(resolution.lead_in or "")
    if resolution.part and REQUEST_LEAD_IN.search(lead_in):
        return [Action(text=text, origin="resolution", owner=_lead_in_owner(lead_in))]
    bullets = _infinitive_bullets(text)
    if bullets:
        return bullets
    if REQUEST_LEAD_IN.search(fold(text)) and "\n" in text:  # "DEFERRED for the following reasons:"
        lines = [ln for ln in text.split("\n")[1:] if ln.strip()]
        return [Action(text=statement(ln), origin="resolution", owner=owner_of(ln)) for ln in lines]
    out = []
    for clause in _clauses(text):
        action = _request(clause)
        if action and not NOT_A_TASK.search(fold(clause)):
            out.append(action)
    return out[:1] if len(out) > 1 and similar(out[0].text, out[1].text) else out


# A motion's movers before what it decides: "Proposed by Cllr Smith, seconded by Cllr
# Jones, that the Clerk obtains quotes ...".
_MOVERS = re.compile(
    r"^(?:It\s+was\s+)?(?:proposed|moved)\b.{0,160}?\bseconded\b.{0,80}?"
    r"(?:,\s*|\s+and\s+(?:(?:unanimously\s+)?(?:agreed|resolved)\s+)?|\s+)that\s+(?=\S)",
    re.I | re.S,
)


def _clauses(text: str) -> list[str]:
    """ "X be noted and that Y be forwarded": two clauses, each judged on its own; a
    motion's decision without its movers."""
    text = _MOVERS.sub("", text, count=1)
    parts = re.split(r"\s+and\s+that\s+", text)
    return [text] if len(parts) == 1 else [p for p in parts if p.strip()]


# A referral to Council, which decides it ("recommends to Council the revised Council
# Plan"): no task. (A recommendation to Cabinet asks the executive to act, and is one.)
_REFERRAL = re.compile(r"(?i)recommend(?:s|ed)?\s+to\s+(?:the\s+)?(?:Full\s+)?Council\b")


# The verb of a clause whose subject holds a noun a task's verb is spelt like ("the Outturn
# report for 2018/19 be approved"; not "to be": "report on the costs to be incurred").
# Where the clause's own words end: "and", a semicolon, or a clause of its own ("the Town
# Clerk write to the landowner requesting that the hedge be trimmed").
_MAIN_CLAUSE = re.compile(r"\s+and\s+|;|\b(?:that|which|who|requesting|asking|so)\b")
_NOUN_BEFORE_BE = re.compile(r"(?<!\bto )\bbe\s+(?:\w+ed|given|held|made|taken|sent|noted)\b")
_REMITTED_TO = re.compile(r"^(?:back\s+)?to\s+(?=(?:the\s+)?[A-Z])")


def _request(text: str) -> Action | None:
    """The request a resolution's words make, if any."""
    folded = fold(text)
    if NOT_A_REQUEST.regex.match(folded) and not REPORT_TO_MEETING.search(folded):
        return None  # "Notes the report", but not "Notes that the group will report to ..."
    if THIS_MEETINGS_BUSINESS.search(folded):
        return None  # "That all items be considered in public"
    asked = REQUEST_VERB.regex.search(folded)
    if asked:
        recipient = asked["recipient"]
        if recipient and _REFERRAL.match(folded, asked.start()):
            return None  # "recommends to Council the revised Plan": a referral, no task
        what = tidy(text[asked.start("what") :])
        # ("remitted to the Director of Place to submit ...": the one it is remitted to)
        owner = strip_article(recipient) if recipient else owner_of(_REMITTED_TO.sub("", what))
        # "That the Director of Place be asked to report ...": the one asked is the subject.
        asked_subject = _ASKED_SUBJECT.match(folded[: asked.start()])
        if owner is None and asked_subject:
            owner = owner_of(
                text[asked_subject.start("who") : asked_subject.end("who")] + " to report"
            )
        return Action(text=text, origin="resolution", owner=owner)
    asked_to = _after_that(text)  # "Agrees that X be held ..." -> "X be held ..."
    if PASSIVE_REQUEST.search(folded) or MANDATIVE_PASSIVE.regex.match(fold(asked_to)):
        return Action(text=asked_to, origin="resolution", owner=owner_of(asked_to))
    if (task := _INFINITIVE_TASK.match(folded)) or _TERSE_ASKED.match(folded):
        who = task["who"] if task else None  # ("RESOLVED to write ...": no one named)
        return Action(text=text, origin="resolution", owner=strip_article(who) if who else None)
    # ("The Council agreed that the Clerk write ...": the one asked, after the body's word)
    clause = THAT.sub("", fold(asked_to), count=1)
    subject = OWNER_VERB.regex.match(clause)
    if subject and _NOUN_BEFORE_BE.search(_MAIN_CLAUSE.split(clause[subject.end() :])[0]):
        subject = None  # "the Outturn report for 2018/19 be approved": a noun, not a verb
    if subject and not BODY_OWNER.search(re.split(r"\s+(?:of|for)\s+", subject["owner"])[0]):
        return Action(text=text, origin="resolution", owner=owner_of(asked_to))
    for rule in _RESOLUTION_CUES:
        if rule.regex.search(folded):  # an agreement, a terse "X to ...", a deferral
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
        strip_article(asked["owner"]) if asked and owner_of(asked["owner"] + " to report") else None
    )
    bullets = [b.strip() for b in ("•" + rest).split("•") if b.strip()]
    return [Action(text=tidy(b), origin="resolution", owner=owner) for b in bullets]


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
    return tidy(text[m.end() :]) if m else text


# --- Narrative -------------------------------------------------------------------------------


def _narrative(text: str) -> list[Action]:
    """Requests and undertakings in the sentences outside the resolutions."""
    out: list[Action] = []
    text = _without_resolutions(text)
    folded_text = fold(text)
    lowered = folded_text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): per sentence
        lowered = "".join(ch.lower()[0] for ch in folded_text)
    spans = sentences.spans(text)
    last = -1  # the sentence of the last task found
    for k, (a, b) in enumerate(spans):
        folded = folded_text[a:b]
        words = set(_WORD.findall(lowered, a, b))
        if not has_cue(folded, lowered[a:b], words) or folded.rstrip().endswith((":", ":-")):
            continue
        sentence = text[a:b]
        action = _narrative_action(sentence, folded, words)
        if action and last == k - 1 and _OWNER_TAG.match(folded):
            out[-1].owner = out[-1].owner or action.owner  # "... Councillors. Clerk to action."
        elif action and not NOT_A_TASK.search(folded):  # the past, routine: no task
            lead = _scene(text, folded_text, lowered, spans, k)
            action.text = statement(lead + action.text) if lead else action.text
            if action.owner is None and k and PRONOUN_FIRST.match(sentence):
                action.owner = speaker(text[slice(*spans[k - 1])])
            out.append(action)
            last = k
    return out


def _scene(text: str, folded: str, lowered: str, spans: list[tuple[int, int]], k: int) -> str:
    """The sentence before a short task's, and a space, where the task is read with it:
    "Office to request", "Chair will consider this" say too little alone; and a task of a
    few words after a sentence in its paragraph that sets the scene and asks nothing
    ("The road-side gullies are blocked again. Clerk will notify WC"), labelled or not
    ("... too many crossings out. ACTION: JL to resubmit.")."""
    sentence = text[slice(*spans[k])] if k else ""
    if not sentence:
        return ""
    a, b = spans[k - 1]
    label = _LABEL_FIRST.match(sentence)
    sentence = sentence[label.end() :] if label else sentence
    if not sentences.says_too_little(sentence):
        if len(sentence.split()) > SHORT_TASK_WORDS or "\n" in text[b : spans[k][0]]:
            return ""
        if not 4 <= len(text[a:b].split()) <= 45:  # not "Motion carried.", nor a report
            return ""
        broken = _BROKEN_TAIL.match(text, a) and not text[:a].rstrip().endswith(":")
        if broken or _NO_SCENE.search(text, a, b):
            return ""  # a sentence's broken tail; a vote, thanks: nothing the task is about
        before = set(_WORD.findall(lowered, a, b))
        if has_cue(folded[a:b], lowered[a:b], before) and _narrative_action(
            text[a:b], folded[a:b], before
        ):
            return ""  # a task of its own, read alone
    return text[a:b] + " "


# An owner's tag on the task before it, in a sentence of its own: "Clerk to action.",
# "Dave to action".
_OWNER_TAG = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}to\s+action\W*$")
SHORT_TASK_WORDS = 8  # "PC Wylie said that he would investigate"
_NO_SCENE = re.compile(
    r"(?i)\b(?:proposed\s+by|seconded|in\s+favour|carried(?!\s+out)|unanimously|thanked|"
    r"thanks|welcomed)\b"
)
# A sentence that opens in lower case, not with a list's letter ("b) The signs ..."): the
# tail of one broken off ("details of the Wellbeing monies.").
_BROKEN_TAIL = re.compile(r"[\s•·*-]*(?!\(?[a-z]{1,4}[.)])[a-z]")
_LABEL_FIRST = re.compile(rf"\s*{ACTION_LABEL}")


def _narrative_action(sentence: str, folded: str, words: set[str]) -> Action | None:
    """The request or undertaking of one sentence by the first cue that reads it."""
    for rule, origin in NARRATIVE_CUES:
        if CUE_NEEDS[rule.name].isdisjoint(words):
            continue
        gate = CUE_GATES.get(rule.name)
        if gate and not gate.search(folded):
            continue
        m = rule.regex.search(folded)
        if not m or _lead_in(folded, m.end()):
            continue
        if rule.name == "promised-passive" and sent_outside(m.group(), folded[m.end() :]):
            return None  # "would be submitted to Ofsted", "shared with staff and partners"
        owner = _owner(sentence, folded, m)
        if owner is False:
            return None
        end = TASK_END.regex.search(folded, m.end())
        what = statement(sentence[: end.start()] if end else sentence)
        return Action(text=what, origin=origin, owner=owner if isinstance(owner, str) else None)
    return None


def _lead_in(folded: str, at: int) -> bool:
    """The cue is on a line that ends with a colon: "Comments on applications to be
    determined by the County Council:" introduces a list, it asks for nothing."""
    end = folded.find("\n", at)
    return end != -1 and folded[:end].rstrip().endswith((":", ":-"))


def _owner(sentence: str, folded: str, m: re.Match[str]) -> str | bool | None:
    """Who undertook it: the person named (the one a pronoun stands for); False when the
    subject is a body ("The LSCB would report ..."), which is narrative, not a promise."""
    groups = m.groupdict()
    # the one named as acting: in an undertaking, a terse task, or "asked the Clerk to ..."
    group = next(
        (g for g in ("person", "owner", "asked", "first", "named", "initials") if groups.get(g)), ""
    )
    who = groups[group] if group else None
    if not who:
        # "The Licensing Manager confirmed ... and agreed to circulate", "The Clerk was asked
        # to chase ...": the sentence's subject is the one who acts.
        subject = PERSON_NAMED.match(sentence) or _FIRST_SUBJECT.match(sentence)
        carried = _CARRIED_SUBJECT.match(folded, m.start())
        if carried and carried.group()[:3] == "and" and not subject:
            # "It was noted that the Clerk would attempt ... and would raise ...": the one
            # who acts in the clause before
            return last_person(sentence[: m.start()])
        if not (carried and subject) or PRONOUN_OWNER.match(subject.group()):
            return None
        next_to = not sentence[subject.end() : m.start()].strip()  # "The Clerk was asked"
        return strip_article(subject.group()) if carried.group()[:3] == "and" or next_to else None
    start = m.start(group)
    who = sentence[start : start + len(who)].strip()
    if PRONOUN_OWNER.match(who):
        return last_person(sentence[:start])
    return False if is_body(who) else strip_article(who)


def _without_resolutions(minutes: str) -> str:
    """The narrative: minutes with each resolution block blanked out."""
    for start, end in reversed(block_spans(minutes)):
        minutes = minutes[:start] + "\n\n" + minutes[end:]
    return minutes
