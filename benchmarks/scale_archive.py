"""An archive of about a million items for benchmarks/scale.py, built in minutes through the
project's own store: every table, index, trigger and full-text entry is what ingest makes.

Each meeting is two of the generated sample meetings (tests/corpus_maker.py) joined into
one, about thirteen items. The sample files are read and parsed once; each meeting is a
copy of that parse with its committee, date, minute numbers (running on through the
municipal year), references (to the committee's previous meeting) and topic sentences
(TOPICS, so that searches find a realistic few) changed as the generator would write
them; then ingest.store_document stores it and does the cross-meeting work, files many
to a transaction as ingest does. Parsing is the only step left out, so the archive is the
one ingesting the generated files would make, but for the cut items' "Agenda item" pages
(here the cut items stay cut). The archive is cached: built once per size, schema and
parser version.
"""

from __future__ import annotations

import copy
import hashlib
import re
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path[0] != str(ROOT):
    sys.path[0] = str(ROOT)  # the project's root, not this folder: scrutiny_cli, tests, benchmarks

from scrutiny_cli import store  # noqa: E402
from scrutiny_cli.ingest import store_document  # noqa: E402
from scrutiny_cli.model import Document  # noqa: E402
from scrutiny_cli.parse import parser_version  # noqa: E402
from scrutiny_cli.parse.document import parse  # noqa: E402
from scrutiny_cli.read import read_document  # noqa: E402
from scrutiny_cli.schema import SCHEMA_VERSION  # noqa: E402
from tests.corpus_maker import (  # noqa: E402
    COMMITTEES,
    ITEMS_A_MEETING,
    TEMPLATES,
    Meeting,
    _municipal_year,
    _sentence,
    meeting_files,
)

YEARS = 20
FIRST_DAY = date(2005, 5, 2)
CANON = Meeting(COMMITTEES[0], date(2022, 9, 15), 1, None)
_TOPIC = re.compile(r"^The Board discussed [^.]* ward\.")  # the generator's topic sentence


def cached(folder: Path, items: int) -> Path:
    """Where the archive of this size, schema and parser lives (built if it is not)."""
    path = folder / f"archive-{items}-s{SCHEMA_VERSION}-p{parser_version()}.db"
    if not path.exists():
        build(path, items)
    return path


def templates() -> list[Document]:
    """Each sample meeting, generated as the canonical meeting and parsed once."""
    docs = []
    for template in TEMPLATES:
        name, text = meeting_files(CANON, template)[0]
        read, _ = read_document(text.encode("utf-8"), name)
        docs.append(parse(read))
    return docs


def meetings(count: int) -> Iterator[Meeting]:
    """count meetings, the committees in turn, spread over YEARS years."""
    per_committee = -(-count // len(COMMITTEES))
    last: dict[str, tuple[date, int]] = {}
    made = 0
    for k in range(per_committee):
        for c, committee in enumerate(COMMITTEES):
            if made == count:
                return
            day = FIRST_DAY + timedelta(days=k * YEARS * 365 // per_committee + c % 3)
            before = last.get(committee)
            first = 1
            if before and _municipal_year(before[0]) == _municipal_year(day):
                first = before[1] + 2 * ITEMS_A_MEETING
            previous = (before[1], _municipal_year(before[0])) if before else None
            last[committee] = (day, first)
            made += 1
            yield Meeting(committee, day, first, previous)


def document(meeting: Meeting, one: Document, two: Document) -> Document:
    """Two parsed sample meetings as one meeting of this committee and day."""
    doc = copy.deepcopy(one)
    part = doc.parts[0]
    part.items += copy.deepcopy(two.parts[0].items)
    part.committee, part.date = meeting.committee, meeting.day.isoformat()
    seed = (meeting.committee, meeting.day.isoformat())
    for k, item in enumerate(part.items):
        if item.number and item.number.isdigit():
            shift = 0 if k < len(one.parts[0].items) else ITEMS_A_MEETING
            item.number = str(int(item.number) + meeting.first - 1 + shift)
        item.minutes = _TOPIC.sub(_sentence(*seed, k), item.minutes, count=1)
        for ref in item.refs:
            number, _, year = ref.ref.partition("/")
            if year and number.isdigit() and meeting.previous:
                first, previous_year = meeting.previous
                ref.ref = f"{first + int(number) % 6}/{previous_year % 100:02d}"
    return doc


def build(path: Path, items: int) -> None:
    """Build the archive at path (through a temporary file, so a killed build leaves none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    docs = templates()
    per_meeting = sum(len(d.parts[0].items) for d in docs) * 2 / len(docs)
    count = int(items / per_meeting) + 1
    db = store.connect(partial)
    start, stored = time.monotonic(), 0
    with store.Batch(db, files=500, seconds=5.0) as batch:
        for n, meeting in enumerate(meetings(count)):
            doc = document(meeting, docs[n % len(docs)], docs[(n + 3) % len(docs)])
            facts = _facts(meeting)
            batch.write(lambda doc=doc, facts=facts: store_document(db, None, facts, doc, []))
            stored += 1
            if stored % 5000 == 0:
                rate = stored / (time.monotonic() - start)
                print(f"  {stored}/{count} meetings, {rate:.0f}/s", file=sys.stderr)
    db.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    partial.rename(path)
    print(f"built {path} in {time.monotonic() - start:.0f} s", file=sys.stderr)


def _facts(meeting: Meeting) -> dict[str, object]:
    name = f"scale/{meeting.committee}/{meeting.day.isoformat()}-minutes.txt"
    return {
        "path": name, "sha256": hashlib.sha256(name.encode()).hexdigest(), "size": 1,
        "mtime": 0.0, "pages": None, "parser_version": parser_version(),
    }  # fmt: skip


if __name__ == "__main__":
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(cached(Path("/tmp/scrutiny-scale"), target))
