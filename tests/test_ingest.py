"""The ingest pipeline on synthetic minutes: idempotent, incremental, order-independent."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from scrutiny_cli import ingest as pipeline
from scrutiny_cli import parse, store
from scrutiny_cli.discover import discover
from tests.conftest import SAMPLE
from tests.helpers import archive, run, snapshot, write

CUT = """Agenda and minutes

Fenmarsh Scrutiny Board - Tuesday, 5th March, 2019 7.30 pm

Venue: Room 1 - Fen House. View directions

Contact: Ann Other  Tel: 01632 960000

Items
No. Item

4.

Declarations of Interests

Minutes:

There were no declarations.

5.

Library Services pdf icon PDF 80 KB

Report of the Head of Culture

Minutes:

The Board considered a report on library opening hours.

RESOLVED that

1)  the report be noted

2)  the Head of Culture  ...  view the full minutes text for item 5.
"""

PAGE = """Agenda item

Library Services

Report of the Head of Culture

Minutes:

The Board considered a report on library opening hours.

RESOLVED that

1)  the report be noted

2)  the Head of Culture circulate the opening hours survey to Members.

Supporting documents:
"""

LATER = """Fenmarsh District Council
Minutes of the Meeting of Fenmarsh Scrutiny Board
held at 7.30 pm on Tuesday, 2 April 2019

Present:

Members: Councillor A Smith (Chair)
Councillor B Jones

Apologies: Councillor C Brown

12. Matters Arising

Further to minute 5/18 the opening hours survey had been circulated.

(Meeting closed at 9.00 pm)
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "minutes"
    write(src, "2019-03-05.txt", CUT)
    write(src, "item-5.txt", PAGE)
    write(src, "2019-04-02.txt", LATER)
    return src


def test_truncated_item_is_completed_by_its_page(tmp_path: Path, folder: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder)
    item = next(db.query("select * from items where minute_ref = '5/18'"))
    assert item["truncated"] == 0
    assert "circulate the opening hours survey" in item["minutes"]
    parts = [
        r["text"]
        for r in db.query(
            "select text from resolutions where item_id = ? order by position", [item["id"]]
        )
    ]
    assert parts == [
        "the report be noted",
        "the Head of Culture circulate the opening hours survey to Members.",
    ]
    ref = next(db.query("select * from minute_refs where ref = '5/18'"))
    assert ref["target_item_id"] == item["id"] and ref["effect"] == "done"


@pytest.mark.parametrize("seed", range(4))
def test_any_order_gives_the_same_archive(tmp_path: Path, folder: Path, seed: int) -> None:
    whole = archive(tmp_path / "whole.db")
    run(whole, folder)
    files = sorted(folder.iterdir())
    random.Random(seed).shuffle(files)
    one_by_one = archive(tmp_path / f"shuffled{seed}.db")
    for f in files:
        run(one_by_one, f)
    assert snapshot(one_by_one) == snapshot(whole)


def test_sample_data_reverse_order_matches_folder(tmp_path: Path) -> None:
    whole = archive(tmp_path / "whole.db")
    run(whole, SAMPLE)
    reverse = archive(tmp_path / "reverse.db")
    for f in sorted((Path(e.path) for e in discover([SAMPLE]).entries), reverse=True):
        run(reverse, f)
    assert snapshot(reverse) == snapshot(whole)
    assert whole.table("meetings").count == 9


def test_second_ingest_changes_nothing(tmp_path: Path, folder: Path) -> None:
    db = archive(tmp_path / "a.db")
    first = run(db, folder)
    before = snapshot(db)
    again = run(db, folder)
    assert first.states()["new"] == 3
    assert again.states()["unchanged"] == 3 and len(again.outcomes) == 3
    assert snapshot(db) == before


def test_files_an_older_parser_read_are_read_again(tmp_path: Path, folder: Path) -> None:
    """Rows another parser's code stored are not trusted: the next ingest reads those files
    again, though they have not changed, and stores what this parser makes of them."""
    db = archive(tmp_path / "a.db")
    run(db, folder)
    db.execute("update sources set parser_version = parser_version + 1 where path like '%04-02%'")
    for table in ("items", "part_items"):
        db.execute(f"update {table} set title = 'stale'")
    db.conn.commit()
    again = run(db, folder)
    assert again.states()["unchanged"] == 2 and len(again.outcomes) == 3
    versions = {r[0] for r in db.execute("select distinct parser_version from sources")}
    assert versions == {parse.parser_version()}
    titles = dict(db.execute(
        "select m.date, group_concat(distinct i.title) from items i "
        "join meetings m on m.id = i.meeting_id group by m.date"
    ).fetchall())  # fmt: skip
    assert "stale" not in titles["2019-04-02"]  # (read again)
    assert titles["2019-03-05"] == "stale"  # (the unchanged files' rows stay as they were)


