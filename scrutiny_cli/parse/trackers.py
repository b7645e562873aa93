"""An action tracker printed in the minutes, a table flattened a row a line: its head
("Item in previous minutes Who Action Completed") and its rows of earlier items' numbers
("14b MQ To take photographs ... C/F"). segment.py passes over its rows (no items of this
meeting); refs.py reads their numbers as references to earlier minutes.
"""

from __future__ import annotations

import re

# An action tracker's column of the earlier minutes' items, a table flattened a row a line:
# "Item in previous minutes Who Action Completed" / "14b MQ To take photographs ... C/F".
# (a table's head: its other columns' heads after it, and no sentence's stop)
TRACKER_COLUMN = re.compile(
    r"(?im)^\s*(?:Item|Minute)s?\s+(?:No\.?\s+)?in\s+(?:the\s+)?(?:previous|last)\s+minutes\s+"
    r"(?:Who|Owner|By|Action|Lead)\b[^.\n]*$"
)
TRACKER_ROW = re.compile(r"(?m)^\s*(?P<ref>\d{1,4}[a-z]?)\s+(?=[A-Z])")


def tracker_rows(text: str, start: int) -> list[re.Match[str]]:
    """The rows under a tracker's head at start, up to the first blank line after them."""
    rows: list[re.Match[str]] = []
    for line in re.finditer(r"(?m)^.*$", text[start:]):
        if not line[0].strip():
            if rows:
                break
            continue
        if row := TRACKER_ROW.match(text, start + line.start()):
            rows.append(row)
    return rows


def tracker_line(lines: list[str], i: int, state: int) -> int:
    """Where line i stands in an action tracker's table, given where line i - 1 stood: 0
    outside, 1 under its head, 2 in its rows, which end at a blank line or a numbered line
    no row's ("3. Planning")."""
    if TRACKER_COLUMN.match(lines[i]):
        return 1
    if state == 0 or (state == 2 and not lines[i - 1]):
        return 0
    if TRACKER_ROW.match(lines[i]):
        return 2
    return 0 if lines[i][:1].isdigit() else state
