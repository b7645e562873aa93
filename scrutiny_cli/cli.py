"""The command line: argument parsing and printing only. Every command calls query/store.

Errors from the domain (ScrutinyError) become one line on stderr and exit code 1; usage
errors exit 2. Data goes to stdout, everything else to stderr.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .errors import ScrutinyError
from .output import Format

app = typer.Typer(
    name="scrutiny",
    help="Index council committee minutes into SQLite, and ask what was decided and requested.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    db_path: Path = Path("scrutiny.db")
    debug: bool = False


state = State()


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

    Example: scrutiny ingest minutes/ && scrutiny meetings
    """
    state.db_path = db
    state.debug = debug


def _err_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def _errors() -> Iterator[None]:
    """Domain errors: one line on stderr, exit 1."""
    try:
        yield
    except ScrutinyError as e:
        if state.debug:
            raise
        typer.echo(f"Error: {e}", err=True)
        if e.hint:
            typer.echo(f"Hint: {e.hint}", err=True)
        raise typer.Exit(1) from None


def _open(create: bool = False) -> Any:
    from . import store

    return store.connect(state.db_path, create=create)


# --- Shared output options -----------------------------------------------------------------

TableOpt = Annotated[bool, typer.Option("--table", help="A table (the default on a terminal).")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV (the default when piped).")]
TsvOpt = Annotated[bool, typer.Option("--tsv", help="Tab-separated values.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON array.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="One JSON object a line.")]
NoEscapeOpt = Annotated[
    bool,
    typer.Option(
        "--no-escape-formulas", help="Do not prefix ' to CSV cells starting with = + - @."
    ),
]
BomOpt = Annotated[bool, typer.Option("--bom", help="Start CSV with a BOM, for Excel.")]


def _format(table: bool, csv: bool, tsv: bool, json: bool, jsonl: bool) -> Format | None:
    chosen = [
        f
        for f, on in (
            (Format.table, table),
            (Format.csv, csv),
            (Format.tsv, tsv),
            (Format.json, json),
            (Format.jsonl, jsonl),
        )
        if on
    ]
    if len(chosen) > 1:
        raise typer.BadParameter("choose one of --table, --csv, --tsv, --json, --jsonl")
    return chosen[0] if chosen else None


# --- Commands --------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Minutes files or folders (searched recursively).")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Re-read files even if unchanged.")
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
) -> None:
    """Read minutes (.txt, .md, .pdf) into the archive; unchanged files are skipped.

    Example: scrutiny --db council.db ingest minutes/2019 minutes/2020 --jobs 4
    """
    from . import ingest as pipeline
    from .jobs import default_jobs
    from .read import ocr as ocr_check

    with _errors():
        if ocr and not ocr_check.available():
            raise ScrutinyError("Tesseract is not installed", hint=ocr_check.INSTALL_HINT)
        files = pipeline.discover(paths)
        db = _open(create=True)
        console = _err_console()
        summary = _run_with_progress(db, files, force, jobs or default_jobs(), ocr, console)
    _print_summary(summary, db, console)
    if summary.failed:
        raise typer.Exit(1)


def _run_with_progress(
    db: Any, files: list[Path], force: bool, jobs: int, ocr: bool, console: Any
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
        task = progress.add_task("ingesting", total=len(files))
        return pipeline.ingest(
            db,
            files,
            force=force,
            debug=state.debug,
            jobs=jobs,
            ocr=ocr,
            on_file=lambda _path: progress.advance(task),
        )


def _print_summary(summary: Any, db: Any, console: Any) -> None:
    from rich.text import Text

    s = summary.states()
    total = len(summary.outcomes)
    line = (
        f"{total} file{'s' if total != 1 else ''}: {s['new']} new, {s['changed']} changed, "
        f"{s['unchanged']} unchanged, {s['failed']} failed"
    )
    if total and s["unchanged"] == total:
        line += " (nothing to do)"
    console.print(Text(line))
    counts = {t: db.table(t).count for t in ("meetings", "items", "resolutions", "minute_refs")}
    console.print(
        Text(
            f"archive: {counts['meetings']} meetings, {counts['items']} items, "
            f"{counts['resolutions']} resolutions, {counts['minute_refs']} references"
        )
    )
    for o in summary.failed:
        console.print(Text(f"failed: {o.path}: {o.message}", style="red"))
    for o in summary.warnings:
        console.print(Text(f"warning: {o.path}: {o.message}", style="yellow"))


@app.command()
def meetings(
    committee: Annotated[
        str | None, typer.Option(help="Only committees whose name contains this.")
    ] = None,
    table: TableOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
    no_escape_formulas: NoEscapeOpt = False,
    bom: BomOpt = False,
) -> None:
    """List the meetings in the archive, oldest first.

    Example: scrutiny meetings --committee "Scrutiny Board" --csv > meetings.csv
    """
    from . import query
    from .output import write_rows

    fmt = _format(table, csv, tsv, json, jsonl)
    with _errors():
        rows = query.meetings(_open(), committee)
    write_rows(
        rows,
        ["date", "start_time", "committee", "venue", "items", "present"],
        fmt,
        escape_formulas=not no_escape_formulas,
        bom=bom,
        title="Meetings",
    )


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="A minute ref (8/17) or a meeting date (2019-10-03).")],
    committee: Annotated[
        str | None, typer.Option(help="Only committees whose name contains this.")
    ] = None,
    json: JsonOpt = False,
) -> None:
    """Show an item by minute ref, or a meeting by date, with resolutions and references.

    Example: scrutiny show 8/17   or   scrutiny show "3 October 2019"
    """
    from . import query, views

    with _errors():
        db = _open()
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


