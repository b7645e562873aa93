"""Tasks set out as lines: "ACTION: Clerk to write to Highways" lines, the owner lines that
follow a paragraph ("Action SH"), and the bullets under "Further information was requested
including:". A label says a task is there, so what follows it needs no narrative cue: only
an owner and a verb, or "To <verb>" with nobody named.
"""

from __future__ import annotations

import re

from ..model import Action
from ..read.text import fold
from . import sentences
from .action_lists import entry_lines, entry_text
from .labelled_tasks import INITIALS_TAG, labelled_tasks
from .owners import statement
from .people import JOINT_POST
from .requests import TASK_VERBS
from .rules import M, near_miss, rule
from .wording import tidy

# The label of a task: "ACTION:", "Action -", "ACTIONS –"; or the bare word before the
# initials or the post of the one to do it: "Action RR to make enquiries" (never the
# name of a document: "ACTION PLAN to be reviewed").
ACTION_LABEL = (
    r"(?:ACTIONS?|Actions?)(?:\s*[:\-–]|\s+(?=(?-i:(?!PLAN|POINT|LOG|LIST)(?:[A-Z]{2,4}|Clerk|Chair(?:man)?)"
    r"(?:\s*[,/&]\s*[A-Z]{2,4})*\s+to\s+[a-z])))"
)
# "ACTION: Development Manager to arrange a site visit", "Action - Clerk to write".
ACTION_LINE = rule(
    "action-line",
    rf"^{ACTION_LABEL}\s*(?P<what>\S.*)$",
    "action",
    "ACTION: Development Manager to arrange a site visit",
)
# "Action SH", "Action ALL", "Action CB, NT, JH": who does what the paragraph above says.
OWNER_LINE = rule(
    "owner-line",
    # (in capitals too, "ACTION: JB", not a heading's "ACTION PLAN" or a state's "ACTION: NONE")
    r"^(?:ACTIONS?|Actions?)\s*:?\s*(?!(?:PLAN|POINTS?|LOGS?|LIST|NOTES?|SHEET|TAKEN|NONE|NIL|DONE)\b)"
    rf"(?P<owner>[A-Z][A-Z]{{0,5}}(?:\s*[,&/]\s*[A-Z]{{1,6}})*|ALL|All|"
    rf"Clerk{JOINT_POST}?)\s*$",
    "action",
    "Action CB, NT, JH",
    flags=M,
)
near_miss("owner-line", "ACTION PLAN", "ACTION LOG", "ACTION: NONE")

