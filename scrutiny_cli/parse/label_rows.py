"""A ModernGov table flattened a row a line, its item numbers (and some titles) dropped:
"Apologies Minutes: An apology ... |", "Minutes: There were no items under this heading."
Each row holding a "Minutes:" label is an item."""

from __future__ import annotations

import re

from .titles import split_run_in

Start = tuple[int, str | None, str | None, str]  # line, number, title, text after the title

_MINUTES_LABEL = re.compile(r"(?:^|\s)Minutes:\s+(?=\S)")
LABEL_ROWS = 3  # lines of this form that make the page such a table


def label_rows(lines: list[str]) -> list[Start]:
    """Each line holding a "Minutes:" label and its text, as an item: the words before the
    label are its heading (agenda text there is none: "To receive as a correct record ...
    Minutes: RESOLVED ...")."""
    found = [(i, m) for i, ln in enumerate(lines) if "Minutes:" in ln
             and (m := _MINUTES_LABEL.search(ln))]  # fmt: skip
    if len(found) < LABEL_ROWS:
        return []
    rows: list[Start] = []
    for i, m in found:
        before = lines[i][: m.start()].strip()
        title = split_run_in(before, False)[0] if before else None
        rows.append((i, None, title, lines[i][m.end() :].rstrip(" |")))
    return rows
