"""Questions at scale: the read commands on an archive of about a million items, as a person
runs them in a terminal (on a pseudo-terminal of 40 lines by 120 columns, start-up
included), with each command's peak memory and the full scans of large tables in the
plans of the statements it runs; then the rate at which whole listings stream to a pipe.

    python benchmarks/scale.py [--items 1000000] [--cache /tmp/scrutiny-scale] [--runs 5]

The archive is built once per size (benchmarks/scale_archive.py: through the project's
own store, about ten minutes for a million items on two cores) and kept in --cache.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # the project's root, not this folder: scrutiny_cli, tests, benchmarks

from benchmarks.measure import Timing, mb, run, scrutiny, timed  # noqa: E402
from benchmarks.scale_archive import cached  # noqa: E402

# A name four committees of forty contain ("Public Health Scrutiny Board (16)" among them),
# as a person types it; and one no other name contains, for a tracker of one committee.
COMMITTEE = "Health Scrutiny Board"
ONE_COMMITTEE = "Health Scrutiny Board (5)"
# A minute the generated archive holds in every committee's 2017 (its first meeting's
# numbers leave out 7 to 12): `show` finds it in the four committees, `history` in one (it
# asks which, where four hold it).
MINUTE = "14/17"
QUESTIONS = [
    ["actions", "--open"],
    ["actions", "--open", "--committee", COMMITTEE],
    ["actions", "--overdue"],
    ["search", "private fostering"],
    ["search", "adoption", "--limit", "20"],
    ["show", MINUTE, "--committee", COMMITTEE],
    ["history", MINUTE, "--committee", ONE_COMMITTEE],
    ["meetings", "--committee", COMMITTEE],
    ["report", "--committee", COMMITTEE],
    ["report", "--committee", ONE_COMMITTEE],
    ["status"],
]
STREAMS = [["export", "items", "--csv"], ["actions", "--open", "--csv"]]


def table_sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    found = dict(conn.execute("select name, n from counts").fetchall())
    conn.close()
    return found


def scans(path: Path, args: list[str]) -> list[str]:
    """The full scans of large tables in the plans of the statements the command runs."""
    from tests.plans import question_scans, traced_statements

    _, seen = traced_statements(path, args)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sorted({s for sql in seen for s in question_scans(conn, sql)})


def questions(path: Path, runs: int) -> list[tuple[str, Timing | None, list[str]]]:
    """Each question timed on a terminal; None for a command this version lacks."""
    found = []
    for args in QUESTIONS:
        probe = run([*scrutiny(), args[0], "--help"])
        if probe.code != 0:
            found.append((" ".join(args), None, []))
            continue
        timing = timed([*scrutiny(), "--db", str(path), *args], runs=runs, tty=True)
        found.append((" ".join(args), timing, scans(path, args)))
    return found


def streams(path: Path, sizes: dict[str, int], runs: int) -> list[tuple[str, Timing, int]]:
    """Whole listings to a pipe, each `runs` times as the questions are: the median time,
    the peak memory and the rows written."""
    rows = {"export items --csv": sizes["items"], "actions --open --csv": sizes["actions:open"]}
    found = []
    for args in STREAMS:
        name = " ".join(args)
        found.append((name, timed([*scrutiny(), "--db", str(path), *args], runs=runs), rows[name]))
    return found


def report(path: Path, sizes: dict[str, int], runs: int) -> list[str]:
    """The table, as lines."""
    lines = [
        f"archive: {sizes['items']:,} items, {sizes['meetings']:,} meetings, "
        f"{sizes['actions']:,} actions ({path.stat().st_size / 2**30:.1f} GB); "
        f"each question {runs} times on a 40x120 terminal, median (min–max)",
        "| command | wall | peak memory | full scans of large tables |",
        "|---|---|---|---|",
    ]
    for name, timing, found in questions(path, runs):
        if timing is None:
            lines.append(f"| `{name}` | (no such command) | | |")
            continue
        lines.append(
            f"| `{name}` | {timing.wall:.2f} s ({timing.spread}) | {mb(timing.peak)} | "
            f"{'; '.join(found) or 'none'} |"
        )
    for name, timing, count in streams(path, sizes, runs):
        lines.append(
            f"| `{name}` (to a pipe) | {timing.wall:.2f} s ({timing.spread}): "
            f"{count / timing.wall:,.0f} rows/s | "
            f"{mb(timing.peak)} | |"
        )
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/scrutiny-scale"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = cached(args.cache, args.items)
    print("\n".join(report(path, table_sizes(path), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