def test_the_parsers_version_is_drawn_from_its_code(tmp_path: Path) -> None:
    """Any change to the reading and parsing code gives another version; the same code the
    same version."""
    code = tmp_path / "parse"
    code.mkdir()
    (code / "rules.py").write_text("RULE = 'a'\n")
    (code / "notes.txt").write_text("not code")
    first = parse.code_version([code], 3)
    assert first == parse.code_version([code], 3) and 0 < first < 2**31
    (code / "notes.txt").write_text("still not code")
    assert parse.code_version([code], 3) == first
    (code / "rules.py").write_text("RULE = 'b'\n")
    assert parse.code_version([code], 3) != first
    assert parse.code_version([code], 4) != parse.code_version([code], 3)


def test_touched_but_identical_file_is_unchanged(tmp_path: Path, folder: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder)
    target = folder / "2019-04-02.txt"
    os.utime(target, (1, 1))
    assert run(db, folder).states()["unchanged"] == 3


def test_touched_files_are_told_by_size_and_hash_without_reading(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder)
    before = snapshot(db)
    for path in folder.iterdir():
        os.utime(path, (1, 1))
    monkeypatch.setattr(pipeline, "sandboxed_map", _no_workers)
    assert run(db, folder).states()["unchanged"] == 3
    assert {r["mtime"] for r in db.query("select mtime from sources")} == {1}
    assert snapshot(db) == before  # nothing else was written
    assert run(db, folder).states()["unchanged"] == 3  # and now unchanged by time alone


def test_files_are_compared_with_the_archive_a_batch_at_a_time(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Source rows are fetched for a batch of files at once: a run whose files span
    batches still tells each file's own row (touched, unchanged, changed)."""
    db = archive(tmp_path / "a.db")
    run(db, folder)
    monkeypatch.setattr(store, "LOOKUP_BATCH", 2)
    os.utime(folder / "2019-03-05.txt", (1, 1))
    write(folder, "2019-04-02.txt", LATER.replace("had been circulated", "had not yet been sent"))
    outcomes = {o.path.rsplit("/", 1)[-1]: o.state for o in run(db, folder).outcomes}
    assert outcomes == {"2019-03-05.txt": "unchanged", "2019-04-02.txt": "changed",
                        "item-5.txt": "unchanged"}  # fmt: skip
    assert {
        r["mtime"] for r in db.query("select mtime from sources where path like '%03-05%'")
    } == {1}


def _no_workers(fn: object, items: list[object], *args: object, **kwargs: object) -> object:
    assert not list(items), "an unchanged file was read and parsed"
    return (item for item in ())


def test_changed_file_replaces_exactly_its_rows(tmp_path: Path, folder: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder)
    write(folder, "2019-04-02.txt", LATER.replace("had been circulated", "had not yet been sent"))
    summary = run(db, folder)
    assert summary.states() == {"changed": 1, "unchanged": 2}
    effects = [r["effect"] for r in db.query("select effect from minute_refs where ref = '5/18'")]
    assert effects == ["pending"]
    assert db.table("meetings").count == 2


def test_page_removed_from_archive_leaves_item_truncated_again(
    tmp_path: Path, folder: Path
) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder)
    before_page = archive(tmp_path / "b.db")
    run(before_page, folder / "2019-03-05.txt", folder / "2019-04-02.txt")
    # The page is rewritten as something that is not minutes: its completion must go.
    write(folder, "item-5.txt", "A press release about libraries.\n")
    summary = run(db, folder)
    assert [o.status for o in summary.outcomes if o.path.endswith("item-5.txt")] == ["warning"]
    item = next(db.query("select * from items where minute_ref = '5/18'"))
    assert item["truncated"] == 1 and "survey" not in item["minutes"]
    assert snapshot(db)["resolutions"] == snapshot(before_page)["resolutions"]


def test_page_waits_for_its_meeting(tmp_path: Path, folder: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, folder / "item-5.txt")
    waiting = list(db.query("select * from items where meeting_id is null"))
    assert [w["title"] for w in waiting] == ["Library Services"]
    run(db, folder / "2019-03-05.txt")
    assert not list(db.query("select * from items where meeting_id is null"))
    item = next(db.query("select * from items where minute_ref = '5/18'"))
    sources = [r["path"] for r in db.query(
        "select s.path from item_sources x join sources s on s.id = x.source_id "
        "where x.item_id = ? order by s.path", [item["id"]])]  # fmt: skip
    assert [Path(p).name for p in sources] == ["2019-03-05.txt", "item-5.txt"]


