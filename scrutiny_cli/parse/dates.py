"""Dates and times as minutes write them.

Only a date phrase we found ourselves is ever turned into a date, never a paragraph (a
minute number "5/18" is not 18 May). The precision is what the words give: a day
("2018-03-14"), a month ("2018-03") or a year.
"""

from __future__ import annotations

import functools
import re
from datetime import date

MONTH_NUMBERS = {
    name: k
    for k, names in enumerate(
        (
            # (and the misspellings minutes are typed with; and the months in Welsh, as
            # bilingual councils print them: "CYFARFOD 14 MEDI 2016")
            ("january", "jan", "janaury", "ionawr"),
            ("february", "feb", "febuary", "feburary", "chwefror"),
            ("march", "mar", "mawrth"),
            ("april", "apr", "ebrill"),
            ("may", "mai"),
            ("june", "jun", "mehefin"),
            ("july", "jul", "gorffennaf"),
            ("august", "aug", "awst"),
            ("september", "sep", "sept", "medi"),
            ("october", "oct", "hydref"),
            ("november", "nov", "tachwedd"),
            ("december", "dec", "rhagfyr"),
        ),
        start=1,
    )
    for name in names
}
MONTHS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# The months' and days' full names as printed, for the rules of other stages (a rule that
# ignores case reads them in any case).
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# (and the misspellings minutes are typed with: "ON TUSEDAY 16TH JANUARY 2018")
WEEKDAYS = (
    DAY_NAMES + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun"
    "|Tuseday|Tusday|Teusday|Wedensday|Wednsday|Wendesday|Thrusday|Thurday|Firday"
)
_ORDINAL = r"\s?(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)"  # (and the Welsh: "14eg", "1af")

# "Thursday, 3rd October, 2019", "11 January 2018", "20 th SEPTEMBER 2017", "March 2018",
# "September, 2017", "October 3, 2019", "Wed Jan 13 2016", "February the 6th 2018",
# "Tuesday night February the 6th 2018", "Monday the 3rd August 2020", "15thMay 2019",
# "27thof July 2017", "27thday of JUNE 2023" (a PDF's text lost the space), "6 th , October
# 2010" (a comma after the ordinal).
DATE_PHRASE = re.compile(
    # (a meeting over two days, its first: "Mondays, 10th & 17th August 2020")
    rf"(?:\b(?:{WEEKDAYS})s?\b\.?,?\s+(?:(?:night|evening|morning|afternoon),?\s+)?(?:the\s+)?)?"
    # (the formal "8th day of April 2013" too)
    rf"(?:\b(?P<day>\d{{1,2}})(?:(?:{_ORDINAL})?\s*(?:&|and)\s*\d{{1,2}}(?!\d))?"
    rf"(?:(?:{_ORDINAL})?\b\s+(?:(?:day\s+)?of\s+)?|(?:st|nd|rd|th)(?:(?:day\s+)?of\s+)?(?=[a-z])"
    # (or a stop after the ordinal: "Wednesday 25th. January 2017")
    rf"|{_ORDINAL}\s*,\s+|(?:st|nd|rd|th)\.\s+)|\b)"
    rf"(?P<month>{MONTHS})\b\.?"
    rf"(?:,?\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:{_ORDINAL})?\b)?"
    # (or glued to a month's stop: "10th Sept.2018"; or a space before its comma, "November
    # 2nd , 2022")
    rf"(?:\s?,?\s+|(?<=\.))(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # what every DATE_PHRASE ends with: a cheap test first
# "13/07/2017", "13.07.17", "01.03.2023": day first, as in the UK.
NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})(?![\d/])")
# Or year first, as a web page's field prints it: "Date :-2014/03/21", "2019-05-14".
YEAR_FIRST_DATE = re.compile(
    r"(?<![\d/.])(?<!\d-)((?:19|20)\d\d)([/-])(\d{1,2})\2(\d{1,2})(?![\d/.-])"
)

# "10.00 am", "7.30pm", "7PM", "2.00 p.m.", "10 a.m.", "14:00", "19.15 hrs", "1900hrs", "noon",
# "12 noon";
# never two numbers of a date ("14.01" of "14.01.25").
TIME = re.compile(
    # ("7.15.p.m."; "commencing 7-45 pm", a dash for the stop where no hour can follow it;
    # "at 7 30pm", a space for it)
    r"\b(?P<h>\d{1,2})(?:(?:[.:]|[- ](?=(?:1[3-9]|[2-5]\d)\s*[ap]\.?\s*m))(?P<m>\d{2})(?:\s*\.)?)?"
    r"\s*(?P<ap>[ap])\.?\s*m\b\.?"
    r"|(?<![\d.:/])\b(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?![.:/]\d)"
    r"(?:\s*(?:hrs|hours|h))?\b(?!\s*[ap]\.?m)"
    r"|\b(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs|hours)\b"
    r"|\b(?P<oh>[1-9]|1[0-2])\s+o['’]?\s?clock\b"  # ("commenced at 7 o'clock")
    r"|\b(?:12(?:\.00)?\s*)?(?P<noon>noon|midday)\b",  # (and "12 noon")
    re.IGNORECASE,
)


