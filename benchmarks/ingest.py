"""Text ingest speed: files per second of `scrutiny ingest` on a folder of synthetic meeting
pages, with one worker and with --jobs, and the no-change re-run.

    python benchmarks/ingest.py [--files 600] [--jobs 2] [--repeat 3]

Every file is read and parsed in a worker process (the sandbox); this measures what that
costs on many small files, where the per-file overhead shows most. The best of --repeat
runs is reported, each on a fresh archive.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive_maker import many_meetings  # noqa: E402


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def best(scrutiny: list[str], db: Path, args: list[str], repeat: int, fresh: bool) -> float:
    """The fastest of `repeat` runs of `scrutiny --db db ingest args`."""
    times = []
    for _ in range(repeat):
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        times.append(timed([*scrutiny, "--db", str(db), "ingest", *args]))
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=600)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    found = shutil.which("scrutiny", path=str(ROOT / ".venv" / "bin"))
    scrutiny = [found] if found else [sys.executable, "-m", "scrutiny_cli"]
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        folder = Path(tmp, "pages")
        many_meetings(folder, args.files)
        db = Path(tmp, "bench.db")
        print(f"corpus: {args.files} meeting pages (text)")
        for jobs in sorted({1, args.jobs}):
            seconds = best(scrutiny, db, ["--jobs", str(jobs), str(folder)], args.repeat, True)
            rate = args.files / seconds
            print(f"scrutiny ingest --jobs {jobs}: {seconds:.2f} s, {rate:.0f} files/s")
        again = best(scrutiny, db, [str(folder)], args.repeat, False)
        print(f"re-run, nothing changed: {again:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
