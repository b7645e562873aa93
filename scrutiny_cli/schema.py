"""The shape of the database, kept as data and reached by recorded migrations.

Column names are a public contract (DESIGN.md): add columns freely, never rename these.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .errors import StoreError

# table -> (columns in order, foreign keys (column, other table))
TABLES: dict[str, tuple[dict[str, Any], list[tuple[str, str]]]] = {
    "sources": (
        {
            "id": int,
            "path": str,
            "sha256": str,
            "size": int,
            "mtime": float,
            "format": str,
            "pages": int,
            "status": str,
            "message": str,
            "parser_version": int,
            "ingested_at": str,
        },
        [],
    ),
    "meetings": (
        {
            "id": int,
            "council": str,
            "committee": str,
            "date": str,
            "start_time": str,
            "venue": str,
            "contact": str,
            "municipal_year": int,
            "source_id": int,
            "committee_key": str,
            "label": str,  # "2019-10-03 Education Scrutiny Board": what Datasette shows in links
        },
        [("source_id", "sources")],
    ),
    "attendees": (
        {
            "id": int,
            "meeting_id": int,
            "name": str,
            "role": str,
            "status": str,
            "organisation": str,
        },
        [("meeting_id", "meetings")],
    ),
    "items": (
        {
            "id": int,
            "meeting_id": int,
            "number": str,
            "minute_ref": str,
            "title": str,
            "description": str,
            "minutes": str,
            "truncated": int,
            "source_id": int,
            "position": int,
            "title_key": str,
            # "2022-09-15 · Committee · 8/22 · Title", kept by triggers: what a link shows.
            "label": str,
        },
        [("meeting_id", "meetings"), ("source_id", "sources")],
    ),
    "resolutions": (
        {"id": int, "item_id": int, "part": str, "text": str, "lead_in": str, "position": int},
        [("item_id", "items")],
    ),
    "minute_refs": (
        {
            "id": int,
            "item_id": int,
            "ref": str,
            "target_item_id": int,
            "effect": str,
            "context": str,
        },
        [("item_id", "items"), ("target_item_id", "items")],
    ),
    "actions": (
        {
            "id": int,
            "key": str,
            "item_id": int,
            "resolution_id": int,
            "text": str,
            "owner": str,
            "due_date": str,
            "due_text": str,
            "status": str,
            "status_evidence": str,
            "origin": str,
            "position": int,
            # "minutes" when inferred from later minutes, "person" when set by hand.
            "status_by": str,
        },
        [("item_id", "items"), ("resolution_id", "resolutions")],
    ),
    # What people set by hand, by action key: apart, so that no re-ingest can overwrite it.
    # With the action's words and where it was asked when the decision was made, so that a
    # decision whose action is reworded away can still be shown and reattached.
    "action_overrides": (
        {
            "key": str,
            "status": str,
            "note": str,
            "set_at": str,
            "text": str,
            "committee": str,
            "meeting_date": str,
            "minute_ref": str,
        },
        [],
    ),
    # Every close, reopen and reset a person made, in order: the history `actions show` gives.
    "override_log": (
        {"id": int, "key": str, "status": str, "note": str, "set_at": str},
        [],
    ),
}

PRIMARY_KEYS = {"action_overrides": "key"}

# Full-text search: FTS5 with porter stemming, kept in step by triggers; external content
# tables (content=), so Datasette offers search on the tables themselves.
FTS: dict[str, tuple[str, ...]] = {
    "items": ("title", "description", "minutes"),
    "resolutions": ("text",),
    "actions": ("text",),
}

# One meeting, many sources (migration 003): every source's own account of a meeting
# ("parts") and of its items ("part_items"); the public meetings and items are merged from
# them, and item_sources says which sources an item came from.
MERGE_TABLES: dict[str, tuple[dict[str, Any], list[tuple[str, str]], str | tuple[str, ...]]] = {
    "item_sources": (
        {"item_id": int, "source_id": int},
        [("item_id", "items"), ("source_id", "sources")],
        ("item_id", "source_id"),
    ),
    "parts": (
        {
            "id": int,
            "source_id": int,
            "position": int,
            "kind": str,  # meeting, item
            "group_key": str,  # the meeting it belongs to (see merge.py)
            "attach_identity": str,  # an item page's: the item it completes, when attached
            "committee": str,
            "committee_key": str,
            "committee_inferred": int,
            "date": str,
            "start_time": str,
            "venue": str,
            "contact": str,
            "council": str,
            "attendees": str,  # JSON
        },
        [("source_id", "sources")],
        "id",
    ),
    "part_items": (
        {
            "id": int,
            "part_id": int,
            "source_id": int,
            "position": int,
            "identity": str,  # "n:19" by number, else "t:<title key>"
            "number": str,
            "title": str,
            "title_key": str,
            "description": str,
            "minutes": str,
            "truncated": int,
            "length": int,
            "keyword_page": int,  # see model.Item.keyword_page
        },
        [("part_id", "parts"), ("source_id", "sources")],
        "id",
    ),
}
MERGE_COLUMNS: dict[str, dict[str, Any]] = {
    "meetings": {"group_key": str},
    "items": {"group_key": str, "identity": str, "version_id": int},
}
LEGACY_ITEM_COLUMNS = ("visible_minutes", "completes_item_id", "hint_committee_key", "hint_date",
                       "hint_number")  # fmt: skip

INDEXES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("sources", ("path",), True),
    ("sources", ("sha256",), False),
    ("meetings", ("committee_key", "date"), False),
    ("meetings", ("source_id",), False),
    ("attendees", ("meeting_id",), False),
    ("items", ("meeting_id",), False),
    ("items", ("source_id",), False),
    ("items", ("minute_ref",), False),
    ("items", ("title_key",), False),
    ("resolutions", ("item_id",), False),
    ("minute_refs", ("item_id",), False),
    ("minute_refs", ("target_item_id",), False),
    ("actions", ("item_id",), False),
    ("actions", ("key",), False),
    ("actions", ("status", "due_date"), False),
    ("override_log", ("key",), False),
)


# --- Migrations ----------------------------------------------------------------------------
#
# The shape above is reached by these migrations, in order, each recorded in the archive
# (sqlite-utils' _sqlite_migrations table) and counted in PRAGMA user_version. To change the
# shape, add a migration at the end; never edit one that has shipped. Each is written so
# that it also completes an archive made before migrations were recorded.

APPLICATION_ID = 0x53435254  # "SCRT" in PRAGMA application_id: this file is a scrutiny archive
migrations = Migrations("scrutiny")


@migrations(name="001-tables")
def _tables(db: sqlite_utils.Database) -> None:
    """The tables, columns and indexes of the public data model."""
    for name, (columns, fks) in TABLES.items():
        table = db.table(name)
        if not table.exists():
            table.create(
                columns,
                pk=PRIMARY_KEYS.get(name, "id"),
                foreign_keys=[(c, other, "id") for c, other in fks],
            )
        else:
            for column, col_type in columns.items():
                if column not in table.columns_dict:
                    table.add_column(column, col_type)
    for name, indexed, unique in INDEXES:
        db.table(name).create_index(list(indexed), unique=unique, if_not_exists=True)


@migrations(name="002-full-text-search")
def _full_text_search(db: sqlite_utils.Database) -> None:
    """FTS5 over items, resolutions and actions, filled from what is already stored."""
    for name in FTS:
        if not db.table(name).detect_fts():
            create_full_text(db, name)


def create_full_text(db: sqlite_utils.Database, table: str) -> None:
    """The full-text index of one table, filled from it, with the triggers that keep it
    in step (migration 002, and `check --repair` after dropping a damaged one)."""
    db.table(table).enable_fts(
        list(FTS[table]), fts_version="FTS5", tokenize="porter", create_triggers=True
    )


# The tables FTS5 keeps an index of an external-content table in, as it creates them:
# `check --repair` recreates a missing one, so that the index can be dropped and rebuilt.
FTS_SHADOWS: dict[str, str] = {
    "data": "CREATE TABLE '{fts}_data'(id INTEGER PRIMARY KEY, block BLOB)",
    "idx": "CREATE TABLE '{fts}_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
    "docsize": "CREATE TABLE '{fts}_docsize'(id INTEGER PRIMARY KEY, sz BLOB)",
    "config": "CREATE TABLE '{fts}_config'(k PRIMARY KEY, v) WITHOUT ROWID",
}
FTS_TRIGGERS = ("_ai", "_ad", "_au")  # after insert, delete, update: sqlite-utils' names


@migrations(name="003-one-meeting-many-sources")
def _one_meeting_many_sources(db: sqlite_utils.Database) -> None:
    """Parts and part items, item_sources, and the group keys that merge them; the columns
    of the old truncation repair go. Every source is read again (the parser version rose),
    and its old rows give way to merged ones."""
    for name, (columns, fks, pk) in MERGE_TABLES.items():
        if not db.table(name).exists():
            keys = [(c, o, "id") for c, o in fks]
            db.table(name).create(columns, pk=pk, foreign_keys=keys)  # type: ignore[arg-type]
    for table, added in MERGE_COLUMNS.items():
        for column, col_type in added.items():
            if column not in db.table(table).columns_dict:
                db.table(table).add_column(column, col_type)
    legacy = [c for c in LEGACY_ITEM_COLUMNS if c in db.table("items").columns_dict]
    if legacy:
        db.execute("drop index if exists idx_items_completes_item_id")
        db.table("items").transform(drop=set(legacy))  # drops the FTS triggers: made again
        db.table("items").enable_fts(
            list(FTS["items"]), fts_version="FTS5", tokenize="porter", create_triggers=True,
            replace=True,
        )  # fmt: skip
    for table, indexed, unique in MERGE_INDEXES:
        db.table(table).create_index(list(indexed), unique=unique, if_not_exists=True)


@migrations(name="004-lookup-indexes")
def _lookup_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for what linking looks up after each file (references by the ref they cite,
    items by number, meetings by committee and year, actions due "next meeting"), so
    that its cost follows the file, not the size of the archive."""
    for table, indexed, unique in LOOKUP_INDEXES:
        db.table(table).create_index(list(indexed), unique=unique, if_not_exists=True)


