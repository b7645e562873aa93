"""What a screenful's tracker reads instead of walking its committees' every action and
resolution (query_report.py): each meeting's actions counted by due date and by whether
they are untouched (held open on no minute's word and no person's), and each resolution
that recommends to the executive or Council, with whom it recommends to. Both rows carry
their meeting's committee and date, so a tracker's scope is one range of an index.

Triggers keep the counts as rows are added, removed and changed, whoever writes (a write
no trigger sees, an INSERT OR REPLACE or a resolution's words rewritten in place, no part
of scrutiny makes: `check` finds what it leaves), and keep both tables' meeting fields as
meetings and items change (migration 014). Whom a resolution recommends to is
report_rules' to say, in Python: the store writes it with the resolution
(`add_recommendations`), and the fingerprint of the rules kept beside it says whether it
is theirs still. An archive written under other rules is brought up to date by its next
writer (`refresh`) and read the slow way until then. `check` compares both tables with a
recount and reports a lost one; `check --repair`, or the next writer, makes them again.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable
from typing import Any

TALLIES = "action_tallies"
RECOMMENDATIONS = "recommendations"
RULES = "tally_rules"
TABLES = {
    TALLIES: (
        f"create table if not exists {TALLIES} (meeting_id integer not null, committee_key "
        "text, committee text not null, date text, due_date text not null, untouched integer "
        "not null, n integer not null, primary key (meeting_id, untouched, due_date)) "
        "without rowid"
    ),
    RECOMMENDATIONS: (
        f"create table if not exists {RECOMMENDATIONS} (resolution_id integer primary key, "
        "item_id integer not null, meeting_id integer, committee_key text, committee text, "
        "date text, recommends_to text not null)"
    ),
    RULES: f"create table if not exists {RULES} (name text primary key, fingerprint text) "
    "without rowid",
}
# A tracker's scope: its committees' keys, then dates (and the counts, read from the index).
INDEXES = {
    "idx_action_tallies_scope": f"{TALLIES} (committee_key, date, committee, untouched, "
    "due_date, n)",
    "idx_recommendations_scope": f"{RECOMMENDATIONS} (committee_key, date)",
    "idx_recommendations_meeting": f"{RECOMMENDATIONS} (meeting_id)",
    "idx_recommendations_item": f"{RECOMMENDATIONS} (item_id)",
}


def untouched(row: str) -> str:
    """SQL 1 where an action (row) is held open on no minute's word and its row records no
    person's, else 0 (never null: `is` where `=` would give null for a null status). The
    tracker's untouched are these less the actions in people's logs of decisions, which
    the walk tests for each row and query_tallies.py takes out of the counts."""
    return (
        f"({row}.status is 'open' and {row}.status_evidence is null "
        f"and {row}.status_by is not 'person')"
    )


def _add(row: str, delta: int) -> str:
    """Count an action (row) in, or out, of its meeting's tally."""
    return (
        f"insert into {TALLIES} (meeting_id, committee_key, committee, date, due_date, "
        f"untouched, n) select m.id, m.committee_key, coalesce(m.committee, ''), m.date, "
        f"coalesce({row}.due_date, ''), {untouched(row)}, {delta} from items i join meetings m "
        f"on m.id = i.meeting_id where i.id = {row}.item_id "
        "on conflict (meeting_id, untouched, due_date) do update set n = n + excluded.n;"
    )


def _move(item: str, meeting: str, sign: str) -> str:
    """Count an item's actions in (+) or out (-) of a meeting's tally, by due date."""
    return (
        f"insert into {TALLIES} (meeting_id, committee_key, committee, date, due_date, "
        f"untouched, n) select m.id, m.committee_key, coalesce(m.committee, ''), m.date, "
        f"coalesce(a.due_date, ''), {untouched('a')}, {sign}count(*) from actions a "
        f"join meetings m on m.id = {meeting} where a.item_id = {item} group by 5, 6 "
        "on conflict (meeting_id, untouched, due_date) do update set n = n + excluded.n;"
    )


def _drop_empty(meeting: str) -> str:
    return f"delete from {TALLIES} where meeting_id = {meeting} and n = 0;"


