"""The tallies a screenful's tracker reads (tallies.py) stay what a recount finds, whoever
writes and however the archive changes; the tracker read through them is the one the walk
of every action makes; an archive without them, or whose recommendations were read under
other rules, is read the slow way until its next writer brings it up to date."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from unittest import mock

import pytest

from scrutiny_cli import query_report, report, store, tallies
from scrutiny_cli.ingest import ingest
from tests.corpus_maker import write_corpus
from tests.helpers import copy_archive, invoke

AS_OF = ("2100-01-01", "2007-06-01", "2006-01-15")


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four committees' generated minutes ingested later meetings first (their references
    and item pages wait for what comes after), then a file changed, everything read again,
    and people's decisions made; the tallies checked against a recount at each step."""
    tmp = tmp_path_factory.mktemp("tallies")
    files = write_corpus(tmp / "first", 40, committees=4, later=tmp / "later", later_files=24)
    path = tmp / "a.db"
    db = store.connect(path)
    for step in (tmp / "later", tmp / "first"):
        ingest(db, [step], jobs=1)
        assert tallies.differences(db) == []
    changed = files[7]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(re.sub(r"\bnoted\b", "received", text), encoding="utf-8")
    ingest(db, [tmp / "first"], jobs=1)
    ingest(db, [tmp / "first", tmp / "later"], jobs=1, force=True)
    assert tallies.differences(db) == []
    db.conn.close()
    keys = [r[0] for r in sqlite3.connect(path).execute(_KEYS_BY_STATUS)]
    for verb, key in zip(("close", "close", "reopen", "reset"), keys, strict=False):
        assert invoke(path, "actions", verb, key).exit_code == 0
    return path


# Two untouched actions of each committee's first meeting, then one the minutes closed.
_KEYS_BY_STATUS = """
select key from (select a.key, a.status from actions a join items i on i.id = a.item_id
join meetings m on m.id = i.meeting_id order by a.status != 'open', m.date limit 2)
union all select * from (select key from actions where status = 'closed' limit 1)
union all select * from (select key from actions limit 1)
"""


def _tracker(db: object, committee: str | None, since: str | None, as_of: str, keep: int):
    rows = query_report.report_rows(db, committee, since, as_of, keep=keep)
    return report.build(rows, as_of, since, chart=False, keep=keep)


def test_the_tallies_are_a_recount_after_every_change(grown: Path) -> None:
    db = store.connect(grown, read_only=True)
    assert tallies.has_tallies(db) and tallies.current(db)
    assert tallies.differences(db) == []
    counted = db.execute("select sum(n) from action_tallies").fetchone()[0]
    dated = "select count(*) from actions a join items i on i.id = a.item_id where i.meeting_id"
    assert counted == db.execute(f"{dated} is not null").fetchone()[0] > 0
    assert db.execute("select count(*) from recommendations").fetchone()[0] > 0


@pytest.mark.parametrize("committee", ["Health", "Scrutiny Board", None])
def test_a_screenful_read_through_the_tallies_is_the_walks(
    grown: Path, committee: str | None
) -> None:
    db = store.connect(grown, read_only=True)
    decided = db.execute("select count(*) from action_overrides").fetchone()[0]
    assert decided  # (people's decisions are among what the tallies must allow for)
    for as_of in AS_OF:
        for since in (None, "2006-06-01"):
            for keep in (1, 5, 40):
                fast = _tracker(db, committee, since, as_of, keep)
                with mock.patch.object(tallies, "has_tallies", lambda db: False):
                    slow = _tracker(db, committee, since, as_of, keep)
                assert fast == slow, (committee, as_of, since, keep)
    assert _tracker(db, committee, None, AS_OF[0], 5).summary.open > 0
    for as_of in AS_OF:  # (the whole tracker, with its chart: the recommendations kept)
        whole = report.build(query_report.report_rows(db, committee, None, as_of), as_of)
        with mock.patch.object(tallies, "has_tallies", lambda db: False):
            walked = report.build(query_report.report_rows(db, committee, None, as_of), as_of)
        assert whole == walked, (committee, as_of)


