"""The narrative's tasks: each sentence outside the resolutions read by the cues of
cues.NARRATIVE_CUES (undertakings, agreements, requests, terse parish forms), with the one
who acts, and a short task with the sentence that sets its scene ("The road-side gullies
are blocked again. Clerk will notify WC"). actions.py merges them with the resolutions'
and the labelled lines' tasks.
"""

from __future__ import annotations

import re

from ..model import Action
from ..read.text import fold
from . import sentences
from .action_lines import ACTION_LABEL
from .audience import sent_outside
from .cue_gates import CUE_NEEDS, has_cue
from .cues import NARRATIVE_CUES
from .not_tasks import NOT_A_TASK, THIS_MEETINGS_BUSINESS
from .owners import (
    PRONOUN_FIRST,
    PRONOUN_OWNER,
    TAG_SENTENCE,
    is_body,
    last_person,
    same_person,
    speaker,
    statement,
    strip_article,
    subject_named,
)
from .people import FIRST_NAME, INITIALS_RUN
from .requests import CUE_GATES, TASK_END
from .resolutions import block_spans
from .terse import MEMBER, OFFICE

_FIRST_SUBJECT = re.compile(rf"{FIRST_NAME}(?=\s+(?:was|were)\s)")  # "Esme was asked to ..."
_WORD = re.compile(r"[a-z]+")
_CARRIED_SUBJECT = re.compile(
    r"(?:and|but)\s|(?:was|were|be)\s+(?:also\s+)?(?:asked|requested|invited|instructed|tasked|"
    r"directed)\b",
    re.I,
)
# A promise carried on from the clause before, "but would ..." or "and will ...": a person's
# only where the sentence opens with one ("Cllr Storey did not know the cost but would find
# out", "AR has requested this and will chase it up", "Paula Kellingray has heard nothing and
# will visit the police station"); not another body's plans ("H/Ways acknowledge all
# problems reported and will investigate", "The Borough Council had been notified and will
# inform ...").
_PERSON_CARRIED = re.compile(r"but\s|and\s+(?:also\s+)?will\b", re.I)
_PERSON_FIRST = re.compile(
    rf"(?:[Tt]he\s+)?(?:{MEMBER}|{OFFICE}|(?:He|She)\b"
    r"|[A-Z][a-z]+\s+[A-Z][a-z'’-]+(?=\s+(?:has|had|is|was|advised|said|confirmed|reported|"
    r"stated|explained)\b))\b(?!\s+to\b)"  # (whole: "CDC" is no person's initials "CD")
)
_BODY_WORD = re.compile(r"\b(?:Council|Committee|Board|Authority|Services?|Department|Team)\b")
# The subject of a clause told by the sentence's subject: the promise after it is the
# speaker's only where that is the speaker ("CC noted that she did not have the figures but
# would ask the Clerk"), not another's ("The Clerk advised that the owner of land does not
# wish to sell but would consider renting it").
_TOLD_SUBJECT = re.compile(r"\bthat\s+(\w+)", re.I)
_SAME = frozenset("he she they He She They".split())
# A condition just before an undertaking's subject, not a question put: "would paint the
# seat if the Parish Council will purchase the oil" (but "asked if Cllr Birch would contact
# the school" is a request).
_CONDITION = re.compile(
    r"(?i)(?<!\bask)(?<!\basked)(?<!\benquired)(?<!\binquired)(?<!\bwondered)(?<!\bqueried)"
    r"(?<!\bknow)(?<!\bsee)\s+(?:if|unless)\s+(?:the\s+)?$"
)


