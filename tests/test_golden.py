"""Each golden input parses to exactly its reviewed expected JSON (`make golden` rewrites)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.golden_tool import cases, expected_path, parsed, render


@pytest.mark.parametrize("path", cases(), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    expected = expected_path(path)
    assert expected.exists(), f"no {expected.name}: run `make golden` and review it"
    got = render(parsed(path))
    want = expected.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(
            difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), "expected", "parsed", n=2
            )
        )
        pytest.fail(f"{path.name} parses differently from its golden file:\n{diff}")


def test_there_are_golden_cases() -> None:
    assert len(cases()) >= 5
