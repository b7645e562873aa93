"""Commands start quickly: option values are read without importing pydantic (typer would
build a pydantic adapter for each), a bad value still gets typer's own message, and
commands that only read open the archive without importing sqlite-utils."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app

PROBE = """
import sys
from scrutiny_cli.cli import app
try:
    app(sys.argv[1:], prog_name="scrutiny")
except SystemExit:
    pass
heavy = [m for m in ("pydantic", "sqlite_utils") if m in sys.modules]
sys.stderr.write(" ".join(heavy) or "none")
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["actions", "--open", "--limit", "3"],
        ["search", "adoption", "--limit", "2"],
        ["report", "--format", "html", "--as-of", "2024-06-01"],
    ],
)
def test_reading_commands_import_neither_pydantic_nor_sqlite_utils(
    sample_archive: Path, args: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(sample_archive), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stderr.endswith("none"), done.stderr[-500:]


BAD_VALUES = [
    (["actions", "--limit", "0"], "'--limit': Input should be greater than or equal to 1"),
    (["actions", "--limit", "x"], "Input should be a valid integer, unable to parse string"),
    (["sql", "select 1", "--timeout", "soon"], "Input should be a valid number"),
    (["ingest", "--jobs", "0", "x"], "'-j': Input should be greater than or equal to 1"),
    (["report", "--format", "pdf"], "'pdf' is not one of 'md', 'html', 'docx', 'xlsx'"),
    (["actions", "--xlsx", "."], "'--xlsx': file '.' is a directory"),
]


@pytest.mark.parametrize(("args", "said"), BAD_VALUES)
def test_a_bad_value_is_a_usage_error(sample_archive: Path, args: list[str], said: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(sample_archive), *args])
    assert result.exit_code == 2
    assert said in " ".join(result.output.split())


def test_good_values_arrive_typed(sample_archive: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(sample_archive), "actions", "--all", "--limit", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count('"key"') == 2