LOOKUP_INDEXES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("minute_refs", ("ref",), False),
    ("meetings", ("committee_key", "municipal_year"), False),
    ("actions", ("due_text",), False),
)

MERGE_INDEXES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("meetings", ("group_key",), False),
    ("items", ("group_key", "identity"), False),
    ("parts", ("source_id",), False),
    ("parts", ("group_key",), False),
    ("part_items", ("part_id",), False),
    ("part_items", ("title_key", "truncated"), False),
    ("item_sources", ("source_id",), False),
)


@migrations(name="005-override-context")
def _override_context(db: sqlite_utils.Database) -> None:
    """Each decision keeps its action's words, committee, meeting date and minute."""
    table = db.table("action_overrides")
    columns, _ = TABLES["action_overrides"]
    for column, col_type in columns.items():
        if column not in table.columns_dict:
            table.add_column(column, col_type)
    db.execute(
        "update action_overrides set (text, committee, meeting_date, minute_ref) = "
        "(select a.text, m.committee, m.date, i.minute_ref from actions a "
        "join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id "
        "where a.key = action_overrides.key limit 1) "
        "where text is null and key in (select key from actions)"
    )


@migrations(name="006-override-log")
def _override_log(db: sqlite_utils.Database) -> None:
    """The history of what people set by hand (new archives have it from 001-tables)."""
    columns, _ = TABLES["override_log"]
    db.table("override_log").create(columns, pk="id", if_not_exists=True)
    db.table("override_log").create_index(["key"], if_not_exists=True)


