"""Finding and taking away: search, history, resolutions, attendance, export, sql and
Datasette metadata."""

from __future__ import annotations

import itertools
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
    err_console,
    errors,
    open_archive,
    output_options,
    state,
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
            "--kind", help="item, resolution or action (repeatable) [default: all three]."
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many hits at most.")] = 20,
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
    from . import query

    kinds = tuple(kind or query.SEARCH_KINDS)
    unknown = [k for k in kinds if k not in query.SEARCH_KINDS]
    if unknown:
        raise typer.BadParameter(
            f"{unknown[0]!r}: choose item, resolution or action", param_hint="--kind"
        )
    first, last = dates(since, until)
    with errors():
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
        except Exception as e:  # an FTS5 syntax error from --raw input
            if not raw or "fts5" not in str(e).lower():
                raise
            raise ScrutinyError(
                f"malformed search: {e}", hint="leave out --raw to search for the words as typed"
            ) from None
        columns = ["date", "minute_ref", "kind", "title", "snippet"]
        out.write(
            hits, columns if out.is_table else ["committee", *columns], f"Search: {query_text}"
        )


@app.command()
@output_options
def history(
    ref: Annotated[str, typer.Argument(help="A minute ref such as 8/17.")],
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
            "action_overrides, or all."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write one file per table into this folder."),
    ] = None,
    *,
    out: Output,
) -> None:
    """Export a table (CSV unless --json/--jsonl) with readable labels beside the ids.

    Example: scrutiny export actions > actions.csv   or   scrutiny export all --output out/
    """
    from . import query

    tables = list(query.EXPORTS) if table == "all" else [table]
    if tables[0] not in query.EXPORTS:
        raise typer.BadParameter(
            f"{table!r}: choose one of {', '.join(query.EXPORTS)} or all", param_hint="TABLE"
        )
    if table == "all" and output is None:
        raise typer.BadParameter("export all writes a file per table: give --output DIR")
    fmt = out.format if out.format not in (None, Format.table) else Format.csv
    with errors():
        db = open_archive(read_only=True)
        for name in tables:
            columns, rows = query.export(db, name)
            if output is None:  # rows stream through: memory stays flat for any table
                write_rows(rows, columns, fmt, escape_formulas=out.escape_formulas, bom=out.bom)
                continue
            output.mkdir(parents=True, exist_ok=True)
            path = output / f"{name}.{fmt.value}"
            counted = _Counted(rows)
            with path.open("w", encoding="utf-8", newline="") as stream:
                write_rows(
                    counted,
                    columns,
                    fmt,
                    escape_formulas=out.escape_formulas,
                    bom=out.bom,
                    stream=stream,
                )
            err_console().print(f"{path}: {counted.n} rows", markup=False)


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
                err_console().print(
                    f"the first {TABLE_ROWS} rows: --csv or --json gives them all", markup=False
                )


@app.command("datasette-metadata")
def datasette_metadata(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
) -> None:
    """Metadata for Datasette: titles, descriptions, labels and canned queries ("open
    actions", "overdue actions"), for `datasette scrutiny.db -m metadata.json`.

    Example: scrutiny datasette-metadata -o metadata.json
    """
    import json

    from .datasette import metadata

    text = json.dumps(metadata(state.db_path.stem), indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err_console().print(f"wrote {output}", markup=False)
