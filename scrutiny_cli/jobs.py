"""Run a function over many inputs in worker processes, results in input order, with a
bounded number in flight (memory stays flat) and a time limit on each call."""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4


class TimeLimit(Exception):
    """A call ran past its time limit."""


def default_jobs() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """fn over items, in order: inline for one job, else in a pool of `jobs` processes."""
    items = list(items)
    if jobs <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        pending: deque[Future[R]] = deque()
        source = iter(items)
        for item in source:
            pending.append(pool.submit(fn, item))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            result = pending.popleft().result()
            nxt = next(source, None)
            if nxt is not None:
                pending.append(pool.submit(fn, nxt))
            yield result


def with_time_limit(seconds: float, fn: Callable[..., R], *args: Any) -> R:
    """Call fn, raising TimeLimit if it runs longer (Unix; elsewhere there is no limit)."""
    if not hasattr(signal, "setitimer"):
        return fn(*args)

    def expire(_signum: int, _frame: object) -> None:
        raise TimeLimit(f"gave up after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