# An item's label from its meeting (meeting_sql: the meeting's date and committee, or
# null) and its own minute_ref and title.
def _label(meeting: str, row: str) -> str:
    return (
        f"coalesce(({meeting}) || ' · ', '') || "
        f"coalesce({row}minute_ref || ' · ', '') || coalesce({row}title, '')"
    )


_MEETING_OF_NEW = (
    "select m.date || ' · ' || m.committee from meetings m where m.id = new.meeting_id"
)
LABEL_TRIGGERS: dict[str, str] = {
    "items_label_ai": "after insert on items begin update items set label = "
    + _label(_MEETING_OF_NEW, "new.")
    + " where id = new.id; end",
    "items_label_au": "after update of meeting_id, minute_ref, title on items begin "
    "update items set label = " + _label(_MEETING_OF_NEW, "new.") + " where id = new.id; end",
    "meetings_label_au": "after update of date, committee on meetings begin "
    "update items set label = "
    + _label("new.date || ' · ' || new.committee", "")
    + " where meeting_id = new.id; end",
}

# Views that read well in Datasette and in plain SQL: no internal columns, labels joined in.
VIEWS: dict[str, str] = {
    "action_list": """
select a.key, a.status, m.committee, m.date as meeting_date, i.minute_ref, i.title as item,
       a.text, a.owner, a.due_date, a.due_text, a.status_evidence, a.origin, a.status_by,
       a.item_id
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id""",
    "item_list": """
select i.id, m.date, m.committee, i.minute_ref, i.title, i.description, i.minutes,
       i.truncated, i.meeting_id
from items i left join meetings m on m.id = i.meeting_id""",
}