_MEETING_OF = "(select meeting_id from items where id = {}.item_id)"
# A recommendation's committee: '' for a meeting with none, null with no meeting.
_COMMITTEE = "case when m.id is null then null else coalesce(m.committee, '') end"
_FIELDS = "meeting_id, committee_key, committee, date"
_FIELDS_OF = "(select id, committee_key, coalesce(committee, ''), date from meetings where id = {})"


def triggers() -> dict[str, str]:
    """Trigger name -> its definition after CREATE TRIGGER name."""
    changed = (
        "old.item_id is not new.item_id or old.due_date is not new.due_date "
        f"or {untouched('old')} != {untouched('new')}"
    )
    return {
        "actions_tally_ai": f"after insert on actions begin {_add('new', 1)} end",
        "actions_tally_ad": (
            f"after delete on actions begin {_add('old', -1)} "
            f"{_drop_empty(_MEETING_OF.format('old'))} end"
        ),
        "actions_tally_au": (
            "after update of item_id, due_date, status, status_evidence, status_by on actions "
            f"when {changed} begin {_add('old', -1)} {_drop_empty(_MEETING_OF.format('old'))} "
            f"{_add('new', 1)} end"
        ),
        "items_tally_au": (
            "after update of meeting_id on items when old.meeting_id is not new.meeting_id "
            f"begin {_move('new.id', 'old.meeting_id', '-')} {_drop_empty('old.meeting_id')} "
            f"{_move('new.id', 'new.meeting_id', '')} "
            f"update {RECOMMENDATIONS} set ({_FIELDS}) = {_FIELDS_OF.format('new.meeting_id')} "
            "where item_id = new.id; end"
        ),
        "meetings_tally_au": (
            "after update of committee_key, committee, date on meetings begin "
            f"update {TALLIES} set committee_key = new.committee_key, committee = "
            "coalesce(new.committee, ''), date = new.date where meeting_id = new.id; "
            f"update {RECOMMENDATIONS} set committee_key = new.committee_key, committee = "
            "coalesce(new.committee, ''), date = new.date where meeting_id = new.id; end"
        ),
        "meetings_tally_ad": (
            f"after delete on meetings begin delete from {TALLIES} where meeting_id = old.id; "
            f"update {RECOMMENDATIONS} set ({_FIELDS}) = (null, null, null, null) "
            "where meeting_id = old.id; end"
        ),
        "resolutions_recommendation_ad": (
            f"after delete on resolutions begin delete from {RECOMMENDATIONS} "
            "where resolution_id = old.id; end"
        ),
    }


_RECOUNT = (
    f"select m.id, m.committee_key, coalesce(m.committee, ''), m.date, coalesce(a.due_date, ''), "
    f"{untouched('a')}, count(*) from actions a join items i on i.id = a.item_id "
    "join meetings m on m.id = i.meeting_id group by 1, 5, 6"
)


def install(db: Any) -> None:
    """Make the tables, their indexes and triggers, and fill them (migration 014)."""
    for table in TABLES.values():
        db.execute(table)
    for name, on in INDEXES.items():
        db.execute(f"create index if not exists {name} on {on}")
    for name, body in triggers().items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")
    rebuild(db)


def rebuild(db: Any) -> None:
    """Count every meeting's actions and read every resolution again (inside the caller's
    write transaction)."""
    db.execute(f"delete from {TALLIES}")
    db.execute(f"insert into {TALLIES} {_RECOUNT}")
    _read_again(db)


def _read_again(db: Any) -> None:
    db.execute(f"delete from {RECOMMENDATIONS}")
    add_recommendations(db, _candidates(db))
    db.execute(
        f"insert or replace into {RULES} (name, fingerprint) values ('recommendations', ?)",
        [fingerprint()],
    )


def refresh(db: Any) -> None:
    """Read every resolution again where the archive's were read under other rules (the
    counts of actions stand)."""
    if has_tallies(db) and not current(db):
        _read_again(db)


MIGRATION = "014-tracker-tallies"


