"""The one exception family: domain code raises these, only cli.py prints them."""

from __future__ import annotations

import os


class ScrutinyError(Exception):
    """Something the user can act on; the message is one line."""

    hint: str | None = None
    exit_code: int = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class ReadError(ScrutinyError):
    """A file could not be turned into text."""


class ParseError(ScrutinyError):
    """Text was read but is not minutes in a layout we know."""


class UnknownLayout(ParseError):
    """Readable text, but not minutes in any layout we know: a warning, not a failure."""


class StoreError(ScrutinyError):
    """The database refused or could not be opened."""


class NoArchiveError(StoreError):
    """The database file does not exist yet."""


# --- Failures from outside the known paths -------------------------------------------------

DISK_FULL_HINT = "free some space and run again"
NEARLY_FULL_BYTES = 16 * 2**20  # below this much free space, a disk I/O error is a full disk


def explain(error: BaseException, archive: str | None = None) -> ScrutinyError | None:
    """An sqlite3.Error or OSError as one line a person can act on; None for anything else.
    archive is the archive's path, to tell a full disk behind a "disk I/O error"."""
    import sqlite3

    if isinstance(error, sqlite3.Error):
        return _database(error, archive)
    if isinstance(error, OSError):
        return _system(error)
    return None


# (words in SQLite's message, what it means, hint), tried in order; "{e}" is SQLite's words.
_DATABASE_FAILURES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("full",), "the disk is full", DISK_FULL_HINT),
    (
        ("malformed", "not a database", "corrupt", "vtable constructor failed"),
        "the archive is damaged ({e})",
        "run `scrutiny check` to see what is wrong, and `scrutiny check --repair` to mend it",
    ),
    (
        ("locked", "busy"),
        "the archive is busy: another scrutiny is writing to it",
        "try again when it has finished",
    ),
    (
        ("readonly", "read-only"),
        "the archive cannot be written (a read-only file or folder)",
        "check the permissions of the archive and its folder",
    ),
    (
        ("unable to open",),
        "the archive cannot be opened",
        "check its path, and the permissions of its folder",
    ),
    (
        ("disk i/o",),
        "the disk failed while the archive was in use ({e})",
        "check the disk, then run `scrutiny check`",
    ),
)


def _database(error: Exception, archive: str | None) -> StoreError:
    text = str(error).lower()
    if "disk i/o" in text and _nearly_full(archive):
        return StoreError("the disk is full", hint=DISK_FULL_HINT)
    for words, meaning, hint in _DATABASE_FAILURES:
        if any(w in text for w in words):
            return StoreError(meaning.format(e=error), hint=hint)
    return StoreError(
        f"the archive refused: {error}", hint="run `scrutiny check` to see whether it is damaged"
    )


def _nearly_full(archive: str | None) -> bool:
    import shutil

    try:
        folder = os.path.dirname(os.path.abspath(archive or "."))
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _system(error: OSError) -> ScrutinyError:
    import errno

    from .discover import shown  # how a path is printed, undecodable bytes escaped

    where = f": {shown(os.fsdecode(error.filename))}" if error.filename else ""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ScrutinyError(f"the disk is full{where}", hint=DISK_FULL_HINT)
    if error.errno in (errno.EACCES, errno.EPERM):
        return ScrutinyError(
            f"permission denied{where}", hint="check the permissions of the file and its folder"
        )
    if error.errno == errno.EROFS:
        return ScrutinyError(f"a read-only file system{where}", hint="use a writable folder")
    return ScrutinyError(f"{(error.strerror or str(error)).lower()}{where}")
