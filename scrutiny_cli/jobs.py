"""Run a function over many inputs in sandboxed worker processes, results in input order.

Each call runs in a worker process with a cap on its address space (RLIMIT_AS) and a
wall-clock limit that the parent enforces by killing the worker (a signal handler cannot
fire inside a C call that never returns). A worker that dies, runs out of memory or is
stopped costs its one input: the caller gets a Lost with the reason, and a fresh worker
takes the next input. Workers are reused across inputs (starting one per file would cost
more than reading many files) and replaced every `recycle_after` calls. They die with
their parent (PR_SET_PDEATHSIG on Linux, a watcher thread elsewhere) and never write to
its standard output.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Generic, TypeVar

from .sandbox import STAGE_BYTES, serve

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 16  # results held ahead of the writer, per worker: memory stays flat
QUEUED = 4  # inputs handed to a worker at once: it starts the next while the writer stores
DEFAULT_MEMORY = 2**30  # 1 GB: many times what the longest minutes need
DEFAULT_SECONDS = 120.0
# A fresh worker costs a fork, its own warm-up, and the writer's pages copied on write after
# it: replaced every 200 files, that was a twentieth of the workers' time.
RECYCLE_AFTER = 1000


@dataclass(frozen=True)
class Limits:
    """What one call may use: bytes of address space (None: no cap) and seconds."""

    memory: int | None = DEFAULT_MEMORY
    seconds: float | None = DEFAULT_SECONDS
    recycle_after: int = RECYCLE_AFTER


@dataclass(frozen=True)
class Lost:
    """A call that did not come back, and why."""

    reason: str


class WorkerError(Exception):
    """A call raised in a worker (only with debug on); the message is its traceback."""


class TimeLimit(Exception):
    """A call ran past its time limit."""


def default_jobs() -> int:
    return max(
        1,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    )


# --- In the parent ---------------------------------------------------------------------------


def _context() -> Any:
    # fork on Linux: a worker starts in milliseconds with everything imported; spawn elsewhere.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


class _Worker:
    """A worker process, and the inputs handed to it, in order: it works on the first."""

    def __init__(self, ctx: Any, fn: Callable[[Any], Any], memory: int | None) -> None:
        self.conn, theirs = ctx.Pipe()
        self.stage = ctx.RawArray("c", STAGE_BYTES)
        self.process = ctx.Process(
            target=serve, args=(theirs, fn, memory, self.stage, os.getpid()), daemon=True
        )
        self.process.start()
        theirs.close()
        self.queue: deque[int] = deque()
        self.deadline = float("inf")  # for the first input in the queue
        self.calls = 0
        self.retiring = False  # done its share of calls: given no more

    def give(self, index: int, item: Any, seconds: float | None) -> bool:
        """Hand over an input; False if the worker has died meanwhile."""
        try:
            self.conn.send((index, item))
        except OSError:
            return False
        self.queue.append(index)
        if len(self.queue) == 1:
            self._start(seconds)
        return True

    def finished(self, seconds: float | None) -> int:
        """The first input has come back; the next one starts now."""
        self.calls += 1
        index = self.queue.popleft()
        self._start(seconds)
        return index

    def _start(self, seconds: float | None) -> None:
        self.deadline = time.monotonic() + seconds if seconds and self.queue else float("inf")

    @property
    def doing(self) -> str:
        return self.stage.value.decode("utf-8", "replace") or "the reader"

    def stop(self) -> None:
        """Ask an idle worker to leave; kill one that does not."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class _Pool(Generic[R]):
    def __init__(
        self, fn: Callable[[Any], R], size: int, limits: Limits, debug: bool = False
    ) -> None:
        self.ctx = _context()
        self.fn, self.size, self.limits, self.debug = fn, size, limits, debug
        self.workers: list[_Worker] = []
        self.pending: deque[int] = deque()  # inputs not yet handed over, in order

    def run(self, items: list[Any]) -> Iterator[R | Lost]:
        results: dict[int, R | Lost] = {}
        self.pending = deque(range(len(items)))
        done = 0
        while done < len(items):
            self._hand_out(items, done + self.size * IN_FLIGHT_PER_WORKER)
            self._collect(results)
            while done in results:
                yield results.pop(done)
                done += 1

    def _hand_out(self, items: list[Any], below: int) -> None:
        """Keep every worker QUEUED deep (so that none waits while the writer stores),
        the first inputs first, none beyond `below` (results wait in memory for the writer)."""
        self._refresh()
        for depth in range(QUEUED):
            for worker in [w for w in self.workers if not w.retiring]:
                if not self.pending or self.pending[0] >= below:
                    return
                if len(worker.queue) > depth:
                    continue
                index = self.pending[0]
                if worker.give(index, items[index], self.limits.seconds):
                    self.pending.popleft()
                else:
                    self._drop(worker)

    def _refresh(self) -> None:
        """Retire workers that did their share, replace dead ones, fill the pool."""
        for worker in [w for w in self.workers if not w.queue]:
            if worker.retiring:
                self.workers.remove(worker)
                worker.stop()
            elif not worker.process.is_alive():  # left after its last answer
                self._drop(worker)
        while len([w for w in self.workers if not w.retiring]) < self.size:
            self.workers.append(_Worker(self.ctx, self.fn, self.limits.memory))

    def _collect(self, results: dict[int, R | Lost]) -> None:
        """Wait for results, a death or a deadline, and settle what happened."""
        busy = [w for w in self.workers if w.queue]
        if not busy:
            return
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = wait(
            [w.conn for w in busy] + [w.process.sentinel for w in busy],
            None if timeout == float("inf") else timeout,
        )
        for worker in busy:
            if worker.conn in ready:
                self._replies(worker, results)
            elif worker.process.sentinel in ready:
                self._lose(worker, results, _death(worker, self.limits))
            elif time.monotonic() >= worker.deadline:
                self._lose(
                    worker, results, f"{worker.doing} took longer than {self.limits.seconds:g} s"
                )

    def _replies(self, worker: _Worker, results: dict[int, R | Lost]) -> None:
        """Every answer waiting in a worker's pipe."""
        while worker.queue:
            try:
                if not worker.conn.poll():
                    return
                _, kind, value = worker.conn.recv()
            except (EOFError, OSError):  # died while answering
                self._lose(worker, results, _death(worker, self.limits))
                return
            if kind == "memory":  # the worker leaves: it is not trusted with another file
                self._lose(
                    worker, results, f"{worker.doing} ran out of memory{_over(self.limits.memory)}"
                )
                return
            index = worker.finished(self.limits.seconds)
            worker.retiring = worker.retiring or worker.calls >= self.limits.recycle_after
            if kind == "error":
                if self.debug:
                    raise WorkerError(value)
                results[index] = Lost(f"internal error: {value.strip().splitlines()[-1]}")
            else:
                results[index] = value

    def _lose(self, worker: _Worker, results: dict[int, R | Lost], reason: str) -> None:
        """The input a worker was on is lost; those queued behind it go to another."""
        lost, *waiting = worker.queue
        results[lost] = Lost(reason)
        self.pending = deque(sorted([*waiting, *self.pending]))
        self._drop(worker)

    def _drop(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        worker.kill()

    def close(self) -> None:
        for worker in self.workers:
            if worker.queue:
                worker.kill()
            else:
                worker.stop()
        self.workers = []


def sandboxed_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    limits: Limits | None = None,
    debug: bool = False,
) -> Generator[R | Lost, None, None]:
    """fn over items in `jobs` sandboxed workers, in input order; a Lost for each call that
    did not come back. fn must be picklable where workers are spawned (not on Linux)."""
    items = list(items)
    if not items:
        return
    pool: _Pool[R] = _Pool(fn, max(1, min(jobs, len(items))), limits or Limits(), debug)
    try:
        yield from pool.run(items)
    finally:
        pool.close()


