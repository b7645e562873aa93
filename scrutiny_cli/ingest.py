"""The pipeline for one run of `scrutiny ingest`: find files (discover.py), skip unchanged
ones, read and parse each in a sandboxed worker (jobs.py), then store and link each in its
own transaction, in path order, and count what happened.
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from . import link, merge, query, store
from .discover import Entry, Found, Skip, discover
from .errors import ScrutinyError, UnknownLayout
from .jobs import Limits, Lost, sandboxed_map
from .model import Document
from .parse import parser_version
from .parse.document import parse
from .read.files import read_file, sha256_of
from .sandbox import stage

if TYPE_CHECKING:
    import sqlite_utils

# What a worker is doing, by suffix, for the message when it dies there.
READERS = {
    ".pdf": "the PDF reader",
    **dict.fromkeys((".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml"), "the web page reader"),
    ".docx": "the Word reader",
}


@dataclass
class Outcome:
    path: str
    state: str  # new, changed, unchanged, failed
    status: str = "ok"  # the source's status: ok, warning, failed
    message: str | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)  # files not read, counted by type
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # folders, with why
    orphaned: list[dict[str, Any]] = field(default_factory=list)  # decisions this run orphaned

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


@dataclass
class Work:
    """What a worker learnt of one file: its facts, and a document or why there is none."""

    path: str
    facts: dict[str, Any] = field(default_factory=dict)
    doc: Document | None = None
    error: str | None = None
    not_minutes: bool = False  # readable text in no layout we know: a warning
    warnings: list[str] = field(default_factory=list)  # from reading ("3 bytes ... UTF-8")


@dataclass(frozen=True)
class Options:
    ocr: bool = False
    debug: bool = False


def ingest(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path] | Found,
    force: bool = False,
    on_file: Callable[[Path], None] | None = None,
    debug: bool = False,
    jobs: int = 1,
    ocr: bool = False,
    limits: Limits | None = None,
    follow_links: bool = False,
) -> Summary:
    """Ingest every file under paths: files are read and parsed in `jobs` sandboxed
    processes and stored in path order, one transaction each, so the archive is the same
    for any jobs. A file that failed is not read again until it changes (or force)."""
    found = paths if isinstance(paths, Found) else discover(paths, follow_links)
    summary = Summary(skipped=found.skipped, unreadable=found.unreadable)
    orphans_before = _orphan_keys(db)
    todo: list[Entry] = []
    touched: list[tuple[float | None, str]] = []  # (new mtime, path) of unchanged files
    for entry, existing, same in _compared(db, found.entries, force):
        if existing and same:
            summary.outcomes.append(_as_before(entry.name, existing))
            if same == "touched":
                touched.append((entry.mtime, entry.name))
            if on_file:
                on_file(Path(entry.name))
        else:
            todo.append(entry)
    store.touch_sources(db, touched)
    work = functools.partial(read_and_parse, options=Options(ocr=ocr, debug=debug))
    readable = [(e.path, e.name) for e in todo if e.refusal is None]
    try:
        with (
            closing(sandboxed_map(work, readable, jobs, limits, debug)) as results,
            store.Batch(db) as batch,
        ):
            for entry in todo:
                result = _refused(entry) if entry.refusal else next(results)
                if isinstance(result, Lost):
                    result = Work(entry.name, _stat_facts(entry), error=result.reason)
                summary.outcomes.append(_settle(batch, db, result, force))
                if on_file:
                    on_file(Path(entry.name))
    except sqlite3.Error as e:  # the batch's commit: its files are read again next time
        raise store.storage_error(e, "the last files", store.archive_path(db)) from None
    summary.orphaned = _orphaned_since(db, orphans_before)
    return summary


def read_and_parse(task: tuple[str, str], options: Options = Options()) -> Work:
    """Read and parse one file (in a worker process): never raises for a bad file; running
    out of memory is left to the sandbox, which reports it."""
    path, name = task
    try:
        return _read_and_parse(path, name, options)
    except MemoryError:
        raise
    except OSError as e:
        return Work(name, error=f"cannot read: {e.strerror or e}")
    except Exception as e:  # a parser bug must cost one file, not the run
        if options.debug:
            raise
        return Work(name, error=f"internal error: {type(e).__name__}: {e}")


def _read_and_parse(path: str, name: str, options: Options) -> Work:
    stage(READERS.get(PurePath(name).suffix.lower(), "the text reader"))
    reading = read_file(path, name, ocr=options.ocr)
    facts = {
        "path": name,
        "sha256": reading.sha256,
        "size": reading.size,
        "mtime": reading.mtime,
        "pages": reading.pages,
        "parser_version": parser_version(),
    }
    work = Work(name, facts, error=reading.error, warnings=reading.warnings)
    if reading.text is None:
        return work
    stage("the parser")
    try:
        work.doc = parse(reading.text)
    except UnknownLayout as e:
        work.error, work.not_minutes = str(e), True
    except ScrutinyError as e:
        work.error = str(e)
    return work


def _stat_facts(entry: Entry) -> dict[str, Any]:
    """What discovery learnt of a file: enough to skip it next run if it does not change."""
    if entry.size is None:
        return {}
    return {
        "path": entry.name,
        "sha256": "",
        "size": entry.size,
        "mtime": entry.mtime,
        "parser_version": parser_version(),
    }


def _refused(entry: Entry) -> Work:
    """A file recorded without being read: a pipe, a format not read, a folder."""
    return Work(entry.name, _stat_facts(entry), error=entry.refusal, not_minutes=entry.warning)


def _as_before(name: str, existing: dict[str, Any]) -> Outcome:
    """An unchanged file: as it was; one that failed still counts as failed."""
    if existing["status"] == "failed":
        message = f"{existing['message']} (unchanged since: --force tries again)"
        return Outcome(name, "failed", "failed", message)
    return Outcome(name, "unchanged", existing["status"])


def _orphan_keys(db: sqlite_utils.Database) -> set[str]:
    return {r["key"] for r in query.orphan_overrides(db)}


def _orphaned_since(db: sqlite_utils.Database, before: set[str]) -> list[dict[str, Any]]:
    """A person's decisions whose action this run made disappear."""
    return [r for r in query.orphan_overrides(db) if r["key"] not in before]


