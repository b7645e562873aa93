from __future__ import annotations

import pytest

from scrutiny_cli.parse.dates import find_date, month_after, municipal_year, parse_time

DATES = [
    ("held on Wednesday 25th. January 2017", "2017-01-25", "a stop after the ordinal"),
    (
        "meetings held on Mondays, 10th & 17th August 2020 on Zoom",
        "2020-08-10",
        "a meeting held over two days: its first",
    ),
    ("Thursday, 3rd October, 2019 10.00 am", "2019-10-03", "ModernGov header"),
    ("held at 2.00 pm on Thursday, 11 January 2018", "2018-01-11", "formal header"),
    ("on 14th February 2018.", "2018-02-14", "ordinal day"),
    ("in March 2018", "2018-03", "month precision"),
    ("at their meeting in September, 2017", "2017-09", "month, comma, year"),
    ("Meeting: 13/07/2017 - Board", "2017-07-13", "numeric, day first"),
    ("Planning - 4.2.99", "1999-02-04", "a year of two figures, last century's"),
    ("Planning - 4.2.19", "2019-02-04", "a year of two figures, this century's"),
    ("Further to minute 5/18", None, "a minute number is not a date"),
    ("no date here", None, "nothing"),
    ("on Wednesday 15thMay 2019, 7pm", "2019-05-15", "ordinal run into the month by a PDF"),
    ("on Thursday the 27thof July 2017 at 7.30 p.m.", "2017-07-27", "ordinal run into its 'of'"),
    (
        "on TUESDAY the 27thday of JUNE 2023 at 2.30pm",
        "2023-06-27",
        "ordinal run into the formal 'day of'",
    ),
    ("at 15thMayfield 2019", None, "an ordinal run into another word"),
    ("on Wednesday, 6 th , October 2010 at 7.00 p.m.", "2010-10-06", "a comma after an ordinal"),
    ("Wednesday, November 2nd , 2022", "2022-11-02", "a space before the year's comma"),
    ("items 5, October 2010 report", "2010-10", "a comma after a bare number is no day's"),
    ("Date :-2014/03/21", "2014-03-21", "year first, as a web page's field prints it"),
    ("Meeting date: 2019-05-14", "2019-05-14", "year first with dashes"),
    ("Minute 2019/20/05 refers", None, "year first with a month past twelve is no date"),
    ("the 2019/20 budget", None, "a financial year is no date"),
    ("CYFARFOD 14 MEDI 2016", "2016-09-14", "a Welsh month"),
    ("ar yr 8fed Ionawr 2020 yn Ystafell Ddarllen", "2020-01-08", "a Welsh ordinal and month"),
]


@pytest.mark.parametrize(("text", "expected", "note"), DATES)
def test_find_date(text: str, expected: str | None, note: str) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == expected, note


TIMES = [
    ("10.00 am", "10:00"),
    ("10.30 am", "10:30"),
    ("7.30pm", "19:30"),
    ("2.00 p.m.", "14:00"),
    ("10 a.m.", "10:00"),
    ("12.15 pm", "12:15"),
    ("14:00", "14:00"),
    ("noon", "12:00"),
    ("no time", None),
    ("held on 14.01.25 at 7pm", "19:00"),  # not "14.01" of the date
    ("on 14.01.2025", None),
    ("at 7.15.p.m. in the Village Hall", "19:15"),  # a stop before the p.m.
    ("COMMENCING AT 7.00.PM.", "19:00"),
    ("IN THE VILLAGE HALL AT 7.30 .PM.", "19:30"),
    ("Item 7. PM reported on the hedges.", None),  # (a member's initials after a number)
    ("at 7:00 online", "19:00"),  # an hour written bare, in the evening
    ("at 2.30", "14:30"),
    ("at 07:00", "07:00"),  # (a nought before it: the 24-hour clock)
    ("at 9.30", "09:30"),
    ("at 8.00", "08:00"),  # (either: read as written)
    ("at 7.30 hrs", "07:30"),  # (the 24-hour clock)
    ("at The Place 19:00pm", "19:00"),  # (the 24-hour clock, "pm" added)
    ("at 13 pm", None),
    ("commencing 7-45 pm", "19:45"),  # (a dash for the stop, where no hour could follow)
    ("Meeting held on Zoom on 8 September 2020 at 7 30pm", "19:30"),  # (a space for it)
    ("from 7-9pm", "19:00"),  # (a range's start takes its end's "pm")
    ("Meeting 2 December 2019 7 -7.30 pm", "19:00"),
    ("held on 2 March 2020 - 7pm", "19:00"),  # (a year's last figures are no range's start)
    ("from 10 to 12.30pm", "10:00"),
    ("The meeting commenced at 7 o'clock", "19:00"),  # (an hour in words, bare)
    ("at 10 o’clock in the Council Chamber", "10:00"),
    ("page 7 of 10 o", None),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_parse_time(text: str, expected: str | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("iso", "year"),
    [("2019-10-03", 2019), ("2018-01-11", 2017), ("2018-05-01", 2018), ("2018-04-30", 2017)],
)
def test_municipal_year(iso: str, year: int) -> None:
    assert municipal_year(iso) == year


def test_month_after_meeting() -> None:
    assert month_after("2018-01-11", "February") == "2018-02"
    assert month_after("2017-11-30", "February") == "2018-02"
    assert month_after("2018-01-11", "January") == "2018-01"