def narrative(text: str) -> list[Action]:
    """Requests and undertakings in the sentences outside the resolutions."""
    out: list[Action] = []
    text = _without_resolutions(text)
    folded_text = fold(text)
    lowered = folded_text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): per sentence
        lowered = "".join(ch.lower()[0] for ch in folded_text)
    spans = _owned_clauses(folded_text, sentences.spans(text))
    last = -1  # the sentence of the last task found
    for k, (a, b) in enumerate(spans):
        folded = _recased(folded_text[a:b])
        words = set(_WORD.findall(lowered, a, b))
        if not has_cue(folded, lowered[a:b], words) or folded.rstrip().endswith((":", ":-")):
            continue
        sentence = text[a:b]
        action = _narrative_action(sentence, folded, words)
        if action and (past := NOT_A_TASK.search(folded)):
            action = _before_aside(sentence, folded, past.start()) or _later_clause(
                sentence, folded, past.end()
            )
        if action is None or THIS_MEETINGS_BUSINESS.search(folded):
            continue  # (nor this meeting's order: "Items 21 and 22 would be taken after 10")
        if action.origin == "request" and (
            _answered(folded, folded_text, spans, k) or _TOLD_AT_ONCE.search(folded)
        ):
            continue  # (a question answered at once: "X requested an update ... The Clerk
            # advised that ...", "Mr Gamble asked whether ..., but was told there was no ...")
        tag = _OWNER_TAG.match(folded) is not None
        if tag and out and last == k - 1:
            out[-1].owner = out[-1].owner or action.owner  # "... Councillors. Clerk to action."
        else:
            lead = _scene(text, folded_text, lowered, spans, k)
            if lead and out and last == k - 1 and not _one_owner(out[-1].owner, action.owner):
                lead = ""  # (another's task is no scene: "Cllr Pike will ... Clerk to write.")
            if tag and not lead:
                continue  # (a tag with nothing before it to tag is no task: "Clerk to action.")
            action.text = statement(lead + action.text) if lead else action.text
            if action.owner is None and k and PRONOUN_FIRST.match(sentence):
                action.owner = speaker(text[slice(*spans[k - 1])])
            out += _agreed_each(action)
            last = k
    return out


# A request for what could be told at once, and the answer told in the sentence after it:
# "Cllr Theodoulou requested an update on the Snooker Hall. The Clerk advised that ...".
_ASKED_TO_KNOW = re.compile(
    r"(?i)\b(?:requested|asked\s+for|sought)\s+(?:an?\s+)?(?:further\s+)?"
    r"(?:update|information|clarification|explanation|details)\b"
)
_ANSWER = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:advised|explained|replied|responded|confirmed|"
    r"reported|stated|said|informed)\b(?!\s+(?:that\s+)?(?:s?he|they|it)\s+would\b)"
)


# (or in the same sentence: "... asked whether the incidents could be linked, but was told
# there was no evidence")
_TOLD_AT_ONCE = re.compile(
    r"(?i),?\s+(?:but|and)\s+(?:was|were)\s+(?:told|advised|informed|assured)\b"
)


