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


def archive_with_2008(folder: Path) -> Path:
    """An archive of the sample minutes and a Wyvern meeting of July 2008 numbered from 5:
    its minute references (7/08) are the ones a spreadsheet in en-GB reads as dates."""
    from scrutiny_cli import store
    from scrutiny_cli.ingest import ingest

    page = TEMPLATE.read_text(encoding="utf-8").replace(
        "Thursday, 10th November, 2022", "Thursday, 10th July, 2008"
    )
    page = re.sub(r"(?m)^(\d+)\.$", lambda m: f"{int(m[1]) - 7}.", page)
    (folder / "2008-07-10.txt").write_text(page, encoding="utf-8")
    db = store.connect(folder / "a.db")
    ingest(db, [SAMPLE, folder / "2008-07-10.txt"])
    db.conn.close()
    return folder / "a.db"
