"""Rows out: a Rich table on a terminal, CSV when piped, or TSV/JSON/JSONL on request.

Takes plain rows (dicts); knows nothing of the database. CSV is spreadsheet-safe by
default: a text cell that a spreadsheet would evaluate (=, +, -, @, tab, CR, LF, or their
full-width forms) gets a leading apostrophe. JSON is never altered.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO

# Words a search matched are wrapped in these two control characters: shown bold on a
# terminal, as **word** in CSV and JSON.
MARK_START, MARK_END = "\x02", "\x03"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


class Format(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"


def choose(fmt: Format | None, stream: TextIO | None = None) -> Format:
    """The format asked for, else a table on a terminal and CSV down a pipe."""
    if fmt is not None:
        return fmt
    stream = stream or sys.stdout
    return Format.table if stream.isatty() else Format.csv


def escape_formula(value: Any) -> Any:
    """ "=1+1" -> "'=1+1" for text cells; numbers and None pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_rows(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format | None = None,
    *,
    escape_formulas: bool = True,
    bom: bool = False,
    title: str | None = None,
    stream: TextIO | None = None,
    row_style: Callable[[dict[str, Any]], str | None] | None = None,
) -> None:
    """Write rows in the chosen format; a closed pipe (`| head`) ends quietly. row_style
    colours a table row (overdue actions in red); other formats ignore it."""
    stream = stream or sys.stdout
    fmt = choose(fmt, stream)
    try:
        if fmt is Format.table:
            _table(list(rows), columns, title, stream, row_style)
        elif fmt in (Format.csv, Format.tsv):
            _delimited(rows, columns, fmt, escape_formulas, bom, stream)
        elif fmt is Format.json:
            _json_array(rows, columns, stream)
        else:
            for r in rows:
                stream.write(json.dumps(_pick(r, columns), ensure_ascii=False, default=str) + "\n")
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()


def _json_array(rows: Iterable[dict[str, Any]], columns: Sequence[str], stream: TextIO) -> None:
    """One JSON array, an object a line, written as the rows come: memory stays flat."""
    stream.write("[")
    first = True
    for row in rows:
        stream.write(
            ("\n  " if first else ",\n  ")
            + json.dumps(_pick(row, columns), ensure_ascii=False, default=str)
        )
        first = False
    stream.write("]\n" if first else "\n]\n")


def _pick(row: dict[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    return {c: _plain(row.get(c)) for c in columns}


def _plain(value: Any) -> Any:
    if isinstance(value, str) and MARK_START in value:
        return value.replace(MARK_START, "**").replace(MARK_END, "**")
    return value


def _cell(value: Any) -> Any:
    """A table cell as rich Text: data rendered literally, search matches in bold."""
    from rich.text import Text

    text = Text()
    parts = ("" if value is None else str(value)).split(MARK_START)
    text.append(parts[0])
    for part in parts[1:]:
        hit, _, rest = part.partition(MARK_END)
        text.append(hit, style="bold yellow")
        text.append(rest)
    return text


def _delimited(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    escape_formulas: bool,
    bom: bool,
    stream: TextIO,
) -> None:
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", newline="")
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, dialect="excel-tab" if fmt is Format.tsv else "excel")
    writer.writerow(columns)
    for row in rows:
        cells = [_plain(row.get(c)) for c in columns]
        if escape_formulas:
            cells = [escape_formula(c) for c in cells]
        writer.writerow(["" if c is None else c for c in cells])


def _table(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    title: str | None,
    stream: TextIO,
    row_style: Callable[[dict[str, Any]], str | None] | None = None,
) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False)
    # Light rules and one space between columns leave the width to the text.
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold")
    for c in columns:
        # Short values (keys, dates, refs) never wrap; long text shares what width is left.
        widest = max((len(str(r.get(c) or "")) for r in rows), default=0)
        if widest <= 12:
            table.add_column(c.replace("_", " "), no_wrap=True)
        else:
            ratio = max(1, min(4, widest // 40))
            table.add_column(c.replace("_", " "), overflow="fold", ratio=ratio, min_width=8)
    for row in rows:
        # Cells are Text, never markup: "[exempt]" in a title must not vanish.
        cells = [_cell(row.get(c)) for c in columns]
        table.add_row(*cells, style=row_style(row) if row_style else None)
    console.print(table)
    if not rows:
        console.print(Text("(no rows)", style="dim"))


def _silence_stdout() -> None:
    """After the reader hung up, point stdout at /dev/null so exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