def _answered(folded: str, text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether a request to be told something is answered in the next sentence."""
    if not _ASKED_TO_KNOW.search(folded) or k + 1 >= len(spans):
        return False
    a, b = spans[k + 1]
    return _ANSWER.match(text, a, b) is not None


# The clauses of one agreement, each a task of its own: "it was agreed that an update on
# the contract be brought to the next meeting; that the items ... be deferred; and that an
# update on West Park be provided".
_THAT_CLAUSE = re.compile(r";\s*(?:and\s+)?that\s+(?=\S)")


# What was said before an agreement in its sentence: "Discussion ensued on the current work
# programme and it was agreed that ...": no words of the task's.
_SCENE_AND = re.compile(r"^[^;:]{0,200}?,?\s+and\s+(?=it\s+was\s+(?:\w+\s+)?agreed\s+that\b)")


def _agreed_each(action: Action) -> list[Action]:
    """The action, or one for each clause of an agreement listed after "that"."""
    if action.origin == "agreement" and (scene := _SCENE_AND.match(action.text)):
        told = action.text[scene.end() :]
        action.text = told[0].upper() + told[1:]
    if action.origin != "agreement" or "; " not in action.text:
        return [action]
    first, *rest = _THAT_CLAUSE.split(action.text)
    if not rest:
        return [action]
    return [Action(text=t.strip().rstrip(";."), origin=action.origin, owner=action.owner)
            for t in (first, *rest) if t.strip()]  # fmt: skip


def _recased(folded: str) -> str:
    """A sentence printed in capitals as it would be written, so that the cues read it: its
    owner's words before "TO" capitalised, the rest in lower case ("CLERK TO ASK NORFOLK
    ALC" -> "Clerk to ask norfolk alc"). The task's text stays as printed."""
    if not folded.isupper() or sum(c.isalpha() for c in folded) < _CAPS_LETTERS:
        return folded  # (most sentences: told at once, in C)
    to = _TO.search(folded)
    cut = to.start() if to else len(folded)
    recased = folded[:cut].title() + folded[cut:].lower()
    return recased if len(recased) == len(folded) else folded


_CAPS_LETTERS = 12  # letters a sentence in capitals needs to be read as one ("NOTED." is not)
_TO = re.compile(r"\bTO\b")


# A clause after a semicolon that opens with an owner and their task: a task of its own,
# not the sentence's first clause ("... agreed to add care of the cemetery; clerk to
# arrange STO with bank").
# (or after a dash or a comma, one owner's promise after another's: "Chair will write to Land
# Registry – Cllr Rooke will supply OS numbers", "JJ agreed to find out the cost, GF will scan
# the paperwork")
_OWNED_CLAUSE = re.compile(
    rf";\s+(?=(?:[Tt]he\s+)?(?:{OFFICE}|{MEMBER}|{INITIALS_RUN})\s+(?:is\s+)?to\s+[a-z])"
    rf"|(?:(?<=\s)[–—-]|,)\s+"
    rf"(?=(?:[Tt]he\s+)?(?:{OFFICE}|{MEMBER}|{INITIALS_RUN})\s+(?:will|would)\s+[a-z])"
)
_WILL = re.compile(r"\b(?:will|would)\s")
_PROMISE = re.compile(r"\b(?:will|would|agreed\s+to|offered\s+to)\s+[a-z]")


def _owned_clauses(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each cut after a semicolon before an owner's task, or after a dash or
    a comma before an owner's promise where the clause before it holds a promise too."""
    if ";" not in folded and not _WILL.search(folded):
        return spans  # (no clause of its own could open: most items, read in one search)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _OWNED_CLAUSE.finditer(folded, a, b):
            if m.group()[0] != ";" and not _PROMISE.search(folded, a, m.start()):
                continue  # (after a clause that promises nothing: "Hedges – Clerk will")
            out.append((a, m.start() + (m.group()[0] == ";")))  # (the dash left out)
            a = m.end()
        out.append((a, b))
    return out


# An aside after a task that tells why or what else, not what is to be done: "..., noting
# that quotes had been received", "..., as they may be affected", "... so that it may be".
_ASIDE = re.compile(
    r"(?i),\s+(?:noting|because|since|given\s+that|as\s+(?:they|it|he|she|this|there|these)\b)"
    r"|,?\s+(?:so|in\s+order)\s+that\b"
)


def _before_aside(sentence: str, folded: str, at: int) -> Action | None:
    """The task of the sentence before an aside that holds what tells of the past or of a
    maybe ("The Head of Service agreed to provide Members with an update, noting that
    quotations had been received"); none where no aside comes before at, or the words
    before it tell no task."""
    asides = list(_ASIDE.finditer(folded, 0, at))
    if not asides:
        return None
    cut = asides[-1]
    head, folded_head = sentence[: cut.start()], folded[: cut.start()]
    if NOT_A_TASK.search(folded_head):
        return None
    words = set(_WORD.findall(folded_head.lower()))
    if not has_cue(folded_head, folded_head.lower(), words):
        return None
    return _narrative_action(head, folded_head, words)


def _later_clause(sentence: str, folded: str, at: int) -> Action | None:
    """The task of a clause after the one that tells of the past or of routine ("... was
    not required – the Coordinator agreed to re-circulate the outcome"), whose owner it
    names; none where the sentence has no such clause, or it too tells no task."""
    cut = _CLAUSE.search(folded, at)
    if not cut:
        return None
    clause, folded_clause = sentence[cut.end() :], folded[cut.end() :]
    if NOT_A_TASK.search(folded_clause):
        return None
    words = set(_WORD.findall(folded_clause.lower()))
    if not has_cue(folded_clause, folded_clause.lower(), words):
        return None
    action = _narrative_action(clause, folded_clause, words)
    return action if action and action.owner else None  # (someone named to do it)


# Where a new clause starts that the one before it does not govern: a dash, a semicolon,
# "but" ("No issues were raised but the Secretary was tasked with asking ..."; not "and":
# "... was previously considered on 21st June and the Board requested that ..." is that
# meeting's request).
_CLAUSE = re.compile(r"\s[-–—]\s+|;\s+|,?\s+but\s+")


def _one_owner(before: str | None, owner: str | None) -> bool:
    return not (before and owner) or same_person(before, owner)


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
    if _NO_SCENE.search(text, a, b) and len(text[a:b].split()) < 6:
        return ""  # a vote or thanks alone says nothing of the task: "Motion carried."
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
_OWNER_TAG = re.compile(rf"{TAG_SENTENCE}\W*$")
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
        if rule.name == "undertaking" and _PERSON_CARRIED.match(folded, m.start()):
            first = _PERSON_FIRST.match(sentence)
            told = _TOLD_SUBJECT.findall(folded, 0, m.start())  # (whose clause goes on)
            if not first or _BODY_WORD.search(first.group()) or (told and told[0] not in _SAME):
                continue  # (another's plans, or a terse task's "... and will send")
        if rule.name == "obligation" and _noted_need(folded, m.start()):
            continue  # (a need among the facts noted: "Members also noted that the data
            # highlighted ... and that these issues needed to be investigated")
        if rule.name == "undertaking" and _CONDITION.search(folded, 0, m.start()):
            continue  # (a condition's "will", no promise: "... if the Parish Council will buy it")
        if rule.name == "promised-passive" and sent_outside(
            m.group(), folded[m.end() :], folded[max(0, m.start() - 60) : m.start()]
        ):
            return None  # "would be submitted to Ofsted", "shared with staff and partners"
        owner = _owner(sentence, folded, m)
        if owner is False:
            return None
        end = TASK_END.regex.search(folded, m.end())
        what = statement(sentence[: end.start()] if end else sentence)
        return Action(text=what, origin=origin, owner=owner if isinstance(owner, str) else None)
    return None


_NOTED_NEED = re.compile(r"needed\s+to\s+be\b")
_NOTED_LIST = re.compile(r"\bnoted\s+that\b[^.]*\band\s+that\b")


def _noted_need(folded: str, at: int) -> bool:
    """Whether the need at `at` is one of a list of facts noted ("noted that ... and that
    these issues needed to be investigated"), no task of its own."""
    return bool(_NOTED_NEED.match(folded, at) and _NOTED_LIST.search(folded, 0, at))


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
        subject = subject_named(sentence) or _FIRST_SUBJECT.match(sentence)
        carried = _CARRIED_SUBJECT.match(folded, m.start())
        if carried and carried.group()[:3] in ("and", "but") and not subject:
            # "It was noted that the Clerk would attempt ... and would raise ...": the one
            # who acts in the clause before
            return last_person(sentence[: m.start()])
        if not (carried and subject) or PRONOUN_OWNER.match(subject.group()):
            return None
        next_to = not sentence[subject.end() : m.start()].strip()  # "The Clerk was asked"
        carried_on = carried.group()[:3] in ("and", "but")
        return strip_article(subject.group()) if carried_on or next_to else None
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