def missing(db: Any) -> list[str]:
    """The tables an archive made or migrated with them no longer has (a damaged file, or
    one dropped by hand): `check` reports them and `check --repair` makes them again."""
    try:
        made = db.execute(
            "select 1 from _sqlite_migrations where migration_set = 'scrutiny' and name = ?",
            [MIGRATION],
        ).fetchone()
    except sqlite3.OperationalError:  # (no migrations recorded: an empty file)
        return []
    names = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    return [t for t in TABLES if t not in names] if made else []


def add_recommendations(db: Any, resolutions: Iterable[tuple[int, int, str]]) -> None:
    """Keep whom each resolution given (id, item id, text) recommends to, if anyone, with
    its meeting's committee and date."""
    from .report_rules import recommendation_to

    found = [(rid, to, item) for rid, item, text in resolutions if (to := recommendation_to(text))]
    if found:
        db.conn.executemany(
            f"insert or replace into {RECOMMENDATIONS} (resolution_id, item_id, {_FIELDS}, "
            f"recommends_to) select ?, i.id, m.id, m.committee_key, {_COMMITTEE}, m.date, ? "
            "from items i left join meetings m on m.id = i.meeting_id where i.id = ?",
            found,
        )


def _candidates(db: Any) -> list[tuple[int, int, str]]:
    """Every resolution holding a word some recommendation rule needs."""
    from .shape import recommending

    sql = f"select id, item_id, coalesce(text, '') from resolutions where {recommending()}"
    return [tuple(r) for r in db.execute(sql).fetchall()]


@functools.cache
def fingerprint() -> str:
    """The recommendation rules, as a short hash: a change to them reads every resolution
    again. (A change to report_rules.recommendation_to's own code must change FORMAT.)"""
    import hashlib

    from .report_rules import FORMAT, RECOMMENDATION_RULES, RULE_WORDS

    text = repr((FORMAT, [(r.name, r.regex.pattern, r.regex.flags) for r in RECOMMENDATION_RULES],
                 sorted(RULE_WORDS.items())))  # fmt: skip
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def has_tallies(db: Any) -> bool:
    """Whether the archive keeps the tables (made or migrated by migration 014)."""
    found = db.execute(
        "select count(*) from sqlite_master where type = 'table' and name in (?, ?, ?)",
        [TALLIES, RECOMMENDATIONS, RULES],
    )
    return bool(found.fetchone()[0] == 3)


def current(db: Any) -> bool:
    """Whether the kept recommendations were read under the rules of this version."""
    try:
        found = db.execute(f"select fingerprint from {RULES} where name = 'recommendations'")
    except sqlite3.OperationalError:  # an archive from before migration 014
        return False
    row = found.fetchone()
    return row is not None and row[0] == fingerprint()


def differences(db: Any) -> list[str]:
    """Where the kept tallies and recommendations and a recount disagree, a line each."""
    kept = {tuple(r[:-1]): r[-1] for r in db.execute(f"select * from {TALLIES} where n != 0")}
    counted = {tuple(r[:-1]): r[-1] for r in db.execute(_RECOUNT)}
    out = [
        f"{TALLIES} of meeting {k[0]} (due {k[4] or 'none'}, untouched {k[5]}): kept "
        f"{kept.get(k, 0)}, counted {counted.get(k, 0)}"
        for k in sorted(set(kept) | set(counted), key=repr)
        if kept.get(k) != counted.get(k)
    ]
    if not current(db):
        return out  # (read under other rules: the next writer reads them again)
    from .report_rules import recommendation_to
    from .shape import recommending

    now = {r[0]: tuple(r[1:]) for r in db.execute(f"select * from {RECOMMENDATIONS}")}
    read = db.execute(
        f"select r.id, r.item_id, m.id, m.committee_key, {_COMMITTEE}, m.date, "
        "coalesce(r.text, '') from resolutions r join items i on i.id = r.item_id "
        f"left join meetings m on m.id = i.meeting_id where {recommending('r.text')}"
    )
    wanted = {r[0]: (*r[1:6], to) for r in read if (to := recommendation_to(r[6]))}
    return out + [
        f"{RECOMMENDATIONS} of resolution {rid}: kept {now.get(rid)}, read {wanted.get(rid)}"
        for rid in sorted(set(now) | set(wanted))
        if now.get(rid) != wanted.get(rid)
    ]
