"""Which lines a header sentence takes: up to three (four over short ones), over a blank
line only where a line ends mid-sentence, and on over blank lines to its date where the
sentence has passed its "held" with no date yet ("MINUTES of MEETING of the COUNCIL held
in the Council" / "" / "Chambers, Midlothian House, ..., on Tuesday, 17 February" / "" /
"2015 at 2.00pm."); and the hour and place on the line after a header, the start a
header's line gives beside its date, and a line that is a date alone.
"""

from __future__ import annotations

import re

from .body_names import clean_committee
from .dates import DATE_PHRASE, DAY_NAMES, MONTH_NAMES, TIME, find_date, parse_time
from .header_cues import BUILDING_WORDS
from .header_held import held_undated
from .header_labels import LABEL_START, next_index, next_line
from .header_where import TIME_AND_PLACE
from .numbers import NUMBER_ALONE, NUMBER_LEAD
from .venues import HELD_NO_PLACE, LISTING_MARKS, clean_venue, held_hour, place_after, venue_in

_HEADER_GOES_ON = re.compile(  # (or "... CITY AND COUNTY" / "" / "COUNCIL HELD IN ...")
    # (and "Commencing at 7.15 pm and conducted by Zoom videoconference")
    # (or the body's words before its noun: "... DONINGTON LE HEATH" / "" / "PARISH COUNCIL
    # held at 7.30pm ...")
    r"(?i)(?:held|on|at|in|of|commencing)\b"
    r"|(?:[\w'’&-]+\s+){0,2}(?:council|committee|board|panel|forum)\s+held\b"
)
_WAS_HELD = re.compile(r"was\s+held\b")  # (the sentence's verb, where it has none yet)
_MONTH_END = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?$"
)  # (a date broken over lines)
_YEAR = re.compile(r"(?:19|20)\d\d\b")
# A date broken after its day over a blank line: "... VILLAGE HALL ON 20" / "" / "JUNE 2005".
# (its day named too: "... HELD IN THE BURGH CHAMBERS ON MONDAY 3RD" / "JULY 2017 AT 19:00")
_DAY_END = re.compile(rf"(?i)\bon\s+(?:(?:{DAY_NAMES}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?$")
_NAMED_DAY = re.compile(rf"(?i)(?:{DAY_NAMES}),?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s")
_MONTH_START = re.compile(rf"(?i)(?:{MONTH_NAMES})\b")
_YEAR_END = re.compile(r"\b(?:19|20)\d\d[.,]?$")
# An item's heading run into its text after a dash: "Overgrown Hedges – The owners ...".
_RUN_IN_HEADING = re.compile(r"[A-Z][\w'’&/]*(?: [\w'’&/]+){0,4} [–-] [A-Z][a-z]")
_DIGIT = re.compile(r"\d")


# A line of names after the header: "Cllr M Connell (Chairman)", "Present: ...".
_NAMES_START = re.compile(
    r"(?:Cllrs?\.?|Councillors?|Present|Apologies|Attendance)\b"
    # (in capitals, the heading alone: not "ATTENDANCE AND WELFARE PANEL HELD ON")
    r"|(?:PRESENT|APOLOGIES|ATTENDANCE)(?=\s*(?:[:\-–]|$))"
)


def paragraph(top: list[str], i: int) -> list[int]:
    """The header sentence's lines from line i."""
    span = _lines_taken(top, i)
    if not _undated(top, span):
        return _stacked_place(top, span)
    longer = _over_blanks(top, span)
    return span if _undated(top, longer) else longer


# A title page's header stacked a phrase a line, in capitals: after its date, the place and
# hour below it, "IN THE COUNCIL CHAMBER" / "COUNTY HALL" / "WEST BRIDGFORD" / "COMMENCING
# AT 10.00 AM", up to a blank line, a rule or who came.
_PLACE_OPENS = re.compile(r"(?:IN|AT|WITHIN|COMMENCING)\b")
_STACKED = 6  # lines a stacked place and hour may take
_STACKED_LINE = 60  # characters of each


