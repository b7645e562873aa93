"""The command line: argument parsing and printing only. Every command calls query/store.

Errors from the domain (ScrutinyError) become one line on stderr and exit code 1; usage
errors exit 2. Data goes to stdout, everything else to stderr. The commands for actions and
for finding and exporting live in cli_actions.py and cli_find.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .cli_common import (
    CommitteeOpt,
    Output,
    SinceOpt,
    UntilOpt,
    app,
    dates,
    errors,
    message,
    open_archive,
    output_options,
    state,
)
from .errors import ScrutinyError, StoreError
from .output import terminal_safe


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutiny {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: Annotated[
        Path,
        typer.Option(
            "--db",
            envvar="SCRUTINY_DB",
            metavar="PATH",
            help="The archive file (before or after the command name).",
            show_default=True,
        ),
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
        list[Path],
        typer.Argument(metavar="PATH...", help="Minutes files or folders (searched recursively)."),
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or counts: only what went wrong.")
    ] = False,
    json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout (for cron).")
    ] = False,
) -> None:
    """Read minutes (.txt, .md, .pdf, saved web pages, .docx) into the archive; unchanged
    files are skipped.

    Each file is read in a worker process with a memory cap and a time limit: a file that
    breaks the reader fails alone.

    Example: scrutiny --db council.db ingest minutes/2019 minutes/2020 --jobs 4
    """
    from functools import partial

    from . import cli_ingest, discover
    from . import ingest as pipeline
    from .jobs import Limits, default_jobs
    from .read import ocr as ocr_check

    limits = Limits(memory=_size(max_memory), seconds=time_limit)
    with errors():
        if ocr and not ocr_check.available():
            raise ScrutinyError("Tesseract is not installed", hint=ocr_check.INSTALL_HINT)
        found = discover.discover(paths, follow_links=follow_links)
        db = open_archive(create=True)
        work = partial(
            pipeline.ingest,
            db,
            found,
            force=force,
            debug=state.debug,
            jobs=jobs or default_jobs(),
            ocr=ocr,
            limits=limits,
        )
        summary = cli_ingest.run(found.entries, lambda on_file: work(on_file=on_file), not quiet)
    cli_ingest.print_summary(summary, db, quiet=quiet, as_json=json, verbose=verbose)
    if summary.failed or summary.unreadable or (strict and summary.warnings):
        raise typer.Exit(1)


@app.command()
@output_options
def meetings(
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    *,
    out: Output,
) -> None:
    """List the meetings in the archive, oldest first.

    Example: scrutiny meetings --committee "Scrutiny Board" --since 2023 --csv > meetings.csv
    """
    from . import query

    first, last = dates(since, until)
    with errors():
        db = open_archive(read_only=True)
        out.write(
            query.meetings(db, committee, first, last),
            ["date", "start_time", "committee", "venue", "items", "present"],
            "Meetings",
            total=lambda: query.count_meetings(db, committee, first, last),
        )


@app.command()
def show(
    ref: Annotated[
        str,
        typer.Argument(metavar="REF", help="A minute ref (8/17) or a meeting date (2019-10-03)."),
    ],
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


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command()
def status(
    all_: Annotated[
        bool, typer.Option("--all", help="List everything (long lists stop at 10 otherwise).")
    ] = False,
    failed: Annotated[
        bool, typer.Option("--failed", help="Only the files that failed or need a look, all.")
    ] = False,
    json: JsonOpt = False,
) -> None:
    """Counts, failed sources, and items still truncated or waiting for their meeting.

    Example: scrutiny status   or   scrutiny status --failed
    """
    import json as json_module

    from . import query, views

    cut = None if all_ or failed or json else views.STATUS_CUT
    with errors():
        found = query.status(open_archive(read_only=True), cut)
    if json:
        typer.echo(json_module.dumps(found, ensure_ascii=False, default=str))
    else:
        views.status(found, cut=cut, failed_only=failed)


@app.command()
def check(
    repair: Annotated[
        bool,
        typer.Option("--repair", help="Rebuild full-text indexes and links; drop orphan rows."),
    ] = False,
    json: JsonOpt = False,
) -> None:
    """Check the archive is whole: damaged pages, rows pointing at missing rows, full-text
    indexes, and decisions whose action has gone; every problem on a line. Exit 1 when
    something is wrong. Without --repair it only reads.

    Example: scrutiny check   or   scrutiny check --repair
    """
    import json as json_module

    from . import check as checks

    with errors():
        try:
            db = open_archive(read_only=not repair)
        except StoreError as e:
            if not _damaged(e):
                raise
            typer.echo(f"problem: the archive cannot be opened: {terminal_safe(str(e))}")
            raise checks.Unrepairable(
                "nothing was changed", hint=checks.RECOVER.format(db=state.db_path)
            ) from None
        repaired = checks.repair(db, str(state.db_path)) if repair else []
        report = checks.check(db)
        problems = list(report.problems)
        if not report.repairable:
            problems.append(checks.RECOVER.format(db=state.db_path))
    if json:
        found = {"ok": report.ok, "problems": problems, "repaired": repaired}
        typer.echo(json_module.dumps(found, ensure_ascii=False))
    else:
        for line in repaired:
            message(f"repair: {line}")
        for line in problems:
            typer.echo(terminal_safe(f"problem: {line}"))
        if report.ok:
            typer.echo("ok: the archive is whole")
    if not report.ok:
        raise typer.Exit(1)


def _damaged(error: StoreError) -> bool:
    return "damaged" in str(error) or "cannot open" in str(error)


# Register the commands kept in their own modules.
from . import cli_actions, cli_decisions, cli_find, cli_report  # noqa: E402, F401
