"""A header of two lines: a body's name line over a line (or its first cell) that is a date
(and time) alone, "Council" / "Tuesday, 13th May, 2008 7.30 pm", with the place on the line
below or before the date; never the next meetings' dates under their heading."""

from __future__ import annotations

import re

from .dates import TIME, find_date, parse_time
from .header_cues import WHO_LINE
from .header_labels import name_line
from .header_names import without_title
from .header_prose import below_number, name_over
from .header_span import date_only, next_index, next_line, yearless_only
from .venues import building_alone, held_hour, place_after, place_first, venue_in


def name_over_date(top: list[str], i: int, give, line: str) -> set[int]:  # type: ignore[no-untyped-def]
    """A name line and, within a line or two, a line (or its first cell) that is a date (and
    time) alone: "Council" / "Tuesday, 13th May, 2008 7.30 pm"; "Full Council" / "23/09/2013
    at 6:30 pm"; or the place, then the date: "Town House, Aberdeen, 6 September 2022."."""
    if _MINUTES_FIRST.match(line) and below_number(top, i):
        return set()  # an item's heading under its number: "1" / "Minutes of the meeting ..."
    above = next((top[k] for k in range(i - 1, -1, -1) if top[k]), "")
    place, line = place_first(line, dateline=_MINUTE_OF.match(above) is not None)
    kind_gone = _MEETING_KIND.sub("", line, count=1)  # ("GENERAL MEETING MONDAY 8 JULY")
    when = date_only(kind_gone) or yearless_only(kind_gone)
    if when is None or any(_next_meetings(ln) for ln in top[max(0, i - 8) : i]):
        return set()  # (nor the next meetings' dates under their heading: "Date of next meeting")
    iso, time, after = when
    held = next_line(top, i)  # ("Wednesday, 11th May 2016" / "held at the Town Hall, ...")
    if name_line(held) and (_HELD_AT.match(below := next_line(top, next_index(top, i)))
                            or held_hour(below)):  # fmt: skip
        held = below  # (past the council's name between: "... Town Council" / "Held 7 p.m., ...")
    building: str | None = None
    if place or after:
        give("venue", place or after, 2)
    elif _HELD_AT.match(held):  # ("(The meeting was held in the ...)", "at Ash Village Hall")
        give("venue", venue_in(held.strip("()")), 2)
        give("start_time", parse_time(held), 2)
    elif hour := held_hour(held):  # ("Wyvern Town Council Held 7 p.m., Upper Hall")
        give("venue", hour[1], 2)
        give("start_time", parse_time(hour[0]), 2)
    elif "," in held and not (TIME.fullmatch(held) or find_date(held) or WHO_LINE.match(held)):
        give("venue", place_after(held.rstrip(".")), 3)  # the place alone: "Jubilee Room, ..."
        if TIME.match(held):  # (its hour first: "09:00, FF33, Kelvedon Park")
            give("start_time", parse_time(held), 3)
    elif (building := building_alone(held)) and (time or len(building.split()) > 2):
        give("venue", building, 3)  # (or alone: "St. Charles School"; with no hour, a name
        # of three words or more, "Sutton Coldfield Town Hall", never a topic, "Village Hall")
    if time is None and TIME.fullmatch(held.strip()):
        time = parse_time(held)  # the time alone on the line below: "07.30 p.m."
        below = next_line(top, next_index(top, i))  # and an address: "The Town Hall, Reigate"
        give("venue", place_after(below) if "," in below else None, 3)
    name, at = name_over(top, i, give)
    # (a page's title alone, "Minutes - 20 July 2021", or a date with no name over it, a
    # post's, yields to a header sentence below it)
    trust = 3 if name is None else 2.5  # (a minutes header sentence below it, trust 2, wins)
    give("date", iso, trust)
    give("start_time", time, trust)
    found = {i, next_index(top, i)} if building else {i}
    if name:  # (a name cut from the page's title yields to one a header sentence gives)
        give("committee", name, 3.5 if without_title(top[at]) != top[at] else 3)
        return found | {at}
    return found


# A Scottish minute's title, over its dateline: "Minute of Meeting of the ... Board" /
# "Aberdeen, Wednesday, 19 September 2018".
_MINUTE_OF = re.compile(r"(?i)minutes?\s+of\s+(?:the\s+)?meeting\s+of\b")
_MINUTES_FIRST = re.compile(r"(?i)\s*minutes\b")
# The line under a date that says where: "held at the Town Hall", "at Ash Village Hall".
_HELD_AT = re.compile(
    r"(?i)\(?(?:(?:the\s+meeting\s+was\s+)?held\s+(?:at|in|within)\s"
    r"|(?:at|in)\s+(?!(?i:attendance|the\s+chair)\b)(?:the\s+)?(?-i:[A-Z]))"
)  # (not who chaired: "In the Chair: Councillor ...")
_MEETING_KIND = re.compile(
    r"^(?i:(?:annual|general|ordinary|extraordinary|special|monthly|full|public)\s+)*"
    r"(?i:meeting)\b\s*[-–,:]?\s*(?=\S)"
)


_NEXT_MEETING = re.compile(r"(?i)\bdates?\b[^.]{0,40}\b(?:next|future|following)\s+meetings?\b")


def _next_meetings(line: str) -> bool:
    """A heading or lead-in over the next meetings' dates ("3. Date of next meeting", "The
    dates for future meetings were agreed as follows:"), not a sentence that only names one
    ("Dates of future meetings are published on the noticeboard.", "... subject to approval
    at the next meeting")."""
    return _NEXT_MEETING.search(line) is not None and not line.rstrip().endswith(".")
