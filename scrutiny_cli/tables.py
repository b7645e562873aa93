"""Listings for a person: a table when the columns fit the width, else one block a record.

Every cell goes through `output.terminal_safe`; a `committee` column shows the committee's
short name (CSV, JSON and spreadsheets keep the full name). Text wraps at word boundaries
only: a column that wraps is never narrower than its longest word (up to WORD_CAP), and
when the table cannot give every column that much, the stacked layout (a heading line,
then one "label  value" line a column, as `kubectl describe` does) takes over. Output that
is not a terminal carries no trailing spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .output import MARK_END, MARK_START, terminal_safe

SHORT = 12  # a column whose values are all this short never wraps (keys, dates, refs)
WORD_CAP = 24  # a longer "word" (a URL, a path) may be folded rather than widen a column
MIN_TEXT = 20  # the least width a wrapping column is given (less reads as a word a line)
GAP = 2  # between two columns of a table: one space of padding, one of the (blank) rule

# Generic words at the end of committee names, dropped in the short form a table shows:
# "Children and Young People Scrutiny Board" -> "Children and Young People".
COMMITTEE_SUFFIXES = (
    "overview and scrutiny committee",
    "overview & scrutiny committee",
    "scrutiny committee",
    "scrutiny board",
    "scrutiny panel",
    "sub-committee",
    "committee",
    "board",
    "panel",
)

_DANGLING = {"and", "&", "of", "for", "the"}
_GENERIC = {"scrutiny", "overview", "joint"}

RowStyle = Callable[[dict[str, Any]], str | None]


def short_committee(name: str | None) -> str | None:
    """A committee's name without its generic ending; the full name if nothing is left."""
    if not name:
        return name
    lowered = name.lower().rstrip()
    for suffix in COMMITTEE_SUFFIXES:
        if lowered.endswith(" " + suffix):
            short = name[: len(lowered) - len(suffix)].rstrip(" -–,")
            words = short.lower().split()
            # "Overview and Scrutiny Committee" is not "Overview and", nor "Scrutiny Board"
            # "Scrutiny": keep the whole name.
            if not words or words[-1] in _DANGLING or short.lower() in _GENERIC:
                return name
            return short
    return name


def render(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    stream: TextIO,
    *,
    title: str | None = None,
    heading: Sequence[str] = (),
    row_style: RowStyle | None = None,
    stacked: bool = False,
) -> None:
    """Rows as a table if it fits the console's width (and stacked is not asked for), else
    one block a record; to stream."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False)
    rows = _shortened(rows, columns)
    if not rows:
        _print(console, Text("(no rows)", style="dim"))
        return
    widths = None if stacked else _table_widths(rows, columns, console.width)
    if widths is not None:
        _print(console, _table(rows, columns, title, row_style, widths))
    else:
        for n, row in enumerate(rows):
            _print(console, _block(row, columns, heading or columns[:1], row_style), gap=n > 0)


def _shortened(rows: list[dict[str, Any]], columns: Sequence[str]) -> list[dict[str, Any]]:
    if "committee" in columns:
        return [{**r, "committee": short_committee(r.get("committee"))} for r in rows]
    return rows


def rows_within(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    width: int,
    lines: int,
    heading: Sequence[str] = (),
) -> int:
    """How many of rows, from the first, `render` shows in `lines` lines of a terminal
    `width` wide (at least one): each row's height is its tallest cell, wrapped word by
    word at its column's width (or, stacked, a line a value and a gap)."""
    rows = _shortened(rows, columns)
    if not rows:
        return 0
    widths = _table_widths(rows, columns, width)
    if widths is not None:
        columns_at = [(c, w - 1) for c, w in zip(columns, widths, strict=True)]  # less padding
        used = 2 + max(_height(c.replace("_", " "), w) for c, w in columns_at)
        heights = [max(_height(_display(r.get(c)), w) for c, w in columns_at) for r in rows]
    else:  # a block's heading line, a line a value (wrapped), and a gap
        heading = heading or columns[:1]
        values = width - 4 - max((len(c) for c in columns if c not in heading), default=0)
        shown_columns = [c for c in columns if c not in heading]
        used = -1  # the first block has no gap above it
        heights = [
            2 + sum(_height(_display(r.get(c)), values) for c in shown_columns
                    if r.get(c) not in (None, ""))
            for r in rows
        ]  # fmt: skip
    shown = 0
    for height in heights:
        used += height
        if used > lines and shown:
            break
        shown += 1
    return shown


def _height(text: str, width: int) -> int:
    """Lines text takes wrapped at word boundaries to width (a longer word folded)."""
    from rich.cells import cell_len

    width, total = max(1, width), 0
    for line in text.split("\n"):
        lines, used = 1, 0  # cells used on the last line
        for word in line.split():
            size = cell_len(word)
            if (used + 1 + size if used else size) <= width:
                used = used + 1 + size if used else size
                continue
            if used:  # the word starts the next line
                lines += 1
            lines += (size - 1) // width  # and is folded if longer than a line
            used = (size - 1) % width + 1
        total += lines
    return total


def fits(rows: list[dict[str, Any]], columns: Sequence[str], width: int) -> bool:
    """Whether a table of these rows gives every column room for its longest word."""
    return _table_widths(rows, columns, width) is not None


