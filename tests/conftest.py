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


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sample_data/ ingested once for the session; copy it (`archive_copy`) to change it."""
    from scrutiny_cli import store
    from scrutiny_cli.ingest import ingest

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = store.connect(path)
    ingest(db, [SAMPLE])
    db.conn.close()  # the last connection to close folds the WAL into the file: copies are whole
    return path


@pytest.fixture
def archive_copy(sample_archive: Path, tmp_path: Path) -> Path:
    """A copy of the sample archive this test may change."""
    from tests.helpers import copy_archive

    return copy_archive(sample_archive, tmp_path / "copy.db")