def _settle(batch: store.Batch, db: sqlite_utils.Database, work: Work, force: bool) -> Outcome:
    """Store what a worker found (in the writer, in order), all or nothing. What the
    archive holds of the file is read inside the write transaction, so two ingests never
    store it twice."""
    try:
        return batch.write(lambda: _settle_in_transaction(db, work, force))
    except sqlite3.Error as e:
        raise store.storage_error(e, work.path, store.archive_path(db)) from None


def _settle_in_transaction(db: sqlite_utils.Database, work: Work, force: bool) -> Outcome:
    existing = store.source_by_path(db, work.path)
    if not work.facts:
        return _failed(db, work.path, existing, work.error or "cannot read")
    if not force and _unchanged_content(existing, work.facts.get("sha256")):
        store.save_source(db, work.facts)  # a touched file: remember the new mtime
        return Outcome(work.path, "unchanged", existing["status"] if existing else "ok")
    if work.not_minutes:
        message = "; ".join([work.error or "unknown layout", *work.warnings])
        return _not_minutes(db, existing, work.facts, message)
    if work.doc is None:
        return _failed(db, work.path, existing, work.error or "unreadable", work.facts)
    return store_document(db, existing, work.facts, work.doc, work.warnings)


Compared = tuple[Entry, "dict[str, Any] | None", "str | None"]


def _compared(db: sqlite_utils.Database, entries: list[Entry], force: bool) -> Iterator[Compared]:
    """Each file found, in order, with its source row (fetched a batch at a time) and
    whether it is unchanged."""
    for start in range(0, len(entries), store.LOOKUP_BATCH):
        chunk = entries[start : start + store.LOOKUP_BATCH]
        rows = store.sources_by_paths(db, [e.name for e in chunk])
        for entry in chunk:
            existing = rows.get(entry.name)
            yield entry, existing, None if force else _unchanged(existing, entry)


def _unchanged(existing: dict[str, Any] | None, entry: Entry) -> str | None:
    """ "same": the size and time it had when last read (or when it failed: a failure is
    not retried until the file changes); "touched": a new time but the same bytes, told by
    size and hash without reading it as minutes; else None (read it)."""
    if not existing or entry.size is None or existing["parser_version"] != parser_version():
        return None
    if existing["size"] != entry.size:
        return None
    if existing["mtime"] == entry.mtime:
        return "same"
    if entry.refusal or existing["status"] == "failed" or not existing["sha256"]:
        return None
    try:
        return "touched" if sha256_of(entry.path) == existing["sha256"] else None
    except OSError:
        return None  # the reader says what is wrong with it


def _unchanged_content(existing: dict[str, Any] | None, sha: str | None) -> bool:
    return bool(
        existing
        and sha
        and existing["status"] != "failed"
        and existing["parser_version"] == parser_version()
        and existing["sha256"] == sha
    )


def store_document(
    db: sqlite_utils.Database,
    existing: dict[str, Any] | None,
    facts: dict[str, Any],
    doc: Document,
    read_warnings: list[str],
) -> Outcome:
    """Store one parsed file (in the caller's transaction) and do the cross-meeting work
    it calls for; existing is its source row from an earlier read, if any."""
    state = "changed" if existing else "new"
    warnings = [*read_warnings, *doc.warnings]
    source_id = store.save_source(
        db, {**facts, "format": doc.format, "status": "ok", "message": None, "ingested_at": _now()}
    )
    scope = link.Scope()
    dropped = sorted(merge.remove_source(db, source_id)) if existing else []
    fresh: dict[int, Any] = {}
    added = merge.add_document(db, source_id, doc, fresh)
    merge.settle(db, [*added, *dropped], fresh, scope)  # (its meetings in page order)
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
    """Record the failure, with the file's size and time so that it is not read again
    until it changes; rows from an earlier good read of the file are kept."""
    row = {
        "path": name,
        "status": "failed",
        "message": message,
        "ingested_at": _now(),
        "size": None,
        "mtime": None,
        **(facts or {}),
    }
    if existing and existing["status"] != "failed":
        row["message"] = f"{message} (keeping what was stored from the last good read)"
        row["sha256"] = existing["sha256"]
    store.save_source(db, row)
    return Outcome(name, "failed", "failed", row["message"])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
