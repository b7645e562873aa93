"""The command line: argument parsing and printing only. Every command calls query/store.

Errors from the domain (ScrutinyError) become one line on stderr and exit code 1; usage
errors exit 2. Data goes to stdout, everything else to stderr. The commands for actions and
for finding and exporting live in cli_actions.py and cli_find.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .cli_common import (
    CommitteeOpt,
    Output,
    app,
    err_console,
    errors,
    open_archive,
    output_options,
    state,
)
from .errors import ScrutinyError, StoreError


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutiny {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: Annotated[
        Path,
        typer.Option("--db", envvar="SCRUTINY_DB", help="The archive file.", show_default=True),
    ] = Path("scrutiny.db"),
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Index council committee minutes into SQLite: meetings, items, resolutions, references.

    Example: scrutiny ingest minutes/ && scrutiny actions --open
    """
    state.db_path = db
    state.debug = debug


def _size(value: str) -> int | None:
    from .jobs import parse_size

    try:
        return parse_size(value)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Minutes files or folders (searched recursively).")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Re-read files even if unchanged or failed before.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes reading files [default: one per core]."
        ),
    ] = None,
    ocr: Annotated[
        bool,
        typer.Option("--ocr", help="Read scanned PDF pages with Tesseract (must be installed)."),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 on warnings too (text in no known layout).")
    ] = False,
    max_memory: Annotated[
        str,
        typer.Option(
            "--max-memory",
            metavar="SIZE",
            help="Memory one file may take to read and parse (1G, 512M; 0: no cap).",
        ),
    ] = "1G",
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit", metavar="SECONDS", min=1, help="Time one file may take to read."
        ),
    ] = 120.0,
    follow_links: Annotated[
        bool,
        typer.Option("--follow-links", help="Follow links to files outside the folders named."),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Name every file skipped.")
    ] = False,
) -> None:
    """Read minutes (.txt, .md, .pdf) into the archive; unchanged files are skipped.

    Each file is read in a worker process with a memory cap and a time limit: a file that
    breaks the reader fails alone.

    Example: scrutiny --db council.db ingest minutes/2019 minutes/2020 --jobs 4
    """
    from . import discover
    from .jobs import Limits, default_jobs
    from .read import ocr as ocr_check

    limits = Limits(memory=_size(max_memory), seconds=time_limit)
    console = err_console()
    with errors():
        if ocr and not ocr_check.available():
            raise ScrutinyError("Tesseract is not installed", hint=ocr_check.INSTALL_HINT)
        found = discover.discover(paths, follow_links=follow_links)
        db = open_archive(create=True)
        summary = _run_with_progress(db, found, force, jobs or default_jobs(), ocr, limits, console)
        _print_summary(summary, db, console, verbose)
    if summary.failed or summary.unreadable or (strict and summary.warnings):
        raise typer.Exit(1)


def _run_with_progress(
    db: Any, found: Any, force: bool, jobs: int, ocr: bool, limits: Any, console: Any
) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from . import ingest as pipeline

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(found.entries))
        return pipeline.ingest(
            db,
            found,
            force=force,
            debug=state.debug,
            jobs=jobs,
            ocr=ocr,
            limits=limits,
            on_file=lambda _path: progress.advance(task),
        )


def _print_summary(summary: Any, db: Any, console: Any, verbose: bool) -> None:
    from rich.text import Text

    from .discover import skipped_summary

    def say(text: Text) -> None:
        console.print(text, soft_wrap=True)  # one line each, however long: logs are grepped

    s = summary.states()
    total = len(summary.outcomes)
    line = (
        f"{total} file{'s' if total != 1 else ''}: {s['new']} new, {s['changed']} changed, "
        f"{s['unchanged']} unchanged, {s['failed']} failed"
    )
    if total and s["unchanged"] == total:
        line += " (nothing to do)"
    say(Text(line))
    if summary.skipped:
        say(Text(skipped_summary(summary.skipped)))
    counts = {t: db.table(t).count for t in ("meetings", "items", "resolutions", "minute_refs")}
    say(
        Text(
            f"archive: {counts['meetings']} meetings, {counts['items']} items, "
            f"{counts['resolutions']} resolutions, {counts['minute_refs']} references"
        )
    )
    for folder, reason in summary.unreadable:
        say(Text(f"failed: {folder}: the folder cannot be read ({reason})", style="red"))
    for o in summary.failed:
        say(Text(f"failed: {o.path}: {o.message}", style="red"))
    for o in summary.warnings:
        say(Text(f"warning: {o.path}: {o.message}", style="yellow"))
    for o in summary.orphaned:
        say(Text(_orphaned_line(o), style="yellow"))
    if verbose:
        for skip in summary.skipped:
            say(Text(f"skipped: {skip.name} ({skip.label}: {skip.why})"))


