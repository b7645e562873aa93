"""`scrutiny sql`: any query on the archive, truly read-only and bounded.

The archive is opened read-only (mode=ro), and an authorizer allows only reading: every
write, ATTACH (and so VACUUM INTO, which attaches its target), transactions and pragmas
that change anything are refused before they run. A progress handler stops a query past
its time limit or at Ctrl-C, wherever SQLite is in it, and rows stream to the output as
they come, so that memory stays flat whatever the query returns.
"""

from __future__ import annotations

import signal
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .errors import ScrutinyError

if TYPE_CHECKING:
    import sqlite_utils

# What a query may do: read tables and columns, run a SELECT, call functions, recurse.
_READING = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
# Pragmas that only report, with or without an argument: table_info(items), ...
INFO_PRAGMAS = frozenset(
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
        "database_list", "collation_list", "compile_options", "function_list", "module_list",
        "pragma_list", "freelist_count", "page_count", "data_version",
    }
)  # fmt: skip
# Pragmas that read a setting when given no argument (and would change it given one).
SETTING_PRAGMAS = frozenset(
    {
        "application_id", "user_version", "schema_version", "journal_mode", "foreign_keys",
        "page_size", "encoding", "auto_vacuum", "cache_size", "synchronous", "busy_timeout",
        "max_page_count", "temp_store", "recursive_triggers", "case_sensitive_like",
    }
)  # fmt: skip
PROGRESS_STEPS = 10_000  # SQLite instructions between two looks at the clock (about 1 ms)
MAX_VALUE_BYTES = 100 * 10**6  # no string or blob larger: randomblob(1e10) fails, not the memory
TIMEOUT_HINT = "narrow the query, or give --timeout SECONDS (0: no limit)"


def authorize(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    """SQLite's authorizer callback: reading, and pragmas that only report."""
    if action in _READING:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # A full-text table declares its columns this way when first used. No query can
        # write the schema: that takes PRAGMA writable_schema, refused below.
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in INFO_PRAGMAS or (name in SETTING_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


class _Bounds:
    """Stops a query past its deadline or at Ctrl-C, through SQLite's progress handler."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds if seconds else float("inf")
        self.why: str | None = None

    def check(self) -> int:
        if self.why is None and time.monotonic() > self.deadline:
            self.why = "time"
        return 1 if self.why else 0

    def interrupt(self, *_: Any) -> None:
        self.why = "ctrl-c"

    def error(self, error: sqlite3.Error) -> ScrutinyError:
        """What a failed or stopped query means, in one line."""
        if self.why == "ctrl-c":
            stopped = ScrutinyError("the query was stopped (Ctrl-C)")
            stopped.exit_code = 130
            return stopped
        if self.why == "time":
            return ScrutinyError(
                f"the query ran longer than {self.seconds:g} s and was stopped", hint=TIMEOUT_HINT
            )
        if "authoriz" in str(error).lower():
            return ScrutinyError(
                "`scrutiny sql` only reads the archive: that statement is refused",
                hint="use ingest and actions close/reopen to change it",
            )
        if "readonly" in str(error).lower() or "read-only" in str(error).lower():
            return ScrutinyError(
                "the archive is opened read-only for `scrutiny sql`: it cannot be changed here",
                hint="use ingest and actions close/reopen",
            )
        return ScrutinyError(f"SQL error: {error}")


@contextmanager
def bounded(db: sqlite_utils.Database, seconds: float | None) -> Iterator[_Bounds]:
    """Within: the connection reads only, and its queries stop at the deadline or Ctrl-C."""
    conn = db.conn
    bounds = _Bounds(seconds)
    conn.set_authorizer(authorize)
    conn.set_progress_handler(bounds.check, PROGRESS_STEPS)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    previous = signal.signal(signal.SIGINT, bounds.interrupt)
    try:
        yield bounds
    finally:
        signal.signal(signal.SIGINT, previous)
        conn.set_progress_handler(None, 0)
        conn.set_authorizer(None)


def run(
    db: sqlite_utils.Database, statement: str, bounds: _Bounds
) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """The columns of a query, and its rows as they come (inside bounded())."""
    try:
        cursor = db.conn.execute(statement)
    except sqlite3.Error as e:
        raise bounds.error(e) from None
    columns = [d[0] for d in cursor.description or ()]
    return columns, _rows(cursor, columns, bounds)


def _rows(cursor: sqlite3.Cursor, columns: list[str], bounds: _Bounds) -> Iterator[dict[str, Any]]:
    try:
        for row in cursor:
            yield dict(zip(columns, row, strict=True))
    except sqlite3.Error as e:
        raise bounds.error(e) from None
