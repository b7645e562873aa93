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
out, so the header is read from the minutes' own and the items from their numbers.
"""

from __future__ import annotations

import re

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
