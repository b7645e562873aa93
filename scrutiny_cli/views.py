"""Human views of one meeting, one item, or the archive's health: Rich on stdout, or JSON.

Every string goes through `output.terminal_safe`. On a terminal Rich wraps lines to its
width; anywhere else lines are never hard-wrapped (soft_wrap), so paths stay whole and no
line ends in padding."""

from __future__ import annotations

import json
import sys
from typing import Any

from . import query
from .output import terminal_safe
from .summary import shown_path

STATUS_CUT = 10  # lines a list in `status` shows before "… N more"


def _console() -> Any:
    from rich.console import Console

    console = Console(highlight=False)
    console.soft_wrap = not console.is_terminal
    return console


def _text(value: Any, style: str | None = None) -> Any:
    from rich.text import Text

    return Text(terminal_safe("" if value is None else str(value)), style=style or "")


def items(db: Any, found: list[dict[str, Any]], as_json: bool = False) -> None:
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


def _item_detail(db: Any, it: dict[str, Any]) -> dict[str, Any]:
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


def meetings(db: Any, found: list[dict[str, Any]], as_json: bool = False) -> None:
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


def _section(
    console: Any, title: str, lines: list[str], cut: int | None = None, total: int | None = None
) -> None:
    """A titled list; with cut, its first cut lines and how many more --all shows (of
    total, when only the first lines were read)."""
    if not lines:
        return
    console.print()
    console.print(_text(title, "bold"))
    shown = lines if cut is None or len(lines) <= cut else lines[:cut]
    for line in shown:
        console.print(_text(f"  {line}"))
    more = (total if total is not None else len(lines)) - len(shown)
    if more > 0:
        console.print(_text(f"  … {more} more (--all)", "dim"))


def status(report: dict[str, Any], cut: int | None = None, failed_only: bool = False) -> None:
    """The archive's counts and anything that needs a person's attention; failed_only
    lists just the sources that failed or had a warning."""
    console = _console()
    problems = [
        f"{p['status']}: {shown_path(p['path'])}: {p['message']}" for p in report["problems"]
    ]
    if failed_only:
        for line in problems:
            console.print(_text(line))
        if not problems:
            console.print(_text("no source failed or had a warning"))
        return
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
    sections = (
        (
            "Overrides set by hand whose action is no longer in the minutes",
            [_override_line(o) for o in report["orphan_overrides"]],
            None,
        ),
        ("Sources that failed or need a look", problems, report.get("problems_total")),
        (
            'Items still truncated (their "Agenda item" page is not in the archive)',
            [
                f"{t['date']} {t['minute_ref']} {t['title']} ({t['committee']})"
                for t in report["truncated"]
            ],
            report.get("truncated_total"),
        ),
        (
            '"Agenda item" pages waiting for their meeting',
            [f"{w['title']} ({shown_path(w['path'])})" for w in report["waiting"]],
            report.get("waiting_total"),
        ),
    )
    for title, lines, total in sections:
        _section(console, title, lines, cut, total)
    sys.stdout.flush()


def _override_line(o: dict[str, Any]) -> str:
    note = f" ({o['note']})" if o["note"] else ""
    return f"{o['key']}: {o['status']}{note}, set {o['set_at']}"


def action(detail: dict[str, Any], as_json: bool = False) -> None:
    """One action as a block: where it was asked, what, by when, status, evidence, and
    the history of what people set by hand."""
    from .tables import render

    if as_json:
        print(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    if detail["gone"]:
        row = {"key": detail["key"], "status": "no longer in the minutes"}
    else:
        row = {
            "key": detail["key"],
            "status": detail["status"],
            "asked": f"{detail['committee']}, {detail['meeting_date']}, minute "
            f"{detail['minute_ref']}: {detail['item_title']}",
            "text": detail["text"],
            "owner": detail["owner"],
            "due": " · ".join(d for d in (detail["due_date"], detail["due_text"]) if d),
            "origin": _origin(detail),
            "evidence": detail["status_evidence"],
            "status_by": "a person" if detail["status_by"] == "person" else "the minutes",
        }
    row["history"] = "\n".join(
        f"{str(o['set_at'])[:10]} {o['status']}" + (f": {o['note']}" if o["note"] else "")
        for o in detail["overrides"]
    )
    render([row], list(row), sys.stdout, heading=("key", "status"), stacked=True)


def _origin(detail: dict[str, Any]) -> str:
    """How the request was made, with the resolution it is part of."""
    if not detail["resolution_text"]:
        return str(detail["origin"])
    part = f"{detail['resolution_part']}) " if detail["resolution_part"] else ""
    lead = f"{detail['resolution_lead_in']} " if detail["resolution_lead_in"] else ""
    return f"{detail['origin']}: {lead}{part}{detail['resolution_text']}"