def _orphaned_line(o: dict[str, Any]) -> str:
    when = f" {str(o['set_at'])[:10]}" if o.get("set_at") else ""
    return (
        f"override for key {o['key']} ({o['status']}{when}) no longer matches an action: "
        "see `scrutiny actions orphans`"
    )


@app.command()
@output_options
def meetings(committee: CommitteeOpt = None, *, out: Output) -> None:
    """List the meetings in the archive, oldest first.

    Example: scrutiny meetings --committee "Scrutiny Board" --csv > meetings.csv
    """
    from . import query

    with errors():
        rows = query.meetings(open_archive(read_only=True), committee)
        out.write(
            rows, ["date", "start_time", "committee", "venue", "items", "present"], "Meetings"
        )


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="A minute ref (8/17) or a meeting date (2019-10-03).")],
    committee: CommitteeOpt = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show an item by minute ref, or a meeting by date, with resolutions and references.

    Example: scrutiny show 8/17   or   scrutiny show "3 October 2019"
    """
    from . import query, views

    with errors():
        db = open_archive(read_only=True)
        if query.is_minute_ref(ref):
            found = query.find_items(db, ref, committee)
            if not found:
                raise ScrutinyError(
                    f"no item {ref} in the archive", hint="scrutiny meetings lists them"
                )
            views.items(db, found, as_json=json)
        else:
            meetings_found = query.find_meetings(db, ref, committee)
            if not meetings_found:
                raise ScrutinyError(
                    f"no meeting on {ref!r} in the archive",
                    hint="give a date like 2019-10-03, or a minute ref like 8/17",
                )
            views.meetings(db, meetings_found, as_json=json)


@app.command()
def status() -> None:
    """Counts, failed sources, and items still truncated or waiting for their meeting.

    Example: scrutiny status
    """
    from . import query, views

    with errors():
        views.status(query.status(open_archive(read_only=True)))


@app.command()
def check(
    repair: Annotated[
        bool,
        typer.Option("--repair", help="Rebuild full-text indexes and links; drop orphan rows."),
    ] = False,
) -> None:
    """Check the archive is whole: damaged pages, rows pointing at missing rows, full-text
    indexes, and decisions whose action has gone; every problem on a line. Exit 1 when
    something is wrong. Without --repair it only reads.

    Example: scrutiny check   or   scrutiny check --repair
    """
    from . import check as checks

    console = err_console()
    with errors():
        try:
            db = open_archive(read_only=not repair)
        except StoreError as e:
            if not _damaged(e):
                raise
            typer.echo(f"problem: the archive cannot be opened: {e}")
            raise checks.Unrepairable(
                "nothing was changed", hint=checks.RECOVER.format(db=state.db_path)
            ) from None
        if repair:
            for line in checks.repair(db, str(state.db_path)):
                console.print(f"repair: {line}", markup=False, soft_wrap=True)
        report = checks.check(db)
        for line in report.problems:
            typer.echo(f"problem: {line}")
        if not report.repairable:
            typer.echo(f"problem: {checks.RECOVER.format(db=state.db_path)}")
    if report.ok:
        typer.echo("ok: the archive is whole")
    else:
        raise typer.Exit(1)


def _damaged(error: StoreError) -> bool:
    return "damaged" in str(error) or "cannot open" in str(error)


# Register the commands kept in their own modules.
from . import cli_actions, cli_decisions, cli_find  # noqa: E402, F401
