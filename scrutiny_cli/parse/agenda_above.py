"""A meeting's page that prints its agenda and then its minutes, one under the other:

    Footpaths Committee Meeting
    Agenda
    NOTICE IS HEREBY GIVEN that a meeting of ... will be held on Wednesday 2nd November ...
    1. Apologies
    2. To approve the minutes of the meetings held on August 17th 2022
    ...
    Minutes
    WEXCOMBE PARISH COUNCIL – FOOTPATHS COMMITTEE
    Wednesday, November 2nd , 2022

The minutes are the page's business: the agenda's summons and list above them are left
out, so the header is read from the minutes' own and the items from their numbers. So too
where a PDF flattened the pack onto one line (minutes_after_agenda).
"""

from __future__ import annotations

import re

from .header_cues import STANDING
from .header_span import date_only

# The agenda's heading near the top: "Agenda", "FOOTPATHS COMMITTEE AGENDA".
_AGENDA = re.compile(r"^\s*(?:[A-Z][\w&'’-]*\s+){0,6}(?:Agenda|AGENDA)\s*:?\s*$")
# The minutes' heading, alone on its line: "Minutes", "Draft Minutes".
_MINUTES = re.compile(r"(?i)^\s*(?:(?:draft|unapproved|approved|unconfirmed)\s+)?minutes\s*:?\s*$")
_ENTRY = re.compile(r"^\s*1\s*[.)]\s+\S")  # the agenda list's first entry: "1. Apologies"
_TOP = 6  # filled lines from the top where the agenda's heading stands
_HEADER_REACH = 3  # filled lines under "Minutes" where their header's date stands


def minutes_below_agenda(lines: list[str]) -> list[str]:
    """The lines, those of an agenda printed above the meeting's minutes blanked; the
    lines as they are on any other page."""
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    agenda = next((k for k in filled[:_TOP] if _AGENDA.match(lines[k])), None)
    if agenda is None:
        return lines
    entry = next((k for k in filled if k > agenda and _ENTRY.match(lines[k])), None)
    if entry is None:
        return lines
    for n, k in enumerate(filled):
        if k <= entry or not _MINUTES.match(lines[k]):
            continue
        # (the minutes' header under it, a line that is its date; not an item's own
        # "Minutes" heading over what was approved, "The minutes of ... were approved")
        below = [lines[j] for j in filled[n + 1 : n + 1 + _HEADER_REACH]]
        if any(date_only(ln) for ln in below):
            return [""] * k + lines[k:]
        return lines
    return lines


# An agenda pack flattened onto one line: the next meeting's summons and its numbered list
# ("... Members are hereby summoned to a council meeting to be held via Zoom on ... 1.
# Apologies for absence 2. ..."), then the minutes of the meeting before ("Unapproved
# Minutes Annual General Meeting of the Yorkshire Dales Local Access Forum Held on Tuesday
# 6 March 2012 ..."), the page's own business.
_SUMMONS = re.compile(r"(?i)\b(?:to\s+be\s+held|will\s+be\s+held|hereby\s+summoned)\b")
_AGENDA_ENTRY = re.compile(r"(?<=\s)1\.?\s+[A-Z]")
_MINUTES_HELD = re.compile(
    rf"(?i)(?<=\s)(?:(?:draft|{STANDING})\s+)?minutes\s+(?:of\s+)?"
    r"(?:the\s+|a\s+|an\s+)?[^.;]{0,120}?\bheld\s+(?:on|at|in)\b"
)
_SUMMONS_REACH = 400  # characters into the line a summons opens it in


def minutes_after_agenda(lines: list[str], long_line: int) -> list[str]:
    """The lines, the minutes' line from their title where a flattened agenda pack printed
    the next meeting's summons and list above them."""
    for i, line in enumerate(lines):
        if len(line) < long_line:
            continue
        summons = _SUMMONS.search(line, 0, _SUMMONS_REACH)
        entry = _AGENDA_ENTRY.search(line, summons.end()) if summons else None
        if entry is None:
            return lines  # (only the page's first long line may open so)
        if title := _MINUTES_HELD.search(line, entry.end()):
            return [*lines[:i], line[title.start() :], *lines[i + 1 :]]
        # (or the minutes' title opens the next line of text, a converter's break before it)
        j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if j is not None and _MINUTES_HELD.match(" " + lines[j].lstrip(), 1):
            return [*lines[:i], *[""] * (j - i), *lines[j:]]
        return lines
    return lines
