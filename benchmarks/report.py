"""`scrutiny report` speed on a large archive: 10,000 meetings of 40 committees (the sample
ModernGov page of the fictional Wyvern council, repeated with other committees, dates and
minute numbers; its "Further to minute N" references point at the meeting before).

    python benchmarks/report.py [--meetings 10000] [--committees 40] [--repeat 3] [--keep DIR]

The archive is built once with `scrutiny ingest` (that takes a while and is not timed);
then the best of --repeat runs of the tracker for every committee, and for one, in
Markdown, HTML and Word, is reported. With --keep the archive is built in DIR and kept
there, and a later run with the same DIR times it again without building it.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "sample_data" / "wyvern" / "children" / "2022-11-10-agenda-and-minutes.txt"
COMMITTEE = "Children and Young People Scrutiny Board"
ITEMS = 7  # numbered items on the template page (12 to 18)


def pages(folder: Path, meetings: int, committees: int) -> None:
    """meetings pages, spread over committees, each committee meeting a fortnight apart."""
    text = TEMPLATE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(meetings):
        c, k = n % committees, n // committees
        day = date(2014, 5, 8) + timedelta(days=14 * k + c % 14)
        page = text.replace(COMMITTEE, f"Panel {c + 1} Scrutiny Board", 1)
        page = page.replace(
            "Thursday, 10th November, 2022", day.strftime(f"%A, {day.day}th %B, %Y")
        )
        # Minute numbers run on from meeting to meeting; references cite the one before.
        page = re.sub(r"(?m)^(\d+)\.$", lambda m, k=k: f"{int(m[1]) + ITEMS * k}.", page)
        page = re.sub(r"minute (\d+)/22", lambda m, k=k: f"minute {int(m[1]) + ITEMS * k}", page)
        (folder / f"{c:02d}-{day.isoformat()}.txt").write_text(page, encoding="utf-8")


def timed(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        best = min(best, time.perf_counter() - start)
        if done.returncode:
            raise SystemExit(f"failed: {' '.join(command)}")
    return best


def measure(
    tmp: Path, meetings: int, committees: int, repeat: int
) -> tuple[float | None, dict[str, float]]:
    """Seconds to build the archive in tmp (None when kept from an earlier run), and the
    best time of each kind of report."""
    found = shutil.which("scrutiny", path=str(ROOT / ".venv" / "bin"))
    scrutiny = [found] if found else [sys.executable, "-m", "scrutiny_cli"]
    db = tmp / "bench.db"
    built = None  # kept from an earlier run with --keep: ingested already
    if not db.exists():
        start = time.perf_counter()
        pages(tmp / "pages", meetings, committees)
        subprocess.run([*scrutiny, "--db", str(db), "ingest", "--quiet", str(tmp / "pages")],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        built = time.perf_counter() - start
    base = [*scrutiny, "--db", str(db), "report", "--as-of", "2024-06-01"]
    times = {}
    for label, extra in (
        ("every committee, md", ["--output", str(tmp / "all.md")]),
        ("every committee, html", ["--output", str(tmp / "all.html")]),
        ("one committee, md", ["--committee", "Panel 7 ", "-o", str(tmp / "7.md")]),
        ("one committee, docx", ["--committee", "Panel 7 ", "-o", str(tmp / "7.docx")]),
    ):  # fmt: skip
        times[label] = timed([*base, *extra, "--force"], repeat)
    return built, times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--committees", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the archive in DIR and keep it for reuse"
    )
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            tmp = str(args.keep)
        else:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="scrutiny-bench-"))
        built, times = measure(Path(tmp), args.meetings, args.committees, args.repeat)
        how = "kept from an earlier run" if built is None else f"ingested in {built:.0f} s"
        print(f"archive: {args.meetings} meetings of {args.committees} committees ({how})")
        for label, seconds in times.items():
            print(f"scrutiny report ({label}): {seconds:.2f} s (target: under 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
