"""The tracker for the next agenda, shaped from query rows (query_report.py): what is
outstanding, what closed since the last meeting, what was recommended to the executive,
as the minutes stood on a date. Pure functions, no I/O; the renderers take a Tracker.

"As of DATE" is the tracker for a meeting on that date: the minutes of earlier meetings
count (status included: an action closed at a later meeting was open then) and so do the
decisions people made up to that day.
"""

from __future__ import annotations

import calendar
import functools
import heapq
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple, cast

from .query_report import ACTION_ORDER, MIN_KEY, ReportRows
from .report_model import (
    Bar,
    Closed,
    Group,
    Line,
    Row,
    Status,
    Summary,
    Tracker,
    Update,
    add_months,
    clean,
    clean_name,
)
from .report_recs import recommendations
from .report_rules import DUE_SOON_DAYS, STALE_MONTHS, Facts, rag
from .report_status import statuses_as_of
from .tables import short_committee

CHART_MEETINGS = 12  # the latest meetings the chart shows
AGE_BUCKETS = ((30, "under a month"), (61, "1–2 months"), (183, "2–6 months"),
               (366, "6–12 months"), (None, "over a year"))  # fmt: skip


def build(
    data: ReportRows, as_of: str, since: str | None = None, chart: bool = True,
    keep: int | None = None,
) -> Tracker:  # fmt: skip
    """The tracker of the rows' scope as the minutes stood before as_of (with the chart's
    counts unless chart is False: only the HTML tracker draws it). With keep, each table
    holds only its first `keep` rows, the rest counted (a terminal's screenful: only the
    rows shown are written out, and the summary still counts every one)."""
    if chart and keep is not None:
        raise ValueError("the chart counts every row: it cannot be drawn from a cut tracker")
    today = date.fromisoformat(as_of)
    clock = Clock(today, add_months(today, -STALE_MONTHS).isoformat(),
                  today + timedelta(days=DUE_SOON_DAYS))  # fmt: skip
    statuses = statuses_as_of(data.actions, data.cited, data.overrides, as_of)
    last = last_meetings(data.meetings)
    counts: Counter[str] = Counter()
    for due, n in data.open_dues:  # the untouched open actions, counted in the query
        counts["open"] += n
        counts["overdue"] += n * overdue(due, today)
    outstanding: list[tuple[Row, str, Update | None]] = [(a, "open", None) for a in data.open_rows]
    closing: list[tuple[Row, Update]] = []
    closing_days = []
    for a in data.actions:
        status, update = statuses[a["id"]]
        if status in ("open", "addressed"):
            counts[status] += 1
            counts["overdue"] += status == "open" and overdue(a["due_date"], today)
            outstanding.append((a, status, update))
        elif status == "closed" and update is not None:
            closing_days.append(_days(a["meeting_date"], update.date))
            if update.date >= last.get(a["committee_key"], as_of):
                closing.append((a, update))
    # The rows shown, in order: rated only these (the first RAG rule is counted for all).
    outstanding = (
        heapq.nsmallest(keep, outstanding, key=_first) if keep else sorted(outstanding, key=_first)
    )
    closing.sort(key=lambda c: (c[1].date, c[0]["meeting_date"], clean(c[0]["minute_ref"] or "")))
    shown_closing = closing[:keep]
    shorts = _crowded_keys(data, [a for a, *_ in outstanding] + [a for a, _ in shown_closing])
    lines = [_line(a, status, update, _rating(a, status, update, clock), clock, shorts)
             for a, status, update in outstanding]  # fmt: skip
    recs, n_recs = recommendations(data, statuses, last, today, keep)
    summary = Summary(
        open=counts["open"],
        overdue=counts["overdue"],
        addressed=counts["addressed"],
        closed_since=len(closing),
        median_days_to_close=round(statistics.median(closing_days)) if closing_days else None,
    )
    names = {m["committee_key"]: clean(m["committee"]) for m in data.meetings}
    return Tracker(
        committees=sorted(set(names.values())),
        as_of=as_of,
        since=since,
        last_meetings=dict(sorted((names[k], d) for k, d in last.items())),
        groups=_groups(lines),
        closed=[_closed(a, update, shorts) for a, update in shown_closing],
        recommendations=recs,
        summary=summary,
        bars=_bars(data, statuses, since, len(names) > 1) if chart else [],
        ages=_ages(lines) if chart else [],
        more_outstanding=counts["open"] + counts["addressed"] - len(lines),
        more_closed=len(closing) - len(shown_closing),
        more_recommendations=n_recs - len(recs),
    )


def _first(row: tuple[Row, str, Update | None]) -> tuple[str, str, int, int, int]:
    return ACTION_ORDER(row[0])


class Clock(NamedTuple):
    """The tracker's day, and the days its ratings turn on."""

    today: date
    stale_before: str  # asked before this (ISO) day: more than two months ago
    soon_until: date  # due on or before this day: due soon


def _rating(a: Row, status: str, update: Update | None, clock: Clock) -> tuple[str, str]:
    """An outstanding action's RAG rating and its reason (report_rules.rag)."""
    due, asked = a["due_date"], a["meeting_date"]
    first, last = period(due) if due else (None, None)
    is_open = status == "open"
    return rag(Facts(
        status,
        is_open and last is not None and last < clock.today,  # overdue
        is_open and first is not None and first <= clock.soon_until,  # due soon
        update is not None,  # updated
        asked < clock.stale_before,  # stale
        bool(due),  # dated
    ))  # fmt: skip


