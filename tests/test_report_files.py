"""`scrutiny report` as files: the Word tables and spreadsheet cells hold the tracker's rows
(read back with python-docx and openpyxl), the HTML renders in headless Chromium, and the
command refuses what it should in one line."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from scrutiny_cli import query_report, report, report_model, store
from scrutiny_cli.report_render import CLOSED, OUTSTANDING, closed_cells, line_cells
from tests.archive_maker import archive_with_2008
from tests.helpers import invoke

AS_OF = "2024-06-01"


@pytest.fixture(scope="module")
def archive_2008(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample minutes and a Wyvern meeting of July 2008 (minute references 7/08)."""
    return archive_with_2008(tmp_path_factory.mktemp("report2008"))


def _tracker(archive: Path) -> report_model.Tracker:
    db = store.connect(archive, read_only=True)
    return report.build(query_report.report_rows(db, None, None, AS_OF), AS_OF)


def _write(archive: Path, path: Path, *extra: str) -> None:
    result = invoke(archive, "report", "--as-of", AS_OF, "--output", str(path), *extra)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {path}" in result.stderr


def test_the_word_tables_hold_the_rows(sample_archive: Path, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "tracker.docx"
    _write(sample_archive, path)
    tracker = _tracker(sample_archive)
    tables = docx.Document(str(path)).tables
    by_header = {}
    for table in tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        by_header.setdefault(tuple(cells[0]), []).extend(cells[1:])
    assert by_header[OUTSTANDING] == [line_cells(x) for x in tracker.lines]
    assert by_header[CLOSED] == [closed_cells(c) for c in tracker.closed]
    assert len(tables) == len(tracker.groups) + 2  # one a meeting, closed, recommendations
    header = tables[0].rows[0]._tr
    assert header.xpath("./w:trPr/w:tblHeader"), "the header row does not repeat on each page"


def test_the_spreadsheet_cells_are_typed(archive_2008: Path, tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    _write(archive_2008, path)
    tracker = _tracker(archive_2008)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Summary",
        "Outstanding",
        "Closed since last meeting",
        "Recommendations",
    ]
    sheet = book["Outstanding"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert [r["key"].value for r in rows] == [x.key for x in tracker.lines]
    for row, line in zip(rows, tracker.lines, strict=True):
        assert row["minute_ref"].data_type == "s" and row["minute_ref"].value == line.minute_ref
        assert row["meeting_date"].value == dt.datetime.fromisoformat(line.meeting_date)
        assert row["request"].value == line.text
        assert row["rag"].value == line.rag
        assert row["days_outstanding"].value == line.days_outstanding
    refs = {r["minute_ref"].value for r in rows}
    assert "7/08" in refs  # text, not 7 August
    months = [
        r["due"]
        for r in rows
        if r["due"].value and re.fullmatch(r"\d{4}-\d{2}", str(r["due"].value))
    ]
    assert months and all(c.data_type == "s" for c in months)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


def test_the_html_renders_in_headless_chromium(sample_archive: Path, tmp_path: Path) -> None:
    browser = next(
        (shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome", "chrome")
         if shutil.which(b)),
        None,
    )  # fmt: skip
    if browser is None:
        pytest.skip("no chromium or chrome on PATH")
    import pypdfium2

    page = tmp_path / "tracker.html"
    _write(sample_archive, page)
    pdf = tmp_path / "tracker.pdf"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    document = pypdfium2.PdfDocument(str(pdf))
    width, height = document[0].get_size()
    assert round(width) == 842 and round(height) == 595  # A4 landscape, in points
    text = "".join(document[n].get_textpage().get_text_range() for n in range(len(document)))
    text = " ".join(text.split())
    assert "Actions asked and answered" in text and "closed or reported back" in text  # chart
    assert "over a year" in text  # the age chart's labels
    assert "Latest update" in text and "urxse" in text  # the table
    assert "Red – overdue" in text


def test_an_existing_file_is_not_overwritten_without_force(
    sample_archive: Path, tmp_path: Path
) -> None:
    path = tmp_path / "tracker.md"
    path.write_text("agenda notes", encoding="utf-8")
    result = invoke(sample_archive, "report", "--output", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {path} already exists (hint: add --force to overwrite it)"
    ]
    assert path.read_text(encoding="utf-8") == "agenda notes"
    _write(sample_archive, path, "--force")
    assert path.read_text(encoding="utf-8").startswith("# Outstanding actions")
    assert not list(tmp_path.glob(".scrutiny-report-*"))


def test_the_format_follows_the_file_name(sample_archive: Path, tmp_path: Path) -> None:
    path = tmp_path / "tracker.html"
    _write(sample_archive, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_unknown_committee_is_one_line(sample_archive: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    result = invoke(sample_archive, "report", "--committee", "Planning", "--output", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: no committee's name contains 'Planning' "
        "(hint: scrutiny meetings lists the committees)"
    ]
    assert not path.exists()


def test_nothing_to_report_is_one_line_and_no_file(sample_archive: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    result = invoke(sample_archive, "report", "--as-of", "2022-01-01", "--output", str(path))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("nothing to report as of 2022-01-01")
    assert not path.exists()


def test_a_bad_date_is_a_usage_error(sample_archive: Path) -> None:
    result = invoke(sample_archive, "report", "--as-of", "the day after tomorrow")
    assert result.exit_code == 2
    assert "--as-of" in result.stderr


def test_a_word_file_goes_down_a_pipe(sample_archive: Path) -> None:
    result = invoke(sample_archive, "report", "--format", "docx")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"PK")  # a zip: the .docx itself


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_markdown_is_cut_to_a_screenful(
    sample_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal shows each table's first screenful and how many rows are left out; a
    file (or a pipe) gets the whole tracker, and so does any other format."""
    from scrutiny_cli import cli_report

    assert cli_report._screenful(None, cli_report.ReportFormat.md) is None  # not a terminal
    monkeypatch.setattr(cli_report.sys, "stdout", _Terminal())
    monkeypatch.setattr(cli_report, "screen_rows", lambda: 3)
    assert cli_report._screenful(None, cli_report.ReportFormat.md) == 3
    assert cli_report._screenful(tmp_path / "t.md", cli_report.ReportFormat.md) is None
    assert cli_report._screenful(None, cli_report.ReportFormat.html) is None
    monkeypatch.undo()

    monkeypatch.setattr(cli_report, "_screenful", lambda output, chosen: 3)
    cut = invoke(sample_archive, "report", "--as-of", AS_OF)
    assert cut.exit_code == 0, cut.output
    outstanding = cut.stdout.split("## Outstanding actions")[1].split("## Closed")[0]
    assert (
        len([r for r in outstanding.splitlines() if r.startswith("| ") and "| Ref |" not in r]) == 3
    )
    assert "more outstanding actions: --output FILE writes the whole tracker" in cut.stdout
    monkeypatch.undo()
    path = tmp_path / "whole.md"
    assert invoke(sample_archive, "report", "--as-of", AS_OF, "--output", str(path)).exit_code == 0
    whole = path.read_text(encoding="utf-8")
    assert "more outstanding actions" not in whole
    summary = next(line for line in whole.splitlines() if line.startswith("**"))
    assert summary in cut.stdout.splitlines()