def _stacked_place(top: list[str], span: list[int]) -> list[int]:
    last = span[-1]
    j = last + 1
    if j >= len(top) or not (top[last].isupper() and _PLACE_OPENS.match(top[j])):
        return span
    out = list(span)
    while j < len(top) and top[j].isupper() and len(top[j]) <= _STACKED_LINE:
        if len(out) >= len(span) + _STACKED or "PRESENT" in top[j] or _NAMES_START.match(top[j]):
            break
        out.append(j)
        j += 1
    return out


def _undated(top: list[str], span: list[int]) -> bool:
    """Whether the sentence has passed its "held" and given no whole date anywhere."""
    text = " ".join(top[k] for k in span)
    if not re.search(r"(?i)\bheld\b", text):
        return False  # (a cheap test first: most headers' lines hold no "held")
    found = find_date(text)
    return not (found and len(found[0]) == 10)


def _over_blanks(top: list[str], span: list[int]) -> list[int]:
    """The span taken on over blank lines, a line at a time, as far as the lines allowed;
    never past a stop, a list of names, a field's label or an item's number."""
    longer = list(span)
    j = span[-1] + 1
    while j < len(top) and len(longer) < _lines_of(top, longer):
        line = top[j]
        if line:
            if top[longer[-1]].endswith((".", ":")) or _NAMES_START.match(line):
                break
            if LABEL_START.match(line) or (NUMBER_LEAD.match(line) and not _YEAR.match(line)):
                break
            if not _GOES_ON.match(line):
                break  # (a sentence of its own: "The Chairman welcomed ...", "Public forum: ...")
            longer.append(j)
        j += 1
    return longer


# How a line that goes on with the sentence starts: in lower case, with a figure, a day or
# month, "on"/"at"/"commencing", or a place's name run on with a comma ("Chambers, Midlothian
# House, ..."); never a sentence's opener nor a label ("The ...", "Public forum: ...").
_GOES_ON = re.compile(
    rf"(?![A-Z][\w'’-]*(?:\s+[\w'’-]+)?\s*:)"
    rf"(?:[a-z\d]|(?i:on|at|commencing)\b|(?:{DAY_NAMES}|{MONTH_NAMES})\b"
    r"|(?!(?:The|This|These|That|It|A|An|Members|Councillors?|Cllrs?|Mr|Mrs|Ms|Dr|Public|Next)\b)"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3},)"
)


def _lines_taken(top: list[str], i: int) -> list[int]:
    """The header sentence's lines: up to three (four where the first are a word or two
    each: "MINUTES" / "of the" / "PLANNING COMMITTEE" / "held on 26th June, 2012"), over a
    blank line only where a line ends mid-sentence ("... PICTON HOUSE," / "HAVERFORDWEST")."""
    span = [i]
    j = i + 1
    while (
        j < len(top)
        and len(span) < _lines_of(top, span)
        # (a stop ends it, but for "... Extra Ordinary meeting." / "Held at ...", or a place
        # with no date yet, its day's name and date below: "held in The Mullions Hotel." /
        # "Wednesday 22nd January 2020.")
        and (
            not top[span[-1]].endswith((".", ":"))
            or top[j][:5].lower() == "held "
            or (_NAMED_DAY.match(top[j]) is not None and _undated(top, span))
        )
    ):
        if top[j]:
            numbered = NUMBER_LEAD.match(top[j]) or NUMBER_ALONE.match(top[j])
            if numbered and not (
                _date_goes_on(top[span[-1]], top[j]) or _PLACE_GOES_ON.search(top[span[-1]])
            ):
                break  # the first item (not the year of a date the line before began)
            if _NAMES_START.match(top[j]) or LABEL_START.match(top[j]) or _WHO_LABEL.match(top[j]):
                break  # who came: "Cllr M Connell (Chairman)", "Members Present: ..."; "Date
                # of meeting: ..."
            if _YEAR_END.search(top[span[-1]]) and _RUN_IN_HEADING.match(top[j]):
                break  # the sentence ended at its date, an item's heading and dash below it
            span.append(j)
        elif not re.search(r"(?i)(?:,|\b(?:of|on|at|in|held|the|and))$", top[span[-1]]) and not (
            _HEADER_GOES_ON.match(next_line(top, j))
            or (_WAS_HELD.match(next_line(top, j)) and not any("held" in top[k] for k in span))
            or _date_goes_on(top[span[-1]], next_line(top, j))
        ):
            break  # (a blank line, then "HELD IN THE VILLAGE HALL" or "ON 28th September")
        j += 1
    return span


