"""Recommendations to the executive: resolutions that recommend to Cabinet, the Executive,
one of its members or Council (report_rules.py says which), each with the date its
two-month response is due and the later minute that records the response, if any."""

from __future__ import annotations

import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from .query_report import ReportRows, Whole
from .report_model import Recommendation, Row, Status, Update, add_months, clean, clean_name
from .report_rules import recommendation_to

RESPONSE_MONTHS = 2  # the executive's time to respond to scrutiny recommendations
_MEETING = operator.itemgetter("meeting_date", "committee")


def recommendations(
    data: ReportRows, statuses: dict[int, Status], last: dict[str, str], today: date,
    keep: int | None = None,
) -> tuple[list[Recommendation], int]:  # fmt: skip
    """Resolutions recommending to the executive or Council: those still waiting for a
    response, and those whose response was recorded since the committee's last meeting;
    with keep, only the first `keep` of them made (a screenful), and how many there are."""
    answered_by_action = {
        a["resolution_id"]: statuses[a["id"]][1]
        for a in data.actions
        if a["resolution_id"] is not None and statuses[a["id"]][0] in ("addressed", "closed")
    }
    kept = data.recommends_to_kept  # (whom each recommends to, kept by the archive)
    found = [
        (r, to)
        for r in data.resolutions
        if (to := r["recommends_to"] if kept else recommendation_to(r["text"]))
    ]
    responses = _responses(data.cited({r["item_id"] for r, _ in found}), today.isoformat())
    listed = []
    for r, to in found:
        response = next(
            (u for u in responses.get(r["item_id"], []) if u.date > r["meeting_date"]),
            answered_by_action.get(r["id"]),
        )
        if response and response.date < last.get(r["committee_key"], ""):
            continue  # answered before the last meeting: confirmed there already
        listed.append((r, to, response))
    shown = _first(listed, keep, data.whole_recommendations)
    return [_made(r, to, response, today) for r, to, response in shown], len(listed)


Listed = list[tuple[Row, str, Update | None]]


def _first(listed: Listed, keep: int | None, whole: Whole | None) -> Listed:
    """The first `keep` listed (all, with None). Recommendations read in brief (`whole`
    given) are in meeting order only: those of the meetings holding the first `keep` are
    fetched whole, in order, and the first `keep` of them kept."""
    if keep is None or whole is None:
        return listed[:keep]
    if len(listed) > keep:
        last = _MEETING(listed[keep - 1][0])
        listed = list(itertools.takewhile(lambda x: _MEETING(x[0]) <= last, listed))
    found = {r["id"]: (to, response) for r, to, response in listed}
    return [(r, *found[r["id"]]) for r in whole(found)][:keep]


def _made(r: Row, to: str, response: Update | None, today: date) -> Recommendation:
    due = response_due(r["meeting_date"])
    return Recommendation(
        committee=clean_name(r["committee"]), meeting_date=r["meeting_date"],
        minute_ref=clean(r["minute_ref"] or ""), text=clean(r["text"]), to=to,
        response_due=due, response=response, flagged=response is None and due < today.isoformat(),
    )  # fmt: skip


@functools.lru_cache(maxsize=4096)
def response_due(agreed: str) -> str:
    """The day the response to a recommendation agreed on a day is due (ISO)."""
    return add_months(date.fromisoformat(agreed), RESPONSE_MONTHS).isoformat()


def _responses(citations: Sequence[Row], as_of: str) -> dict[int, list[Update]]:
    """Later minutes that record a response to the item they cite, oldest first, by item."""
    from .read.text import fold
    from .report_rules import RESPONSE_RULE

    found: dict[int, list[Update]] = defaultdict(list)
    for c in citations:
        if c["date"] >= as_of or c["effect"] == "pending":
            continue
        if c["effect"] == "done" or RESPONSE_RULE.search(fold(c["context"] or "")):
            found[c["target_item_id"]].append(
                Update(clean(c["minute_ref"] or ""), c["date"], clean(c["context"] or ""))
            )
    return found
