"""Each action's status as of a date: what the minutes of earlier meetings said of it (as
link.py reads them) or what a person decided by then. The archive holds the status as of
its latest minutes; an earlier tracker works it out again only where a later minute or a
decision has changed it since."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from .query_report import Cited
from .report_model import Row, Status, Update, clean


def statuses_as_of(
    actions: Sequence[Row], cited: Cited, overrides: Sequence[Row], as_of: str
) -> dict[int, Status]:
    """Each action's status and latest word on it as the minutes before as_of say (read as
    link.py reads them), unless a person's decision made by then says otherwise."""
    decided = overrides_in_force(overrides, as_of)
    out: dict[int, Status] = {}
    again: set[int] = set()  # items whose status must be worked out again as of then
    for a in actions:
        if a["key"] in decided:
            d = decided[a["key"]]
            out[a["id"]] = (d["status"], Update(None, str(d["set_at"])[:10], d["note"] or ""))
        elif (held := stored(a, as_of)) is not None:
            out[a["id"]] = held
        else:
            again.add(a["item_id"])
    if again:
        again_actions = [a for a in actions if a["item_id"] in again]
        out |= inferred(again_actions, cited(again), as_of, decided)
    return out


def stored(action: Row, as_of: str) -> Status | None:
    """The status the archive holds, when it held already before as_of: no minute since
    has changed it (each change leaves its minute as the evidence)."""
    if action["status_by"] == "person":
        return None
    if not action["status_evidence"]:
        return action["status"], None
    update = split_evidence(action["status_evidence"])
    return (action["status"], update) if update.date and update.date < as_of else None


def inferred(
    actions: Sequence[Row], citations: Sequence[Row], as_of: str, decided: dict[str, Row]
) -> dict[int, Status]:
    """Status from the citations before as_of, as link.py infers it, item by item."""
    from .link import infer_status

    refs: dict[int, list[Row]] = defaultdict(list)
    for ref in citations:
        if ref["date"] < as_of:
            refs[ref["target_item_id"]].append(ref)
    by_item: dict[int, list[Row]] = defaultdict(list)
    for a in actions:
        by_item[a["item_id"]].append(a)
    out: dict[int, Status] = {}
    for item_id, item_actions in by_item.items():
        inferred = infer_status(cast(Any, item_actions), cast(Any, refs.get(item_id, [])))
        for a in item_actions:
            if a["key"] not in decided:
                status, evidence, _ = inferred[a["id"]]
                out[a["id"]] = (status, split_evidence(evidence) if evidence else None)
    return out


def overrides_in_force(overrides: Sequence[Row], as_of: str) -> dict[str, Row]:
    """The decision in force on each key on as_of (the last one made by then; none after
    a reset)."""
    decided: dict[str, Row] = {}
    for o in overrides:
        if str(o["set_at"])[:10] <= as_of:
            decided[o["key"]] = o
    return {k: o for k, o in decided.items() if o["status"] in ("open", "addressed", "closed")}


_EVIDENCE = re.compile(r"(?s)(?P<ref>.+?) \((?P<date>\d{4}-\d{2}-\d{2})\): (?P<quote>.*)")


def split_evidence(evidence: str) -> Update:
    """ "20/22 (2023-01-12): Further to ..." as its minute, date and words."""
    m = _EVIDENCE.fullmatch(evidence)
    if not m:
        return Update(None, "", clean(evidence))
    return Update(clean(m["ref"]), m["date"], clean(m["quote"]))
