"""PDF ingest speed: pages per second of `scrutiny ingest` against poppler's pdftotext,
measured side by side in one run on the same generated corpus of long minutes PDFs.

    python benchmarks/pdf.py [--files 40] [--pages 60] [--jobs 2]

The corpus is made with tests/pdfmaker.py from the synthetic minutes in sample_data/,
repeated until each PDF is about --pages long. scrutiny does everything (extract, clean,
parse, store, link) in --jobs worker processes; pdftotext only extracts, in one process.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project root takes the place of this folder, whose html.py would hide the standard
# library's html module (fpdf imports html.parser).
sys.path[0] = str(ROOT)

from benchmarks.measure import scrutiny  # noqa: E402
from tests.pdfmaker import minutes_pdf  # noqa: E402

SOURCE = ROOT / "tests" / "fixtures" / "wyvern-housing-2024-01-16.txt"


def corpus(folder: Path, files: int, pages: int) -> int:
    """Write `files` PDFs of about `pages` pages; the total number of pages."""
    import pypdfium2 as pdfium

    head, _, body = SOURCE.read_text(encoding="utf-8").partition("Public Business")
    items = body.split("(Meeting closed")[0]
    total = 0
    for n in range(files):
        # Each file is a different meeting; its items repeat, numbered on, to the length wanted.
        day = date(2024, 2, 1) + timedelta(days=n)
        text = head.replace("16 January 2024", f"{day.day} {day:%B %Y}") + "Public Business"
        for k in range(max(1, pages // 2)):
            text += re.sub(r"(?m)^(\d+)\.", lambda m, k=k: f"{int(m[1]) + 5 * k}.", items)
        pdf = minutes_pdf(
            text + "(Meeting closed at 9.00 pm)",
            folder / f"minutes-{n:03d}.pdf",
            "Housing and Communities",
        )
        doc = pdfium.PdfDocument(str(pdf))
        total += len(doc)
        doc.close()
    return total


def _read_one(path: str) -> int:
    from scrutiny_cli.read import read_document

    return len(read_document(Path(path).read_bytes(), path)[0])


def read_stage(folder: Path, jobs: int) -> float:
    """Seconds for scrutiny's read stage alone (PDF to clean text) in `jobs` processes."""
    from concurrent.futures import ProcessPoolExecutor

    files = [str(f) for f in sorted(folder.glob("*.pdf"))]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_read_one, files, chunksize=1))
    return time.perf_counter() - start


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        folder = Path(tmp, "pdfs")
        folder.mkdir()
        pages = corpus(folder, args.files, args.pages)
        print(f"corpus: {args.files} PDFs, {pages} pages")
        ours = timed(
            [
                *scrutiny(),
                "--db",
                str(Path(tmp, "bench.db")),
                "ingest",
                "--jobs",
                str(args.jobs),
                str(folder),
            ]
        )
        print(
            f"scrutiny ingest --jobs {args.jobs}: {ours:.2f} s, {pages / ours:.0f} pages/s "
            "(extract, clean, parse, store with full-text indexes, link)"
        )
        reading = read_stage(folder, args.jobs)
        print(
            f"scrutiny read stage alone, {args.jobs} processes: {reading:.2f} s, "
            f"{pages / reading:.0f} pages/s (PDF to clean text)"
        )
        if not shutil.which("pdftotext"):
            print("pdftotext not found (apt-get install poppler-utils): no baseline measured")
            return 0
        theirs = sum(timed(["pdftotext", str(f), "-"]) for f in sorted(folder.glob("*.pdf")))
        print(f"pdftotext, one process:   {theirs:.2f} s, {pages / theirs:.0f} pages/s")
        print(f"ratio, whole ingest / pdftotext pages per second: {theirs / ours:.2f}x")
        print(f"ratio, read stage / pdftotext pages per second:   {theirs / reading:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
