"""Listings at any size: rows streamed in the order the listing promises, a terminal shown a
screenful and told how many more, and the counts behind "… N more" equal to the rows the
listing gives, whatever the filters (items still waiting for their meeting included)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from scrutiny_cli import query, store, tables
from scrutiny_cli.cli_common import _screenful
from scrutiny_cli.rows import AtLeast
from tests.conftest import SAMPLE
from tests.helpers import archive, run, write

# An "Agenda item" page that names no meeting and continues no cut item: it waits, with
# its action, for its meeting.
WAITING = """Agenda item

Library Opening Hours

Minutes:

The Board considered the library opening hours.

RESOLVED that the Chair write to the Cabinet Member about Sunday opening.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> store.sqlite_utils.Database:
    folder = tmp_path_factory.mktemp("minutes")
    shutil.copytree(SAMPLE, folder / "sample")
    write(folder, "waiting-item.txt", WAITING)
    made = archive(folder / "a.db")
    run(made, folder)
    waiting = "select count(*) from actions a join items i on i.id = a.item_id "
    assert made.execute(waiting + "where i.meeting_id is null").fetchone()[0]  # the case
    return made


FILTERS = [{}, {"overdue": True}, {"committee": "Housing"}, {"owner": "Chair"},
           {"since": "2023-01-01"}, {"committee": "Children", "until": "2023-01-31"}]  # fmt: skip


@pytest.mark.parametrize("statuses", [("open",), ("closed",), query.ACTION_STATUSES])
@pytest.mark.parametrize("filters", FILTERS, ids=[str(f) for f in FILTERS])
def test_the_count_is_the_listing_length(
    db: store.sqlite_utils.Database, statuses: tuple[str, ...], filters: dict
) -> None:
    asked = query.ActionFilter(statuses, "2024-06-01", **filters)
    listed = list(query.actions(db, asked))
    assert query.count_actions(db, asked) == len(listed)
    keys = [(r["due_date"] is None, r["due_date"] or "", r["meeting_date"]) for r in listed]
    assert keys == sorted(keys)  # soonest due first, undated last, then by meeting date


def test_meetings_are_counted_and_listed_alike(db: store.sqlite_utils.Database) -> None:
    for filters in ({}, {"committee": "Housing"}, {"since": "2023-01-01"}):
        listed = list(query.meetings(db, **filters))
        assert query.count_meetings(db, **filters) == len(listed)
        assert [m["date"] for m in listed] == sorted(m["date"] for m in listed)


def test_status_lists_a_few_and_counts_them_all(db: store.sqlite_utils.Database) -> None:
    found = query.status(db, cut=1)
    assert len(found["waiting"]) == 1 and found["waiting_total"] >= 1
    assert found["counts"]["items"] == db.execute("select count(*) from items").fetchone()[0]
    everything = query.status(db)
    assert len(everything["truncated"]) == everything["truncated_total"]


def test_a_screenful_then_how_many_more() -> None:
    shown, after = _screenful(iter({"n": i} for i in range(100)), 30, None)
    assert len(shown) == 30 and after == "… 70 more: use --limit N to see more, or --csv for all"
    shown, after = _screenful(iter({"n": i} for i in range(40)), 30, lambda: 1234)
    assert after is not None and after.startswith("… 1,204 more")
    assert _screenful(iter([{"n": 1}]), 30, lambda: 1) == ([{"n": 1}], None)


def test_a_screenful_is_as_many_rows_as_fit_the_height() -> None:
    """Rows whose text wraps take several lines each: the screenful is the rows that fit
    the terminal's height, and the rest are counted as more."""
    rows = iter({"n": i} for i in range(100))
    shown, after = _screenful(rows, 30, lambda: 100, fit=lambda first: 7)
    assert len(shown) == 7 and after == "… 93 more: use --limit N to see more, or --csv for all"
    shown, after = _screenful(iter({"n": i} for i in range(20)), 30, None, fit=lambda first: 5)
    assert len(shown) == 5 and after is not None and after.startswith("… 15 more")
    assert _screenful(iter([{"n": 1}]), 30, None, fit=lambda first: 1) == ([{"n": 1}], None)


