"""Saved web page speed: pages per second for a folder of saved ModernGov meeting pages
against the same meetings as plain text, measured side by side in one run.

    python benchmarks/html_pages.py [--pages 300] [--repeat 5] [--jobs 2] [--rounds 3]

The corpus is made with tests/pagemaker.py from the synthetic Wyvern meeting in
tests/fixtures/: each page is a different meeting whose items repeat, numbered on, --repeat
times (real meeting pages run to tens of items and 50-300 KB). The text folder holds the
same meetings in the layout the page has when copied as text, so both sides parse the same
text. Figures for each side: the read stage alone and the read and parse stages (in this
process, no database), and the whole `scrutiny ingest` (read, parse, store, link) in --jobs
workers; each the best of --rounds runs taken in turn.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this file's folder comes first on the path, where its name would hide the
# standard library's html module: the project root takes its place.
sys.path[0] = str(ROOT)

from benchmarks.measure import scrutiny  # noqa: E402
from tests.pagemaker import MEETING, meeting_page  # noqa: E402

_NUMBER = re.compile(r"(?m)^(\d+)\.$")


def meeting_text(n: int, repeat: int) -> str:
    """Meeting n: the synthetic meeting on another day, its items repeated and numbered on."""
    source = MEETING.read_text(encoding="utf-8")
    head, first, _ = source.partition("\n21.\n")
    items = first + "\n" + source.split("\n21.\n", 1)[1]
    day = date(2024, 3, 14) + timedelta(days=7 * n)
    head = head.replace("Thursday, 14th March, 2024", f"{day:%A}, {day.day}th {day:%B}, {day.year}")
    body = "".join(
        _NUMBER.sub(lambda m, k=k: f"{int(m[1]) + 6 * k}.", "\n21.\n" + items)
        for k in range(repeat)
    )
    return head + body


def corpus(folder: Path, pages: int, repeat: int) -> tuple[Path, Path, int, int]:
    """Write the pages as .html and as .txt; the two folders and their sizes in bytes."""
    html_dir, text_dir = folder / "html", folder / "text"
    html_dir.mkdir()
    text_dir.mkdir()
    html_bytes = text_bytes = 0
    for n in range(pages):
        text = meeting_text(n, repeat)
        page = meeting_page(text).encode("utf-8")
        (html_dir / f"meeting-{n:04d}.html").write_bytes(page)
        (text_dir / f"meeting-{n:04d}.txt").write_text(text, encoding="utf-8")
        html_bytes += len(page)
        text_bytes += len(text.encode("utf-8"))
    return html_dir, text_dir, html_bytes, text_bytes


def read_and_parse(folder: Path) -> float:
    """Seconds to read and parse every file of the folder, in this process."""
    from scrutiny_cli.parse.document import parse
    from scrutiny_cli.read import read_document

    files = [(f.name, f.read_bytes()) for f in sorted(folder.iterdir())]
    start = time.perf_counter()
    for name, data in files:
        parse(read_document(data, name)[0])
    return time.perf_counter() - start


def read_only(folder: Path) -> float:
    from scrutiny_cli.read import read_document

    files = [(f.name, f.read_bytes()) for f in sorted(folder.iterdir())]
    start = time.perf_counter()
    for name, data in files:
        read_document(data, name)
    return time.perf_counter() - start


def ingest(folder: Path, db: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run(
        [*scrutiny(), "--db", str(db), "ingest", "--jobs", str(jobs), str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def best_of(
    rounds: int, html: Callable[[], float], text: Callable[[], float]
) -> tuple[float, float]:
    """The fastest of several runs of each side, taken in turn so that a busy moment on the
    machine does not weigh on one side only."""
    times: list[tuple[float, float]] = [(html(), text()) for _ in range(rounds)]
    return min(t for t, _ in times), min(t for _, t in times)


def ingest_both(html_dir: Path, text_dir: Path, jobs: int, rounds: int) -> tuple[float, float]:
    """The best whole `scrutiny ingest` time of each folder, each into a fresh archive."""
    dbs = iter(range(2 * rounds))
    where = html_dir.parent
    return best_of(
        rounds,
        lambda: ingest(html_dir, where / f"html-{next(dbs)}.db", jobs),
        lambda: ingest(text_dir, where / f"text-{next(dbs)}.db", jobs),
    )


def ingest_rates(
    pages: int = 300, repeat: int = 5, jobs: int = 2, rounds: int = 3
) -> tuple[float, float]:
    """Pages per second of `scrutiny ingest` for saved meeting pages and for the same text."""
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        html_dir, text_dir, _, _ = corpus(Path(tmp), pages, repeat)
        t_html, t_text = ingest_both(html_dir, text_dir, jobs, rounds)
    return pages / t_html, pages / t_text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3, help="the best of this many runs counts")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        html_dir, text_dir, html_bytes, text_bytes = corpus(Path(tmp), args.pages, args.repeat)
        print(
            f"corpus: {args.pages} meeting pages of {6 * args.repeat} items, "
            f"{html_bytes / args.pages / 1000:.0f} KB of HTML or "
            f"{text_bytes / args.pages / 1000:.0f} KB of text each"
        )
        rows = []
        for stage, measure in (("read alone", read_only), ("read and parse", read_and_parse)):
            t_html, t_text = best_of(
                args.rounds, partial(measure, html_dir), partial(measure, text_dir)
            )
            rows.append((stage + ", one process", t_html, t_text))
        t_html, t_text = ingest_both(html_dir, text_dir, args.jobs, args.rounds)
        rows.append((f"scrutiny ingest --jobs {args.jobs}", t_html, t_text))
        for label, t_html, t_text in rows:
            print(
                f"{label:32} html {args.pages / t_html:7.0f} pages/s   "
                f"text {args.pages / t_text:7.0f} pages/s   html/text {t_text / t_html:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