# --- Actions ---------------------------------------------------------------------------------

actions_app = typer.Typer(
    help="What the meetings asked for: list, close or reopen actions.",
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(actions_app, name="actions")

ACTION_COLUMNS = [
    "key",
    "committee",
    "meeting_date",
    "minute_ref",
    "text",
    "owner",
    "due_date",
    "due_text",
    "status",
    "status_evidence",
    "origin",
]
ACTION_TABLE_COLUMNS = [
    "key",
    "meeting_date",
    "minute_ref",
    "text",
    "owner",
    "due_date",
    "status",
    "status_evidence",
]


def _period(value: str | None, end: bool, option: str) -> str | None:
    """The first (or last) day of what a date filter means; a usage error if it is no date."""
    from .parse.dates import period

    if value is None:
        return None
    try:
        return period(value)[1 if end else 0]
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=option) from None


@actions_app.callback(invoke_without_command=True)
def actions(
    ctx: typer.Context,
    open_: Annotated[
        bool, typer.Option("--open", help="Outstanding actions (the default).")
    ] = False,
    addressed: Annotated[
        bool, typer.Option("--addressed", help="Actions a later report back answered.")
    ] = False,
    closed: Annotated[bool, typer.Option("--closed", help="Actions done.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Every action, whatever its status.")] = False,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Open actions past their due date.")
    ] = False,
    owner: Annotated[str | None, typer.Option(help="Owner contains this text.")] = None,
    committee: Annotated[
        str | None, typer.Option(help="Committee name contains this text.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Asked at meetings on or after (2018, Jan 2018, 2018-01-11).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Asked at meetings on or before this date.")
    ] = None,
    table: TableOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    json: JsonOpt = False,
    jsonl: JsonlOpt = False,
    no_escape_formulas: NoEscapeOpt = False,
    bom: BomOpt = False,
) -> None:
    """List actions: what was asked, of whom, by when, and whether it came back.

    Example: scrutiny actions --open --csv > actions.csv
    """
    if ctx.invoked_subcommand:
        return
    from datetime import date

    from . import query
    from .output import write_rows

    fmt = _format(table, csv, tsv, json, jsonl)
    chosen = [
        s
        for s, on in (("open", open_ or overdue), ("addressed", addressed), ("closed", closed))
        if on
    ]
    statuses = query.ACTION_STATUSES if all_ else tuple(chosen or ["open"])
    since_iso, until_iso = _period(since, False, "--since"), _period(until, True, "--until")
    with _errors():
        rows = query.actions(
            _open(),
            statuses,
            today=date.today().isoformat(),
            overdue=overdue,
            owner=owner,
            committee=committee,
            since=since_iso,
            until=until_iso,
        )
    for row in rows:
        row["overdue"] = bool(row["overdue"])
    columns = ACTION_TABLE_COLUMNS if _is_table(fmt) else [*ACTION_COLUMNS, "overdue"]
    write_rows(
        rows,
        columns,
        fmt,
        escape_formulas=not no_escape_formulas,
        bom=bom,
        title="Actions",
        row_style=lambda r: "red" if r.get("overdue") else None,
    )


def _is_table(fmt: Format | None) -> bool:
    from .output import choose

    return choose(fmt) is Format.table


@actions_app.command("close")
def actions_close(
    key: Annotated[str, typer.Argument(help="The action's key (or a unique start of it).")],
    note: Annotated[str | None, typer.Option(help="Why: kept as the action's evidence.")] = None,
) -> None:
    """Close an action by hand; survives every re-ingest.

    Example: scrutiny actions close k3xq7m2pda --note "done by email"
    """
    _set_status(key, "closed", note)


@actions_app.command("reopen")
def actions_reopen(
    key: Annotated[str, typer.Argument(help="The action's key (or a unique start of it).")],
    note: Annotated[str | None, typer.Option(help="Why: kept as the action's evidence.")] = None,
) -> None:
    """Reopen an action by hand, whatever later minutes say; survives every re-ingest.

    Example: scrutiny actions reopen k3xq7m2pda --note "the report did not cover it"
    """
    _set_status(key, "open", note)


def _set_status(key: str, status: str, note: str | None) -> None:
    from datetime import UTC, datetime

    from . import link, query, store

    with _errors():
        db = _open()
        found = query.find_action_keys(db, key)
        if not found:
            raise ScrutinyError(
                f"no action with key {key!r}", hint="scrutiny actions --all lists them"
            )
        if len(found) > 1:
            raise ScrutinyError(
                f"{key!r} is the start of {len(found)} keys: {', '.join(found[:5])}"
            )
        with store.write_transaction(db):
            store.set_override(
                db, found[0], status, note, datetime.now(UTC).isoformat(timespec="seconds")
            )
            link.apply_override(db, found[0])
    typer.echo(f"{found[0]}: {status}" + (f" ({note})" if note else ""), err=True)


@app.command()
def status() -> None:
    """Counts, failed sources, and items still truncated or waiting for their meeting.

    Example: scrutiny status
    """
    from . import query, views

    with _errors():
        views.status(query.status(_open()))


if __name__ == "__main__":  # pragma: no cover
    app(prog_name="scrutiny")
