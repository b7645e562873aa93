"""Human views of one meeting, one item, or the archive's health: Rich on stdout, or JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

import sqlite_utils

from . import query


def _console() -> Any:
    from rich.console import Console

    return Console(highlight=False)


def _text(value: Any, style: str | None = None) -> Any:
    from rich.text import Text

    return Text("" if value is None else str(value), style=style or "")


def items(db: sqlite_utils.Database, found: list[dict[str, Any]], as_json: bool = False) -> None:
    """Each item with its resolutions and references both ways."""
    full = [_item_detail(db, it) for it in found]
    if as_json:
        print(json.dumps(full, ensure_ascii=False, indent=2))
        return
    console = _console()
    for it in full:
        heading = f"{it['minute_ref']}  {it['title']}"
        console.print(_text(heading, "bold"))
        console.print(
            _text(f"{it['committee']}, {it['date']}" + ("  (truncated)" if it["truncated"] else ""))
        )
        if it["description"]:
            console.print(_text(it["description"], "dim"))
        console.print()
        console.print(_text(it["minutes"]))
        _section(
            console,
            "Resolutions",
            [f"{r['part'] + ') ' if r['part'] else ''}{r['text']}" for r in it["resolutions"]],
        )
        _section(
            console,
            "Refers to",
            [
                f"{r['ref']}: {r['target_title'] or '(not in the archive)'}"
                + (f" [{r['target_date']}]" if r["target_date"] else "")
                + (f" ({r['effect']})" if r["effect"] else "")
                for r in it["refers_to"]
            ],
        )
        _section(
            console,
            "Referred to by",
            [f"{r['minute_ref']} ({r['date']}): {r['context']}" for r in it["referred_to_by"]],
        )
        console.print()


def _item_detail(db: sqlite_utils.Database, it: dict[str, Any]) -> dict[str, Any]:
    return {
        "committee": it["committee"],
        "date": it["date"],
        "minute_ref": it["minute_ref"],
        "number": it["number"],
        "title": it["title"],
        "description": it["description"],
        "minutes": it["minutes"],
        "truncated": bool(it["truncated"]),
        "resolutions": query.resolutions(db, it["id"]),
        "refers_to": query.references_from(db, it["id"]),
        "referred_to_by": query.references_to(db, it["id"]),
    }


def meetings(db: sqlite_utils.Database, found: list[dict[str, Any]], as_json: bool = False) -> None:
    """Each meeting's header, attendance and items."""
    full = []
    for m in found:
        detail = {
            k: m[k] for k in ("committee", "date", "start_time", "venue", "contact", "council")
        }
        detail["attendees"] = query.attendees(db, m["id"])
        detail["items"] = [
            {
                "minute_ref": i["minute_ref"],
                "title": i["title"],
                "truncated": bool(i["truncated"]),
                "resolutions": query.resolutions(db, i["id"]),
            }
            for i in query.meeting_items(db, m["id"])
        ]
        full.append(detail)
    if as_json:
        print(json.dumps(full, ensure_ascii=False, indent=2))
        return
    console = _console()
    for m in full:
        console.print(_text(f"{m['committee']}", "bold"))
        facts = [m["date"], m["start_time"], m["venue"]]
        console.print(_text(", ".join(str(f) for f in facts if f)))
        present = [a["name"] for a in m["attendees"] if a["status"] == "present"]
        if present:
            console.print(_text(f"Present: {', '.join(present)}", "dim"))
        console.print()
        for it in m["items"]:
            mark = "  (truncated)" if it["truncated"] else ""
            console.print(_text(f"{it['minute_ref'] or '':>8}  {it['title']}{mark}"))
            for r in it["resolutions"]:
                console.print(
                    _text(f"{'':>10}{r['part'] + ') ' if r['part'] else '• '}{r['text']}", "dim")
                )
        console.print()


def _section(console: Any, title: str, lines: list[str]) -> None:
    if not lines:
        return
    console.print()
    console.print(_text(title, "bold"))
    for line in lines:
        console.print(_text(f"  {line}"))


def status(report: dict[str, Any]) -> None:
    """The archive's counts and anything that needs a person's attention."""
    console = _console()
    c = report["counts"]
    by_status = ", ".join(f"{n} {s}" for s, n in sorted(report["sources"].items()))
    console.print(
        _text(
            f"{c['sources']} sources ({by_status}), {c['meetings']} meetings, {c['items']} items, "
            f"{c['resolutions']} resolutions, {c['minute_refs']} references "
            f"({report['unresolved_refs']} to minutes not in the archive), "
            f"{c['attendees']} attendees"
        )
    )
    if c.get("actions"):
        by_action = ", ".join(
            f"{c.get('actions_' + s, 0)} {s}" for s in ("open", "addressed", "closed")
        )
        console.print(_text(f"{c['actions']} actions ({by_action})"))
    _section(
        console,
        "Overrides set by hand whose action is no longer in the minutes",
        [_override_line(o) for o in report["orphan_overrides"]],
    )
    _section(
        console,
        "Sources that failed or need a look",
        [f"{p['status']}: {p['path']}: {p['message']}" for p in report["problems"]],
    )
    _section(
        console,
        'Items still truncated (their "Agenda item" page is not in the archive)',
        [
            f"{t['date']} {t['minute_ref']} {t['title']} ({t['committee']})"
            for t in report["truncated"]
        ],
    )
    _section(
        console,
        '"Agenda item" pages waiting for their meeting',
        [f"{w['title']} ({w['path']})" for w in report["waiting"]],
    )
    sys.stdout.flush()


def _override_line(o: dict[str, Any]) -> str:
    note = f" ({o['note']})" if o["note"] else ""
    return f"{o['key']}: {o['status']}{note}, set {o['set_at']}"
