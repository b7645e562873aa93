"""What tells a line or an hour is not the meeting's header, though it looks like one: the
guards `header.py` asks before it reads a title, a start time or a name and a date."""

from __future__ import annotations

import re

from .dates import DAY_NAMES, MONTH_NAMES, find_date

# An item's heading, or the next meeting's, above a line: below them a name and a date are
# the item's, not the page's title ("4. Date of next meeting" / "Parish Council Meeting
# 7.30pm, 11 June 2019 Village Hall").
ITEM_HEADING = re.compile(rf"\d{{1,3}}[.)]\s+(?!(?i:{MONTH_NAMES})\b)[A-Z]")
# The business every meeting opens with, its heading in capitals, numbered or not: below it
# too the page's title is past ("APOLOGIES FOR ABSENCE. There were none." / ... / "MINUTES
# OF MEETING, Sept 27th 2022. It was proposed ..." is an item's, the earlier meeting's date).
OPENING_BUSINESS = re.compile(r"(?:APOLOGIES|DECLARATIONS?\s+OF\s+(?:\w+\s+)?INTERESTS?)\b")
# (not a draft's stamp that the minutes await approval there: "DRAFT – FOR APPROVAL AT THE
# NEXT MEETING", "Draft Minutes Subject to the Approval at the next Meeting"; but a task to
# report back "at the next meeting" is one)
NEXT_MEETING = re.compile(
    r"(?i)(?<!approval\sat\sthe\s)(?<!approved\sat\sthe\s)(?<!approval\sby\sthe\s)"
    r"(?<!confirmation\sat\sthe\s)(?<!ratification\sat\sthe\s)(?<!signing\sat\sthe\s)"
    r"\bnext\s+meeting\b"
)
# What opens an item's line, not a page's title: a number, an agenda's verb, an article
# ("1. Parish Council minutes for ...", "To approve the Council minutes for ...").
NOT_A_TITLE = re.compile(
    r"(?i)^(?:\d|(?:to|the|a|receive|signing|sign|approve|approval|confirm|confirmation|adopt|"
    r"note|noting)\b)"
)
# An hour the meeting went on at after a break, not its start: "called to order at 8.30pm
# after a short adjournment for a site visit".
AFTER_BREAK = re.compile(
    r"(?i)[\s,]*(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:adjournment|break|recess)"
)


# A body's initials in brackets after its noun, in a title: "Full Council (FC) 27th July".
_NOUN_INITIALS = re.compile(
    r"(?P<noun>\b(?:Council|Committee|Board|Panel|Authority))\s+\([A-Z]{2,5}\)"
)
# How a meeting met, in brackets inside its title: "Steering Committee (Virtual) Meeting: 15th
# May 2020" (a title's name and date are read without it).
_HOW_MET = re.compile(r"(?i)\s\((?:virtual|remote|online|hybrid|zoom|teams)\)(?=\s+meeting\b)")
# A meeting's serial number before its day: "Meeting 13/20, Tuesday 11th August 2020",
# "Meeting No. 4 Monday ...", or before "of" its date: "Minute of Meeting No 21 of 3rd March
# 2016" (not the day's own figure: "Meeting 12 March 2019").
_SERIAL = re.compile(
    rf"(?<=Meeting|MEETING)\s+(?:(?i:no)\.?\s*)?\d{{1,4}}(?:/\d{{2,4}})?(?=,?\s+(?:(?i:{DAY_NAMES})\b"
    rf"|(?i:of|on)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?i:{MONTH_NAMES})\b))"
)


def without_asides(line: str) -> str:
    """A title's line without what stands aside from its name and date: a body's initials,
    how it met, the meeting's serial number."""
    if "(" in line:
        line = _HOW_MET.sub("", _NOUN_INITIALS.sub(r"\g<noun>", line))
    return _SERIAL.sub("", line) if "eeting" in line or "EETING" in line else line


# An attendance block's label opening its line: "Present: Provost Roach, ...", "Apologies:".
_CAME = re.compile(r"(?i)(?:present|in\s+attendance|apologies)\b[^:\n]{0,20}:")


def under_dated_attendance(top: list[str], i: int) -> bool:
    """Whether line i stands below an attendance block under a header already dated above
    it ("The Inverclyde Council" / "Tuesday 28 January 2003 at 4.00 pm" / "Present: ..." /
    "Minute of Meeting of Health Improvement Committee (Special) - 28 January 2003"): a
    title there heads an item, the minutes it approves another body's."""
    came = next((k for k in range(i - 1, -1, -1) if _CAME.match(top[k])), None)
    return came is not None and any(find_date(top[k]) for k in range(came) if top[k])