def test_the_tallies_are_what_the_screenful_reads(grown: Path) -> None:
    db = store.connect(grown, read_only=True)
    seen: set[str] = set()
    db.conn.set_trace_callback(seen.add)
    rows = query_report.report_rows(db, "Housing", None, AS_OF[0], keep=5)
    db.conn.set_trace_callback(None)
    assert rows.recommends_to_kept and rows.resolutions
    text = "\n".join(seen)
    assert "from action_tallies" in text and "from recommendations" in text
    assert "as untouched" not in text  # (no walk over every action)


def test_recommendations_read_under_other_rules_are_read_again_by_the_next_writer(
    grown: Path, tmp_path: Path
) -> None:
    path = copy_archive(grown, tmp_path / "a.db")
    with sqlite3.connect(path) as conn:
        conn.execute("update tally_rules set fingerprint = 'older rules'")
        conn.execute("delete from recommendations where resolution_id % 2 = 0")
    conn.close()
    reader = store.connect(path, read_only=True)
    assert not tallies.current(reader)
    rows = query_report.report_rows(reader, "Housing", None, AS_OF[0], keep=5)
    assert not rows.recommends_to_kept  # (read from the resolutions' words)
    slow = _tracker(reader, "Housing", None, AS_OF[0], 5)
    writer = store.connect(path)
    assert tallies.current(writer) and tallies.differences(writer) == []
    assert _tracker(store.connect(path, read_only=True), "Housing", None, AS_OF[0], 5) == slow


def test_an_archive_without_tallies_is_read_the_slow_way(grown: Path, tmp_path: Path) -> None:
    path = copy_archive(grown, tmp_path / "a.db")
    db = store.connect(path, read_only=True)
    before = _tracker(db, "Housing", None, AS_OF[0], 5)
    with sqlite3.connect(path) as conn:
        for table in (tallies.TALLIES, tallies.RECOMMENDATIONS, tallies.RULES):
            conn.execute(f"drop table {table}")
    conn.close()
    db = store.connect(path, read_only=True)
    assert not tallies.has_tallies(db)
    assert _tracker(db, "Housing", None, AS_OF[0], 5) == before


def test_the_triggers_keep_the_tallies_whoever_writes(grown: Path, tmp_path: Path) -> None:
    """Rows changed by hand, as a merge or another tool might: an item moved to another
    meeting, a meeting renamed and moved to another day, one removed children first."""
    path = copy_archive(grown, tmp_path / "a.db")
    with sqlite3.connect(path) as conn:
        item, meeting = conn.execute(_AN_ITEM_WITH_RECOMMENDATIONS).fetchone()
        other = conn.execute("select max(id) from meetings where id != ?", [meeting]).fetchone()[0]
        conn.execute("update items set meeting_id = ? where id = ?", [other, item])
        conn.execute(
            "update meetings set committee = 'Renamed Panel', committee_key = 'renamed panel', "
            "date = '1999-01-01' where id = ?",
            [other],
        )
        conn.execute("update actions set due_date = '2031-02' where item_id = ?", [item])
        gone = conn.execute("select min(id) from meetings").fetchone()[0]
        items = "(select id from items where meeting_id = ?)"
        for table in ("actions", "resolutions", "minute_refs"):
            conn.execute(f"delete from {table} where item_id in {items}", [gone])
        conn.execute("delete from item_sources where item_id in " + items, [gone])
        conn.execute("delete from items where meeting_id = ?", [gone])
        conn.execute("delete from attendees where meeting_id = ?", [gone])
        conn.execute("delete from meetings where id = ?", [gone])
        moved = conn.execute(
            "select committee, date from recommendations where item_id = ?", [item]
        ).fetchall()
    conn.close()
    assert moved and all(row == ("Renamed Panel", "1999-01-01") for row in moved)
    assert tallies.differences(store.connect(path, read_only=True)) == []


