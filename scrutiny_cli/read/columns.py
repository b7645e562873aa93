"""A table's number column put back beside its rows: pdfium gives a PDF table's cells in the
order they were drawn, so a minutes table's "Minute" column may come out as a block of
numbers ("20/03" / "20/04" / "20/05") before or after the headings they stand beside
("DECLARATIONS OF INTEREST – ..."). Each number alone on its line goes back to the front of
the nearest line on its baseline to its right, as the page shows it.
"""

from __future__ import annotations

import re
from typing import Protocol

# A number a minute or an agenda item is printed with: "20/03", "7", "12.", "(4)", "3.2", "14a".
NUMBER_CELL = re.compile(r"\(?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?\)?\.?")
_SAME_LINE = 3.0  # points: baselines this close are one row (a cell may centre its line)


class _Laid(Protocol):
    lines: list[str]
    # left, bottom of the first character, bottom and right of the last one
    boxes: list[tuple[float, float, float, float]]


def numbers_beside_rows(page: _Laid) -> None:
    """Move each number alone on its line, in a block of two or more, onto the line it stands
    beside (the nearest to its right on the same baseline, that opens with a capital), in
    place; lines it does not stand beside stay as they are."""
    moved: dict[int, list[int]] = {}  # line: the number lines that go before it
    alone = [bool(NUMBER_CELL.fullmatch(line)) for line in page.lines]
    for k in range(len(page.lines)):
        # (only in a block of them: a number alone between its heading and its text, "AOCB"
        # / "10" / "Millennium Oak Tree - ...", is already where it is read)
        if not alone[k] or not ((k and alone[k - 1]) or (k + 1 < len(alone) and alone[k + 1])):
            continue
        row = _row_beside(page, k)
        if row is not None:
            moved.setdefault(row, []).append(k)
    if not moved:
        return
    gone = {k for ks in moved.values() for k in ks}
    lines, boxes = [], []
    for j, (line, box) in enumerate(zip(page.lines, page.boxes, strict=True)):
        if j in gone:
            continue
        if j in moved:
            first = page.boxes[moved[j][0]]
            line = " ".join([*(page.lines[k] for k in moved[j]), line])
            box = (first[0], first[1], box[2], box[3])
        lines.append(line)
        boxes.append(box)
    page.lines, page.boxes = lines, boxes


def _row_beside(page: _Laid, k: int) -> int | None:
    """The line that starts nearest to the right of line k on its baseline, if it opens with
    a capital (a heading or a sentence, not another figure)."""
    _, bottom, _, right = page.boxes[k]
    best: int | None = None
    for j, (l2, b2, _, _) in enumerate(page.boxes):
        if j == k or abs(b2 - bottom) > _SAME_LINE or l2 <= right:
            continue
        if best is None or l2 < page.boxes[best][0]:
            best = j
    if best is None or not page.lines[best][:1].isupper():
        return None
    return best
