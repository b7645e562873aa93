"""A person's decision whose action the minutes reword away: said at ingest, listed with
its old words, and settled by reattaching it to the new action or forgetting it."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.helpers import invoke

PAGE = "2022-09-15-agenda-and-minutes.txt"
OLD_WORDS = "families who home educate a child"
NEW_WORDS = "families who home-educate children"
KEY = "pfajwlzwey"  # the action asking for "a further report ... home educate a child ..."


def rows(result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.fixture
def reworded(tmp_path: Path) -> tuple[Path, Path]:
    """An archive where KEY was closed by hand, then its minutes were reworded."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    page = folder / PAGE
    shutil.copy(SAMPLE / "wyvern" / "children" / PAGE, page)
    db = tmp_path / "a.db"
    assert invoke(db, "ingest", str(folder)).exit_code == 0
    assert invoke(db, "actions", "close", KEY, "--note", "the report came in").exit_code == 0
    page.write_text(page.read_text(encoding="utf-8").replace(OLD_WORDS, NEW_WORDS), "utf-8")
    again = invoke(db, "ingest", str(folder))
    assert again.exit_code == 0, again.output
    assert f"override for key {KEY} (closed " in again.stderr
    assert "see `scrutiny actions orphans`" in again.stderr
    return db, folder


def test_an_orphaned_decision_is_listed_with_its_old_words(reworded: tuple[Path, Path]) -> None:
    db, _ = reworded
    [orphan] = rows(invoke(db, "actions", "orphans", "--csv"))
    assert orphan["key"] == KEY and orphan["status"] == "closed"
    assert OLD_WORDS in orphan["text"] and orphan["minute_ref"] == "8/22"
    checked = invoke(db, "check")
    assert checked.exit_code == 1
    assert (
        f"`scrutiny actions reattach {KEY} NEW` or `scrutiny actions forget {KEY}`"
        in checked.stdout
    )


def test_reattach_moves_the_decision_to_the_reworded_action(reworded: tuple[Path, Path]) -> None:
    db, folder = reworded
    [new] = [a for a in rows(invoke(db, "actions", "--all", "--csv")) if NEW_WORDS in a["text"]]
    assert new["status"] == "open"
    moved = invoke(db, "actions", "reattach", KEY[:5], new["key"])
    assert moved.exit_code == 0, moved.output
    [now] = [a for a in rows(invoke(db, "actions", "--all", "--csv")) if a["key"] == new["key"]]
    assert now["status"] == "closed" and "the report came in" in now["status_evidence"]
    assert rows(invoke(db, "actions", "orphans", "--csv")) == []
    assert invoke(db, "check").exit_code == 0
    assert invoke(db, "ingest", "--force", str(folder)).exit_code == 0  # it survives re-ingest
    [kept] = [a for a in rows(invoke(db, "actions", "--all", "--csv")) if a["key"] == new["key"]]
    assert kept["status"] == "closed"


def test_forget_drops_the_decision(reworded: tuple[Path, Path]) -> None:
    db, _ = reworded
    forgotten = invoke(db, "actions", "forget", KEY)
    assert forgotten.exit_code == 0 and "forgotten" in forgotten.stderr
    assert invoke(db, "check").exit_code == 0
    missing = invoke(db, "actions", "forget", KEY)
    assert missing.exit_code == 1 and "no decision with key" in missing.stderr
