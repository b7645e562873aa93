"""Action status through chains of follow-ups in the synthetic archive (sample_data/)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from scrutiny_cli.discover import discover
from tests.conftest import SAMPLE
from tests.helpers import archive, run, snapshot

CYP = SAMPLE / "wyvern" / "children"
HOUSING = SAMPLE / "wyvern" / "housing"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite_utils.Database:
    db = archive(tmp_path_factory.mktemp("status") / "a.db")
    run(db, SAMPLE)
    return db


def action(db: sqlite_utils.Database, committee: str, ref: str, words: str) -> dict[str, Any]:
    rows = list(
        db.query(
            "select a.* from actions a join items i on i.id = a.item_id "
            "join meetings m on m.id = i.meeting_id "
            "where m.committee like ? and i.minute_ref = ? and a.text like ?",
            [f"%{committee}%", ref, f"%{words}%"],
        )
    )
    assert len(rows) == 1, (committee, ref, words, rows)
    return rows[0]


def test_closed_by_had_been_circulated(db: sqlite_utils.Database) -> None:
    a = action(db, "Children", "15/22", "briefing on the annual review")
    assert a["status"] == "closed" and a["status_by"] == "minutes"
    assert a["status_evidence"].startswith("20/22 (2023-01-12): ")
    assert "had been circulated" in a["status_evidence"]


def test_kept_open_by_not_yet_received(db: sqlite_utils.Database) -> None:
    a = action(db, "Children", "14/22", "number of routes")
    assert a["status"] == "open"
    assert "had not yet been received" in a["status_evidence"]


def test_addressed_by_a_report_back(db: sqlite_utils.Database) -> None:
    assert action(db, "Children", "8/22", "further report")["status"] == "addressed"
    report = action(db, "Housing", "28/22", "report back")
    circulate = action(db, "Housing", "28/22", "reporting guide")
    assert report["status"] == "addressed" and report["status_evidence"].startswith("44/22")
    assert circulate["status"] == "open", "a report back does not deliver a document"


def test_reference_without_year_resolves_to_last_municipal_year(db: sqlite_utils.Database) -> None:
    assert action(db, "Housing", "45/22", "Community Safety Manager")["status"] == "addressed"


def test_references_stay_in_their_committee(db: sqlite_utils.Database) -> None:
    rows = list(
        db.query(
            "select r.ref, r.target_item_id from minute_refs r join items i on i.id = r.item_id "
            "join meetings m on m.id = i.meeting_id where m.committee like '%Housing%' "
            "and r.ref in ('19/22', '6/23')"
        )
    )
    assert rows and all(r["target_item_id"] is None for r in rows)


def test_next_meeting_resolves_when_it_arrives(tmp_path: Path) -> None:
    db = archive(tmp_path / "a.db")
    run(db, CYP / "2022-09-15-agenda-and-minutes.txt")
    before = action(db, "Children", "11/22", "youth centre")
    assert before["due_text"] == "next meeting" and before["due_date"] is None
    run(db, CYP / "2022-11-10-agenda-and-minutes.txt")
    assert action(db, "Children", "11/22", "youth centre")["due_date"] == "2022-11-10"


def test_last_meeting_in_archive_has_no_next(db: sqlite_utils.Database) -> None:
    assert action(db, "Children", "11/23", "Corporate Parenting")["due_date"] is None


def test_pdf_minutes_take_part_in_the_chains(db: sqlite_utils.Database) -> None:
    # 2024-01-16 is a PDF: it is 13/23's next meeting (numbering runs on), reports back on
    # it, and says 11/23's evaluation had been circulated.
    added = action(db, "Housing", "13/23", "temporary accommodation")
    assert added["due_date"] == "2024-01-16" and added["status"] == "addressed"
    assert action(db, "Housing", "11/23", "evaluation")["status"] == "closed"
    grant = action(db, "Housing", "18/23", "Homelessness Prevention Grant")
    assert grant["due_date"] == "2024-03"


@pytest.mark.parametrize("seed", range(3))
def test_same_outcome_whatever_the_order(
    tmp_path: Path, seed: int, db: sqlite_utils.Database
) -> None:
    files = [Path(e.path) for e in discover([SAMPLE]).entries]
    random.Random(seed).shuffle(files)
    shuffled = archive(tmp_path / "shuffled.db")
    for f in files:
        run(shuffled, f)
    assert snapshot(shuffled)["actions"] == snapshot(db)["actions"]


@pytest.fixture
def copied(tmp_path: Path) -> tuple[sqlite_utils.Database, Path]:
    """An archive of a copy of sample_data/, which the test may edit."""
    folder = tmp_path / "m"
    shutil.copytree(SAMPLE, folder)
    db = archive(tmp_path / "a.db")
    run(db, folder)
    return db, folder


def test_override_survives_forced_reingest(copied: tuple[sqlite_utils.Database, Path]) -> None:
    from scrutiny_cli import link, store

    db, folder = copied
    a = action(db, "Children", "14/22", "number of routes")
    with store.write_transaction(db):
        store.set_override(db, a["key"], "closed", "done by email", "2024-01-01T00:00:00")
        link.apply_override(db, a["key"])
    run(db, folder, force=True)
    after = action(db, "Children", "14/22", "number of routes")
    assert after["key"] == a["key"] and after["status"] == "closed"
    assert after["status_by"] == "person" and "done by email" in after["status_evidence"]


def test_override_whose_action_vanished_is_reported(
    copied: tuple[sqlite_utils.Database, Path],
) -> None:
    from scrutiny_cli import query, store

    db, folder = copied
    a = action(db, "Children", "10/23", "disproportionality audit")
    with store.write_transaction(db):
        store.set_override(db, a["key"], "closed", "sent", "2024-01-01T00:00:00")
    page = folder / "wyvern" / "children" / "2023-10-12-agenda-and-minutes.txt"
    page.write_text(
        page.read_text(encoding="utf-8").replace("disproportionality", "equality"), encoding="utf-8"
    )
    run(db, folder)
    assert [o["key"] for o in query.orphan_overrides(db)] == [a["key"]]