_AN_ITEM_WITH_RECOMMENDATIONS = """
select i.id, i.meeting_id from recommendations c join items i on i.id = c.item_id
where exists (select 1 from actions a where a.item_id = i.id) limit 1
"""


def test_check_finds_a_wrong_tally_and_repair_counts_again(grown: Path, tmp_path: Path) -> None:
    path = copy_archive(grown, tmp_path / "a.db")
    with sqlite3.connect(path) as conn:
        first = "(select min(meeting_id) from action_tallies)"
        conn.execute(f"update action_tallies set n = n + 2 where meeting_id = {first}")
        one = "(select min(resolution_id) from recommendations)"
        conn.execute(
            f"update recommendations set recommends_to = 'Nobody' where resolution_id = {one}"
        )
    conn.close()
    found = invoke(path, "check")
    assert found.exit_code == 1
    assert "the tracker's action_tallies of meeting" in found.stdout
    assert "the tracker's recommendations of resolution" in found.stdout
    mended = invoke(path, "check", "--repair")
    assert mended.exit_code == 0, mended.output
    assert "counted the tracker's tallies again" in mended.stderr
    assert invoke(path, "check").stdout == "ok: the archive is whole\n"


def test_recommendations_tied_in_place_come_in_minute_order_both_ways(tmp_path: Path) -> None:
    """A meeting known only from its "Agenda item" pages: its items share one position, and
    its recommendations come in minute order through the kept table as by the walk,
    whatever order the pages were read in."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for k, (number, topic) in enumerate([(9, "libraries"), (3, "parks"), (10, "buses")]):
        (folder / f"p{k}.txt").write_text(
            f"Agenda item\n\nTopic {topic}\n\nMeeting: 07/02/2023 - Health Scrutiny Board "
            f"(Item {number})\n\nReport of the Director\n\nMinutes:\n\nThe Board considered "
            f"a report.\n\nRESOLVED: That the Board recommends to Cabinet that {topic} be "
            "protected.\n\nSupporting documents:\n",
            encoding="utf-8",
        )
    path = tmp_path / "a.db"
    assert invoke(path, "ingest", str(folder)).exit_code == 0
    db = store.connect(path, read_only=True)
    shown = {}
    for keep in (1, 2, None):
        rows = query_report.report_rows(db, "Health", None, AS_OF[0], keep=keep)
        fast = report.build(rows, AS_OF[0], None, chart=keep is None, keep=keep)
        with mock.patch.object(tallies, "has_tallies", lambda db: False):
            rows = query_report.report_rows(db, "Health", None, AS_OF[0], keep=keep)
            slow = report.build(rows, AS_OF[0], None, chart=keep is None, keep=keep)
        assert fast.recommendations == slow.recommendations, keep
        shown[keep] = [r.minute_ref for r in fast.recommendations]
    assert shown == {1: ["3/22"], 2: ["3/22", "9/22"], None: ["3/22", "9/22", "10/22"]}


def test_a_lost_table_of_the_tallies_is_reported_and_made_again(
    grown: Path, tmp_path: Path
) -> None:
    path = copy_archive(grown, tmp_path / "a.db")
    with sqlite3.connect(path) as conn:
        conn.execute(f"drop table {tallies.RECOMMENDATIONS}")
    conn.close()
    found = invoke(path, "check")
    assert found.exit_code == 1
    assert "the tracker's table recommendations is missing" in found.stdout
    mended = invoke(path, "check", "--repair")
    assert mended.exit_code == 0, mended.output
    assert "the tracker's tallies again" in mended.stderr
    assert invoke(path, "check").stdout == "ok: the archive is whole\n"
    with sqlite3.connect(path) as conn:
        conn.execute(f"drop table {tallies.RULES}")
    conn.close()
    writer = store.connect(path)  # (the next writer makes it again too)
    assert tallies.has_tallies(writer) and tallies.current(writer)
    assert tallies.differences(writer) == []