# A task's state where its owner would stand ("Action: Noted", "(Action: TBC)"), no owner.
_STATES = (
    r"none|nil|n/a|noted|agreed|approved|completed?|done|closed|ongoing|deferred|pending|tb[ca]"
)
# Up to four owners, each parted from the next ("Clerk", "CB, NT & JH", "Chair and Clerk"):
# never a run of capitals split at will, which would take a line's length to the fourth power.
_OWNERS = r"[A-Z][\w'’.-]*(?:(?:\s*[,&/]\s*|\s+(?:and\s+)?)[A-Z][\w'’.-]*){0,3}"
# "... was reported as insecure. ACTION: Clerk", "... a suitable strimmer. ACTION Chair.",
# "... ACTION Constable Aldous please.": the owner of the sentence it closes.
TRAILING_OWNER = rule(
    "trailing-owner",
    # (not the words of a sentence about action: "NO ADDITIONAL ACTION WAS PROPOSED")
    # (or "Action" and initials alone after a stop or a dash: "... Bramerton. Action JB")
    r"(?<=\S)\s+(?:ACTIONS?\s*[:\-–]?|Actions?\s*[:\-–]|(?<=[.!?–-]\s)Actions?"
    r"(?=\s+[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*\s*\.?\s*$))\s*"
    # (nor a status in the owner's place: "Apologies were noted. Action: Noted", "Action: None")
    rf"(?!(?i:was|were|is|are|taken|required|needed|proposed|plan|points?|log|{_STATES})\b)"
    rf"(?P<owner>{_OWNERS})(?:\s+please)?\s*\.?\s*$",
    "action",
    "The gate was reported as insecure. ACTION: Clerk",
    flags=M,
)
near_miss(
    "trailing-owner", "The Clerk reported on the Action Plan", "ACTION: Clerk",
    "NO ADDITIONAL ACTION WAS PROPOSED",
)  # fmt: skip
# The owner's initials before the label, closing the sentence they own: "... the work as a
# goodwill gesture. LM will follow this up. LM Action."
OWNER_FIRST = rule(
    "owner-first",
    r"(?<=[.!?])\s+(?P<owner>[A-Z]{2,3}(?:\s*(?:/|&|and)\s*[A-Z]{2,3})*)\s+(?:ACTION|Action)\.?\s*$",
    "action",
    "Travis Perkins invoice passed to MT for payment. MT Action.",
    flags=M,
)
near_miss("owner-first", "The Clerk reported on the Action Plan.", "It was noted. NHS Action Plan.")
# An owner in brackets closing the line: "... Clerk to contact highways.(Act Clerk)",
# "... with the contractor. (Action: GR)"; it ends the line's last sentence (not a state in
# the owner's place: "(Action: None)", "(Action: TBC)").
BRACKET_OWNER = re.compile(
    rf"\s*\(\s*Act(?:ion)?s?\s*[.:]?\s*(?!(?i:{_STATES})\b)(?P<owner>{_OWNERS})\s*\)\s*\.?\s*$"
)
# A right-hand owner column flattened onto the end of its row: "... to get quotations.
# Clerk", "... would follow up with the County Council. Cllr. Arwel Davies/Clerk"; or the
# owner a parish clerk writes after a dash: "A litter pick would be organised – AS". Only
# the names an owner column holds, after a full stop or a dash.
_COLUMN_NAME = (
    r"(?:Clerk|Chair(?:man|person)?|All|ALL|(?:Cllrs?\.?|Councillors?)\s+(?:[A-Z][\w'’-]*\.?\s*){1,3}"
    r"|[A-Z]{2,3})"
)
OWNER_COLUMN = rule(
    "owner-column",
    rf"(?:(?<=[.!?])|\s[-–—])\s+(?P<owner>{_COLUMN_NAME}(?:\s*(?:/|&|and)\s*{_COLUMN_NAME})*)\s*$",
    "action",
    "The Clerk to look for local suppliers and to get quotations. Clerk",
    flags=M,
)
near_miss("owner-column", "Lloyds Bank, Interim Statement, balance of £8,406.93. Noted")


# An owner at a line's end whose task the next line holds: "... in Chearsley. ACTION: ME" /
# "to identify on a map trees ...".
_OWNER_AT_END = re.compile(rf"\b{ACTION_LABEL}\s*[A-Z][\w'’.&/ ]{{0,30}}$")
_TASK_NEXT = re.compile(r"\s*to\s+[a-z]")


