"""What `scrutiny ingest` shows: progress on a terminal (elapsed, rate, ETA), the summary
(or JSON for cron), and one line instead of a traceback when Ctrl-C stops the run."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from . import summary as report
from .cli_common import err_console, message

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
RATE_EVERY_S = 0.5  # the files/s shown is worked out again this often, not every file


@contextmanager
def quiet_interrupts() -> Iterator[None]:
    """Ctrl-C stops the run with KeyboardInterrupt in this process. Worker processes forked
    from it (the terminal sends SIGINT to them too) ignore it: they finish the file in hand
    and leave when the pool shuts down, so none prints a traceback, and none dies holding
    the lock of the pool's queue (which would leave the others waiting for ever). The file
    being stored is rolled back by its transaction."""
    if sys.platform == "win32" or not _main_thread():
        yield
        return
    main = os.getpid()

    def on_interrupt(_signum: int, _frame: object) -> None:
        if os.getpid() == main:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def run(
    files: Sequence[Any], work: Callable[[Callable[[Path], None]], Any], show_progress: bool
) -> Any:
    """Call work(on_file) under a progress bar; on Ctrl-C, say how far it got and exit 130."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = err_console()
    shown = show_progress and console.is_terminal
    done = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not shown,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files), rate="")
        next_rate = 0.0

        def on_file(_path: Path) -> None:
            nonlocal done, next_rate
            done += 1
            if not shown:  # the rate is worked out from every sample: only for a person
                return
            if (now := time.monotonic()) < next_rate:
                progress.update(task, advance=1)
                return
            next_rate = now + RATE_EVERY_S
            speed = progress.tasks[0].speed
            progress.update(task, advance=1, rate=f"{speed:.0f} files/s" if speed else "")

        try:
            with quiet_interrupts():
                return work(on_file)
        except KeyboardInterrupt:
            progress.stop()
            message(report.interrupted_line(done, len(files)))
            raise typer.Exit(EXIT_INTERRUPTED) from None


def print_summary(
    result: Any, db: Any, *, quiet: bool, as_json: bool, verbose: bool = False
) -> None:
    """Counts and grouped problems on stderr (only the problems with --quiet), or the whole
    summary as JSON on stdout. Also: files skipped by type, folders that could not be read,
    and people's decisions whose action this run made disappear."""
    from .counts import kept
    from .discover import skipped_summary

    every = kept(db)
    counts = {t: every[t] for t in report.ARCHIVE_TABLES}
    states = dict(result.states())
    if as_json:
        found = report.as_json(result.outcomes, states, counts)
        found["skipped"] = len(result.skipped)
        found["unreadable"] = [{"path": f, "message": why} for f, why in result.unreadable]
        found["orphaned"] = [o["key"] for o in result.orphaned]
        sys.stdout.write(json.dumps(found) + "\n")
        return
    if not quiet:
        message(report.counts_line(states, len(result.outcomes)))
        if result.skipped:
            message(skipped_summary(result.skipped))
        message(report.archive_line(counts))
    for folder, reason in result.unreadable:
        message(f"failed: {folder}: the folder cannot be read ({reason})", style="red")
    for group in report.groups(result.outcomes):
        message(group.line(), style="red" if group.status == "failed" else "yellow")
    for o in result.orphaned:
        message(_orphaned_line(o), style="yellow")
    if verbose:
        for skip in result.skipped:
            message(f"skipped: {skip.name} ({skip.label}: {skip.why})")


def _orphaned_line(o: dict[str, Any]) -> str:
    when = f" {str(o['set_at'])[:10]}" if o.get("set_at") else ""
    return (
        f"override for key {o['key']} ({o['status']}{when}) no longer matches an action: "
        "see `scrutiny actions orphans`"
    )
