"""Finding and taking away: search, history, resolutions, attendance, export, sql and
Datasette metadata."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

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
    write_text_file,
    write_xlsx,
)
from .errors import ScrutinyError
from .output import Format, write_rows


@app.command()
@output_options
def search(
    query_text: Annotated[str, typer.Argument(metavar="QUERY", help="Words to find.")],
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="item, resolution or action (repeatable) [default: all three].",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, metavar="N", help="How many hits at most.")
    ] = 20,
    raw: Annotated[
        bool,
        typer.Option("--raw", help='Pass FTS5 syntax through (AND, OR, NOT, "phrases", prefix*).'),
    ] = False,
    *,
    out: Output,
) -> None:
    """Full-text search over items, resolutions and actions, best matches first.

    Words are matched with stemming ("fostered" finds "fostering"); the text is quoted for
    you, so O'Brien, 5/18 and looked-after just work.

    Example: scrutiny search "private fostering" --since 2017 --kind item
    """
    import sqlite3

    from . import query

    kinds = tuple(kind or query.SEARCH_KINDS)
    unknown = [k for k in kinds if k not in query.SEARCH_KINDS]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r}: choose item, resolution or action", param_hint="--kind"
        )
    first, last = dates(since, until)
    with errors():
        _check_search_text(query_text, raw)
        try:
            hits = query.search(
                open_archive(read_only=True),
                query_text,
                raw=raw,
                kinds=kinds,
                committee=committee,
                since=first,
                until=last,
                limit=limit,
            )
        except sqlite3.OperationalError as e:  # FTS5 syntax in --raw input
            raise _search_error(e, raw) from None
    if out.is_table:
        heading = ("date", "committee", "minute_ref", "kind", "key")
        out.write(hits, [*heading, "title", "snippet"], f"Search: {query_text}", heading=heading)
    else:
        columns = ["committee", "date", "minute_ref", "kind", "key", "title", "snippet"]
        out.write(hits, columns, f"Search: {query_text}")


def _check_search_text(text: str, raw: bool) -> None:
    if not text.strip():
        raise ScrutinyError("nothing to search for", hint='give a word or two: search "damp mould"')
    if not raw and not re.search(r"\w", text):
        raise ScrutinyError(f"{text!r} has no words to search for", hint="search for words")


# What SQLite says of bad FTS5 syntax, and what to do about it.
_FTS_HINTS = (
    ("no such column", 'a word before ":" names a column: put the words in double quotes'),
    ("unterminated string", "close the double quote"),
    ("unknown special query", "a * must end a word, as in adopt*"),
)
_FTS_SYNTAX = 'FTS5 takes words, "phrases", AND, OR, NOT, prefix* and NEAR(a b)'


def _search_error(error: Exception, raw: bool) -> ScrutinyError:
    """An FTS5 error as one line, with the fix for the mistake it points at."""
    text = str(error)
    if not raw:
        return ScrutinyError(f"search failed: {text}", hint="try --raw with the query quoted")
    hint = next((h for cue, h in _FTS_HINTS if cue in text.lower()), _FTS_SYNTAX)
    return ScrutinyError(
        f"malformed search: {text}", hint=f"{hint}; or leave out --raw to search for the words"
    )


@app.command()
@output_options
def history(
    ref: Annotated[str, typer.Argument(metavar="REF", help="A minute ref such as 8/17.")],
    committee: CommitteeOpt = None,
    *,
    out: Output,
) -> None:
    """The thread of an item through "Further to minute ..." references, both ways, with
    the actions raised and answered along it.

    Example: scrutiny history 8/17
    """
    from . import query

    with errors():
        db = open_archive(read_only=True)
        found = query.find_items(db, ref, committee)
        if not found:
            raise ScrutinyError(
                f"no item {ref} in the archive", hint="scrutiny meetings lists them"
            )
        if len({f["committee"] for f in found}) > 1:
            names = "; ".join(sorted({f["committee"] for f in found}))
            raise ScrutinyError(
                f"{ref} is in more than one committee ({names})", hint="narrow it with --committee"
            )
        thread = query.history(db, found[0]["id"])
        out.write(
            thread,
            ["date", "minute_ref", "title", "cites", "actions_raised", "actions_answered"],
            f"History of {ref}",
        )


@app.command()
@output_options
def resolutions(
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    *,
    out: Output,
) -> None:
    """List resolutions with their meeting and minute, oldest first.

    Example: scrutiny resolutions --committee Housing --since 2023 --csv
    """
    from . import query

    with errors():
        rows = query.resolutions_list(
            open_archive(read_only=True),
            committee,
            *dates(since, until),
        )
        out.write(
            rows, ["date", "committee", "minute_ref", "part", "text", "lead_in"], "Resolutions"
        )


@app.command()
@output_options
def attendance(
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    name: Annotated[str | None, typer.Option("--name", help="Name contains this text.")] = None,
    *,
    out: Output,
) -> None:
    """Per person and committee: meetings present, apologies and absences, out of the
    meetings whose attendance the minutes record.

    Example: scrutiny attendance --committee Housing --since "Jan 2023"
    """
    from . import query

    with errors():
        rows = query.attendance(
            open_archive(read_only=True),
            committee,
            *dates(since, until),
            name,
        )
        out.write(
            rows,
            ["name", "committee", "roles", "present", "apologies", "absent", "meetings_recorded"],
            "Attendance",
        )


@app.command()
@output_options
def export(
    table: Annotated[
        str,
        typer.Argument(
            help="meetings, attendees, items, resolutions, actions, minute_refs, sources, "
            "action_overrides, override_log, or all."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="DIR", help="Write one file per table into this folder."
        ),
    ] = None,
    *,
    out: Output,
) -> None:
    """Export a table (CSV unless --json/--jsonl/--xlsx) with readable labels beside the ids.

    Example: scrutiny export actions > actions.csv   or   scrutiny export all --xlsx all.xlsx
    """
    from . import query

    tables = list(query.EXPORTS) if table == "all" else [table]
    if tables[0] not in query.EXPORTS:
        raise typer.BadParameter(
            f"{table!r}: choose one of {', '.join(query.EXPORTS)} or all", param_hint="TABLE"
        )
    if table == "all" and output is None and out.xlsx is None:
        raise typer.BadParameter(
            "export all writes a file per table: give --output DIR (or --xlsx FILE)"
        )
    with errors():
        db = open_archive(read_only=True)
        # An archive made before a table existed has none to export.
        tables = [name for name in tables if table != "all" or db.table(name).exists()]
        if out.xlsx is not None:
            sheets = [(name, *query.export(db, name)) for name in tables]
            write_xlsx(out.xlsx, [(n, c, _limited(r, out.limit)) for n, c, r in sheets])
            return
        fmt = out.format if out.format not in (None, Format.table) else Format.csv
        if output is None and out.format is Format.table:  # asked for: a table to read
            columns, rows = query.export(db, table)
            out.write(rows, columns)
            return
        if output is None:  # rows stream through: memory stays flat for any table
            columns, rows = query.export(db, table)
            write_rows(
                _limited(rows, out.limit),
                columns,
                fmt,
                escape_formulas=out.escape_formulas,
                bom=out.bom,
            )
            return
        _export_files(db, tables, _folder(output), fmt, out)


def _folder(path: Path) -> Path:
    """The folder export writes into, made if need be; one line if it cannot be."""
    if path.exists() and not path.is_dir():
        raise ScrutinyError(f"{path} is a file", hint="give --output a folder (new or existing)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ScrutinyError(f"cannot make the folder {path}: {e.strerror or e}") from None
    return path


def _export_files(db: Any, tables: list[str], folder: Path, fmt: Format, out: Output) -> None:
    """One file per table in folder, in format fmt."""
    from . import query

    for name in tables:
        columns, rows = query.export(db, name)
        path = folder / f"{name}.{fmt.value}"
        counted = _Counted(_limited(rows, out.limit))
        try:
            with path.open("w", encoding="utf-8", newline="") as stream:
                write_rows(
                    counted,
                    columns,
                    fmt,
                    escape_formulas=out.escape_formulas,
                    bom=out.bom,
                    stream=stream,
                )
        except OSError as e:
            raise ScrutinyError(f"cannot write {path}: {e.strerror or e}") from None
        message(f"{path}: {counted.n} rows")


def _limited(rows: Iterable[dict[str, Any]], limit: int | None) -> Iterable[dict[str, Any]]:
    return rows if limit is None else itertools.islice(rows, limit)


class _Counted:
    """An iterable of rows that counts what passed through it."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows, self.n = rows, 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            self.n += 1
            yield row


