"""Lettered sub-items under an item that has no text of its own.

    3. MINUTES

    (a) Previous Meeting

    The minute of meeting of this Committee of 25 November 2008 was approved ...

    (b) Executive Sub-Committee

    The minute of meeting of the Executive Sub-Committee ... was submitted and noted.

Each lettered heading is an item of its own, numbered as printed ("(a)", "b"), and the
empty parent stays as an item with no text. Lettered lines inside an item that has text
before them are its points or a resolution's parts ("(a) That the report be noted"), and
stay where they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .titles import heading_line

if TYPE_CHECKING:
    from .segment import Segment

# "(a) Previous Meeting", "a) Previous Meeting", "a. Previous Meeting".
_LETTERED = re.compile(r"^(?P<number>\((?P<l1>[a-z])\)|(?P<l2>[a-z])[.)])\s+(?P<title>\S.*)$")
MIN_SUBITEMS = 2  # one lettered heading alone is a point, not a list of sub-items


def split_subitems(items: list[Segment]) -> list[Segment]:
    """The items, each empty parent followed by its lettered sub-items."""
    out: list[Segment] = []
    for item in items:
        out += _subitems(item) or [item]
    return out


def _subitems(item: Segment) -> list[Segment] | None:
    starts = _lettered_headings(item.body)
    if len(starts) < MIN_SUBITEMS:
        return None
    make = type(item)
    found = [make(item.number, item.title, item.body[: starts[0][0]])]
    for k, (i, number, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(item.body)
        found.append(make(number, title, item.body[i + 1 : end]))
    return found


def _lettered_headings(body: list[str]) -> list[tuple[int, str, str]]:
    """(line, number, heading) of each lettered heading, (a), (b) ... in turn, where the
    first is the body's first line and each stands between blank lines with text after it."""
    found: list[tuple[int, str, str]] = []
    expected = "a"
    for i, line in enumerate(body):
        if not line.strip():
            continue
        m = _LETTERED.match(line.strip())
        letter = m and (m["l1"] or m["l2"])
        if letter != expected or not _alone(body, i):
            if not found:
                return []  # text before the first: the parent's own, and these are points
            continue
        title = heading_line(m["title"]) if m else None
        if title is None:
            return found if found else []
        found.append((i, m["number"].rstrip("."), title))  # type: ignore[index]
        expected = chr(ord(expected) + 1)
    return found


def _alone(body: list[str], i: int) -> bool:
    """A heading on a line of its own, with text after it before the next heading."""
    before = not i or not body[i - 1].strip()
    after = next((ln for ln in body[i + 1 :] if ln.strip()), "")
    return before and bool(after) and not _LETTERED.match(after.strip())