EVENING_BARE_HOUR = 7  # "1:00" to "7:59" written bare are p.m. ("8.00" may be either)


def parse_time(text: str) -> str | None:
    """The first time of day in text as HH:MM (24h), or None."""
    m = TIME.search(text)
    if not m:
        return None
    if m["ap"] and (start := _RANGE_START.search(text, 0, m.start())):
        return range_start(start[0] + m.group())  # ("7-9pm": its start, its end's "pm")
    if m["noon"]:
        return "12:00"
    if m["h24"] is not None:
        hour = int(m["h24"])
        # (a meeting's hour written without a.m. or p.m. nor a nought, "7:00", "2.30", is an
        # afternoon's or an evening's: no council meets at 2.30 in the night)
        # (not the 24-hour clock's "7.30 hrs")
        bare = len(m["h24"]) == 1 and "h" not in m.group().lower()
        hour += 12 if bare and 1 <= hour <= EVENING_BARE_HOUR else 0
        return f"{hour:02d}:{m['m24']}"
    if m["hh"] is not None:
        return f"{m['hh']}:{m['mm']}"
    if m["oh"] is not None:  # (bare, as "7:00" is: an afternoon's or an evening's hour)
        hour = int(m["oh"])
        return f"{hour + 12 if hour <= EVENING_BARE_HOUR else hour:02d}:00"
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if 12 < hour <= 23 and m["m"] and m["ap"].lower() == "p" and minute <= 59:
        return f"{hour:02d}:{minute:02d}"  # (the 24-hour clock, "p.m." added: "19:00pm")
    if hour > 12 or minute > 59:
        return None
    if m["ap"].lower() == "p" and hour != 12:
        hour += 12
    elif m["ap"].lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


# Hours whose start has no "am" or "pm" of its own: "7 to 9pm", "7 – 8.30pm", "11 - 1pm".
_HOURS = re.compile(
    r"(?i)(?P<h>\d{1,2})(?P<m>[.:]\d{2})?\s*(?:to|-|–)\s*(?P<end>\d{1,2})(?:[.:]\d{2})?\s*(?P<ap>[ap])"
)


# A range's start standing just before a time with its "am" or "pm", the start having none
# of its own: "7-9pm", "7 to 9pm", "Meeting 2 December 2019 7 -7.30 pm" (never a year's
# last figures, "2019 - 7pm", nor a date's).
_RANGE_START = re.compile(r"(?<![\d/.:])\d{1,2}(?:[.:]\d{2})?\s*(?:to|-|–)\s*$", re.I)


def range_start(text: str) -> str | None:
    """The start time in text, a range's start taking the am or pm its end gives it ("7 to
    9pm" -> 19:00, "11 - 1pm" -> 11:00)."""
    m = _HOURS.search(text)
    if m is None:
        return parse_time(text)
    ap = m["ap"].lower()
    start, end = int(m["h"]), int(m["end"])
    if ap == "p" and start != 12 and (end == 12 or start > end):
        ap = "a"  # (a morning's start before an afternoon's end: "11 - 1pm", "10 to 12.30pm")
    return parse_time(f"{m['h']}{m['m'] or ''}{ap}m")


def _iso(year: int, month: int, day: int | None) -> str | None:
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def phrase_date(m: re.Match[str]) -> str | None:
    """The ISO date (at its precision) of a DATE_PHRASE match."""
    day = m["day"] or m["day2"]
    return _iso(int(m["year"]), MONTH_NUMBERS[m["month"].lower()], int(day) if day else None)


def numeric_date(m: re.Match[str]) -> str | None:
    """The ISO date of a NUMERIC_DATE match (day first), or None if it is no date."""
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if year < 100:  # ("4.2.99": last century's, as archives of the 1990s write it)
        year += 2000 if year < 50 else 1900
    return _iso(year, month, day) if 1 <= month <= 12 else None


