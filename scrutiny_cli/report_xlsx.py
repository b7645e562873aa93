"""The tracker as a spreadsheet of typed cells (xlsx.py: dates as dates, minute references
and keys as text), a sheet a section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .report_model import Asked, Tracker
from .report_render import RAG_KEY

OUTSTANDING_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "key", "request", "owner", "due", "status",
    "rag", "rag_reason", "update_minute", "update_date", "update", "days_outstanding",
)  # fmt: skip
CLOSED_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "key", "request", "closed_on", "evidence_minute",
    "evidence", "days_to_close",
)  # fmt: skip
RECOMMENDATION_COLUMNS = (
    "committee", "meeting_date", "minute_ref", "recommendation", "to", "response_due",
    "response_minute", "response_date", "response", "state",
)  # fmt: skip


def xlsx_sheets(tracker: Tracker) -> list[Any]:
    """The tracker's sheets (xlsx.Sheet): summary, outstanding, closed, recommendations."""
    from .xlsx import Kind, Sheet

    def kinds(columns: Sequence[str]) -> list[Kind]:
        return [_KINDS.get(c, Kind.text) for c in columns]

    summary = [
        {"item": "as of", "value": tracker.as_of},
        {"item": "committees", "value": "; ".join(tracker.committees)},
        {"item": "summary", "value": str(tracker.summary)},
        {"item": "ratings", "value": RAG_KEY},
    ]
    return [
        Sheet("Summary", ("item", "value"), summary, [Kind.text, Kind.text]),
        Sheet("Outstanding", OUTSTANDING_COLUMNS, _outstanding(tracker),
              kinds(OUTSTANDING_COLUMNS)),
        Sheet("Closed since last meeting", CLOSED_COLUMNS, _closed(tracker),
              kinds(CLOSED_COLUMNS)),
        Sheet("Recommendations", RECOMMENDATION_COLUMNS, _recommendations(tracker),
              kinds(RECOMMENDATION_COLUMNS)),
    ]  # fmt: skip


def _kinds() -> dict[str, Any]:
    from .xlsx import Kind

    dates = ("meeting_date", "due", "update_date", "closed_on", "response_due", "response_date")
    ints = ("days_outstanding", "days_to_close")
    return {**dict.fromkeys(dates, Kind.date), **dict.fromkeys(ints, Kind.int)}


_KINDS = _kinds()


def _asked(x: Asked) -> dict[str, Any]:
    return {"committee": x.committee, "meeting_date": x.meeting_date,
            "minute_ref": x.minute_ref, "key": x.key, "request": x.text}  # fmt: skip


def _outstanding(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        _asked(x) | {
            "owner": x.owner, "due": x.due, "status": x.status, "rag": x.rag,
            "rag_reason": x.rag_reason,
            "update_minute": x.update.ref if x.update else None,
            "update_date": x.update.date if x.update else None,
            "update": x.update.quote if x.update else None,
            "days_outstanding": x.days_outstanding,
        }
        for x in tracker.lines
    ]  # fmt: skip


def _closed(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        _asked(c) | {
            "closed_on": c.evidence.date, "evidence_minute": c.evidence.ref,
            "evidence": c.evidence.quote, "days_to_close": c.days_to_close,
        }
        for c in tracker.closed
    ]  # fmt: skip


def _recommendations(tracker: Tracker) -> list[dict[str, Any]]:
    return [
        {
            "committee": r.committee, "meeting_date": r.meeting_date, "minute_ref": r.minute_ref,
            "recommendation": r.text, "to": r.to, "response_due": r.response_due,
            "response_minute": r.response.ref if r.response else None,
            "response_date": r.response.date if r.response else None,
            "response": r.response.quote if r.response else None, "state": r.state,
        }
        for r in tracker.recommendations
    ]  # fmt: skip
