"""`scrutiny report`: the outstanding-actions tracker for the next agenda, as Markdown,
HTML, Word or a spreadsheet."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .cli_common import (
    CommitteeOpt,
    SinceOpt,
    app,
    check_file_target,
    dates,
    errors,
    message,
    open_archive,
    option_day,
    screen_rows,
    today,
)
from .errors import ScrutinyError

if TYPE_CHECKING:
    from .report_model import Tracker


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    xlsx = "xlsx"


SUFFIXES = {
    ".md": ReportFormat.md,
    ".markdown": ReportFormat.md,
    ".html": ReportFormat.html,
    ".htm": ReportFormat.html,
    ".docx": ReportFormat.docx,
    ".xlsx": ReportFormat.xlsx,
}
BINARY = (ReportFormat.docx, ReportFormat.xlsx)


@app.command()
def report(
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="The tracker for a meeting on this date: what earlier minutes say "
            "[default: today].",
        ),
    ] = None,
    format_: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format", help="md, html, docx or xlsx [default: from --output's suffix, else md]."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", dir_okay=False, help="Write to FILE, not stdout."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
) -> None:
    """The outstanding-actions tracker for the next agenda: open and addressed actions
    with a RAG rating, actions closed since the last meeting, and recommendations to the
    executive with their two-month response date.

    Example: scrutiny report --committee Housing --as-of 2024-03-12 --output tracker.docx
    """
    from . import query_report, report

    since_iso, _ = dates(since, None)
    day = option_day(as_of, False, "--as-of") or today()
    chosen = format_ or (SUFFIXES.get(output.suffix.lower()) if output else None) or ReportFormat.md
    if output is None and chosen in BINARY and sys.stdout.isatty():
        raise typer.BadParameter(
            f"{chosen} is not for a terminal: give --output FILE", param_hint="--format"
        )
    with errors(), _no_cycle_collection():
        db = open_archive(read_only=True)
        _check_committee(query_report.named(db, committee), committee)
        keep = _screenful(output, chosen)
        rows = query_report.report_rows(db, committee, since_iso, day, keep=keep)
        tracker = report.build(rows, day, since_iso, chart=chosen is ReportFormat.html, keep=keep)
        if tracker.empty:
            message(f"nothing to report as of {day}: no outstanding action, none closed since "
                    "the last meeting, no recommendation to the executive")  # fmt: skip
            return
        if output is not None:
            _refuse_overwrite(output, force)
            _write_file(output, _writer(tracker, chosen))
            message(f"wrote {output}")
        else:
            _write_stdout(_writer(tracker, chosen), chosen)


def _screenful(output: Path | None, chosen: ReportFormat) -> int | None:
    """Rows of each table a terminal is shown (None: all of them). A tracker of thousands
    of rows is read in a file, not a terminal, and its first screen is built at once."""
    if output is None and chosen is ReportFormat.md and sys.stdout.isatty():
        return screen_rows()
    return None


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The tracker is tens of thousands of small objects kept until it is written: the
    cycle collector would walk them again and again for nothing (a third of the time on an
    archive of 10,000 meetings), and they hold no cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _check_committee(found: bool, committee: str | None) -> None:
    if found:
        return
    if committee:
        raise ScrutinyError(
            f"no committee's name contains {committee!r}",
            hint="scrutiny meetings lists the committees",
        )
    raise ScrutinyError("the archive has no meetings", hint="run `scrutiny ingest FOLDER` first")


Writer = Callable[[Path], None]


def _writer(tracker: Tracker, chosen: ReportFormat) -> Writer:
    """A function writing the tracker in the chosen format to a path."""
    from . import report_render

    if chosen is ReportFormat.docx:
        from .report_docx import write_docx

        return lambda path: write_docx(tracker, path)
    if chosen is ReportFormat.xlsx:
        from .report_xlsx import xlsx_sheets
        from .xlsx import write_workbook

        return lambda path: write_workbook(path, xlsx_sheets(tracker))
    render = report_render.html if chosen is ReportFormat.html else report_render.markdown

    def write_text(path: Path) -> None:
        path.write_text(render(tracker), encoding="utf-8")

    return write_text


def _refuse_overwrite(path: Path, force: bool) -> None:
    check_file_target(path)
    if path.exists() and not force:
        raise ScrutinyError(f"{path} already exists", hint="add --force to overwrite it")


def _write_file(path: Path, write: Writer) -> None:
    """Write through a temporary file beside the target: a failure leaves no half file."""
    fd, name = tempfile.mkstemp(prefix=".scrutiny-report-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as e:
        raise ScrutinyError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        temporary.unlink(missing_ok=True)


def _write_stdout(write: Writer, chosen: ReportFormat) -> None:
    """The document on stdout (a binary one only down a pipe or into a file)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report.{chosen}"
        write(path)
        data = path.read_bytes()
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
