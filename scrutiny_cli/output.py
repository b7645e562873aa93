"""Rows out: a table on a terminal, CSV when piped, or TSV/JSON/JSONL on request.

Takes plain rows (dicts, or a query's `rows.Rows`, whose blocks CSV writes as they come);
knows nothing of the database. CSV is spreadsheet-safe by default: a text cell that a
spreadsheet would evaluate (=, +, -, @, tab, CR, LF, or their full-width forms) gets a
leading apostrophe. JSON is never altered. Text meant for a person on a terminal goes
through `terminal_safe` first; CSV and JSON keep the data as stored.
"""

from __future__ import annotations

import itertools
import operator
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
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


# Terminal control sequences a minutes file or a file name could carry: CSI (ESC [ ... and
# the 8-bit U+009B), string commands terminated by BEL or ST (OSC 0 titles, OSC 8 links,
# DCS, SOS, PM, APC, in their 7- and 8-bit forms) and the other two-byte ESC sequences.
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# What is left once sequences are gone: C0 controls but tab and newline, DEL, C1 controls,
# and the bidi embeddings, overrides and isolates that can make text read backwards.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# A file name that is not UTF-8 arrives with its bad bytes as lone surrogates
# (surrogateescape): no terminal can be sent those, so they are shown as \xNN.
_SURROGATES = re.compile("[\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """Text with every terminal control sequence and control character taken out, so that
    what a file says can never clear a screen, plant a link or retitle a window."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub(_escaped_byte, text)
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _SEQUENCES.sub("", text.replace("\r\n", "\n")))


def _escaped_byte(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


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
    heading: Sequence[str] = (),
) -> None:
    """Write rows in the chosen format; a closed pipe (`| head`) ends quietly. row_style
    colours a table row (overdue actions in red) and heading names the columns that open a
    record in the stacked layout; other formats ignore both."""
    stream = stream or sys.stdout
    fmt = choose(fmt, stream)
    try:
        if fmt is Format.table:
            from .tables import render

            render(list(rows), columns, stream, title=title, heading=heading, row_style=row_style)
        elif fmt in (Format.csv, Format.tsv):
            _delimited(rows, columns, fmt, escape_formulas, bom, stream)
        elif fmt is Format.json:
            _json_array(rows, columns, stream)
        else:
            import json

            for r in rows:
                stream.write(json.dumps(_pick(r, columns), ensure_ascii=False, default=str) + "\n")
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()


def _json_array(rows: Iterable[dict[str, Any]], columns: Sequence[str], stream: TextIO) -> None:
    """One JSON array, an object a line, written as the rows come: memory stays flat."""
    import json

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


def _delimited(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    escape_formulas: bool,
    bom: bool,
    stream: TextIO,
) -> None:
    from .delimited import write_delimited

    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", newline="")
    if bom:
        stream.write("\ufeff")
    blocks, types = _blocks(rows, columns)
    delimiter = "\t" if fmt is Format.tsv else ","
    starts = FORMULA_STARTS if escape_formulas else ()
    write_delimited(stream, columns, blocks, delimiter, starts, types)


def _blocks(
    rows: Iterable[dict[str, Any]], columns: Sequence[str]
) -> tuple[Iterator[Sequence[tuple[Any, ...]]], list[Any]]:
    """Rows as blocks of tuples in the order of columns, with each column's conversion: a
    query's blocks as they come (its columns picked if need be), other rows a block of
    dicts at a time (a row without some column is empty there)."""
    from .rows import BLOCK, Rows

    if isinstance(rows, Rows) and set(columns) <= set(rows.columns):
        types = [rows.types.get(c) for c in columns]
        if list(columns) == rows.columns:
            return rows.blocks, types
        at = [rows.columns.index(c) for c in columns]
        picked = operator.itemgetter(*at) if len(at) > 1 else lambda r: (r[at[0]],)
        return (list(map(picked, block)) for block in rows.blocks), types
    pick = operator.itemgetter(*columns) if len(columns) > 1 else None

    def cells(row: dict[str, Any]) -> tuple[Any, ...]:
        try:
            return pick(row) if pick else (row[columns[0]],)
        except KeyError:
            return tuple(row.get(c) for c in columns)

    each = map(cells, rows)
    return iter(lambda: list(itertools.islice(each, BLOCK)), []), []


def _silence_stdout() -> None:
    """After the reader hung up, point stdout at /dev/null so exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
