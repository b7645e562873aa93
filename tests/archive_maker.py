"""A folder of many distinct synthetic meetings, for the crash and concurrency tests: the
sample ModernGov page of a fictional council, repeated with other dates and numbers."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from tests.conftest import SAMPLE

TEMPLATE = SAMPLE / "wyvern" / "children" / "2022-11-10-agenda-and-minutes.txt"


def many_meetings(folder: Path, count: int) -> list[Path]:
    """count meeting pages, a fortnight apart, minute numbers running on."""
    text = TEMPLATE.read_text(encoding="utf-8")
    first = date(2024, 5, 9)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(count):
        day = first + timedelta(days=14 * k)
        page = text.replace(
            "Thursday, 10th November, 2022", day.strftime(f"%A, {day.day}th %B, %Y")
        )
        page = re.sub(r"(?m)^(\d+)\.$", lambda m, k=k: f"{int(m[1]) + 7 * k}.", page)
        path = folder / f"{day.isoformat()}-minutes.txt"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths
