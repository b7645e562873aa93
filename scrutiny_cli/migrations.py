"""The migrations that bring an archive to the shape in shape.py, in order.

Each is recorded in the archive (sqlite-utils' _sqlite_migrations table) and counted in
PRAGMA user_version. To change the shape, add a migration at the end; never edit one that
has shipped. Each is written so that it also completes an archive made before migrations
were recorded.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from . import counts, fulltext, tallies
from .shape import (
    COMMITTEE_TRIGGERS,
    COMMITTEES_TABLE,
    FOREIGN_KEY_INDEXES,
    FTS,
    FTS_BEFORE_017,
    FTS_PENDING_TABLE,
    FTS_TRIGGERS,
    INDEXES,
    ITEM_NAMES_INDEX,
    LABEL_TRIGGERS,
    LEGACY_ITEM_COLUMNS,
    LOOKUP_INDEXES,
    MEETING_OF_NEW,
    MERGE_COLUMNS,
    MERGE_INDEXES,
    MERGE_TABLES,
    PLACE_INDEXES,
    PRIMARY_KEYS,
    READING_INDEXES,
    RECOMMENDING_INDEX,
    TABLES,
    VIEWS,
    label_sql,
)

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
            create_full_text(db, name, FTS_BEFORE_017)


def create_full_text(
    db: sqlite_utils.Database, table: str, indexed: dict[str, tuple[str, ...]] = FTS
) -> None:
    """The full-text index of one table's `indexed` columns, filled from it, with the
    triggers that keep it in step (migrations 002 and 017, and `check --repair` after
    dropping a damaged one)."""
    db.table(table).enable_fts(
        list(indexed[table]), fts_version="FTS5", tokenize="porter", create_triggers=True
    )


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
            list(FTS_BEFORE_017["items"]), fts_version="FTS5", tokenize="porter",
            create_triggers=True,
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


@migrations(name="007-labels-and-views")
def _labels_and_views(db: sqlite_utils.Database) -> None:
    """Items labelled "date · committee · ref · title" (kept by triggers), views without
    internal columns, and full-text triggers that fire only when the indexed text changes
    (so that a label or status update does not re-index an item's minutes)."""
    if "label" not in db.table("items").columns_dict:
        db.table("items").add_column("label", str)
    for table, columns in FTS_BEFORE_017.items():
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
        + label_sql(
            "select m.date || ' · ' || m.committee from meetings m where m.id = items.meeting_id",
            "",
        )
    )
    for name, sql in VIEWS.items():
        db.execute(f"drop view if exists {name}")
        db.execute(f"create view {name} as {sql.strip()}")


@migrations(name="008-labels-given-at-insert")
def _labels_given_at_insert(db: sqlite_utils.Database) -> None:
    """The insert trigger labels only an item inserted without a label (ingest gives it)."""
    db.execute("drop trigger if exists items_label_ai")
    db.execute(
        "create trigger items_label_ai after insert on items when new.label is null begin "
        "update items set label = " + label_sql(MEETING_OF_NEW, "new.") + " where id = new.id; end"
    )


@migrations(name="009-fast-writes")
def _fast_writes(db: sqlite_utils.Database) -> None:
    """Indexes for the foreign keys that had none, and no index on actions.due_text, whose
    few values led linking to read every "next meeting" action of the archive for each
    file (it finds them by meeting now)."""
    for table, indexed, unique in FOREIGN_KEY_INDEXES:
        db.table(table).create_index(list(indexed), unique=unique, if_not_exists=True)
    db.execute("drop index if exists idx_actions_due_text")


@migrations(name="010-full-text-in-bulk")
def _full_text_in_bulk(db: sqlite_utils.Database) -> None:
    """Full-text indexes written in bulk at the end of each transaction: the triggers
    note new and rewritten rows in fts_pending, and fulltext.flush indexes them."""
    db.execute(FTS_PENDING_TABLE)
    for table in FTS:
        fulltext.install(db, table, FTS_BEFORE_017)


@migrations(name="011-kept-counts-and-committees")
def _kept_counts_and_committees(db: sqlite_utils.Database) -> None:
    """Counts kept by triggers (`status` reads them instead of counting), the committee
    names (`--committee` finds meetings by key through an index), indexes for reading a
    large archive in order, and undated item pages' items marked `waiting` (found by
    title through a partial index)."""
    counts.install(db)
    db.execute(COMMITTEES_TABLE)
    for name, body in COMMITTEE_TRIGGERS.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")
    db.execute(
        "insert or ignore into committees (name, committee_key) select committee, "
        "committee_key from meetings where committee is not null and committee_key is not null"
    )
    if "waiting" not in db.table("part_items").columns_dict:
        db.table("part_items").add_column("waiting", int)
    db.execute(
        "update part_items set waiting = 1 where part_id in "
        "(select id from parts where kind = 'item' and date is null)"
    )
    for name, on in READING_INDEXES.items():
        db.execute(f"create index if not exists {name} on {on}")


@migrations(name="012-items-by-meeting-and-number")
def _items_by_meeting_and_number(db: sqlite_utils.Database) -> None:
    """Items by meeting and number (and minute ref) instead of by meeting alone: linking
    finds the item a bare number cites among a committee's meetings of one or two years
    through the index, where it read each item's row."""
    name, on = ITEM_NAMES_INDEX
    db.execute(f"create index if not exists {name} on {on}")
    db.execute("drop index if exists idx_items_meeting_id")


@migrations(name="013-recommending-resolutions")
def _recommending_resolutions(db: sqlite_utils.Database) -> None:
    """The resolutions that may recommend to the executive, by item: a tracker reads its
    committee's few, where it read the words of every resolution."""
    name, on = RECOMMENDING_INDEX
    db.execute(f"create index if not exists {name} on {on}")


@migrations(name=tallies.MIGRATION)
def _tracker_tallies(db: sqlite_utils.Database) -> None:
    """Each meeting's actions counted by due date and whether untouched, and whom each
    resolution recommends to (tallies.py): a screenful's tracker reads these instead of
    walking its committees' every action and resolution."""
    tallies.install(db)


@migrations(name="015-item-places")
def _item_places(db: sqlite_utils.Database) -> None:
    """Items' meeting, position and minute ref in indexes of their own: a listing of many
    actions reads them there, where it walked each item's minutes to its position."""
    for name, on in PLACE_INDEXES.items():
        db.execute(f"create index if not exists {name} on {on}")


@migrations(name="016-items-decision")
def _items_decision(db: sqlite_utils.Database) -> None:
    """Items keep a "Decision:" block beside their minutes, so that its resolutions are found
    again whichever file's version an item shows (an archive made before keeps none: its
    files are read again, as a new parser's version asks)."""
    for table in ("items", "part_items"):
        if "decision" not in db.table(table).columns_dict:
            db.table(table).add_column("decision", str, not_null_default="")


@migrations(name="017-decisions-searched")
def _decisions_searched(db: sqlite_utils.Database) -> None:
    """An item's "Decision:" block is searched with its title and minutes: items' full-text
    index is made again with the column, filled from the rows, and its bulk triggers."""
    for suffix in FTS_TRIGGERS:
        db.execute(f"drop trigger if exists items{suffix}")
    db.execute("drop table if exists items_fts")  # (FTS5 drops its shadow tables with it)
    create_full_text(db, "items")
    fulltext.install(db, "items")
