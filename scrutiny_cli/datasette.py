"""Metadata and configuration that make the archive a browsable site in Datasette (not a
dependency): titles, descriptions, label columns, default facets and sort orders, hidden
bookkeeping, and canned queries with parameters. Kept as data.

Datasette 0.65 reads all of it from metadata.json; Datasette 1.0 reads descriptions from
metadata and the rest (table settings, canned queries) from datasette.yaml (`config`).
"""

from __future__ import annotations

import json
from typing import Any

from .query import ACTION_STATUSES

TABLES: dict[str, dict[str, Any]] = {
    "meetings": {
        "description": "One row a meeting: committee, date, time and venue.",
        "label_column": "label",
        "sort_desc": "date",
        "facets": ["committee", "municipal_year"],
    },
    "attendees": {
        "description": "Who was present, sent apologies or was absent, with role.",
        "label_column": "name",
        "facets": ["status", "role"],
    },
    "items": {
        "description": "Agenda items with their minutes; minute_ref is number/yy of the "
        "municipal year (May to April). The item_list view leaves out internal columns.",
        "label_column": "label",
    },
    "resolutions": {
        "description": "What each item resolved, part by part.",
        "label_column": "text",
    },
    "actions": {
        "description": "What was asked, of whom, by when; status from later minutes "
        f"({', '.join(ACTION_STATUSES)}) unless set by hand. The action_list view adds "
        "committee, meeting date and minute.",
        "label_column": "text",
        "sort_desc": "due_date",
        "facets": ["status", "owner", "origin"],
    },
    "action_list": {
        "description": "Every action with its committee, meeting date and minute: the "
        "outstanding-actions log.",
        "sort_desc": "meeting_date",
        "facets": ["status", "owner", "committee"],
    },
    "item_list": {
        "description": "Every item with its meeting's date and committee.",
        "sort_desc": "date",
        "facets": ["committee"],
    },
    "minute_refs": {
        "description": "References such as 'Further to minute 8/17', resolved to "
        "the item they name.",
        "label_column": "ref",
        "facets": ["effect"],
    },
    "sources": {
        "description": "The files ingested, with their status.",
        "label_column": "path",
        "facets": ["status", "format"],
    },
    "action_overrides": {"description": "Statuses people set by hand, kept apart from ingest."},
    "override_log": {"description": "Every close, reopen and reset people made, in order."},
    "_sqlite_migrations": {"hidden": True},
    "fts_pending": {"hidden": True},
}

# Column descriptions: what each means, for the column headers.
COLUMNS: dict[str, dict[str, str]] = {
    "actions": {
        "key": "A short id that survives re-ingest: scrutiny actions show KEY",
        "due_date": "As precise as written: 2018-03-14, 2018-03 or 2018",
        "status_evidence": "The later minute (ref and date) that says so, or a person's note",
        "origin": "resolution, request-list, undertaking, action-line or narrative-request",
    },
    "items": {
        "minute_ref": "number/yy, yy the start of the municipal year (May to April)",
        "truncated": "1 while only the cut text of a ModernGov page is known",
    },
}

# Settings a `datasette` command line would otherwise need.
SETTINGS = {"truncate_cells_html": 300}

_ACTION_SELECT = (
    "select key, status, committee, meeting_date, minute_ref, item, text, owner, due_date, "
    "status_evidence from action_list "
)

QUERIES: dict[str, dict[str, Any]] = {
    "open_actions": {
        "title": "Open actions",
        "description": "Outstanding requests, soonest due first.",
        "sql": _ACTION_SELECT + "where status = 'open' "
               "order by due_date is null, due_date, meeting_date",
    },
    "overdue_actions": {
        "title": "Overdue actions",
        "description": "Open requests whose due date (day, month or year) has passed.",
        "sql": _ACTION_SELECT + "where status = 'open' and due_date is not null and "
               "due_date < substr(date('now'), 1, length(due_date)) order by due_date",
    },
    "committee_actions": {
        "title": "Actions of a committee",
        "description": "Every action of the committees whose name contains :committee.",
        "sql": _ACTION_SELECT + "where committee like '%' || :committee || '%' "
               "order by meeting_date desc, minute_ref",
        "params": ["committee"],
    },
    "owner_actions": {
        "title": "Actions of an owner",
        "description": "Open actions whose owner contains :owner (a name or a post).",
        "sql": _ACTION_SELECT + "where status = 'open' and owner like '%' || :owner || '%' "
               "order by due_date is null, due_date",
        "params": ["owner"],
    },
}  # fmt: skip

_CONFIG_KEYS = ("hidden", "sort", "sort_desc", "facets", "label_column")

TITLE = "Committee minutes archive"
DESCRIPTION = (
    "Meetings, items, resolutions, actions and minute references, built by scrutiny from "
    "published committee minutes."
)


def metadata(database: str) -> dict[str, Any]:
    """metadata.json for a database file named database (without .db): everything, as
    Datasette 0.65 reads it (1.0 takes the table settings from it too)."""
    tables = {
        name: {**table, **({"columns": COLUMNS[name]} if name in COLUMNS else {})}
        for name, table in TABLES.items()
    }
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def config(database: str) -> dict[str, Any]:
    """datasette.yaml for Datasette 1.0: settings, table settings and canned queries."""
    tables = {
        name: {k: v for k, v in table.items() if k in _CONFIG_KEYS}
        for name, table in TABLES.items()
    }
    tables = {name: settings for name, settings in tables.items() if settings}
    return {
        "settings": SETTINGS,
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def to_yaml(value: Any, indent: int = 0) -> str:
    """Plain data as YAML: mappings and lists in block style, every string quoted (a
    JSON string is a YAML double-quoted scalar), so nothing is re-typed."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return " {}\n"
        return "\n" + "".join(
            f"{pad}{json.dumps(str(k))}:{to_yaml(v, indent + 1)}" for k, v in value.items()
        )
    if isinstance(value, list):
        if not value:
            return " []\n"
        return "\n" + "".join(f"{pad}-{to_yaml(v, indent + 1)}" for v in value)
    return f" {json.dumps(value, ensure_ascii=False)}\n"
