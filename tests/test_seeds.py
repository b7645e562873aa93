"""The real seed minutes in ../shared, scored by ../shared/tools/score.py (skipped without them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXPECTED, SCORE
from tests.helpers import archive, run, snapshot

# What ingest must reach on the seeds (the foundation's floors, then the actions').
F1_FLOORS = {
    "meetings": 1.0,
    "items": 0.98,
    "resolutions": 0.90,
    "minute_refs": 0.95,
    "attendees": 0.90,
    "actions": 0.90,
}
ACCURACY_FLOORS = {
    "item_title": 0.95,
    "minute_ref": 0.95,
    "truncated": 0.95,
    "committee": 1.0,
    "start_time": 1.0,
    "venue": 1.0,
    "ref_target": 1.0,
    "action_owner": 0.80,
    "action_due": 0.80,
}


def score(db_path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORE), "--db", str(db_path), "--expected", str(EXPECTED), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_seed_scores_reach_the_floors(tmp_path: Path, seeds_copy: Path) -> None:
    db = archive(tmp_path / "seeds.db")
    assert not run(db, seeds_copy).failed
    result = score(tmp_path / "seeds.db")
    low = {k: result[k]["f1"] for k, floor in F1_FLOORS.items() if result[k]["f1"] < floor}
    low |= {
        k: result[k]["accuracy"]
        for k, floor in ACCURACY_FLOORS.items()
        if result[k]["accuracy"] < floor
    }
    assert not low, f"below the floor: {low}"
    assert result["forbidden_actions"] == 0
    assert db.table("meetings").count == 3


def test_seeds_one_at_a_time_in_reverse_match_the_folder(tmp_path: Path, seeds_copy: Path) -> None:
    whole = archive(tmp_path / "whole.db")
    run(whole, seeds_copy)
    reverse = archive(tmp_path / "reverse.db")
    for f in sorted(seeds_copy.iterdir(), reverse=True):
        run(reverse, f)
    assert snapshot(reverse) == snapshot(whole)
    again = run(whole, seeds_copy)
    assert again.states() == {"unchanged": 5}


def test_score_tool_is_reached(tmp_path: Path) -> None:
    if not SCORE.exists():
        pytest.skip("../shared/tools/score.py is not beside the repo")
    archive(tmp_path / "empty.db")
    assert score(tmp_path / "empty.db")["meetings"]["recall"] == 0.0
