"""A page whose items are a list of bullets and nothing else: a converter or a typist gave
each item a dash or a bullet for its lost number ("- An apology for absence was received
from John Biggins." / "- There were no declarations of interest." / "- It was agreed to
appoint Ann Gallacher as Treasurer."). Each bullet, with the lines it wraps onto, is an
untitled item; the lines above the first (who came, no sentence) stay before the items.
"""

from __future__ import annotations

import re

from .cuts import Segment
from .titles import FINITE_VERB

_BULLET = re.compile(r"^[ \t]*[-•·▪–][ \t]+(?=\S)")
MIN_BULLETS = 4  # fewer is a list inside one item's minutes
_SHARE = 0.6  # of the lines from the first bullet on: the rest wrap the bullets' sentences


def bullet_items(segments: list[Segment]) -> tuple[list[str], list[Segment]] | None:
    """(the lines above the first bullet, an item a bullet) where the page's one item has no
    number and no heading and its lines are bullets; else None."""
    if len(segments) != 1 or segments[0].number or segments[0].title:
        return None
    body = segments[0].body
    starts = [i for i, line in enumerate(body) if _BULLET.match(line)]
    if len(starts) < MIN_BULLETS:
        return None
    filled = [line for line in body[starts[0] :] if line.strip()]
    if len(starts) < _SHARE * len(filled):
        return None
    if any(FINITE_VERB.search(line) for line in body[: starts[0]]):
        return None  # a list in one item's minutes, under what was said: "... as follows:-"
    ends = [*starts[1:], len(body)]
    items = [
        Segment(None, None, [_BULLET.sub("", body[a]), *body[a + 1 : b]])
        for a, b in zip(starts, ends, strict=True)
    ]
    return body[: starts[0]], items