def _death(worker: _Worker, limits: Limits) -> str:
    """Why a worker died, in words: a signal under a memory cap is the cap, most likely."""
    worker.process.join(timeout=5)
    code = worker.process.exitcode
    if code is not None and code < 0:
        sig = -code
        if sig in (signal.SIGABRT, signal.SIGKILL) and limits.memory:
            return f"{worker.doing} ran out of memory{_over(limits.memory)}"
        if sig == signal.SIGKILL:
            return f"{worker.doing} was killed (out of memory?)"
        return f"{worker.doing} crashed ({signal.Signals(sig).name})"
    return f"{worker.doing} stopped unexpectedly (exit code {code})"


def _over(memory: int | None) -> str:
    return f" (over {format_size(memory)})" if memory else ""


def format_size(n: int) -> str:
    """1073741824 -> "1 GB"; 536870912 -> "512 MB"."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int | None:
    """ "1G", "512M", "1.5GB", "2000MB" -> bytes, a bare number in MB; "0" or "none" ->
    None (no cap)."""
    if text.strip().lower() in ("0", "none", "off"):
        return None
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a size: write it like 1G, 512M or 2000MB")
    scale = {"": 2**20, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}[m[2].lower()]
    return int(float(m[1]) * scale)


def with_time_limit(seconds: float, fn: Callable[..., R], *args: Any) -> R:
    """Call fn in this process, raising TimeLimit if it runs longer (Unix; elsewhere there
    is no limit). Only Python code can be stopped this way: ingest uses sandboxed_map."""
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
