"""Rows into an .xlsx workbook with typed cells, so a spreadsheet never re-types the data.

CSV lets a spreadsheet guess: "8/22" becomes 22 August and "7/08" a date in 2008. Here
every cell is written with its type: minute references and keys as text, ISO days as date
cells (a month such as "2018-03" stays text: no day was written), booleans as TRUE/FALSE,
numbers as numbers. Text is written as text, never as a formula. Streams with XlsxWriter's
constant_memory mode, so memory stays flat for any table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import ScrutinyError
from .output import MARK_END, MARK_START


class Kind(StrEnum):
    """What a column holds; `auto` writes each value as its Python type says."""

    text = "text"
    date = "date"
    int = "int"
    bool = "bool"
    auto = "auto"


# Columns of the archive whose type the name tells. Anything else is `auto`: numbers stay
# numbers, and text stays text, whatever it looks like.
COLUMN_KINDS: dict[str, Kind] = {
    **dict.fromkeys(
        ("date", "meeting_date", "due_date", "target_date", "target_meeting_date", "hint_date"),
        Kind.date,
    ),
    **dict.fromkeys(("overdue", "truncated"), Kind.bool),
    **dict.fromkeys(
        ("key", "minute_ref", "ref", "target_minute_ref", "number", "hint_number", "part",
         "start_time", "cites", "sha256", "actions_answered"),
        Kind.text,
    ),
}  # fmt: skip

MAX_ROWS = 1_048_575  # a worksheet's rows, less the header
MAX_CELL = 32_767  # the most characters a cell holds
WIDTH_MIN, WIDTH_MAX = 6, 60
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def kinds_for(columns: Sequence[str]) -> list[Kind]:
    """The kind of each column, by its name."""
    return [COLUMN_KINDS.get(c, Kind.auto) for c in columns]


@dataclass
class Sheet:
    """One worksheet: its name, columns, the kind of each column, and the rows."""

    name: str
    columns: Sequence[str]
    rows: Iterable[dict[str, Any]]
    kinds: Sequence[Kind] | None = None
    written: int = 0  # rows written, once the workbook is saved


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write the sheets to an .xlsx file: header row frozen, autofilter, sensible widths."""
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    formats = {
        "date": workbook.add_format({"num_format": "yyyy-mm-dd"}),
        "header": workbook.add_format({"bold": True}),
    }
    try:
        for sheet in sheets:
            _write_sheet(workbook, sheet, formats)
    finally:
        try:
            workbook.close()
        except FileCreateError as e:
            raise ScrutinyError(
                f"cannot write {path}: {_reason(e)}", hint="check the folder exists and is writable"
            ) from None


def _write_sheet(workbook: Any, sheet: Sheet, formats: dict[str, Any]) -> None:
    ws = workbook.add_worksheet(_sheet_name(sheet.name))
    kinds = list(sheet.kinds or kinds_for(sheet.columns))
    widths = [len(c) for c in sheet.columns]
    for col, name in enumerate(sheet.columns):
        ws.write_string(0, col, name, formats["header"])
    ws.freeze_panes(1, 0)
    n = 0
    for n, row in enumerate(sheet.rows, start=1):
        if n > MAX_ROWS:
            raise ScrutinyError(
                f"more than {MAX_ROWS:,} rows: too many for a spreadsheet",
                hint="use --csv, or narrow the rows down",
            )
        for col, (name, kind) in enumerate(zip(sheet.columns, kinds, strict=True)):
            shown = _write_cell(ws, n, col, row.get(name), kind, formats)
            widths[col] = max(widths[col], shown)
    for col, width in enumerate(widths):
        ws.set_column(col, col, min(WIDTH_MAX, max(WIDTH_MIN, width + 2)))
    ws.autofilter(0, 0, n, max(0, len(sheet.columns) - 1))
    sheet.written = n


def _write_cell(
    ws: Any, row: int, col: int, value: Any, kind: Kind, formats: dict[str, Any]
) -> int:
    """Write one typed cell; the width it needs."""
    if value is None or value == "":
        return 0
    if kind is Kind.bool or isinstance(value, bool):
        ws.write_boolean(row, col, bool(value))
        return 5
    if kind is Kind.date and isinstance(value, str) and _ISO_DAY.fullmatch(value):
        ws.write_datetime(row, col, date.fromisoformat(value), formats["date"])
        return 10
    if kind in (Kind.auto, Kind.int) and isinstance(value, int | float):
        ws.write_number(row, col, value)
        return len(str(value))
    text = str(value).replace(MARK_START, "**").replace(MARK_END, "**")
    ws.write_string(row, col, text[:MAX_CELL])
    return len(text)


def _sheet_name(name: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\, at most 31 characters."""
    return (re.sub(r"[\[\]:*?/\\]", " ", name).strip() or "rows")[:31]


def _reason(error: Exception) -> str:
    cause = error.__context__ or error
    return getattr(cause, "strerror", None) or str(cause)
