"""Listings at any size: rows streamed in the order the listing promises, a terminal shown a
screenful and told how many more, and the counts behind "… N more" equal to the rows the
listing gives, whatever the filters (items still waiting for their meeting included)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scrutiny_cli import query, store
from scrutiny_cli.cli_common import _screenful
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
