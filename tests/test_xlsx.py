"""--xlsx: typed cells a spreadsheet cannot re-type. Minute references stay text (CSV turns
"8/22" into 22 August and "7/08" into a day of 2008), ISO days are dates, booleans are
TRUE/FALSE. Read back with openpyxl, and with LibreOffice when it is installed."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from scrutiny_cli.xlsx import Kind, Sheet, write_workbook
from tests.archive_maker import archive_with_2008

ENV = {"NO_COLOR": "1", "SCRUTINY_TODAY": "2024-06-01"}


@pytest.fixture(scope="module")
def archive_2008(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample minutes and a Wyvern meeting of July 2008 (minute references 7/08)."""
    return archive_with_2008(tmp_path_factory.mktemp("xlsx"))


def read_back(path: Path, sheet: str | None = None) -> tuple[list[str], list[dict[str, object]]]:
    book = openpyxl.load_workbook(path)
    ws = book[sheet] if sheet else book.active
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]]


def test_actions_xlsx_has_typed_cells(archive_2008: Path, tmp_path: Path) -> None:
    out = tmp_path / "actions.xlsx"
    result = CliRunner().invoke(
        app, ["--db", str(archive_2008), "actions", "--all", "--xlsx", str(out)], env=ENV
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "rows" in result.stderr
    expected = json.loads(
        CliRunner()
        .invoke(app, ["--db", str(archive_2008), "actions", "--all", "--json"], env=ENV)
        .stdout
    )
    header, rows = read_back(out)
    assert header[:4] == ["key", "committee", "meeting_date", "minute_ref"]
    assert len(rows) == len(expected)
    refs = {r["minute_ref"] for r in rows}
    assert {"7/08", "8/22"} <= refs and all(isinstance(r, str) for r in refs)
    assert all(isinstance(r["key"], str) for r in rows)
    for row, want in zip(rows, expected, strict=True):
        assert row["overdue"] is want["overdue"]
        assert isinstance(row["meeting_date"], dt.datetime)
        due = want["due_date"]
        if due and len(due) == 10:
            assert row["due_date"] == dt.datetime.fromisoformat(due)
        else:
            assert row["due_date"] == due  # "2018-03" stays text; none stays empty
    assert any(r["due_date"] and isinstance(r["due_date"], str) for r in rows)
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:L{len(rows) + 1}"
    assert 8 <= ws.column_dimensions["E"].width <= 62  # the text column, capped


def test_export_all_xlsx_one_sheet_a_table(sample_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = CliRunner().invoke(
        app, ["--db", str(sample_archive), "export", "all", "--xlsx", str(out)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["meetings", "attendees", "items"]
    _, items = read_back(out, "items")
    assert items and all(r["truncated"] in (True, False) for r in items)


def test_text_is_never_a_formula(tmp_path: Path) -> None:
    rows = [{"title": '=HYPERLINK("http://x.test","y")', "n": 3, "when": "2023-10-12"}]
    write_workbook(tmp_path / "f.xlsx", [Sheet("f", ["title", "n", "when"], rows)])
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    assert ws["A2"].data_type == "s" and ws["A2"].value == rows[0]["title"]
    assert ws["B2"].value == 3 and ws["C2"].value == "2023-10-12"  # "when" is no date column


def test_kinds_given_by_the_caller(tmp_path: Path) -> None:
    rows = [{"a": "2023-10-12", "b": 1, "c": "7/08"}]
    sheet = Sheet("s", ["a", "b", "c"], rows, kinds=[Kind.date, Kind.bool, Kind.text])
    write_workbook(tmp_path / "k.xlsx", [sheet])
    _, [row] = read_back(tmp_path / "k.xlsx")
    assert row == {"a": dt.datetime(2023, 10, 12), "b": True, "c": "7/08"}


def test_unwritable_xlsx_is_one_line(sample_archive: Path, tmp_path: Path) -> None:
    for target in (tmp_path / "missing" / "a.xlsx", tmp_path):
        result = CliRunner().invoke(
            app, ["--db", str(sample_archive), "meetings", "--xlsx", str(target)]
        )
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1 or result.exit_code == 2


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_keeps_refs_as_text(archive_2008: Path, tmp_path: Path) -> None:
    out = tmp_path / "actions.xlsx"
    CliRunner().invoke(app, ["--db", str(archive_2008), "actions", "--all", "--xlsx", str(out)])
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with (tmp_path / "actions.csv").open(encoding="utf-8", newline="") as f:
        converted = list(csv.DictReader(f))
    _, original = read_back(out)
    assert [r["minute_ref"] for r in converted] == [r["minute_ref"] for r in original]
    assert {"7/08", "8/22"} <= {r["minute_ref"] for r in converted}
