"""The golden trackers: `scrutiny report` of the sample archive as of two dates, in Markdown
and HTML, is exactly tests/golden/report/ (`make golden` rewrites them; review the diff)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.report_golden import FORMATS, REPORT_CASES, golden_path, rendered


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", REPORT_CASES)
def test_golden_tracker(sample_archive: Path, case: str, fmt: str) -> None:
    expected = golden_path(case, fmt)
    assert expected.exists(), f"no {expected.name}: run `make golden` and review it"
    got, want = rendered(sample_archive, case, fmt), expected.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), n=2))
        pytest.fail(f"the tracker differs from {expected.name}:\n{diff}")
