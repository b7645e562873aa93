"""Read-only questions about one action: `scrutiny actions show KEY`."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .query import Row, find_action_keys

MIN_KEY = 4  # characters of a key a command that changes something needs


def resolve_keys(db: sqlite_utils.Database, typed: list[str]) -> tuple[list[str], list[str]]:
    """The full key for each key or start of one typed, and a line for each that names no
    action or more than one."""
    found, problems = [], []
    for key in typed:
        keys = find_action_keys(db, key)
        if len(keys) == 1:
            found.append(keys[0])
        elif not keys:
            problems.append(f"no action with key {key!r}")
        else:
            shown = ", ".join(keys[:5]) + (", …" if len(keys) > 5 else "")
            problems.append(f"{key!r} is the start of {len(keys)} keys: {shown}")
    return found, problems


def action_detail(db: sqlite_utils.Database, key: str) -> dict[str, Any] | None:
    """An action by its full key: what was asked, where (committee, meeting, minute, the
    resolution it came from), its status and evidence, and every decision people made."""
    found = list(
        db.query(
            "select a.key, a.status, a.status_by, a.status_evidence, a.text, a.owner, "
            "a.due_date, a.due_text, a.origin, m.committee, m.date as meeting_date, "
            "i.minute_ref, i.title as item_title, r.lead_in as resolution_lead_in, "
            "r.part as resolution_part, r.text as resolution_text "
            "from actions a join items i on i.id = a.item_id "
            "join meetings m on m.id = i.meeting_id "
            "left join resolutions r on r.id = a.resolution_id where a.key = ?",
            [key],
        )
    )
    history = overrides_of(db, key)
    if not found:
        return {"key": key, "gone": True, "overrides": history} if history else None
    return {**found[0], "gone": False, "overrides": history}


def overrides_of(db: sqlite_utils.Database, key: str) -> list[Row]:
    """Every close, reopen and reset of a key, oldest first (the current one alone in an
    archive made before the history was kept)."""
    if db.table("override_log").exists():
        logged = list(
            db.query(
                "select status, note, set_at from override_log where key = ? order by id", [key]
            )
        )
        if logged:
            return logged
    return list(db.query("select status, note, set_at from action_overrides where key = ?", [key]))