@functools.lru_cache(maxsize=1024)  # (a header's line is read by several of its rules)
def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first written date in text (ISO at its precision) and where it stands."""
    found = []
    year = _YEAR.search(text) is not None
    phrases = DATE_PHRASE.finditer(text) if year else ()
    for m in phrases:
        iso = phrase_date(m)
        if iso:
            found.append((m.start(), iso, m))
            break
    for m in NUMERIC_DATE.finditer(text):
        iso = numeric_date(m)
        if iso:
            found.append((m.start(), iso, m))
            break
    for m in YEAR_FIRST_DATE.finditer(text) if year else ():
        if iso := _iso(int(m[1]), int(m[3]), int(m[4])) if 1 <= int(m[3]) <= 12 else None:
            found.append((m.start(), iso, m))
            break
    if not found:
        return None
    _, iso, m = min(found, key=lambda f: f[0])
    return iso, m


def parse_full_date(text: str) -> str | None:
    """A day-precise ISO date from text, or None."""
    found = find_date(text)
    if found and len(found[0]) == 10:
        return found[0]
    return None


# A day and month with no year after them: "Monday 12th September at 7pm".
_YEARLESS = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:{_ORDINAL})?\s+(?:of\s+)?(?P<month>{MONTHS})\b\.?"
    r"(?!,?\s*(?:the\s+)?\d)",  # ("10th Sept.2018" has its year)
    re.IGNORECASE,
)


def complete_years(lines: list[str]) -> list[str]:
    """The lines with the year written after a day and month that lack one, where another
    line gives the same day and month with its year: a header's sentence "held on Monday
    12th September at 7pm" under the page's title "Parish Council Meeting 12th Sept 2016"."""
    if not any(_DAY_MONTH.search(ln) and _YEARLESS.search(ln) for ln in lines):
        return lines  # (no day and month without a year: most pages; the first test is cheap)
    years: dict[tuple[int, int], str] = {}
    for line in lines:
        for m in DATE_PHRASE.finditer(line) if _YEAR.search(line) else ():
            if m["day"] or m["day2"]:
                years.setdefault((int(m["day"] or m["day2"]), _month(m["month"])), m["year"])
    if not years:
        return lines

    def dated(m: re.Match[str]) -> str:
        year = years.get((int(m["day"]), _month(m["month"])))
        return f"{m[0]} {year}" if year else m[0]

    return [_YEARLESS.sub(dated, line) if _DAY_MONTH.search(line) else line for line in lines]


_DAY_MONTH = re.compile(rf"\d\s*(?:{_ORDINAL})?\s+(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def month_after(meeting_date: str, month_name: str) -> str | None:
    """The first month so named on or after the meeting's month: "February" after Jan 2018."""
    month = MONTH_NUMBERS.get(month_name.lower().rstrip("."))
    if month is None:
        return None
    year, current = int(meeting_date[:4]), int(meeting_date[5:7])
    if month < current:
        year += 1
    return f"{year:04d}-{month:02d}"


def municipal_year(iso_date: str) -> int:
    """Councils' years run May to April: 11 January 2018 is in 2017/18, so 2017."""
    year, month = int(iso_date[:4]), int(iso_date[5:7])
    return year if month >= 5 else year - 1


def period(text: str) -> tuple[str, str]:
    """The first and last day a filter means: "2018", "Jan 2018", "11/01/2018" (day first),
    "2018-01-11". ValueError when it is not a date."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return f"{text}-01-01", f"{text}-12-31"
    if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", text):
        iso = text
    else:
        found = find_date(text)
        if not found or found[1].group(0).strip() != text.strip(" ,."):
            raise ValueError(f"not a date: {text!r} (try 2018, Jan 2018 or 2018-01-11)")
        iso = found[0]
    try:
        if len(iso) == 10:
            date.fromisoformat(iso)
            return iso, iso
        year, month = int(iso[:4]), int(iso[5:7])
        last = (date(year + month // 12, month % 12 + 1, 1) - date.resolution).day
        return f"{iso}-01", f"{iso}-{last:02d}"
    except ValueError:
        raise ValueError(f"not a date: {text!r} (try 2018, Jan 2018 or 2018-01-11)") from None


# Dates and nothing else: "26th July and 30th", "12th May 2020" (a day's ordinal or a month
# among them: not a year alone).
_DATES_ONLY = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?|(?i:{MONTH_NAMES})|(?:19|20)\d\d|and|&)[\s,;]*)+"
)
_DAY_OR_MONTH = re.compile(rf"(?i)\d(?:st|nd|rd|th)\b|\b(?:{MONTH_NAMES})\b")


def minutes_dated(heading: str, after: str) -> bool:
    """Whether what follows a heading's colon are the dates of the minutes it takes, and so
    the heading's ("Minutes of previous meetings: 26th July and 30th"; not the next
    meeting's date, its text: "Date of next meeting: 12th May 2020")."""
    return (
        "minute" in heading.lower()
        and _DATES_ONLY.fullmatch(after) is not None
        and _DAY_OR_MONTH.search(after) is not None
    )


def council_year(first: str, second: str) -> bool:
    """Whether two years' last figures make one council year, one after the other: "14" and
    "15", "99" and "00"."""
    return (int(second) - int(first)) % 100 == 1
