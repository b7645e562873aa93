"""The evaluation gate: real minutes of ~90 councils, scored by ../shared/tools/score_corpus.py
through the real CLI, must not fall below the floors. Skips when ../shared is absent."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_corpus.py"
# F1 for items, resolutions, actions and references; accuracy for the meeting fields.
FLOORS = {
    "items": 0.90,
    "resolutions": 0.85,
    "actions": 0.75,
    "minute_refs": 0.85,
    "committee_accuracy": 0.85,
    "date_accuracy": 0.90,
    "time_accuracy": 0.90,
    "venue_accuracy": 0.80,
}

pytestmark = pytest.mark.skipif(
    not (CORPUS / "meetings").is_dir() or not SCORER.exists(), reason="../shared is absent"
)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    cli = Path(sys.executable).parent / "scrutiny"
    run = subprocess.run(
        [sys.executable, str(SCORER), "--cli", str(cli), "--json",
         "--corpus", str(CORPUS / "meetings"), "--corpus", str(CORPUS / "items")],
        capture_output=True, text=True, timeout=600, cwd=tmp_path_factory.mktemp("corpus"),
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_corpus_score_holds_its_floor(scores: dict, measure: str) -> None:
    value = scores[measure][2] if isinstance(scores[measure], list) else scores[measure]
    assert value >= FLOORS[measure], f"{measure} fell to {value} (floor {FLOORS[measure]})"


def test_every_page_is_stored_without_a_crash(scores: dict) -> None:
    assert scores["not_stored"] == 0 and not scores["crashed"], scores