def action_lines(text: str) -> tuple[list[Action], str]:
    """ "ACTION: X to do Y" lines, and a paragraph whose owner line follows it; and the
    text with each action line that names a task blanked, for the narrative cues (which
    must not read it as prose as well)."""
    out: list[Action] = []
    labels = "ction" in text or "CTION" in text
    lines = _task_joined(_MID_LINE_LABEL.sub("\n", text).split("\n") if labels else
                         text.split("\n"))  # fmt: skip
    prose = list(lines)
    for k, line in enumerate(lines):
        stripped = line.strip()
        m = ACTION_LINE.regex.match(fold(stripped))
        what = stripped[m.start("what") :] if m else ""
        if what.endswith(")") and "(" not in what:  # (its label's bracket opened before it)
            what = what[:-1]
        tasks = labelled_tasks(tidy(what)) if m else []
        listed = entry_lines(lines, k + 1) if len(tasks) == 1 and stripped.endswith(":") else []
        if listed:  # "ACTION: Officers to provide:" / "1. An update on ..." / "2. ..."
            out += [_entry_task(tasks[0], entry_text(lines[j])) for j in listed]
            for j in (k, *listed):
                prose[j] = ""
            continue
        if tasks:
            whole = len(tasks) > 1 and INITIALS_TAG.search(what)  # (each its own words)
            out += [task if whole else _with_scene(task, lines[:k]) for task in tasks]
            prose[k] = ""
            continue
        o = OWNER_LINE.regex.match(stripped)
        if o and k:
            task = _task_sentence(lines[:k])
            if task:
                out.append(Action(text=task, origin="action-line", owner=o["owner"].strip()))
            continue
        labelled = "CTION" in stripped or "ction" in stripped
        t = TRAILING_OWNER.regex.search(stripped) if labelled else None
        t = t or (OWNER_FIRST.regex.search(stripped) if "ction" in stripped[-8:] else None)
        t = t or _owner_column(stripped)
        b = BRACKET_OWNER.search(stripped) if not t and "(Act" in stripped else None
        if b:  # (it closes the line's last sentence, the task it tags: "Hedges not cut, Sign
            # has wrong number (Act Clerk)"; one that sets the task itself is read once)
            before = stripped[: b.start()]
            if last := sentences.spans(before)[-1:]:
                task = statement(before[last[0][0] : last[0][1]])
                out.append(Action(text=task, origin="action-line", owner=b["owner"].strip()))
            prose[k] = line.replace(stripped, _closed(before))
            continue
        if t:
            task = _task_sentence([*lines[:k], stripped[: t.start()]])
            if task:
                owner = t["owner"].strip().rstrip(".")
                out.append(Action(text=task, origin="action-line", owner=owner))
                # (its sentence ends where the owner stood, not on the next line)
                prose[k] = line.replace(stripped, _closed(stripped[: t.start()]))
    return out, "\n".join(prose)


# A label after a sentence on its line, over a task no one is named for: "... other funding
# sources. Action: To discuss how to help at the next meeting." (the task goes on a line of
# its own, read as an action line).
# Or over a task with its owner after a dash, or after any word in capitals: "... All in
# favour to approve – ACTION: JC to publish", "... approved ACTION: Clerk to file". (After a
# full stop the terse reading takes it, with its sentence: "The hedge has not been cut
# back. ACTION: Clerk to chase.")
_OWNER = r"(?:[A-Z][\w'’.&/]*(?:\s+(?:and\s+)?[A-Z][\w'’.&/]*){0,3}\s+)"
_MID_LINE_LABEL = re.compile(
    # (white space first: the look-behinds are costly to try at every character)
    r"(?=\s)(?:"
    rf"(?<=[.!?])\s+(?={ACTION_LABEL}\s*[Tt]o\s+[a-z])"
    # (or a label in capitals with its colon over the line's last sentence, a task told
    # otherwise: "... to the Committee. ACTION: A link to the report would be circulated.";
    # or in brackets, whoever is named: "... a briefing. (ACTION: PCO to arrange sessions.)")
    # (a task's words, not an owner's name alone: "... insecure. ACTION: Clerk")
    r"|(?<=[.!?])\s+(?=ACTIONS?:\s+(?!\S+\s+(?:(?:&|and)\s+\S+\s+)?to\s)[A-Z][^.!?\n]*?\s"
    r"(?:to|will|would|should)\s[^.!?\n]*[.!?]?[ \t]*(?:\n|$))"
    r"|(?<=[.!?])\s+\((?=ACTIONS?:\s+[A-Z][^.!?\n()]*?\s(?:to|will|would|should)\s[^.!?\n()]*"
    r"[.!?]?\)[ \t]*(?:\n|$))"
    rf"|\s[-–—]\s+(?={ACTION_LABEL}\s*{_OWNER}?[Tt]o\s+[a-z])"
    rf"|(?<=\w)\s+(?=ACTIONS?\s*:\s*{_OWNER}to\s+[a-z])"
    # (and after the owner's initials and the label: "... LM Action. (2) Oakwood Place ...")
    r"|(?:(?<=\b[A-Z]{2}\sAction\.)|(?<=\b[A-Z]{3}\sAction\.))\s+(?=\S)"
    # (or after the label and the initials closing a sentence: "... Bramerton. Action JB Ivy
    # to be cleared ...")
    r"|(?:(?<=[.!?]\sAction\s[A-Z]{2})|(?<=[.!?]\sAction\s[A-Z]{3}))\s+(?=[A-Z][a-z]))"
)


