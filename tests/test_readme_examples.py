"""Every `$ scrutiny ...` example in the README prints what the README says it prints
(`make readme` rewrites them after a change)."""

from __future__ import annotations

import difflib

import pytest

from tests import readme_tool

TEXT = readme_tool.README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def outputs() -> list[str]:
    return readme_tool.run_all([command for _, _, command in readme_tool.examples(TEXT)])


def test_readme_examples_are_true(outputs: list[str]) -> None:
    expected = readme_tool.render(TEXT, outputs)
    diff = "".join(
        difflib.unified_diff(
            TEXT.splitlines(keepends=True),
            expected.splitlines(keepends=True),
            "README.md",
            "what the commands print",
        )
    )
    assert not diff, f"README examples differ from the commands' output (make readme):\n{diff}"


def test_an_edited_output_is_caught(outputs: list[str]) -> None:
    start, end, command = readme_tool.examples(TEXT)[0]
    assert command.startswith("scrutiny ") and end > start
    lines = TEXT.split("\n")
    lines[start] += " (edited)"
    edited = "\n".join(lines)
    assert readme_tool.render(edited, outputs) != edited
    assert readme_tool.render(edited, outputs) == TEXT


def test_examples_are_found_in_fenced_blocks_only() -> None:
    text = "$ scrutiny outside\n```\n$ scrutiny a\nout a\n$ other\nkept\n$ scrutiny b\n```\n"
    assert [c for _, _, c in readme_tool.examples(text)] == ["scrutiny a", "scrutiny b"]
    assert readme_tool.render(text, ["A", ""]) == (
        "$ scrutiny outside\n```\n$ scrutiny a\nA\n$ other\nkept\n$ scrutiny b\n```\n"
    )
