"""Which shape an archive is in: refusing files that are not ours or are newer, and
bringing ours up to date. The shape is shape.py's; the steps to it are migrations.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import StoreError
from .shape import FTS, FTS_SHADOWS, FTS_TRIGGERS, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["FTS", "FTS_SHADOWS", "FTS_TRIGGERS", "check_version", "ensure_schema"]

APPLICATION_ID = 0x53435254  # "SCRT" in PRAGMA application_id: this file is a scrutiny archive
SCHEMA_VERSION = len(MIGRATIONS)
_KNOWN = set(MIGRATIONS)


def __getattr__(name: str) -> Any:
    """The migrations themselves (and so sqlite-utils) are imported only when asked for:
    a reader checks an archive's version without them."""
    if name in ("migrations", "create_full_text"):
        from . import migrations

        return getattr(migrations, name)
    raise AttributeError(name)


def check_version(db: Any) -> None:
    """Refuse a file that is not an archive, or one made by a newer scrutiny."""
    names = set(db.table_names())
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if names and app_id != APPLICATION_ID and not {"sources", "meetings", "items"} <= names:
        raise StoreError(
            "not a scrutiny archive: an SQLite database with other tables",
            hint="give --db a new file name, or the path of an existing archive",
        )
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = _applied(db) if "_sqlite_migrations" in names else set()
    if version > SCHEMA_VERSION or applied - _KNOWN:
        raise StoreError(
            f"this archive was made by a newer scrutiny (schema {version}; this "
            f"one knows {SCHEMA_VERSION})",
            hint="upgrade scrutiny to open it",
        )


def _applied(db: Any) -> set[str]:
    found = db.execute("select name from _sqlite_migrations where migration_set = 'scrutiny'")
    return {r[0] for r in found}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Bring the archive to the current schema (inside the caller's write transaction)."""
    from .migrations import migrations

    check_version(db)
    if migrations.pending(db):
        migrations.apply(db)
    from . import tallies

    if tallies.missing(db):
        tallies.install(db)  # (a table of them lost: made again, and filled)
    tallies.refresh(db)  # (whom resolutions recommend to, read again under changed rules)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
