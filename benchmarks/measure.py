"""How the benchmarks time a command: the whole process from outside (start-up included),
its wall seconds and its own peak memory (os.wait4 gives each child's resource use),
optionally on a pseudo-terminal of a given size, as a person runs it in a terminal; two
commands taken in turns (A B A B ...) with the ratio taken pair by pair, so that a machine
whose speed drifts slows both alike. Medians are reported."""

from __future__ import annotations

import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERMINAL = (40, 120)  # lines, columns of the pseudo-terminal


def scrutiny() -> list[str]:
    """The command that runs this checkout's scrutiny."""
    found = ROOT / ".venv" / "bin" / "scrutiny"
    return [str(found)] if found.exists() else [sys.executable, "-m", "scrutiny_cli"]


@dataclass
class Run:
    wall: float  # seconds
    peak: int  # bytes: the process's own largest resident set
    code: int
    output: int  # bytes it wrote to stdout


class _Peak(threading.Thread):
    """The command's own high-water mark of resident memory (VmHWM), read from /proc every
    few milliseconds once it has become the command: the operating system's accounting of
    a finished child (ru_maxrss) counts the copy of this process it was forked from."""

    def __init__(self, pid: int, command: Sequence[str]) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, False
        self.argv = b"\0".join(os.fsencode(a) for a in command) + b"\0"

    def run(self) -> None:
        status, cmdline = f"/proc/{self.pid}/status", f"/proc/{self.pid}/cmdline"
        while not self.done:
            try:
                # (a script runs as its interpreter, then the script's own arguments)
                started = Path(cmdline).read_bytes().endswith(self.argv)
                text = Path(status).read_text() if started else ""
            except OSError:
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak = max(self.peak, int(line.split()[1]) * 1024)
            time.sleep(0.002)


def run(command: Sequence[str], tty: bool = False, env: dict[str, str] | None = None) -> Run:
    """Run command once, its output read and thrown away: on a pseudo-terminal when tty."""
    env = {**os.environ, **(env or {})}
    if tty:
        return _on_terminal(command, env)
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak = _watch(child.pid, command)
    assert child.stdout is not None
    output = 0
    while chunk := child.stdout.read(1 << 16):
        output += len(chunk)
    return _finish(child.pid, start, peak, output)


def _watch(pid: int, command: Sequence[str]) -> _Peak:
    peak = _Peak(pid, command)
    peak.start()
    return peak


def _finish(pid: int, start: float, peak: _Peak, output: int) -> Run:
    """Reap the command; its figures (ru_maxrss where /proc could not be read)."""
    peak.done = True
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    peak.join()
    return Run(wall, peak.peak or usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status), output)


def _on_terminal(command: Sequence[str], env: dict[str, str]) -> Run:
    lines, columns = TERMINAL
    main, other = pty.openpty()
    fcntl.ioctl(other, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    env = {**env, "LINES": str(lines), "COLUMNS": str(columns), "TERM": "xterm-256color"}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdin=other, stdout=other, stderr=other, env=env)
    peak = _watch(child.pid, command)
    os.close(other)
    output = 0
    while True:
        try:
            chunk = os.read(main, 1 << 16)
        except OSError:  # the terminal's other end closed: the command is done
            break
        if not chunk:
            break
        output += len(chunk)
    os.close(main)
    return _finish(child.pid, start, peak, output)


@dataclass
class Timing:
    runs: list[Run]

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def peak(self) -> int:
        return max(r.peak for r in self.runs)

    @property
    def spread(self) -> str:
        walls = sorted(r.wall for r in self.runs)
        return f"{walls[0]:.2f}–{walls[-1]:.2f}"


def timed(
    command: Sequence[str],
    runs: int = 3,
    tty: bool = False,
    before: Callable[[], None] | None = None,
) -> Timing:
    """command run `runs` times (before() ahead of each: a fresh archive, say)."""
    found = []
    for _ in range(runs):
        if before:
            before()
        found.append(succeeded(run(command, tty=tty), command))
    return Timing(found)


def succeeded(done: Run, command: Sequence[str]) -> Run:
    """done, where the command succeeded: a failed run's time is not the command's."""
    if done.code != 0:
        raise SystemExit(f"benchmark stopped: {' '.join(command)} exited with {done.code}")
    return done


def paired(
    a: Sequence[str],
    b: Sequence[str],
    runs: int = 3,
    before_a: Callable[[], None] | None = None,
    before_b: Callable[[], None] | None = None,
) -> tuple[Timing, Timing, float]:
    """A and B in turns; their timings and the median of the pair-by-pair ratios A/B."""
    first, second = [], []
    for _ in range(runs):
        if before_a:
            before_a()
        first.append(succeeded(run(a), a))
        if before_b:
            before_b()
        second.append(succeeded(run(b), b))
    ratio = statistics.median(x.wall / y.wall for x, y in zip(first, second, strict=True))
    return Timing(first), Timing(second), ratio


def fresh(db: Path) -> Callable[[], None]:
    """A function that removes the archive at db (and its WAL), for a run from nothing."""

    def remove() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    return remove


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"