@migrations(name="007-labels-and-views")
def _labels_and_views(db: sqlite_utils.Database) -> None:
    """Items labelled "date · committee · ref · title" (kept by triggers), views without
    internal columns, and full-text triggers that fire only when the indexed text changes
    (so that a label or status update does not re-index an item's minutes)."""
    if "label" not in db.table("items").columns_dict:
        db.table("items").add_column("label", str)
    for table, columns in FTS.items():
        quoted = ", ".join(f'"{c}"' for c in columns)
        new_values = ", ".join(f'new."{c}"' for c in columns)
        old_values = ", ".join(f'old."{c}"' for c in columns)
        db.execute(f"drop trigger if exists {table}_au")
        db.execute(
            f"create trigger {table}_au after update of {quoted} on {table} begin "
            f"insert into {table}_fts ({table}_fts, rowid, {quoted}) "
            f"values('delete', old.rowid, {old_values}); "
            f"insert into {table}_fts (rowid, {quoted}) values (new.rowid, {new_values}); end"
        )
    for name, body in LABEL_TRIGGERS.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")
    db.execute(
        "update items set label = "
        + _label(
            "select m.date || ' · ' || m.committee from meetings m where m.id = items.meeting_id",
            "",
        )
    )
    for name, sql in VIEWS.items():
        db.execute(f"drop view if exists {name}")
        db.execute(f"create view {name} as {sql.strip()}")


def item_label(date: str | None, committee: str | None, ref: str | None, title: str | None) -> str:
    """The label the triggers give an item, made in Python where the item is written:
    an item inserted with its label skips the update the insert trigger would make."""
    meeting = f"{date} · {committee} · " if date is not None and committee is not None else ""
    return meeting + (f"{ref} · " if ref is not None else "") + (title or "")


@migrations(name="008-labels-given-at-insert")
def _labels_given_at_insert(db: sqlite_utils.Database) -> None:
    """The insert trigger labels only an item inserted without a label (ingest gives it)."""
    db.execute("drop trigger if exists items_label_ai")
    db.execute(
        "create trigger items_label_ai after insert on items when new.label is null begin "
        "update items set label = " + _label(_MEETING_OF_NEW, "new.") + " where id = new.id; end"
    )


SCHEMA_VERSION = len(migrations._migrations)
_KNOWN = {m.name for m in migrations._migrations}


def check_version(db: sqlite_utils.Database) -> None:
    """Refuse a file that is not an archive, or one made by a newer scrutiny."""
    names = set(db.table_names())
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if names and app_id != APPLICATION_ID and not {"sources", "meetings", "items"} <= names:
        raise StoreError(
            "not a scrutiny archive: an SQLite database with other tables",
            hint="give --db a new file name, or the path of an existing archive",
        )
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = {m.name for m in migrations.applied(db)} if "_sqlite_migrations" in names else set()
    if version > SCHEMA_VERSION or applied - _KNOWN:
        raise StoreError(
            f"this archive was made by a newer scrutiny (schema {version}; this "
            f"one knows {SCHEMA_VERSION})",
            hint="upgrade scrutiny to open it",
        )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Bring the archive to the current schema (inside the caller's write transaction)."""
    check_version(db)
    if migrations.pending(db):
        migrations.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