def _closed(sentence: str) -> str:
    """A sentence whose owner was cut from its end, with a full stop if it has none."""
    sentence = sentence.rstrip(" -–—")
    return sentence if sentence[-1:] in ".!?" else f"{sentence}."


def _task_joined(lines: list[str]) -> list[str]:
    """The lines with a task broken after its owner ("ACTION: ME" / "to identify ...") on
    one; the line it came from left blank, so that lines keep their places."""
    for k in range(len(lines) - 1):
        line = lines[k]
        if "CTION" in line and _TASK_NEXT.match(lines[k + 1]) and _OWNER_AT_END.search(line):
            lines[k], lines[k + 1] = f"{line.rstrip()} {lines[k + 1].strip()}", ""
    return lines


def _owner_column(line: str) -> re.Match[str] | None:
    """The owner at the end of a flattened row, if the row before it is long enough to be
    a task's (a row of names is not)."""
    if len(line) < 30 or not line.rstrip()[-1:].isalpha():
        return None
    m = OWNER_COLUMN.regex.search(line, len(line) - 70)  # a column holds a short name
    if not m or len(line[: m.start()].split()) < 6:
        return None
    # (the task's words outside its asides: "- The Chair of the Committee (to preside as
    # Chair of the working group) – Councillor Liz Frost" is an appointment)
    row = _ASIDE.sub(" ", line[: m.start()])
    return m if _TASK_WORDS.search(row) else None


_ASIDE = re.compile(r"\([^()]*\)")


# What a row owned in a column says to be a task: "would provide", "to get quotations",
# "agreed to", "was looking into" (not "Apologies were received").
_TASK_WORDS = re.compile(
    r"\b(?:will|would|should|must|needs?\s+to|agreed|to\s+[a-z]+|(?:is|was|are|were)\s+\w+ing)\b"
)


def _entry_task(lead: Action, entry: str) -> Action:
    """A task of a label's list: its lead's words, the colon dropped, and the entry's ("Officers
    to provide:" / "1. An update on the schemes" is "Officers to provide an update on the
    schemes")."""
    first, _, rest = entry.partition(" ")
    if first in _COMMON_FIRST:  # (a sentence's first word, which the lead now opens)
        entry = f"{first.lower()} {rest}"
    text = f"{lead.text.rstrip(':').rstrip()} {entry.rstrip('.;')}"
    return Action(text=text, origin="action-line", owner=lead.owner)


# (the common words a list's entry opens with, in lower case after the lead)
_COMMON_FIRST = frozenset("A An The Any All Some Further More Information Details".split())


# What says a sentence sets a task: "will", "should", "to be done", "He AGREED to contact"
# (a person's word; "It was agreed to purchase" is the meeting's).
_SETS_TASK = re.compile(
    r"\b(?:(?:will|would|should|must|needs?\s+to|(?<!was\s)(?i:agreed|offered|undertook)\s+to)\b"
    # (not what one is "to be": "... eligibility to be a Charity Trustee")
    r"|to\s+be\b(?!\s+(?:a|an|the)\s)"
    # (or a request of someone: "BK requested that SS resend the form", "asked SS to call")
    r"|(?:requested|asked)\s+(?:that|(?:the\s+)?[A-Z][\w'’]*\s+to)\s)"
)


