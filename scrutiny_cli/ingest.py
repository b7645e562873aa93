"""The pipeline for one run of `scrutiny ingest`: find files, skip unchanged ones, read,
parse, store and link each in its own transaction, and count what happened.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import stat
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from . import link, merge, store
from .errors import ScrutinyError, UnknownLayout
from .jobs import TimeLimit, ordered_map, with_time_limit
from .model import Document
from .parse import PARSER_VERSION
from .parse.document import parse
from .read import SUFFIXES, read_document

# Files a folder of minutes often holds that are never minutes; named explicitly, they are read.
NOT_MINUTES = frozenset({"readme", "changelog", "license", "licence", "notes"})


@dataclass
class Outcome:
    path: str
    state: str  # new, changed, unchanged, failed
    status: str = "ok"  # the source's status: ok, warning, failed
    message: str | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == "failed"]

    @property
    def warnings(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "warning" and o.state != "unchanged"]

    def states(self) -> Counter[str]:
        return Counter(o.state for o in self.outcomes)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and minutes files below folders named, in a stable order."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            if _looks_like_minutes(path.name):
                found.add(path)  # reported as a folder named like minutes, and read into
            for root, dirs, files in os.walk(path):  # does not follow links: no loops
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                # A folder named like a minutes file ("x.pdf") is reported, and read into.
                names = [*files, *dirs]
                found.update(Path(root, f) for f in names if _looks_like_minutes(f))
        elif os.path.lexists(path):  # a broken or looping link is reported, not skipped
            found.add(path)
        else:
            raise ScrutinyError(f"no such file or folder: {path}")
    return sorted(found, key=lambda p: str(p.absolute()))


def _looks_like_minutes(name: str) -> bool:
    path = Path(name)
    return (
        not name.startswith(".")
        and path.suffix.lower() in SUFFIXES
        and path.stem.lower() not in NOT_MINUTES
    )


FILE_SECONDS = 120.0  # reading and parsing one file longer than this is given up
MAX_FILE_BYTES = 256 * 10**6  # a council's longest minutes PDF is a few MB


@dataclass
class Work:
    """What a worker learnt of one file: its facts, and a document or why there is none."""

    path: str
    facts: dict[str, Any] = field(default_factory=dict)
    doc: Document | None = None
    error: str | None = None
    not_minutes: bool = False  # readable text in no layout we know: a warning


@dataclass(frozen=True)
class Options:
    ocr: bool = False
    debug: bool = False


def ingest(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    force: bool = False,
    on_file: Callable[[Path], None] | None = None,
    debug: bool = False,
    jobs: int = 1,
    ocr: bool = False,
) -> Summary:
    """Ingest every file under paths: files are read and parsed in `jobs` processes and
    stored in path order, each all or nothing, so the archive is the same for any jobs."""
    summary = Summary()
    todo: list[str] = []
    for path in discover(paths):
        name = str(path.absolute())
        existing = store.source_by_path(db, name)
        if not force and _unchanged_stat(existing, path):
            summary.outcomes.append(
                Outcome(name, "unchanged", existing["status"] if existing else "ok")
            )
            if on_file:
                on_file(path)
        else:
            todo.append(name)
    work = functools.partial(read_and_parse, options=Options(ocr=ocr, debug=debug))
    try:
        with store.Batch(db) as batch:
            for result in ordered_map(work, todo, jobs):
                summary.outcomes.append(_settle(batch, db, result, force))
                if on_file:
                    on_file(Path(result.path))
    except sqlite3.Error as e:  # the batch's commit: its files are read again next time
        raise store.storage_error(e, "the last files") from None
    return summary


def read_and_parse(path: str, options: Options = Options()) -> Work:
    """Read and parse one file (in a worker process): never raises for a bad file."""
    try:
        return with_time_limit(FILE_SECONDS, _read_and_parse, path, options)
    except TimeLimit as e:
        return Work(path, error=str(e))
    except OSError as e:
        return Work(path, error=f"cannot read: {e.strerror or e}")
    except Exception as e:  # a parser bug must cost one file, not the run
        if options.debug:
            raise
        return Work(path, error=f"internal error: {type(e).__name__}: {e}")


def _read_and_parse(path: str, options: Options) -> Work:
    file = Path(path)
    st = file.stat()  # follows links: a loop raises, and the file fails with its reason
    if not stat.S_ISREG(st.st_mode):
        facts = {
            "path": path,
            "sha256": "",
            "size": 0,
            "mtime": st.st_mtime,
            "parser_version": PARSER_VERSION,
        }
        if stat.S_ISDIR(st.st_mode):
            return Work(
                path,
                facts,
                error="a folder named like a minutes file (what is in it is read on its own)",
                not_minutes=True,
            )
        return Work(path, facts, error="not a regular file (a pipe, socket or device)")
    if st.st_size > MAX_FILE_BYTES:
        return Work(
            path,
            error=f"too large to be minutes ({st.st_size / 1e6:.0f} MB; "
            f"files over {MAX_FILE_BYTES // 10**6} MB are not read)",
        )
    data = file.read_bytes()
    facts = {
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": st.st_size,
        "mtime": st.st_mtime,
        "parser_version": PARSER_VERSION,
    }
    work = Work(path, facts)
    try:
        text, facts["pages"] = read_document(data, file.name, ocr=options.ocr)
        work.doc = parse(text)
    except UnknownLayout as e:
        work.error, work.not_minutes = str(e), True
    except ScrutinyError as e:
        work.error = str(e)
    return work


def _settle(batch: store.Batch, db: sqlite_utils.Database, work: Work, force: bool) -> Outcome:
    """Store what a worker found (in the writer, in order), all or nothing. What the
    archive holds of the file is read inside the write transaction, so two ingests never
    store it twice."""
    try:
        return batch.write(lambda: _settle_in_transaction(db, work, force))
    except sqlite3.Error as e:
        raise store.storage_error(e, work.path) from None


def _settle_in_transaction(db: sqlite_utils.Database, work: Work, force: bool) -> Outcome:
    existing = store.source_by_path(db, work.path)
    if not work.facts:
        return _failed(db, work.path, existing, work.error or "cannot read")
    if not force and _unchanged_content(existing, work.facts["sha256"]):
        store.save_source(db, work.facts)  # a touched file: remember the new mtime
        return Outcome(work.path, "unchanged", existing["status"] if existing else "ok")
    if work.not_minutes:
        return _not_minutes(db, existing, work.facts, work.error or "unknown layout")
    if work.doc is None:
        return _failed(db, work.path, existing, work.error or "unreadable", work.facts)
    return _store(db, existing, work.facts, work.doc)


def _unchanged_stat(existing: dict[str, Any] | None, path: Path) -> bool:
    try:
        st = path.stat()
    except OSError:
        return False
    return bool(
        existing
        and existing["status"] != "failed"
        and existing["parser_version"] == PARSER_VERSION
        and existing["size"] == st.st_size
        and existing["mtime"] == st.st_mtime
    )


def _unchanged_content(existing: dict[str, Any] | None, sha: str) -> bool:
    return bool(
        existing
        and existing["status"] != "failed"
        and existing["parser_version"] == PARSER_VERSION
        and existing["sha256"] == sha
    )


def _store(
    db: sqlite_utils.Database, existing: dict[str, Any] | None, facts: dict[str, Any], doc: Document
) -> Outcome:
    state = "changed" if existing else "new"
    warnings = list(doc.warnings)
    source_id = store.save_source(
        db, {**facts, "format": doc.format, "status": "ok", "message": None, "ingested_at": _now()}
    )
    scope = link.Scope()
    groups = merge.remove_source(db, source_id) if existing else set()
    fresh: dict[int, Any] = {}
    groups |= merge.add_document(db, source_id, doc, fresh)
    merge.settle(db, groups, fresh, scope)
    link.relink(db, scope)
    status = "warning" if warnings else "ok"
    message = "; ".join(warnings) or None
    store.update(db, "sources", source_id, {"status": status, "message": message})
    return Outcome(facts["path"], state, status, message)


def _not_minutes(
    db: sqlite_utils.Database, existing: dict[str, Any] | None, facts: dict[str, Any], message: str
) -> Outcome:
    """Text in no layout we know: remembered as a warning so it is not re-read every run."""
    source_id = store.save_source(
        db, {**facts, "format": None, "status": "warning", "message": message,
             "ingested_at": _now()})  # fmt: skip
    if existing:
        _forget(db, source_id)
    return Outcome(facts["path"], "changed" if existing else "new", "warning", message)


def _forget(db: sqlite_utils.Database, source_id: int) -> None:
    """A source that now stores nothing: its meetings and items give way."""
    scope = link.Scope()
    merge.settle(db, merge.remove_source(db, source_id), {}, scope)
    link.relink(db, scope)


def _failed(
    db: sqlite_utils.Database,
    name: str,
    existing: dict[str, Any] | None,
    message: str,
    facts: dict[str, Any] | None = None,
) -> Outcome:
    """Record the failure; rows from an earlier good read of the file are kept."""
    row = {
        "path": name,
        "status": "failed",
        "message": message,
        "ingested_at": _now(),
        **(facts or {}),
    }
    if existing and existing["status"] != "failed":
        row["message"] = f"{message} (keeping what was stored from the last good read)"
        row.update(sha256=existing["sha256"], size=existing["size"], mtime=existing["mtime"])
    store.save_source(db, row)
    return Outcome(name, "failed", "failed", row["message"])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
