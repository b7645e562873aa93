"""What the tracker is made of: plain dataclasses that report.py fills and the renderers
(report_render.py, report_chart.py, report_docx.py, report_xlsx.py) lay out; and the
cleaning every text from the minutes gets before it goes into a document."""

from __future__ import annotations

import calendar
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .output import terminal_safe

Row = Mapping[str, Any]  # a row of query_report.py's (sqlite3.Row, or a dict in tests)


@dataclass(slots=True)
class Update:
    """What a later minute (or a person) said of an action: where, when and the words."""

    ref: str | None  # the minute that said it; None when a person did
    date: str
    quote: str

    def __str__(self) -> str:
        where = f"{self.ref} ({self.date})" if self.ref else f"set by hand ({self.date})"
        return f"{where}: {self.quote}"


@dataclass(slots=True)
class Asked:
    """Where an action was asked, and what: the part every row about an action shares."""

    key: str
    short_key: str
    committee: str
    meeting_date: str
    minute_ref: str
    text: str

    @property
    def reference(self) -> str:
        return f"{self.minute_ref} · {self.short_key}"


@dataclass(slots=True)
class Line(Asked):
    """One outstanding action (open, or addressed and waiting for the committee)."""

    owner: str | None
    due: str | None  # the due date at its precision, else the words ("next meeting")
    status: str
    rag: str
    rag_reason: str
    update: Update | None
    days_outstanding: int


@dataclass(slots=True)
class Closed(Asked):
    """An action closed since the committee's last meeting, for it to confirm."""

    evidence: Update
    days_to_close: int


@dataclass(slots=True)
class Recommendation:
    """A resolution recommending to the executive or Council, and the answer to it."""

    committee: str
    meeting_date: str
    minute_ref: str
    text: str
    to: str
    response_due: str
    response: Update | None
    flagged: bool  # no response recorded by the date it was due

    @property
    def state(self) -> str:
        if self.response:
            return "response recorded"
        return "no response recorded" if self.flagged else "awaiting response"


@dataclass(frozen=True)
class Group:
    """The outstanding actions one meeting asked for."""

    committee: str
    date: str
    lines: list[Line]


@dataclass(frozen=True)
class Summary:
    open: int
    overdue: int
    addressed: int
    closed_since: int
    median_days_to_close: int | None

    def __str__(self) -> str:
        median = (
            f"{self.median_days_to_close} days"
            if self.median_days_to_close is not None
            else "none closed yet"
        )
        return (
            f"{self.open} open ({self.overdue} overdue), {self.addressed} addressed awaiting "
            f"confirmation, {self.closed_since} closed since the last meeting; median time "
            f"to close: {median}"
        )


@dataclass(frozen=True)
class Bar:
    """One meeting in the chart: actions it asked for, and actions its minutes answered."""

    label: str
    raised: int
    answered: int


@dataclass(frozen=True)
class Tracker:
    committees: list[str]
    as_of: str
    since: str | None
    last_meetings: dict[str, str]  # committee -> its last meeting before as_of
    groups: list[Group]
    closed: list[Closed]
    recommendations: list[Recommendation]
    summary: Summary
    bars: list[Bar]
    ages: list[tuple[str, int]]  # open actions by age
    # Rows counted but left out of each table (a terminal's screenful: report.build's keep).
    more_outstanding: int = 0
    more_closed: int = 0
    more_recommendations: int = 0

    @property
    def empty(self) -> bool:
        return not (self.groups or self.closed or self.recommendations)

    @property
    def lines(self) -> list[Line]:
        return [line for g in self.groups for line in g.lines]


Status = tuple[str, Update | None]  # an action's status, and the latest word on it


def add_months(day: date, months: int) -> date:
    """The same day so many months on (the month's last day when it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@functools.lru_cache(maxsize=1024)
def clean_name(committee: str) -> str:
    """A committee's name, cleaned once (it is on every row)."""
    return clean(committee)


def clean(text: str) -> str:
    """Text from the minutes on one line, without control characters, for a document."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # most text: nothing to take out (the check runs in C)
    return " ".join(terminal_safe(text).split())
