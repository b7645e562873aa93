"""Reading in a sandbox: a file that makes a reader run away costs that file alone, is
recorded as failed and is not read again; workers die with their parent."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scrutiny_cli.jobs import Limits, Lost, sandboxed_map
from scrutiny_cli.sandbox import stage
from tests.conftest import SAMPLE
from tests.helpers import archive

CLI = [sys.executable, "-m", "scrutiny_cli"]
GOOD = [
    SAMPLE / "wyvern" / "children" / "2022-09-15-agenda-and-minutes.txt",
    SAMPLE / "wyvern" / "housing" / "2022-10-04-agenda-and-minutes.txt",
]


def self_drawing_pdf() -> bytes:
    """A one-page PDF whose form XObject X draws itself twice (`/X Do /X Do` in its own
    stream): pdfium expands it without end, inside one C call, its memory growing."""
    form = b"/X Do /X Do"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /XObject << /X 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        b"/Resources << /XObject << /X 4 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
        % (len(form), form),
        b"<< /Length 5 >>\nstream\n/X Do\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "minutes"
    folder.mkdir()
    for path in GOOD:
        shutil.copy(path, folder / path.name)
    (folder / "bomb.pdf").write_bytes(self_drawing_pdf())
    return folder


def test_a_runaway_pdf_fails_alone_and_is_not_read_again(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "a.db"
    first = cli(db, "ingest", "--jobs", "2", "--max-memory", "200M", str(folder))
    assert first.returncode == 1 and "Traceback" not in first.stderr, first.stderr
    assert "bomb.pdf: the PDF reader ran out of memory (over 200 MB)" in first.stderr
    assert "2 new" in first.stderr
    sources = {Path(r["path"]).name: r for r in archive(db).query("select * from sources")}
    assert sources["bomb.pdf"]["status"] == "failed"
    assert archive(db).table("meetings").count == 2
    again = cli(db, "ingest", "--jobs", "1", "--max-memory", "200M", str(folder))
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "0 new, 0 changed, 2 unchanged, 1 failed" in again.stderr
    assert "unchanged since: --force tries again" in again.stderr


def test_a_reader_past_its_time_limit_is_stopped(tmp_path: Path, folder: Path) -> None:
    done = cli(tmp_path / "a.db", "ingest", "--max-memory", "4G", "--time-limit", "1", str(folder))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "bomb.pdf: the PDF reader took longer than 1 s" in done.stderr
    assert "2 new" in done.stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                status = Path(f"/proc/{entry}/status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_ingest(tmp_path: Path, folder: Path) -> None:
    proc = subprocess.Popen(
        [*CLI, "--db", str(tmp_path / "a.db"), "ingest", "--max-memory", "4G", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while not workers and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert workers, "no worker started"
    proc.kill()
    # The pipes close only when no worker holds them: `ingest | tee log` returns.
    proc.communicate(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


# --- The pool itself ------------------------------------------------------------------------


def _work(n: int) -> int:
    stage(f"step {n}")
    if n == 3:
        os.kill(os.getpid(), signal.SIGSEGV)
    if n == 5:
        time.sleep(60)
    if n == 7:
        bytearray(3 * 2**30)  # beyond the cap: MemoryError
    return n * 2


def test_each_lost_call_costs_its_input_alone() -> None:
    limits = Limits(memory=2**30, seconds=1, recycle_after=2)
    got = list(sandboxed_map(_work, range(10), jobs=2, limits=limits))
    assert [g for g in got if not isinstance(g, Lost)] == [0, 2, 4, 8, 12, 16, 18]
    lost = {i: g.reason for i, g in enumerate(got) if isinstance(g, Lost)}
    assert lost == {
        3: "step 3 crashed (SIGSEGV)",
        5: "step 5 took longer than 1 s",
        7: "step 7 ran out of memory (over 1 GB)",
    }