def _line(
    a: Row, status: str, update: Update | None, rating: tuple[str, str], clock: Clock,
    shorts: dict[str, str],
) -> Line:  # fmt: skip
    owner, due_text = a["owner"], a["due_text"]
    return Line(
        *_asked(a, shorts),
        clean(owner) if owner else None,
        a["due_date"] or (clean(due_text) if due_text else None),
        status,
        *rating,
        update,
        _age(a["meeting_date"], clock.today),
    )


@functools.lru_cache(maxsize=4096)
def _age(asked: str, today: date) -> int:
    """Days from a meeting to today (many actions share a meeting)."""
    return (today - date.fromisoformat(asked)).days


def _closed(a: Row, update: Update, shorts: dict[str, str]) -> Closed:
    return Closed(
        *_asked(a, shorts), evidence=update, days_to_close=_days(a["meeting_date"], update.date)
    )


def _asked(a: Row, shorts: dict[str, str]) -> tuple[str, str, str, str, str, str]:
    """An action's Asked fields, in order: key, short key, committee, date, minute, text."""
    key = a["key"]
    return (key, shorts.get(key) or key[:MIN_KEY], clean_name(a["committee"]),
            a["meeting_date"], clean(a["minute_ref"] or ""), clean(a["text"]))  # fmt: skip


def _groups(lines: list[Line]) -> list[Group]:
    by_meeting: dict[tuple[str, str], list[Line]] = defaultdict(list)
    for line in lines:
        by_meeting[(line.meeting_date, line.committee)].append(line)
    return [Group(c, d, found) for (d, c), found in sorted(by_meeting.items())]


# --- Dates -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def period(due: str) -> tuple[date, date]:
    """The first and last day a due date written at its precision covers."""
    if len(due) == 4:
        return date(int(due), 1, 1), date(int(due), 12, 31)
    if len(due) == 7:
        year, month = int(due[:4]), int(due[5:7])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date.fromisoformat(due)
    return day, day


def overdue(due: str | None, today: date) -> bool:
    """Whether a due date (day, month or year) has passed: its last day is before today."""
    return bool(due) and period(cast(str, due))[1] < today


def due_soon(due: str | None, today: date) -> bool:
    """Whether a due date begins within DUE_SOON_DAYS of today (or has begun)."""
    return bool(due) and period(cast(str, due))[0] <= today + timedelta(days=DUE_SOON_DAYS)


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def last_meetings(meetings: Sequence[Row]) -> dict[str, str]:
    """Each committee's last meeting date (of the meetings given: those before as_of)."""
    last: dict[str, str] = {}
    for m in meetings:
        last[m["committee_key"]] = max(m["date"], last.get(m["committee_key"], ""))
    return last


def short_keys(keys: Sequence[str], least: int = MIN_KEY) -> dict[str, str]:
    """Each key cut to the shortest start (at least `least` characters) no other key shares:
    what `scrutiny actions close` takes."""
    keys = sorted(set(keys))
    return {
        k: short_key(k, [keys[j] for j in (i - 1, i + 1) if 0 <= j < len(keys)], least)
        for i, k in enumerate(keys)
    }


def short_key(key: str, neighbours: Sequence[str | None], least: int = MIN_KEY) -> str:
    """A key cut to the shortest start (at least `least` characters) that the keys either
    side of it in order (and so every other key) do not share."""
    return key[: max([least, *(_common(key, n) + 1 for n in neighbours if n is not None)])]


def _crowded_keys(data: ReportRows, shown: Sequence[Row]) -> dict[str, str]:
    """The short key of each action shown whose first MIN_KEY characters another key of
    the archive shares (a few: keys are random enough), or may share (`crowded` is null
    where the query did not look); the others are cut at MIN_KEY."""
    crowded = {a["key"] for a in shown if a["crowded"] is None or a["crowded"]}
    if not crowded:
        return {}
    return {k: short_key(k, around) for k, around in data.neighbours(sorted(crowded)).items()}


def _common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# --- The chart ----------------------------------------------------------------------------------


def _bars(
    data: ReportRows, statuses: dict[int, Status], since: str | None, named: bool
) -> list[Bar]:
    """Actions asked and answered (closed or reported back) at each of the latest meetings."""
    meetings = [m for m in data.meetings if m["date"] >= (since or "")][-CHART_MEETINGS:]
    raised = Counter(
        (a["committee_key"], a["meeting_date"]) for a in (*data.actions, *data.open_rows)
    )
    answered = Counter(
        (a["committee_key"], update.date)
        for a in data.actions
        for status, update in (statuses[a["id"]],)
        if status in ("addressed", "closed") and update is not None and update.ref
    )
    return [
        Bar(
            _label(m, named),
            raised[(m["committee_key"], m["date"])],
            answered[(m["committee_key"], m["date"])],
        )
        for m in meetings
    ]


def _label(meeting: Row, named: bool) -> str:
    if not named:
        return meeting["date"]
    return f"{meeting['date']} {short_committee(clean(meeting['committee']))}"


def _ages(lines: list[Line]) -> list[tuple[str, int]]:
    """Open actions by how long ago they were asked."""
    counts = dict.fromkeys((label for _, label in AGE_BUCKETS), 0)
    for line in lines:
        if line.status != "open":
            continue
        label = next(
            lab for most, lab in AGE_BUCKETS if most is None or line.days_outstanding < most
        )
        counts[label] += 1
    return list(counts.items())