def test_a_count_that_stops_at_its_cap_says_over() -> None:
    shown, after = _screenful(iter({"n": i} for i in range(100)), 30, lambda: AtLeast(10_030))
    assert len(shown) == 30 and after is not None and after.startswith("… over 10,000 more")


def test_a_committees_count_stops_at_its_cap(db: store.sqlite_utils.Database) -> None:
    asked = query.ActionFilter(query.ACTION_STATUSES, "2024-06-01", committee="Housing")
    listed = len(list(query.actions(db, asked)))
    assert listed > 2  # the case
    assert query.count_actions(db, asked, cap=listed) == listed
    capped = query.count_actions(db, asked, cap=2)
    assert isinstance(capped, AtLeast) and capped == 2


WRAPPED = "the cost of temporary accommodation be added to the next agenda"


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (WRAPPED, 18, 5),  # the, cost of temporary / accommodation be / added to the / next agenda
        ("", 5, 1),
        ("abc", 3, 1),
        ("abcdefg", 3, 3),  # a word longer than the line is folded
        ("a b c", 3, 2),
        ("first\nsecond line", 20, 2),
    ],
)
def test_the_height_of_wrapped_text(text: str, width: int, lines: int) -> None:
    assert tables._height(text, width) == lines


@pytest.mark.parametrize("width", [40, 100])  # a table, and records stacked
def test_rows_within_the_height_of_a_terminal(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows said to fit are drawn in at most that many lines."""
    columns = ["key", "committee", "text", "owner"]
    rows = [{"key": f"k{i}", "committee": "Health Scrutiny Board", "text": WRAPPED * (2 + i % 3),
             "owner": "Head of Housing and Communities"} for i in range(10)]  # fmt: skip
    monkeypatch.setenv("COLUMNS", str(width))
    for lines in (12, 24, 40):
        shown = tables.rows_within(rows, columns, width, lines)
        assert 1 <= shown < 10
        drawn = io.StringIO()
        tables.render(rows[:shown], columns, drawn, title="Actions")
        assert len(drawn.getvalue().splitlines()) <= lines
        more = io.StringIO()
        tables.render(rows[: shown + 1], columns, more, title="Actions")
        assert len(more.getvalue().splitlines()) > lines - 3  # and not many fewer
    one_line = [{"key": f"k{i}", "text": "short"} for i in range(10)]
    assert tables.rows_within(one_line, ["key", "text"], width, 40) == 10
    assert tables.rows_within(rows, columns, width, 2) == 1  # one row at the least


def test_committee_names_are_kept_for_the_filter(db: store.sqlite_utils.Database) -> None:
    names = {r[0] for r in db.execute("select name from committees")}
    assert "Housing and Communities Scrutiny Board" in names
    housing = list(query.meetings(db, committee="housing"))
    assert housing and all("Housing" in m["committee"] for m in housing)


def test_an_archive_without_the_committees_table_still_filters(tmp_path: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, SAMPLE)
    db.execute("drop table committees")  # as an archive from before migration 011 is read
    assert [m["committee"] for m in query.meetings(db, committee="Housing")]


@pytest.mark.parametrize("window", [1, 2, 3, 5, 1000])
def test_a_committees_first_screenful_is_the_head_of_its_listing(
    db: store.sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """Found among the archive's soonest-due actions when they hold enough of the
    committee's (or by the committee's own, when not): the same rows either way."""
    from scrutiny_cli import query_actions

    monkeypatch.setattr(query_actions, "WINDOW", window)
    for committee in ("Housing", "Children", "Scrutiny Board"):
        asked = query.ActionFilter(("open",), "2024-06-01", committee=committee)
        whole = list(query.actions(db, asked))
        assert whole
        for limit in (1, 2, 3, 4, 7):
            assert list(query.actions(db, asked, limit=limit))[:limit] == whole[:limit]
