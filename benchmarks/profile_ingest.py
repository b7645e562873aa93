"""Where the time of an ingest goes, by stage: read, parse, store, link, full-text, commit.

    python benchmarks/profile_ingest.py [--files 2000] [--folder DIR] [--functions 25]
                                        [--code CHECKOUT] [--runs 3]

The whole pipeline runs in this one process (reading and parsing in place, as `--jobs 1`
would in its worker), with a clock around the function of each stage. The full-text
indexes are kept by triggers inside the writes: their share is measured by ingesting the
same files again with those triggers taken away, and is reported apart (store, link and
commit are shown without it); each kind runs --runs times, alternated, and the run with
the least CPU of each is kept, since one run's noise is as large as the indexes' cost.
--functions N also prints the N functions with the most time of their own (cProfile),
which shows the hot spots inside a stage. --code profiles the scrutiny_cli of another
checkout (an earlier commit, for a before and after).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path[0] = str(ROOT)
from tests.corpus_maker import write_corpus  # noqa: E402  (this checkout's generator)

sys.path.insert(0, str(CODE))  # and the scrutiny_cli profiled
from scrutiny_cli import ingest, link, merge, store  # noqa: E402
from scrutiny_cli.jobs import Lost  # noqa: E402

# stage -> (module, function name): each call's time is the stage's (nested calls of
# another stage are taken off).
STAGES: dict[str, tuple[object, str]] = {
    "read": (ingest, "read_file"),
    "parse": (ingest, "parse"),
    "store": (ingest, "_settle"),
    "link": (merge, "settle"),
    "link ": (link, "relink"),
    "commit": (store.Batch, "commit"),
}
FULL_TEXT_STAGE = "full-text"


def in_process_map(fn: Callable[[Any], Any], items: Any, *_: Any, **__: Any) -> Iterator[Any]:
    """sandboxed_map without the sandbox: each call here, in order."""
    for item in items:
        try:
            yield fn(item)
        except MemoryError:
            yield Lost("out of memory")


@contextmanager
def timed_stages(totals: dict[str, float]) -> Iterator[None]:
    """Wrap each stage's function with a clock; nested stages are not counted twice."""
    stack: list[float] = []
    saved = []
    for stage, (owner, name) in STAGES.items():
        original = getattr(owner, name)
        saved.append((owner, name, original))

        def wrapper(*args: Any, _f: Any = original, _s: str = stage.strip(), **kw: Any) -> Any:
            start = time.process_time()
            stack.append(0.0)
            try:
                return _f(*args, **kw)
            finally:
                inner = stack.pop()
                spent = time.process_time() - start
                totals[_s] += spent - inner
                if stack:
                    stack[-1] += spent

        setattr(owner, name, wrapper)
    saved.append((ingest, "sandboxed_map", ingest.sandboxed_map))
    ingest.sandboxed_map = in_process_map  # type: ignore[assignment]
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def drop_full_text_triggers(db: Any) -> None:
    """Take away the triggers that keep the full-text indexes, to measure what they cost."""
    for table in ("items", "resolutions", "actions"):
        for suffix in ("_ai", "_ad", "_au"):  # sqlite-utils' names, which migration 009 kept
            db.execute(f"drop trigger if exists {table}{suffix}")


def run(folder: Path, db_path: Path, full_text: bool, profile: cProfile.Profile | None) -> dict:
    """One in-process ingest of folder into a fresh archive; CPU seconds by stage, and
    in all."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = store.connect(db_path)
    if not full_text:
        drop_full_text_triggers(db)
    totals: dict[str, float] = defaultdict(float)
    start = time.process_time()
    with timed_stages(totals):
        if profile:
            profile.enable()
        ingest.ingest(db, [folder], jobs=1)
        if profile:
            profile.disable()
    totals["cpu"] = time.process_time() - start
    db.conn.close()
    return totals


def report(with_fts: dict[str, float], without: dict[str, float]) -> None:
    """Stages as the run without full-text indexes spent them; the indexes' cost as the
    difference in CPU time between the two runs; shares of the whole (with them)."""
    cpu = with_fts["cpu"]
    shown = {s: without[s] for s in ("read", "parse", "store", "link", "commit")}
    shown[FULL_TEXT_STAGE] = cpu - without["cpu"]
    shown["other"] = without["cpu"] - sum(without[s] for s in shown if s in without)
    print(f"{'stage':<10} {'CPU s':>8} {'share':>6}")
    for stage, seconds in shown.items():
        print(f"{stage:<10} {seconds:8.2f} {seconds / cpu:6.0%}")
    print(f"{'total':<10} {cpu:8.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--folder", type=Path, help="ingest these files instead of generated ones")
    ap.add_argument("--functions", type=int, default=0, metavar="N")
    ap.add_argument("--code", type=Path, help="the checkout whose scrutiny_cli to profile")
    ap.add_argument("--runs", type=int, default=3, help="runs with and without full-text each")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scrutiny-profile-") as tmp:
        folder = args.folder or Path(tmp, "minutes")
        if not args.folder:
            write_corpus(folder, args.files)
        profile = cProfile.Profile() if args.functions else None
        # (the two kinds alternated, the least-disturbed run of each kept: the indexes' cost
        # is a difference of two totals, and one run's noise is as large as that cost)
        runs = [
            (
                run(folder, Path(tmp, "a.db"), True, None),
                run(folder, Path(tmp, "b.db"), False, None),
            )
            for _ in range(args.runs)
        ]
        with_fts = min((w for w, _ in runs), key=lambda t: t["cpu"])
        without = min((b for _, b in runs), key=lambda t: t["cpu"])
        what = args.folder or f"{args.files} generated files"
        print(f"ingest of {what}, in one process; the least CPU of {args.runs} runs of each")
        report(with_fts, without)
        if profile:
            run(folder, Path(tmp, "c.db"), True, profile)
            print()
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.functions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
