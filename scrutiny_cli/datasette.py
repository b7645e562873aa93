"""Metadata that makes the archive a browsable site in Datasette (not a dependency):
titles, descriptions, label columns and canned queries. Kept as data."""

from __future__ import annotations

from typing import Any

from .query import ACTION_STATUSES

TABLES: dict[str, dict[str, Any]] = {
    "meetings": {
        "description": "One row a meeting: committee, date, time and venue.",
        "label_column": "label",
    },
    "attendees": {
        "description": "Who was present, sent apologies or was absent, with role.",
        "label_column": "name",
    },
    "items": {
        "description": "Agenda items with their minutes; minute_ref is number/yy of the "
        "municipal year (May to April).",
        "label_column": "title",
    },
    "resolutions": {
        "description": "What each item resolved, part by part.",
        "label_column": "text",
    },
    "actions": {
        "description": "What was asked, of whom, by when; status from later minutes "
        f"({', '.join(ACTION_STATUSES)}) unless set by hand.",
        "label_column": "text",
    },
    "minute_refs": {
        "description": "References such as 'Further to minute 8/17', resolved to "
        "the item they name.",
        "label_column": "ref",
    },
    "sources": {"description": "The files ingested, with their status.", "label_column": "path"},
    "action_overrides": {"description": "Statuses people set by hand, kept apart from ingest."},
}

_ACTION_SELECT = """
select a.key, m.committee, m.date as meeting_date, i.minute_ref, a.text, a.owner, a.due_date,
       a.status, a.status_evidence
from actions a join items i on i.id = a.item_id join meetings m on m.id = i.meeting_id
"""

QUERIES: dict[str, dict[str, str]] = {
    "open_actions": {
        "title": "Open actions",
        "description": "Outstanding requests, soonest due first.",
        "sql": _ACTION_SELECT + "where a.status = 'open' "
               "order by a.due_date is null, a.due_date, m.date",
    },
    "overdue_actions": {
        "title": "Overdue actions",
        "description": "Open requests whose due date (day, month or year) has passed.",
        "sql": _ACTION_SELECT + "where a.status = 'open' and a.due_date is not null and "
               "a.due_date < substr(date('now'), 1, length(a.due_date)) order by a.due_date",
    },
}  # fmt: skip


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a database file named database (without .db)."""
    return {
        "title": "Committee minutes archive",
        "description": "Meetings, items, resolutions, actions and minute references, "
                       "built by scrutiny from published committee minutes.",
        "databases": {database: {"tables": TABLES, "queries": QUERIES}},
    }  # fmt: skip