# A courtesy paid at the meeting, which sets nobody a task: "The Chair welcomed Mrs Joy as a
# member of the Parish Council."
_COURTESY = re.compile(
    r"(?:The\s+)?(?:Chair(?:man|woman|person)?|Mayor|Members)\s+(?:then\s+)?"
    r"(?:welcomed|thanked|congratulated)\b"
)


def _task_sentence(before: list[str]) -> str | None:
    """The sentence of the last line above an owner line that states a task; whole, where
    it began on a line before ("... was proposed by" / "Peter Stewart and seconded by
    Claire Hume. Action: CH")."""
    para = _wrapped_line(before)
    last = para.rfind("\n") + 1
    found = [para[a:b] for a, b in sentences.spans(para) if b > last]
    if found and _IMPERATIVE.match(found[-1]):  # "... their concerns. Request further info"
        return statement(found[-1])
    for sentence in reversed(found):
        if _SETS_TASK.search(sentence):
            return statement(sentence)
    while len(found) > 1 and _COURTESY.match(found[-1]):
        found.pop()  # ("... to permit Mrs Joy to complete ... The Chair welcomed Mrs Joy ...")
    if not found or _MINUTES_PASSED.search(found[-1]):
        return None  # a label under the minutes' approval names no task
    return statement(found[-1])


_SHORT_TASK = 5  # words of a labelled task that says too little alone ("Clerk to chase up")
_VOTE = re.compile(r"(?i)\b(?:agree\w*|carried|unanimous\w*|in\s+favou?r|seconded|proposed)\b")


def _with_scene(task: Action, before: list[str]) -> Action:
    """A labelled task of a few words read with the sentence above it that says what it is
    about and sets no task itself ("Clerk emailed Planning ... but has had no reply." /
    "Action: Clerk to chase up")."""
    if len(task.text.split()) > _SHORT_TASK and not sentences.says_too_little(task.text):
        return task
    para = _wrapped_line(before)
    found = sentences.split(para)
    scene = found[-1] if found else ""
    words = len(scene.split())
    if not 4 <= words <= 45 or _SETS_TASK.search(scene) or ACTION_LINE.regex.match(scene):
        return task
    if words <= 6 and _VOTE.search(scene):
        return task  # a vote alone says nothing of the task: "All were in agreement."
    task.text = statement(f"{scene} {task.text}")
    return task


# "The adoption of the draft Minutes ... was proposed by PS and seconded by CO. Action: CO"
# (or the record alone, its heading above: "9 December: agreed and signed as a true record.
# Clerk")
_MINUTES_PASSED = re.compile(
    r"(?i)\bminutes\b[^.]{0,160}?\b(?:were|was)\s+(?:\w+\s+)?(?:proposed|seconded|approved|"
    r"adopted|agreed|accepted|confirmed|signed)\b|\bas\s+a\s+(?:true|correct|accurate|fair)\s+record\b"
)


# A task told with no one named, which the owner line after it names: "Request further
# information on the survey." (not a noun: "Contact was made with the contractor.")
_IMPERATIVE = re.compile(
    rf"(?:{TASK_VERBS})\b(?!\s+(?:\S+\s+){{0,2}}(?:was|were|is|are|has|had|showed|shows|"
    r"indicated|revealed|suggested)\b)",
    re.I,
)  # ("Repair costs were estimated at £400": a noun)
# A line broken inside its sentence: the line before ends on a word no sentence ends on or
# a comma, or this one goes on in lower case ("... their response" / "reiterated that").
_OPEN_END = re.compile(
    r"(?:,|\b(?:by|of|and|or|the|a|an|to|for|with|in|on|at|from|that|was|were|is|are|be|"
    r"been|has|have|had))\s*$"
)


def _wrapped_line(lines: list[str]) -> str:
    """The last line with text, with the lines before it its sentence was broken from
    (a list's entries, each a line with no stop, stay apart)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end - 1 if end else 0
    while (
        start > 0
        and lines[start - 1].strip()
        and (_OPEN_END.search(lines[start - 1]) or lines[start].lstrip()[:1].islower())
    ):
        start -= 1
    return "\n".join(lines[start:end])