def _measure(rows: list[dict[str, Any]], columns: Sequence[str]) -> tuple[list[int], list[int]]:
    """Each column's natural width (its widest value or header) and the least it needs
    (all of it for short columns, else its longest word within MIN_TEXT..WORD_CAP)."""
    from rich.cells import cell_len

    natural, least = [], []
    for c in columns:
        header = c.replace("_", " ")
        values = [_display(r.get(c)) for r in rows]
        widest = max(cell_len(v) for v in values)
        natural.append(max(widest, cell_len(header)))
        if widest <= SHORT:
            least.append(max(widest, _longest_word(header)))
        else:
            longest = max(_longest_word(v) for v in [*values, header])
            least.append(min(natural[-1], max(MIN_TEXT, min(longest, WORD_CAP))))
    return natural, least


def column_widths(natural: list[int], least: list[int], room: int) -> list[int]:
    """Widths that fill room: every column gets its least; then columns of modest text
    (a committee, a status) get all they need; the long text shares the rest by need."""
    widths = list(least)
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: natural[i]):
        if natural[i] <= 2 * WORD_CAP and natural[i] - widths[i] <= spare:
            spare -= natural[i] - widths[i]
            widths[i] = natural[i]
    wanting = [i for i in range(len(widths)) if widths[i] < natural[i]]
    while spare > 0 and wanting:
        need = sum(natural[i] - widths[i] for i in wanting)
        given = 0
        for i in wanting:
            share = max(1, spare * (natural[i] - widths[i]) // need)
            share = min(share, natural[i] - widths[i], spare - given)
            widths[i] += share
            given += share
        spare -= given
        wanting = [i for i in wanting if widths[i] < natural[i]]
        if not given:
            break
    return widths


def _longest_word(text: str) -> int:
    from rich.cells import cell_len

    return max((cell_len(w) for w in text.split()), default=0)


def _display(value: Any) -> str:
    text = "" if value is None else str(value)
    return terminal_safe(text.replace(MARK_START, "").replace(MARK_END, ""))


def _table(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    title: str | None,
    row_style: RowStyle | None,
    widths: list[int],
) -> Any:
    from rich import box
    from rich.table import Table

    # A light rule under the header and two spaces between columns leave the width to text.
    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        header_style="bold",
        title_style="bold",
    )
    for c, w in zip(columns, widths, strict=True):
        numbers = all(isinstance(r.get(c), int | float | None) for r in rows)
        table.add_column(
            c.replace("_", " "), width=w, overflow="fold", justify="right" if numbers else "left"
        )
    for row in rows:
        table.add_row(*[cell(row.get(c)) for c in columns], style=_style(row, row_style))
    return table


def _table_widths(
    rows: list[dict[str, Any]], columns: Sequence[str], width: int
) -> list[int] | None:
    """Each column's width in a table of these rows that fills width, measured once; None
    when the table does not fit (every column needs room for its longest word)."""
    natural, least = _measure(rows, columns)
    gaps = GAP * (len(columns) - 1)
    if sum(least) + gaps > width:
        return None
    if sum(natural) + gaps <= width:
        return natural
    return column_widths(natural, least, width - gaps)


def _block(
    row: dict[str, Any], columns: Sequence[str], heading: Sequence[str], row_style: RowStyle | None
) -> Any:
    """One record: its heading values joined by " · ", then a line per other column."""
    from rich.console import Group
    from rich.styled import Styled
    from rich.table import Table
    from rich.text import Text

    head = Text(" · ", style="bold").join(
        cell(row.get(c)) for c in heading if row.get(c) not in (None, "")
    )
    head.stylize("bold")
    grid = Table.grid(padding=(0, 2), pad_edge=False)
    # Every block's values start in the same column, whichever labels it shows.
    labels = [len(c) for c in columns if c not in heading]
    grid.add_column(no_wrap=True, min_width=2 + max(labels, default=0))
    grid.add_column(overflow="fold")
    for c in columns:
        if c not in heading and row.get(c) not in (None, ""):
            grid.add_row(Text("  " + c.replace("_", " "), style="dim"), cell(row.get(c)))
    return Styled(Group(head, grid), _style(row, row_style) or "")


def _style(row: dict[str, Any], row_style: RowStyle | None) -> str | None:
    return row_style(row) if row_style else None


def cell(value: Any) -> Any:
    """A value as rich Text: rendered literally (never as markup), made safe for a
    terminal, with the words a search matched in bold."""
    from rich.text import Text

    text = Text()
    parts = ("" if value is None else str(value)).split(MARK_START)
    text.append(terminal_safe(parts[0]))
    for part in parts[1:]:
        hit, _, rest = part.partition(MARK_END)
        text.append(terminal_safe(hit), style="bold yellow")
        text.append(terminal_safe(rest))
    return text


_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)


def _print(console: Any, renderable: Any, gap: bool = False) -> None:
    """Print; on a terminal as Rich draws it, elsewhere without the padding at line ends."""
    if console.is_terminal:
        if gap:
            console.print()
        console.print(renderable)
        return
    with console.capture() as captured:
        if gap:
            console.print()
        console.print(renderable)
    console.file.write(_TRAILING.sub("", captured.get()))
