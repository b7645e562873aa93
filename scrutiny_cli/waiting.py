"""Item pages waiting for their meeting: an "Agenda item" page with no meeting line attaches
to the one cut item of a meeting whose visible text its text continues, and comes loose
again when that stops being so (merge.settle asks after every change of its groups).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .read.text import fold
from .store import rows

if TYPE_CHECKING:
    import sqlite_utils

Row = sqlite3.Row
# Characters of a cut item's text compared first, less a margin where squashing a cut
# prefix may differ from the same stretch of the whole (spaces, accents split at the cut).
GLANCE, GLANCE_MARGIN = 240, 8


def reattach(db: sqlite_utils.Database, groups: set[str]) -> set[str]:
    """Let undated item pages that the changed groups concern attach to the cut item they
    continue (or come loose); the groups whose members changed."""
    if not groups:
        return set()
    moved: set[str] = set()
    for c in _waiting_pages(db, sorted(groups)):
        target = _continues(db, c)
        home = (
            f"p:{c['id']}" if (c["committee"] or c["venue"] or c["start_time"]) else f"w:{c['id']}"
        )
        group, ident = target if target else (home, None)
        if group != c["group_key"] or ident != c["attach_identity"]:
            db.execute("update parts set group_key = ?, attach_identity = ? where id = ?",
                       [group, ident, c["id"]])  # fmt: skip
            moved.update({group, c["group_key"]})
    return moved


# An undated item page's facts and its item's title and text.
_PAGE = """
select p.id, p.group_key, p.attach_identity, p.committee, p.venue, p.start_time, v.title_key,
       v.minutes
from parts p join part_items v on v.part_id = p.id
where p.kind = 'item' and p.date is null and v.title_key is not null and """


def _waiting_pages(db: sqlite_utils.Database, groups: list[str]) -> list[Row]:
    """The undated item pages the groups concern: those in them, and those titled as one of
    their cut items. Two lookups, each through an index (parts by group, cut items by
    title), so that the cost follows the groups, not the archive."""
    marks = ",".join("?" * len(groups))
    found = rows(db, _PAGE + f"p.group_key in ({marks})", groups)
    titles = sorted({r["title_key"] for r in rows(db, f"""
        select t.title_key from parts tp join part_items t on t.part_id = tp.id
        where tp.group_key in ({marks}) and t.truncated = 1 and t.title_key is not null
    """, groups)})  # fmt: skip
    if titles:
        marks = ",".join("?" * len(titles))
        found += rows(db, _PAGE + f"v.waiting = 1 and v.title_key in ({marks})", titles)
    unique = {(r["id"], r["title_key"], r["minutes"]): r for r in found}
    return [unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1], k[2] or ""))]


def _continues(db: sqlite_utils.Database, page: Row) -> tuple[str, str] | None:
    """The (group, item identity) of the one cut item whose visible text this page's
    text continues; None when none does, or when more than one fits equally (then the
    page waits rather than guess)."""
    found = rows(db, """
        select p.group_key, v.identity, v.minutes from part_items v join parts p on p.id = v.part_id
        where v.title_key = ? and v.truncated = 1 and p.date is not null and p.id != ?
    """, [page["title_key"], page["id"]])  # fmt: skip
    text = _squash(page["minutes"])
    fitting = []
    for f in found:
        # A glance at the start first: most cut items of the same title are other meetings'.
        glance = _squash((f["minutes"] or "")[:GLANCE])[: -GLANCE_MARGIN or None]
        if text.startswith(glance) and text.startswith(visible := _squash(f["minutes"])):
            fitting.append((len(visible), f["group_key"], f["identity"]))
    if not fitting:
        return None
    fitting.sort(reverse=True)
    if len(fitting) > 1 and fitting[0][0] == fitting[1][0] and fitting[0][1:] != fitting[1][1:]:
        return None
    return fitting[0][1], fitting[0][2]


def _squash(text: str | None) -> str:
    """Folded, with each run of white space one space and none at the ends (str.split
    splits at what the pattern \\s matches, and faster)."""
    return " ".join(fold(text or "").split())