def test_bad_file_fails_alone(tmp_path: Path, folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    db = archive(tmp_path / "a.db")
    summary = run(db, folder)
    assert [o.path.endswith("broken.txt") for o in summary.failed] == [True]
    assert "binary" in (summary.failed[0].message or "")
    assert db.table("meetings").count == 2
    status = next(db.query("select status from sources where path like '%broken.txt'"))
    assert status["status"] == "failed"


def test_same_meeting_from_two_files_is_one_meeting(tmp_path: Path, folder: Path) -> None:
    shutil.copy(folder / "2019-04-02.txt", folder / "copy-of-april.txt")
    (folder / "copy-of-april.txt").write_text(LATER + "\n", encoding="utf-8")
    db = archive(tmp_path / "a.db")
    summary = run(db, folder)
    assert db.table("meetings").count == 2
    assert not [o for o in summary.outcomes if o.status == "warning"]
    april = next(db.query("select id from items where minute_ref = '12/18'"))["id"]
    assert (
        db.execute("select count(*) from item_sources where item_id = ?", [april]).fetchone()[0]
        == 2
    )


def test_windows_1252_file_is_read(tmp_path: Path) -> None:
    src = tmp_path / "m"
    write(src, "cp.txt", LATER.replace("Matters Arising", "Matters Arising – “update”"), "cp1252")
    db = archive(tmp_path / "a.db")
    assert not run(db, src).failed
    assert next(db.query("select title from items"))["title"] == "Matters Arising – “update”"


def test_readme_in_a_folder_is_not_minutes(tmp_path: Path, folder: Path) -> None:
    write(folder, "README.md", "# About these files\n")
    db = archive(tmp_path / "a.db")
    assert len(run(db, folder).outcomes) == 3


def test_ingest_keeps_a_utf8_file_with_a_bad_byte_and_warns(tmp_path: Path) -> None:
    source = SAMPLE / "wyvern" / "children" / "2022-09-15-agenda-and-minutes.txt"
    data = source.read_bytes().replace(b"were approved.", b"were approved \x96 unanimously.", 1)
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "minutes.txt").write_bytes(data)
    db = archive(tmp_path / "a.db")
    [outcome] = run(db, folder).outcomes
    assert outcome.status == "warning"
    assert outcome.message == "1 byte could not be read as UTF-8 (read as Windows-1252)"
    minutes = " ".join(r["minutes"] or "" for r in db.query("select minutes from items"))
    assert "approved – unanimously" in minutes
    assert "â€" not in minutes


def _meeting(day: str, number: int, title: str, minutes: str) -> str:
    return (
        f"Agenda and minutes\n\nFenmarsh Parks Committee - {day} 7.00 pm\n\n"
        f"Venue: Room 1 - Fen House. View directions\n\nItems\nNo. Item\n\n"
        f"{number}.\n\n{title}\n\nMinutes:\n\n{minutes}\n"
    )


def test_bare_minute_numbers_find_their_year_in_any_order(tmp_path: Path) -> None:
    """ "minute 45" names item 45 of this municipal year, else of the last one; never
    older. Ingested one file at a time in any order, each reference finds the same item."""
    src = tmp_path / "minutes"
    for day, number, title, minutes in (
        ("Tuesday, 4th June, 2019", 45, "Play Areas",
         "RESOLVED that the Head of Parks report back on play area repairs."),
        ("Tuesday, 3rd September, 2019", 52, "Matters Arising",
         "Further to minute 45 the report on play area repairs had been circulated."),
        ("Tuesday, 2nd June, 2020", 7, "Matters Arising",
         "Members noted that minute 45 of last year remained in hand."),
        ("Tuesday, 1st June, 2021", 8, "Matters Arising", "Minute 45 was mentioned again."),
    ):  # fmt: skip
        write(src, f"{number}-{title}.txt", _meeting(day, number, title, minutes))
    files = sorted(src.iterdir())
    cited = (
        "select m.date, t.number as target from minute_refs r join items i on i.id = r.item_id "
        "join meetings m on m.id = i.meeting_id left join items t on t.id = r.target_item_id "
        "where r.ref = '45' order by m.date"
    )
    expected = [
        {"date": "2019-09-03", "target": "45"},
        {"date": "2020-06-02", "target": "45"},
        {"date": "2021-06-01", "target": None},
    ]
    for seed in range(6):
        random.Random(seed).shuffle(files)
        db = archive(tmp_path / f"a{seed}.db")
        for f in files:
            run(db, f)
        assert list(db.query(cited)) == expected, [f.name for f in files]
    action = next(db.query("select status from actions"))
    assert action["status"] == "closed"


def test_a_reference_to_a_minute_numbered_with_its_years_four_figures_finds_it(
    tmp_path: Path,
) -> None:
    """A council that numbers its minutes with the year's four figures ("12/2017") is
    cited so too ("Further to minute 12/2017 ..."): the reference finds the item."""
    src = tmp_path / "minutes"
    write(
        src,
        "2017-06-06.txt",
        "Minutes of the meeting of Wexcombe Parish Council held on 6 June 2017\n\n"
        "11/2017 Apologies\n\nNone.\n\n12/2017 Bus shelter\n\n"
        "RESOLVED that the Clerk obtain three quotes for a new bus shelter.\n\n"
        "13/2017 Correspondence\n\nNone.\n",
    )
    write(
        src,
        "2017-07-04.txt",
        "Minutes of the meeting of Wexcombe Parish Council held on 4 July 2017\n\n"
        "20/2017 Apologies\n\nNone.\n\n21/2017 Matters arising\n\n"
        "Further to minute 12/2017 the quotes had been received.\n\n22/2017 Planning\n\nNone.\n",
    )
    db = archive(tmp_path / "a.db")
    run(db, src)
    item = next(db.query("select id, minute_ref from items where number = '12/2017'"))
    ref = next(db.query("select ref, target_item_id from minute_refs where ref = '12/17'"))
    assert ref["target_item_id"] == item["id"]