# A header broken before its place, whose house number opens the next line: "... MEETING
# HELD AT" / "8 ENNERDALE ROAD, BLYTH ON 27th JANUARY 2015".
_PLACE_GOES_ON = re.compile(r"(?i)\bheld\s+(?:at|in)$")


def _date_goes_on(line: str, below: str) -> bool:
    """Whether a date broken at a line's end goes on below: its year under its month, or its
    month under its day ("... ON 20" / "JUNE 2005 AT 19.30")."""
    return bool(
        (_MONTH_END.search(line) and _YEAR.match(below))
        or (_DAY_END.search(line) and _MONTH_START.match(below))
    )


_WHO_LABEL = re.compile(r"(?i)^(?:members|councillors|those)\s+present\s*:")
_SHORT_LINES = 40  # characters of a header's first lines that let it take a fourth


def _lines_of(top: list[str], span: list[int]) -> int:
    """How many lines a header sentence may take: three, or four over short ones or where
    the third ends in a date's month ("... ON WEDNESDAY 13th May," / "2015, AT 10.00 A.M.")
    or the fourth is a building's noun the third broke off ("... THE KINGS HILL COMMUNITY" /
    "CENTRE")."""
    if sum(len(top[k]) for k in span) < _SHORT_LINES:
        return 4
    if len(span) != 3:
        return 3
    below = top[span[-1] + 1] if span[-1] + 1 < len(top) else ""
    return 4 if _MONTH_END.search(top[span[-1]]) or _BUILDING_NOUN.fullmatch(below) else 3


_BUILDING_NOUN = re.compile(rf"(?i)\s*(?:{BUILDING_WORDS})\b[\s,.]*")  # (alone: "CENTRE")


def time_and_place(top: list[str], last: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """The line after the header's last, when it is a time and a place alone ("7.30pm in
    the Village Hall", "Comrie Community Centre at 19.30")."""
    k = next_index(top, last)
    m = TIME_AND_PLACE.match(top[k].strip()) if k < len(top) else None
    hour = held_hour(top[k]) if m is None and k < len(top) else None
    if hour:  # ("Wyvern Town Council Held 7 p.m., Upper Hall, Town Hall,")
        give("start_time", parse_time(hour[0]), 3)
        give("venue", hour[1], 3)
        return {k}
    if m is None:
        if k >= len(top):
            return set()
        return (
            _hour_then_place(top, k, give)
            or _place_then_hour(top, k, give)
            or held_undated(top, k, give)
        )
    if m["online"] or m["building"]:
        give("venue", clean_venue(m["online"] or m["building"]), 3)
        return {k}
    give("start_time", parse_time(m["time"] or m["at"]), 3)
    give("venue", clean_venue(m["venue"] or m["place"]), 3)
    return {k}


def _hour_then_place(top: list[str], k: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """The hour alone after "At" on the line after the header, and the place after "in" on
    the next, as a double-spaced page stacks them: "held on Tuesday 24th February 2015." /
    "At 7.00pm" / "in the Seminar Room, Papworth Village Hall"."""
    m = _AT_HOUR.fullmatch(top[k].strip())
    if m is None or not TIME.fullmatch(m["time"]):
        return set()
    give("start_time", parse_time(m["time"]), 3)
    j = next_index(top, k)
    if j < len(top) and IN_PLACE.match(top[j]) and ":" not in top[j]:
        give("venue", venue_in(top[j]), 3)
        return {k, j}
    return {k}


def _place_then_hour(top: list[str], k: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """A building alone on the line after the header and the hour alone on the next, as a
    header stacked a line to a fact gives them: "Monday 5 September 2016" / "Aberlemno
    Church meeting room" / "7.30pm"."""
    j = next_index(top, k)
    if (
        j >= len(top)
        or not TIME.fullmatch(top[j].strip())
        or not _BUILDING.fullmatch(top[k].strip())
    ):
        return set()
    give("venue", clean_venue(top[k].strip()), 3)
    give("start_time", parse_time(top[j].strip()), 3)
    return {k, j}


# A building's name alone: "Aberlemno Church meeting room", "The Old School, Wexcombe".
_BUILDING = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|&|on|meeting)){0,6}?\s+"
    rf"(?i:{BUILDING_WORDS})(?:,\s+[A-Z][\w'’-]+)?"
)
_AT_HOUR = re.compile(r"(?i)(?:at|commencing(?:\s+at)?)\s+(?P<time>.+?)\.?")
# "in"/"at" and a place's capital after it: "in the Market Hall", "At Ash Village Hall".
IN_PLACE = re.compile(r"\s*(?:[Ii]n|[Aa]t)\s+(?:the\s+)?[A-Z]")


