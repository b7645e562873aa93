"""Dates and times as minutes write them.

dateutil is only ever given a date phrase we found ourselves, never a paragraph (it reads
"5/18" as 18 May), and is run twice with different defaults so that the fields the text
does not give show up as disagreements: that gives the precision (day, month or year).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# "Thursday, 3rd October, 2019", "11 January 2018", "March 2018", "September, 2017",
# "October 3, 2019": a day and/or month name and a year.
DATE_PHRASE = re.compile(
    rf"(?:(?:{WEEKDAYS}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{MONTHS})\b\.?"
    rf"(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf",?\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# "13/07/2017", "13.07.17": day first, as in the UK.
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})\b")
# A month named without a year: "to the February meeting".
BARE_MONTH = re.compile(rf"\b(?P<month>{MONTHS})\b", re.IGNORECASE)

# "10.00 am", "7.30pm", "2.00 p.m.", "10 a.m.", "14:00", "noon".
TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?:\s*(?:hrs|hours))?\b(?!\s*[ap]\.?m)"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)

_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)


def parse_time(text: str) -> str | None:
    """The first time of day in text as HH:MM (24h), or None."""
    m = TIME.search(text)
    if not m:
        return None
    if m["noon"]:
        return "12:00"
    if m["h24"] is not None:
        return f"{int(m['h24']):02d}:{m['m24']}"
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 12 or minute > 59:
        return None
    if m["ap"].lower() == "p" and hour != 12:
        hour += 12
    elif m["ap"].lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _parse_twice(phrase: str) -> str | None:
    """ISO date at the precision the phrase gives: 2018-03-14, 2018-03 or 2018."""
    try:
        a = dateparser.parse(phrase, default=_DEFAULT_A, dayfirst=True, fuzzy=True)
        b = dateparser.parse(phrase, default=_DEFAULT_B, dayfirst=True, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return a.date().isoformat()


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first written date in text (ISO at its precision) and where it stands."""
    m = DATE_PHRASE.search(text)
    if m:
        iso = _parse_twice(m.group(0))
        if iso:
            return iso, m
    n = NUMERIC_DATE.search(text)
    if n:
        day, month, year = int(n[1]), int(n[2]), int(n[3])
        year += 2000 if year < 100 else 0
        try:
            return date(year, month, day).isoformat(), n
        except ValueError:
            return None
    return None


def parse_full_date(text: str) -> str | None:
    """A day-precise ISO date from text, or None."""
    found = find_date(text)
    if found and len(found[0]) == 10:
        return found[0]
    return None


def month_after(meeting_date: str, month_name: str) -> str | None:
    """The first month so named on or after the meeting's month: "February" after Jan 2018."""
    try:
        month = dateparser.parse(month_name, default=_DEFAULT_A).month
    except (ValueError, OverflowError):
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
