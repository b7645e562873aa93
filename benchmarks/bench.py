"""`make bench`: one table of how fast scrutiny is, each figure measured beside its yardstick
in the same run (benchmarks/measure.py: whole processes from outside, taken in turns).

    python benchmarks/bench.py [--full] [--runs 3] [--work /tmp/scrutiny-bench]

- ingest of 1,000 and 10,000 generated files (tests/corpus_maker.py) against the raw-load
  floor (benchmarks/floor.py: the same files' text into SQLite with FTS5, one transaction);
- 500 files added to an empty archive and to a large one (4,000 files; --full: 16,000);
- re-ingest of the 10,000 files with nothing changed, and with every file touched;
- PDF ingest against poppler's pdftotext (when installed);
- start-up: `scrutiny --help` against `python -c pass`, and `actions --open` on the
  sample archive;
- text ingest per file against the last commit before the one tolerant parser
  (benchmarks/text_ingest.py), saved ModernGov meeting pages against the same meetings as
  text (benchmarks/html_pages.py), and `scrutiny report` on 10,000 meetings
  (benchmarks/report.py);
- the questions of benchmarks/scale.py on an archive of 100,000 items (--full: 1,000,000).
Generated corpora and archives are kept in --work between runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # the project's root, not this folder: scrutiny_cli, tests, benchmarks

from benchmarks.measure import fresh, mb, paired, run, scrutiny, timed  # noqa: E402
from tests.corpus_maker import write_corpus  # noqa: E402

FLOOR = [sys.executable, str(ROOT / "benchmarks" / "floor.py")]
EXTRA = 500


def corpus(work: Path, files: int, later: int = 0) -> tuple[Path, Path]:
    """A generated folder of `files` files (and one of the `later` that follow), kept."""
    folder, after = work / f"corpus-{files}", work / f"corpus-{files}-then-{later}"
    if not folder.exists() or (later and not after.exists()):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(after, ignore_errors=True)
        write_corpus(folder, files, later=after if later else None, later_files=later)
    return folder, after


def ingest(db: Path, folder: Path) -> list[str]:
    return [*scrutiny(), "--db", str(db), "ingest", "--quiet", str(folder)]


def against_floor(work: Path, files: int, runs: int) -> str:
    folder, _ = corpus(work, files)
    db, floor_db = work / "ingest.db", work / "floor.db"
    ours, floor, ratio = paired(
        ingest(db, folder), [*FLOOR, str(floor_db), str(folder)], runs, fresh(db), fresh(floor_db)
    )
    return (
        f"| ingest {files:,} files | {ours.wall:.1f} s, {mb(ours.peak)} | raw-load floor "
        f"{floor.wall:.2f} s | {ratio:.0f}x |"
    )


def growth(work: Path, base: int, runs: int) -> str:
    """The same 500 files into an empty archive and into one of `base` files."""
    folder, later = corpus(work, base, EXTRA)
    large = work / f"archive-{base}.db"
    if not large.exists():
        run(ingest(large, folder))
    db = work / "grown.db"

    def copy_large() -> None:
        fresh(db)()
        shutil.copy(large, db)

    into_large, into_empty, ratio = paired(
        ingest(db, later), ingest(db, later), runs, copy_large, fresh(db)
    )
    return (
        f"| {EXTRA} files into a {base:,}-file archive | {into_large.wall:.1f} s | into an "
        f"empty one {into_empty.wall:.1f} s | {ratio:.2f}x |"
    )


def reingest(work: Path, files: int) -> list[str]:
    folder, _ = corpus(work, files)
    db = work / "ingest.db"
    if not db.exists():
        run(ingest(db, folder))
    same = timed(ingest(db, folder), runs=3)

    def touch() -> None:
        moment = time.time()
        for where, _, names in os.walk(folder):
            for name in names:
                os.utime(os.path.join(where, name), (moment, moment))

    touched = timed(ingest(db, folder), runs=3, before=touch)
    return [
        f"| re-ingest {files:,} files, nothing changed | {same.wall:.2f} s | | |",
        f"| re-ingest {files:,} files, all touched, none changed | {touched.wall:.2f} s, "
        f"{mb(touched.peak)} | | |",
    ]


def pdf(work: Path, runs: int) -> str:
    from benchmarks.pdf import corpus as pdf_corpus

    folder = work / "pdfs"
    if not (folder / "pages").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        (folder / "pages").write_text(str(pdf_corpus(folder, 20, 40)))
    pages = int((folder / "pages").read_text())
    if not shutil.which("pdftotext"):
        return "| PDF ingest | (pdftotext not installed: apt-get install poppler-utils) | | |"
    db = work / "pdf.db"
    every = " ".join(f"'{p}'" for p in sorted(folder.glob("*.pdf")))
    theirs = ["sh", "-c", f'for f in {every}; do pdftotext "$f" - > /dev/null; done']
    ours, base, ratio = paired(ingest(db, folder), theirs, runs, fresh(db))
    return (
        f"| PDF ingest, {pages} pages | {pages / ours.wall:.0f} pages/s | pdftotext "
        f"{pages / base.wall:.0f} pages/s | {ratio:.2f}x the time |"
    )


def startup(work: Path, runs: int) -> list[str]:
    helped, bare, ratio = paired([*scrutiny(), "--help"], [sys.executable, "-c", "pass"], runs * 3)
    sample = work / "sample.db"
    if not sample.exists():
        run(ingest(sample, ROOT / "sample_data"))
    listed = timed([*scrutiny(), "--db", str(sample), "actions", "--open"], runs=runs * 3)
    return [
        f"| `scrutiny --help` | {helped.wall:.3f} s | `python -c pass` {bare.wall:.3f} s | "
        f"{ratio:.1f}x |",
        f"| `actions --open`, sample archive, to a pipe | {listed.wall:.3f} s | | |",
    ]


def per_file(runs: int) -> str:
    from benchmarks.text_ingest import BASELINE, compare, median_ratio

    files = 300
    ours, theirs = compare(files, max(5, runs), jobs=1)
    cpu, wall = (
        [1000 * statistics.median(r[k] for r in side) / files for side in (ours, theirs)]
        for k in (0, 1)
    )
    return (
        f"| text ingest, {files} files, --jobs 1, per file | {cpu[0]:.1f} ms CPU, "
        f"{wall[0]:.1f} ms wall | {BASELINE} (before the tolerant parser) {cpu[1]:.1f} ms CPU, "
        f"{wall[1]:.1f} ms wall | CPU {median_ratio(ours, theirs, 0):.2f}x, "
        f"wall {median_ratio(ours, theirs, 1):.2f}x |"
    )


def pages(runs: int) -> str:
    from benchmarks.html_pages import ingest_rates

    html, text = ingest_rates(rounds=runs)
    return (
        f"| saved ModernGov meeting pages, ingest --jobs 2 | {html:.0f} pages/s | the same "
        f"meetings as text {text:.0f} pages/s | {html / text:.2f}x the rate |"
    )


def tracker(runs: int) -> str:
    import tempfile

    from benchmarks.report import measure

    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        _, times = measure(Path(tmp), 10_000, 40, runs)
    slowest = max(times, key=times.__getitem__)
    return f"| `report`, 10,000 meetings ({slowest}) | {times[slowest]:.2f} s | target 2 s | |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="16,000-file growth, 1,000,000 items")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/scrutiny-bench"))
    ap.add_argument("--sizes", default="1000,10000", help="files ingested against the floor")
    ap.add_argument("--base", type=int, help="files in the large archive 500 are added to")
    ap.add_argument("--items", type=int, help="items in the archive the questions are asked of")
    args = ap.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    base = args.base or (16_000 if args.full else 4000)
    items = args.items or (1_000_000 if args.full else 100_000)
    args.work.mkdir(parents=True, exist_ok=True)
    print("| measure | scrutiny | yardstick, same run | ratio |\n|---|---|---|---|")
    lines = (
        lambda: [against_floor(args.work, n, args.runs if n < 5000 else 1) for n in sizes],
        lambda: [growth(args.work, base, args.runs)],
        lambda: reingest(args.work, sizes[-1]),
        lambda: [pdf(args.work, args.runs)],
        lambda: startup(args.work, args.runs),
        lambda: [per_file(args.runs)],
        lambda: [pages(args.runs)],
        lambda: [tracker(args.runs)],
    )
    for section in lines:
        print("\n".join(section()), flush=True)
    from benchmarks.scale import report, table_sizes
    from benchmarks.scale_archive import cached

    path = cached(args.work, items)
    print()
    print("\n".join(report(path, table_sizes(path), max(3, args.runs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