# A time the meeting ended or stopped at, never its start: "closed at 9.15pm", "to 9.30pm".
_END_TIME = re.compile(
    r"(?i)\b(?:closed|concluded|finished|ended|ending|until|till|to|adjourned)\s+(?:at\s+)?\d"
    r"|[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m"
)


def start_of(line: str) -> str | None:
    """The start time a header's line gives beside its date, if any: its first time of day
    that is no end ("10.00 a.m. - 12.20 p.m." starts at ten)."""
    m = TIME.search(line)
    if m is None or _END_TIME.search(line, max(0, m.start() - 12), m.end()):
        return None
    return None if _LASTED.match(line) else parse_time(line)  # (not "Duration: 2.30")


_LASTED = re.compile(r"(?i)\W*duration\b")


def date_only(line: str) -> tuple[str, str | None, str | None] | None:
    """(date, time, place) when the line is a date and perhaps a time and nothing else, or
    starts with them and names a place after: "Thursday 25 October 2012 at 7pm, Council
    Chamber, Wallfields"."""
    if not _DIGIT.search(line):
        return None  # every date we read has a number in it
    # (the last line of a header sentence whose first the page lost: "ON THURSDAY 19 th MAY
    # 2011 AT 7.00PM"; not "on" after a label, "Minutes of the meeting held on ...")
    line = _DATE_LABEL.sub("", re.sub(r"(?i)^(?:on|for)\s+", "", line, count=1), count=1)
    line = HELD_NO_PLACE.sub("", _MARKED.sub("", line, count=1))  # (", MOVED", "Held in Person")
    found = find_date(line)
    if not found or len(found[0]) != 10:
        return None
    before, after = line[: found[1].start()], line[found[1].end() :]
    time = parse_time(before + " " + after)
    rest = TIME.sub(" ", before + " " + after)
    if not re.sub(r"(?i)\b(?:at|am|from|commencing|to)\b|[\s,.\-–@()]", "", rest):
        return found[0], time, None
    if not _BEFORE_DATE.fullmatch(before) or not re.search(r"[A-Za-z]{3}", found[1][0]):
        return None  # a number such as "19.09.01" before a heading is an item's, no date
    place = place_after(after)
    return (found[0], time, place) if place else None


_MARKED = re.compile(rf"(?i)(?:(?<=[ap]m)|(?<=[ap]\.m\.)|(?<=\d{{4}})),\s*(?:{LISTING_MARKS})\s*$")


def yearless_only(line: str) -> tuple[None, str | None, None] | None:
    """(no date, time, no place) when the line is a day and month with no year, and perhaps
    a time, and nothing else: "MONDAY 6 NOVEMBER", "Monday 22nd July at 7pm". The meeting
    stays undated, but the line under it may still say where and when it started."""
    m = _YEARLESS_LINE.fullmatch(line.strip())
    return (None, parse_time(m["time"]) if m["time"] else None, None) if m else None


_YEARLESS_LINE = re.compile(
    rf"(?i)(?:(?:{DAY_NAMES})\s*,?\s+)?(?:the\s+)?\d{{1,2}}\s*(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{MONTH_NAMES})\.?(?:\s*,?\s*(?:at\s+)?(?P<time>\d{{1,2}}(?:[.:]\d{{2}})?\s*[ap]\.?\s*m\b\.?))?"
)


