"""The worker side of the sandbox (jobs.py is the parent's): a worker process with its
address space capped, quiet, dying with its parent, reading inputs from a pipe and sending
back each result, or why there is none."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

STAGE_BYTES = 64  # the shared buffer a worker says what it is doing in

_stage: Any = None  # the worker's shared buffer, where stage() writes


def stage(what: str) -> None:
    """Say what the worker is doing now ("the PDF reader"): the message if it dies there."""
    if _stage is not None:
        _stage.value = what.encode("utf-8")[: STAGE_BYTES - 1]


def serve(
    conn: Connection, fn: Callable[[Any], Any], memory: int | None, buffer: Any, parent: int
) -> None:
    """A worker's life: take an input, send back its result, until told to stop."""
    global _stage
    _stage = buffer
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _quiet()
    _cap_memory(memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent has gone
            return
        if task is None:
            return
        index, item = task
        stage("")
        try:
            reply = (index, "ok", fn(item))
        except MemoryError:
            reply = (index, "memory", None)
        except BaseException:
            reply = (index, "error", traceback.format_exc())
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((index, "memory", None))
        except Exception:  # a result that cannot be sent
            conn.send((index, "error", traceback.format_exc()))
        if reply[1] == "memory":
            return  # a worker that ran out of memory is not trusted with another file


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _quiet() -> None:
    """Workers never print: their stdout and stderr are not the parent's (a pipe to `tee`
    closes with it), and a reader that crashes leaves no dump on the user's terminal: what
    happened comes back through the pipe, or is read from how the worker died."""
    import faulthandler

    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _cap_memory(memory: int | None) -> None:
    try:
        import resource
    except ImportError:  # Windows: no cap
        return
    if memory:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            memory = min(memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (memory, hard))
