"""Golden trackers: `scrutiny report` of sample_data/ as of two dates, in Markdown and HTML,
kept in tests/golden/report/ (`make golden` rewrites them; review the diff)."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.golden_tool import GOLDEN

REPORT_GOLDEN = GOLDEN / "report"
# case -> the date the tracker is for: after the last meeting of both committees, and the
# Housing board's January 2024 meeting (an action closed there was still open then).
REPORT_CASES = {"sample-2024-06-01": "2024-06-01", "sample-2024-01-16": "2024-01-16"}
FORMATS = ("md", "html")


def golden_path(case: str, fmt: str) -> Path:
    return REPORT_GOLDEN / f"{case}.{fmt}"


def rendered(archive: Path, case: str, fmt: str) -> str:
    """The tracker the command line prints for a case."""
    from tests.helpers import invoke

    result = invoke(archive, "report", "--as-of", REPORT_CASES[case], "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.stdout


def write_report_goldens() -> None:
    """Ingest sample_data/ into a scratch archive and rewrite every golden tracker."""
    import tempfile

    from scrutiny_cli import store
    from scrutiny_cli.ingest import ingest
    from tests.conftest import SAMPLE

    REPORT_GOLDEN.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "sample.db"
        db = store.connect(archive)
        ingest(db, [SAMPLE])
        db.conn.close()
        for case in REPORT_CASES:
            for fmt in FORMATS:
                golden_path(case, fmt).write_text(rendered(archive, case, fmt), encoding="utf-8")
                print(f"wrote report/{case}.{fmt}", file=sys.stderr)
