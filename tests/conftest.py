from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SCORE = SHARED / "tools" / "score.py"
EXPECTED = SHARED / "expected" / "seeds.json"
SAMPLE = ROOT / "sample_data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared/seeds is not beside the repo"
)


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repo")
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest
