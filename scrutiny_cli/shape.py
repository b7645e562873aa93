"""The shape of the archive as data: tables and their columns, foreign keys, indexes,
full-text indexes, label triggers and views. migrations.py reaches it step by step.

Column names are a public contract (DESIGN.md): add columns freely, never rename these.
"""

from __future__ import annotations

from typing import Any

# The recorded migrations (migrations.py), in order: an archive's schema version is how many
# it has. Named here so that a reader can check a version without importing them.
MIGRATIONS = (
    "001-tables", "002-full-text-search", "003-one-meeting-many-sources",
    "004-lookup-indexes", "005-override-context", "006-override-log",
    "007-labels-and-views", "008-labels-given-at-insert", "009-fast-writes",
    "010-full-text-in-bulk", "011-kept-counts-and-committees", "012-items-by-meeting-and-number",
    "013-recommending-resolutions", "014-tracker-tallies", "015-item-places",
    "016-items-decision", "017-decisions-searched",
)  # fmt: skip

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
            "decision": str,  # a "Decision:" block beside the minutes, "" where none
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
    "items": ("title", "description", "minutes", "decision"),
    "resolutions": ("text",),
    "actions": ("text",),
}
# The indexes as migrations 002-016 made them: an archive being brought up to date has no
# items.decision before 016, and 017 makes items' index again with it.
FTS_BEFORE_017: dict[str, tuple[str, ...]] = {**FTS, "items": ("title", "description", "minutes")}

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
            "decision": str,
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

# The tables FTS5 keeps an index of an external-content table in, as it creates them:
# `check --repair` recreates a missing one, so that the index can be dropped and rebuilt.
FTS_SHADOWS: dict[str, str] = {
    "data": "CREATE TABLE '{fts}_data'(id INTEGER PRIMARY KEY, block BLOB)",
    "idx": "CREATE TABLE '{fts}_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID",
    "docsize": "CREATE TABLE '{fts}_docsize'(id INTEGER PRIMARY KEY, sz BLOB)",
    "config": "CREATE TABLE '{fts}_config'(k PRIMARY KEY, v) WITHOUT ROWID",
}
FTS_TRIGGERS = ("_ai", "_ad", "_au")  # after insert, delete, update: sqlite-utils' names


def label_sql(meeting: str, row: str) -> str:
    """SQL for an item's label from its meeting (`meeting`: SQL for the meeting's date and
    committee, or null) and the minute_ref and title of `row` ("new." or "")."""
    return (
        f"coalesce(({meeting}) || ' · ', '') || "
        f"coalesce({row}minute_ref || ' · ', '') || coalesce({row}title, '')"
    )


MEETING_OF_NEW = "select m.date || ' · ' || m.committee from meetings m where m.id = new.meeting_id"
LABEL_TRIGGERS: dict[str, str] = {
    "items_label_ai": "after insert on items begin update items set label = "
    + label_sql(MEETING_OF_NEW, "new.")
    + " where id = new.id; end",
    "items_label_au": "after update of meeting_id, minute_ref, title on items begin "
    "update items set label = " + label_sql(MEETING_OF_NEW, "new.") + " where id = new.id; end",
    "meetings_label_au": "after update of date, committee on meetings begin "
    "update items set label = "
    + label_sql("new.date || ' · ' || new.committee", "")
    + " where meeting_id = new.id; end",
}


def item_label(date: str | None, committee: str | None, ref: str | None, title: str | None) -> str:
    """The label the triggers give an item, made in Python where the item is written:
    an item inserted with its label skips the update the insert trigger would make."""
    meeting = f"{date} · {committee} · " if date is not None and committee is not None else ""
    return meeting + (f"{ref} · " if ref is not None else "") + (title or "")


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

# Foreign keys that had no index (migration 009): deleting a resolution, or a source,
# looks for the rows that point at it, and without these it read every action or part item.
FOREIGN_KEY_INDEXES: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("actions", ("resolution_id",), False),
    ("part_items", ("source_id",), False),
)

# Items by meeting, with the names minutes cite them by (migration 012, in place of the
# index on meeting_id alone): the items a bare "minute 45" may name are found from the
# committee's meetings of a year without reading a row of the table.
ITEM_NAMES_INDEX = ("idx_items_meeting_number", "items (meeting_id, number, minute_ref)")

# Where an item stands, without its row (migration 015): an item's row holds its minutes
# before its position, and reading the position walks the text's overflow pages. Listings
# that join thousands of actions or resolutions to their items (their minute ref, their
# order in the meeting) read these instead: by item id, and by meeting in item order.
PLACE_INDEXES: dict[str, str] = {
    "idx_items_place": "items (id, meeting_id, position, minute_ref)",
    "idx_items_meeting_place": "items (meeting_id, position, minute_ref)",
}

# The resolutions that may recommend to the executive, by item (migration 013): those
# holding a word every recommendation rule needs (report_rules.RECOMMENDATION_WORDS, which
# a test holds equal). The tracker reads these few rather than every resolution's words;
# its query names the same condition, as SQLite uses a partial index only then. Other
# words need a new migration that makes the index again.
RECOMMENDING_WORDS = ("recommend", "cabinet that", "executive that", "write to")


def recommending(column: str = "text") -> str:
    """SQL true where column holds one of RECOMMENDING_WORDS (LIKE ignores ASCII case)."""
    return " or ".join(f"{column} like '%{w}%'" for w in RECOMMENDING_WORDS)


RECOMMENDING_INDEX = (
    "idx_resolutions_recommending",
    f"resolutions (item_id) where {recommending()}",
)

# Rows whose full-text entries wait for the end of their transaction (fulltext.py;
# migration 010): empty in every committed archive.
FTS_PENDING = "fts_pending"
FTS_PENDING_TABLE = (
    f"create table if not exists {FTS_PENDING} "
    "(tbl text not null, id integer not null, primary key (tbl, id)) without rowid"
)

# Every committee name the minutes use, with its key (migration 011; kept by triggers on
# meetings): `--committee TEXT` matches these few names, then finds the meetings by key
# through an index, where matching the text in every meeting row read them all.
COMMITTEES_TABLE = (
    "create table if not exists committees "
    "(name text primary key, committee_key text not null) without rowid"
)
COMMITTEE_TRIGGERS: dict[str, str] = {
    "meetings_committee_ai": "after insert on meetings when new.committee is not null and "
    "new.committee_key is not null begin insert or ignore into committees "
    "(name, committee_key) values (new.committee, new.committee_key); end",
    "meetings_committee_au": "after update of committee, committee_key on meetings when "
    "new.committee is not null and new.committee_key is not null begin insert or ignore "
    "into committees (name, committee_key) values (new.committee, new.committee_key); end",
}

# Indexes for reading a large archive (migration 011): meetings in date order (listings and
# exports stream in that order instead of sorting everything), and partial indexes over
# the few rows `status` lists: cut items, items waiting for their meeting, sources that
# failed or need a look.
READING_INDEXES: dict[str, str] = {
    "idx_meetings_date": "meetings (date)",
    "idx_items_truncated": "items (meeting_id) where truncated = 1",
    "idx_items_waiting": "items (source_id) where meeting_id is null",
    "idx_sources_problems": "sources (path) where status != 'ok'",
    # An undated item page's items by title: the pages a cut item may be continued by,
    # without reading every version of a title that recurs (waiting._waiting_pages).
    "idx_part_items_waiting_title": "part_items (title_key) where waiting = 1",
}
