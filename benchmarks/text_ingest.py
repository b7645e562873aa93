"""Text ingest per file, this checkout against an earlier commit, side by side in one run.

    python benchmarks/text_ingest.py [--files 300] [--runs 5] [--jobs 1] [--baseline REV]
                                     [--folder DIR]

Both versions ingest the same generated folder of synthetic minutes (tests/archive_maker.py)
into a fresh archive, taking turns (A B A B ...) so that a machine whose speed drifts
slows both alike. Each run is a whole process: start-up, read, parse, store with the
full-text indexes, link. Reported: the median CPU and wall milliseconds per file of each,
and the median of the run-by-run ratios (this / baseline; below 1 is faster).

The default baseline is the last commit before the one tolerant parser replaced the
per-layout parsers; it is checked out into a temporary folder with `git worktree` and run
with this checkout's virtual environment.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive_maker import many_meetings  # noqa: E402

BASELINE = "ed6d3e8"  # "Tidy: one filter builder for every listing ..."
Runs = list[tuple[float, float]]  # (CPU seconds, wall seconds) of each run


def run_once(code: Path, folder: Path, db: Path, jobs: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole ingest by the scrutiny_cli under code."""
    db.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "scrutiny_cli", "--db", str(db), "ingest"]
    command += ["--jobs", str(jobs), str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"ingest failed under {code}: {done.stderr.strip()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def checkout(rev: str, where: Path) -> None:
    made = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(where), rev],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        sys.exit(f"cannot check out {rev}: {made.stderr.strip()} (a shallow clone? git fetch)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--baseline", default=BASELINE, help="a commit, tag or branch")
    ap.add_argument("--folder", type=Path, help="ingest these files instead of generated ones")
    args = ap.parse_args()
    if args.folder:
        args.files = sum(1 for p in args.folder.rglob("*") if p.is_file())
    ours, theirs = compare(args.files, args.runs, args.jobs, args.baseline, args.folder)
    report(args, ours, theirs)
    return 0


def compare(
    files: int, runs: int, jobs: int, baseline: str = BASELINE, folder: Path | None = None
) -> tuple[Runs, Runs]:
    """(CPU, wall) seconds of each run of this checkout and of the baseline, in turns."""
    with tempfile.TemporaryDirectory(prefix="scrutiny-bench-") as tmp:
        old = Path(tmp, "baseline")
        if folder is None:
            folder = Path(tmp, "minutes")
            many_meetings(folder, files)
        checkout(baseline, old)
        try:
            ours: Runs = []
            theirs: Runs = []
            run_once(ROOT, folder, Path(tmp, "warm.db"), jobs)  # warm the file cache
            for _ in range(runs):
                ours.append(run_once(ROOT, folder, Path(tmp, "a.db"), jobs))
                theirs.append(run_once(old, folder, Path(tmp, "b.db"), jobs))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)])
    return ours, theirs


def median_ratio(ours: Runs, theirs: Runs, k: int) -> float:
    """The median of the run-by-run ratios of CPU (k=0) or wall (k=1) time."""
    return statistics.median(a[k] / b[k] for a, b in zip(ours, theirs, strict=True))


def report(args: argparse.Namespace, ours: Runs, theirs: Runs) -> None:
    per_file = 1000 / args.files
    what = f"files of {args.folder}" if args.folder else "synthetic meeting files"
    print(f"text ingest: {args.files} {what}, --jobs {args.jobs}, "
          f"{args.runs} runs each, taking turns")  # fmt: skip
    for name, runs in (("this checkout", ours), (f"baseline {args.baseline}", theirs)):
        cpu = statistics.median(c for c, _ in runs) * per_file
        wall = statistics.median(w for _, w in runs) * per_file
        print(f"  {name:<22} {cpu:6.2f} ms CPU per file, {wall:6.2f} ms wall per file")
    for k, label in ((0, "CPU"), (1, "wall")):
        ratios = sorted(a[k] / b[k] for a, b in zip(ours, theirs, strict=True))
        print(f"  ratio this / baseline, {label}: median {statistics.median(ratios):.2f} "
              f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f})")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
