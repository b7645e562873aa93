"""Tasks an item lists rather than tells: one per bullet under a request's lead-in
("Further information was requested including:"), and the earlier meetings' actions an
item lists again, which set no new task (an "Update on actions arising from previous
meetings" item, or a paragraph headed "Action from last meeting:").
"""

from __future__ import annotations

import re

from ..model import Action
from ..read.text import fold
from .owners import owner_of
from .requests import REQUEST_LIST_LEAD
from .terse import OWNER_TO
from .wording import tidy


def request_lists(minutes: str) -> list[Action]:
    """One action per bullet under "Further information was requested including:"."""
    out: list[Action] = []
    lowered = minutes.lower()
    if not any(word in lowered for word in ("requested", "asked", "agreed")):
        return out  # the word every lead has: the cheap test first
    lines = minutes.split("\n")
    for i, line in enumerate(lines):
        if REQUEST_LIST_LEAD.regex.search(fold(line.strip())):
            for bullet in entries_after(lines, i + 1):
                out.append(Action(text=bullet, origin="request-list", owner=owner_of(bullet)))
    return out


def entries_after(lines: list[str], start: int) -> list[str]:
    """The entries of the list that starts at lines[start], without their marks."""
    return [entry_text(lines[k]) for k in entry_lines(lines, start)]


def entry_text(line: str) -> str:
    """A list's entry without its mark."""
    return tidy(_ENTRY.sub("", line.strip(), count=1))


def entry_lines(lines: list[str], start: int) -> list[int]:
    """Which lines from lines[start] on are a list's entries, blank lines between them
    passed over, up to the first line that is none."""
    found: list[int] = []
    for k in range(start, len(lines)):
        stripped = lines[k].strip()
        if not stripped:
            continue
        if _ENTRY.match(stripped) is None:
            break
        found.append(k)
    return found


# A list's entry: a bullet, or a number or letter ("1. that in future ...", "(b) ...").
_ENTRY = re.compile(r"(?:[•·▪]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+")


# An item that lists the actions of earlier meetings with their progress: "Update on
# Actions arising from previous meetings", "Outstanding actions" (not an "Action Log/ Matters
# Arising", where new tasks are set too).
ACTION_TRACKER = re.compile(
    r"(?i)\bactions?\s+(?:arising\s+)?from\s+(?:the\s+)?(?:previous|last|earlier|minutes)\b"
    r"|\b(?:update|progress|review)\s+on\s+(?:the\s+)?actions\b|\boutstanding\s+actions\b"
)


# A paragraph of an item that lists an earlier meeting's actions again, before what became of
# them: "Action from last meeting: Clerk to add DALC membership renewal to next agenda.",
# "Action points from previous meeting – ...".
_CARRIED = re.compile(
    r"(?i)^\W*actions?(?:\s+points?|\s+list)?\s+(?:arising\s+)?from\s+(?:the\s+)?"
    r"(?:previous|last|earlier)\s+meetings?\s*[:\-–]"
)
# What became of them, after which a task is a fresh one: "the Clerk had written to
# Highways but no reply had been received. Clerk to chase Highways again."
_STATUS = re.compile(r"(?i)\b(?:had|has|have|was|were|is|are|been|done|completed?|ongoing)\b")
# Another of the tasks listed (terse.OWNER_TO) is one whatever its own words say ("RT to
# find out who is responsible for the verge.", "RT to contact Highways re drainage since
# this is a principal source of waterlogging."); a note after it of what became of it, after
# "but", a dash or a relative clause, ends the list past it ("RT to write to Highways but no
# reply was received.", "Clerk to write – this has been done.", "RT to contact Highways,
# who have now replied.").
_BECAME = re.compile(
    r"(?i)(?:\bbut\b|,\s*(?:who|which)\b|\s[-–—]\s)[^.]*?\b(?:had|has|have|was|were|been|is|are|"
    r"done|completed?|ongoing)\b"
)


def _carried(text: str) -> list[str]:
    """The tasks that open a paragraph listing an earlier meeting's actions, up to the first
    sentence saying what became of them (a listed task's note of it, with it): one line for
    each such paragraph."""
    if "rom" not in text:
        return []
    out = []
    for p in text.split("\n\n"):
        m = _CARRIED.match(p.lstrip())
        if m is None:
            continue
        listed = [p.lstrip()[: m.end()]]
        for sentence in re.split(r"(?<=[.!?])\s+", p.lstrip()[m.end() :].lstrip()):
            if OWNER_TO.match(sentence):
                listed.append(sentence)
                if _BECAME.search(sentence):
                    break
                continue
            if _STATUS.search(sentence):
                break
            listed.append(sentence)
        out.append(" ".join(" ".join(listed).split()))
    return out


def not_carried(actions: list[Action], title: str | None, text: str) -> list[Action]:
    """The actions but those an item lists again from earlier meetings: its terse and
    labelled lines where its title says it tracks them ("1. Discuss the car park. Action –
    The Clerk" / "Action ongoing"), or in a paragraph under such a label."""
    old = ("terse", "action-line")
    if ACTION_TRACKER.search(title or ""):
        return [a for a in actions if a.origin not in old]
    carried = _carried(text)
    return [a for a in actions if a.origin not in old or not any(a.text in p for p in carried)]


# An action numbered by the date of the meeting that set it, before its task: "17/11/16-01-
# Secretary to circulate the list ..." at the meeting of 17 November 2016 is this meeting's;
# one of an earlier date, "30/06/16-01-Secretary to send ... Open.", is an earlier action
# listed again with its state, and keeps its number.
_DATED_ID = re.compile(
    r"(?m)(?:^|(?<=[.]\s))[ \t]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2}|\d{4})\s*-\s*\d{1,3}"
    r"\s*[-–:]?\s*(?=[A-Z])"
)


def this_meetings_ids(text: str, meeting_date: str | None) -> str:
    """The text with the numbers dropped from the actions this meeting numbered by its date."""
    if not meeting_date or len(meeting_date) != 10 or "/" not in text:
        return text
    year, month, day = meeting_date.split("-")

    def dropped(m: re.Match[str]) -> str:
        same = (int(m["d"]), int(m["m"]), m["y"][-2:]) == (int(day), int(month), year[-2:])
        return "" if same else m.group()

    return _DATED_ID.sub(dropped, text)