# What may stand before a date alone: "Date:", "Minutes:", "MINUTES –", "Minutes from the
# Meeting", "Notes".
_DATE_LABEL = re.compile(
    r"(?i)^(?:date\s*:|(?:minutes|notes)(?:\s+(?:of|from)\s+(?:the|a)\s+meeting(?:\s+held)?)?"
    r"\s*[:\-–]?)\s*"  # (and the Clerk's notes, minutes until approved: "Notes 2nd September")
)
# (and the time first: "7:00pm on the 25th July 2022 at the Village Hall")
_BEFORE_DATE = re.compile(
    r"(?i)\s*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?\s+)?(?:held\s+)?(?:on\s+)?"
    r"(?:[a-z]+day\b)?[\s,]*(?:the\s+)?"
)


def title_to_date(line: str) -> str | None:
    """A flattened line up to the end of its first date in words (and the hour right after
    it: "... 21 November 2016 – 7.30 pm MINUTES of MEETING"), where more follows it."""
    m = DATE_PHRASE.search(line, 0, 200)
    if m is None or not line[m.end() :].strip():
        return None
    hour = _HOUR_NEXT.match(line, m.end())
    return line[: hour.end() if hour and line[hour.end() :].strip() else m.end()]


_HOUR_NEXT = re.compile(r"(?i)\s*(?:[-–—,]\s*|\s+at\s+)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?")


# A day's name ending a body's name run on into it: "the Council Monday 27th July at 7.00pm".
DAY_IN_NAME = re.compile(rf"\s+(?=(?i:{DAY_NAMES})\b)")


def undated_header(body: str, rest: str, give) -> None:  # type: ignore[no-untyped-def]
    """A header sentence with no date, printed on the line above: "10 NOVEMBER 2011" /
    "Minutes of a meeting of the X held in the Council Chamber, ... at 9.30 am when there
    were present:" gives the body, time and place, trusted less than a dated one."""
    sentence = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])|\bwhen\b|:", rest)[0]
    # (the day, with no year, may stand after the name: "... of the Council Monday 27th July
    # at 7.00pm" / "Held in the Village Hall")
    body, *day = DAY_IN_NAME.split(body, maxsplit=1)
    give("committee", clean_committee(body), 3)
    give("start_time", parse_time(sentence) or (parse_time(day[0]) if day else None), 3)
    give("venue", venue_in(sentence), 3)


def body_then_place(para: str, start: int) -> tuple[int, str, str] | None:
    """(where the body's name ends, the place, the words from the day on) of a header
    sentence with no "held" whose body's name runs on into its place and then the day:
    "Minutes of the Ordinary Meeting of the Chobham & West End Joint Burial Committee Parish
    Pavilion, Recreation Ground, Station Road, Chobham Wednesday 4th November 2015 20.00
    hrs."."""
    m = _BODY_THEN_PLACE.match(para, start)
    return (m.end("body"), m["place"], para[m.end("place") :]) if m else None


def place_then_date(rest: str) -> tuple[str, str] | None:
    """(the place, the words from the date on) where a header's words after the meeting
    are its place and then the date, with no "held" or "at": "MINUTES OF THE FIRE
    AUTHORITY MEETING The Conference Centre, Fire and Rescue Service Headquarters,
    Carmarthen 11 FEBRUARY 2013 11.00 – 12.15"."""
    m = _PLACE_THEN_DATE.match(rest)
    return (m["place"], rest[m.end("place") :]) if m else None


# (a place's words: capitals, and the small words between them, "Fire and Rescue Service")
_PLACE_WORDS = r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|&|and|of|upon|on))*"
_PLACE_THEN_DATE = re.compile(
    # (a comma may close the place, never a day's name: "... Aytoun Hall, Auchterarder,
    # Thursday, 30 March 2017")
    rf"\s*(?P<place>(?:[Tt]he\s+)?{_PLACE_WORDS}(?:,\s+(?!(?i:{DAY_NAMES})\b){_PLACE_WORDS})+)"
    rf",?\s+(?=(?:(?i:{DAY_NAMES})\b|"
    rf"\d{{1,2}}\s*(?i:st|nd|rd|th)?\s+(?i:{MONTH_NAMES})\b))"
)
_BODY_THEN_PLACE = re.compile(
    r"(?P<body>[^,;.]{3,120}?\b(?:Committee|Council|Board|Panel|Authority|Trust|Forum|Group))\s+"
    rf"(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})+)\s+(?=(?:{DAY_NAMES})\b)"
)
