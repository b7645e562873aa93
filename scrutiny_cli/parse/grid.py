"""Minutes kept in a table of heading, text and action-owner columns, a word processor's
table flattened with its cell walls, each wrapped line of a cell a row of its own:

    |Approve minutes |Proposed by Sheena, seconded by Suzie | |
    | Police Scotland | Constable Ritchie told the meeting that apart from | |
    | |five calls, there was nothing to report. | |
    | | |PC Ritchie |
    | | | |

Each item's rows, up to a row of empty cells, become its heading on a line of its own and
its text after it; a heading wrapped over rows is joined ("Election Results and" /
"election of office bearers"), and rows headed "Present:" or "Apologies" stay one line each,
as an attendance list is written.
"""

from __future__ import annotations

import re

MIN_ROWS = 5  # rows of three cells or more that make a page such a table
_CONTINUES = re.compile(r"(?i)\b(?:and|of|the|for|to|in|on|&|,)$")
_ATTENDANCE = re.compile(r"(?i)^(?:present|apologies|in\s+attendance|also\s+present|absent)\b")


def grid_rows(lines: list[str]) -> list[str]:
    """The lines, a table of heading and text columns written as headings and text."""
    if "\n".join(lines).count("|") < 4 * MIN_ROWS:
        return lines  # (a row of three cells has four walls: one count for the page)
    if sum(len(_cells(ln) or []) >= 3 for ln in lines) < MIN_ROWS:
        return lines
    out: list[str] = []
    block: list[list[str]] = []
    for line in lines:
        cells = _cells(line)
        if cells is None:
            if line.strip():
                out += _written(block)
                block = []
                out.append(line)
            elif not block:  # (blank lines between a table's rows are no end of it)
                out.append(line)
            continue
        if not any(cells):  # a row of empty cells ends the item
            out += _written(block)
            block = []
        elif block and cells[0] and _new_row(block, cells[0]):
            out += _written(block)
            block = [cells]
        else:
            block.append(cells)
    return out + _written(block)


def _cells(line: str) -> list[str] | None:
    """A row's cells, stripped, or None for a line that is no row of the table."""
    line = line.strip()
    if len(line) < 2 or not (line.startswith("|") and line.endswith("|")):
        return None
    return [c.strip() for c in line[1:-1].split("|")]


def _new_row(block: list[list[str]], first: str) -> bool:
    """Whether a first cell starts another item's row, not the heading wrapped onto it."""
    heading = " ".join(c[0] for c in block if c[0])
    return not heading or (first[:1].isupper() and not _CONTINUES.search(heading))


def _written(block: list[list[str]]) -> list[str]:
    if not block:
        return []
    heading = " ".join(c[0] for c in block if c[0]).strip(" :")
    texts: list[str] = []
    text: list[str] = []
    for cells in block:
        text += [c for c in cells[1:2] if c]
        owner = " ".join(c for c in cells[2:] if c)
        if owner and text:  # the owner column beside the task it owns: "... behalf. PC Ritchie"
            texts.append(" ".join([*text, owner]))
            text = []
    texts += [" ".join(text)] if text else []
    if _ATTENDANCE.match(heading):
        return [f"{heading}: {' '.join(texts)}", ""]
    return [heading, "", *texts, ""] if heading else [*texts, ""]