TABLE_ROWS = 10_000  # a table on a terminal shows this many rows at most


@app.command()
@output_options
def sql(
    statement: Annotated[str, typer.Argument(metavar="QUERY", help="SQL to run (read-only).")],
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", min=0, help="Stop the query after this long (0: never)."
        ),
    ] = 30.0,
    *,
    out: Output,
) -> None:
    """Run SQL against the archive, read-only: writes, ATTACH, VACUUM and pragmas that
    change anything are refused. Rows stream out; Ctrl-C or --timeout stops any query.

    Example: scrutiny sql "select committee, count(*) from meetings group by committee"
    """
    from . import sql as guarded

    with errors():
        db = open_archive(read_only=True)
        with guarded.bounded(db, timeout or None) as bounds:
            columns, rows = guarded.run(db, statement, bounds)
            if not out.is_table:
                out.write(rows, columns)
                return
            first = list(itertools.islice(rows, TABLE_ROWS + 1))
            out.write(first[:TABLE_ROWS], columns)
            if len(first) > TABLE_ROWS:
                message(f"the first {TABLE_ROWS} rows: --csv or --json gives them all")


@app.command("datasette-metadata")
def datasette_metadata(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file instead of standard output."
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            dir_okay=False,
            help="Also write datasette.yaml for Datasette 1.0 (settings, facets, queries).",
        ),
    ] = None,
) -> None:
    """Metadata for Datasette: titles, descriptions, labels, default facets and sort
    orders, and canned queries ("open actions", "actions of a committee" ...), for
    `datasette scrutiny.db -m metadata.json`.

    Example: scrutiny datasette-metadata -o metadata.json --config datasette.yaml
    """
    import json

    from . import datasette

    name = state.db_path.stem
    text = json.dumps(datasette.metadata(name), indent=2, ensure_ascii=False) + "\n"
    with errors():
        if output is None:
            sys.stdout.write(text)
        else:
            write_text_file(output, text)
        if config is not None:
            write_text_file(config, datasette.to_yaml(datasette.config(name)).lstrip("\n"))
