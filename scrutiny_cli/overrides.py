"""People's decisions about actions (action_overrides) whose action the minutes no longer
hold: moving one to the action that replaced it, or letting it go."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import link, query, store
from .errors import ScrutinyError

if TYPE_CHECKING:
    import sqlite_utils


def reattach(db: sqlite_utils.Database, old: str, new: str) -> dict[str, Any]:
    """Move the decision kept under old to the action new (both keys, or unique starts of
    them), in one transaction; the decision as it now stands."""
    old_key = _one(_keys(db, "action_overrides", old), old, "decision", "scrutiny actions orphans")
    new_key = _one(_keys(db, "actions", new), new, "action", "scrutiny actions --all")
    if old_key == new_key:
        raise ScrutinyError(f"{old_key} is already the decision's action")
    if db.table("action_overrides").count_where("key = ?", [new_key]):
        raise ScrutinyError(
            f"action {new_key} has a decision of its own",
            hint=f"scrutiny actions forget {new_key} first, if the old one should win",
        )
    with store.write_transaction(db):
        db.execute("update action_overrides set key = ? where key = ?", [new_key, old_key])
        db.table("action_overrides").update(new_key, store.action_context(db, new_key))
        link.apply_override(db, new_key)
        link.apply_override(db, old_key)  # an action still under the old key: inferred again
    return {"old": old_key, **db.table("action_overrides").get(new_key)}


def forget(db: sqlite_utils.Database, key: str) -> dict[str, Any]:
    """Drop a decision; its action, if there is one, takes the status the minutes give."""
    found = _one(_keys(db, "action_overrides", key), key, "decision", "scrutiny actions orphans")
    decision = dict(db.table("action_overrides").get(found))
    with store.write_transaction(db):
        db.execute("delete from action_overrides where key = ?", [found])
        link.apply_override(db, found)
    return decision


def orphans(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Decisions whose action is no longer in the minutes, with the action's old words."""
    return query.orphan_overrides(db)


def _keys(db: sqlite_utils.Database, table: str, start: str) -> list[str]:
    """The keys in table equal to or starting with start."""
    return [
        r["key"]
        for r in db.query(
            f"select distinct key from {table} where key like ? order by key",
            [start.strip().lower() + "%"],
        )
    ]


def _one(keys: list[str], given: str, what: str, listing: str) -> str:
    if not keys:
        raise ScrutinyError(f"no {what} with key {given!r}", hint=f"{listing} lists them")
    if len(keys) > 1:
        raise ScrutinyError(f"{given!r} is the start of {len(keys)} keys: {', '.join(keys[:5])}")
    return keys[0]
