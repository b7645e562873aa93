"""The page's lines cut into items at their starts: each item from its number's (or its
heading's above it) line to the next one's, and the items the opening business and the
public session hold before the numbered ones, or between two of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .caps_wrapped import title_wrapped_on
from .label_rows import Start
from .lone_numbers import TITLE_BELOW
from .preamble import session_between, sessions_above


@dataclass
class Segment:
    number: str | None
    title: str | None
    body: list[str] = field(default_factory=list)


def cut(
    lines: list[str], starts: list[Start], tops: dict[int, int] | None = None
) -> tuple[list[str], list[Segment]]:
    """The preamble and the items, each from its start (or the heading above it, tops)
    to the next one's."""
    tops = tops or {}
    items: list[Segment] = []
    for k, (i, number, title, rest) in enumerate(starts):
        nxt = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        end = tops.get(nxt, nxt)
        before = lines[tops[i] + 1 : i] if i in tops else []  # between heading and number
        if rest.startswith(TITLE_BELOW):  # number alone, title on the next line
            after = rest.removeprefix(TITLE_BELOW)
            body = before + ([after] if after else []) + _after_title(lines, i, end)
            title, body = title_wrapped_on(title, body) if not after else (title, body)
        else:
            body = before + ([rest] if rest else []) + lines[i + 1 : end]
            title, body = title_wrapped_on(title, body) if not rest else (title, body)
        items.append(Segment(_tidy_number(number), title, body))
    first = tops.get(starts[0][0], starts[0][0]) if starts else 0
    return lines[:first] if starts else [], items


def public_first(
    preamble: list[str], items: list[Segment], header: set[int]
) -> tuple[list[str], list[Segment]]:
    """The preamble, and the items held before the numbered ones first (the public session,
    the opening business), when their headings stand in the preamble below the header
    (preamble.py)."""
    below = max((h for h in header if h < len(preamble)), default=-1) + 1
    spans = sessions_above(preamble, below)
    above = [Segment(None, t, ([r] if r else []) + preamble[i + 1 : e]) for i, e, t, r in spans]
    taken = {j for i, e, _, _ in spans for j in range(i, e)}
    return [ln for j, ln in enumerate(preamble) if j not in taken], [*above, *_split(items)]


def _split(items: list[Segment]) -> list[Segment]:
    """The items, each public session held between two of them an item of its own."""
    out = []
    for n, item in enumerate(items):
        k = session_between(item.body) if n + 1 < len(items) else None  # (not after the last)
        if k is not None:
            out.append(Segment(item.number, item.title, item.body[:k]))
            item = Segment(None, item.body[k].strip(), item.body[k + 1 :])
        out.append(item)
    return out


def _after_title(lines: list[str], i: int, end: int) -> list[str]:
    j = next((j for j in range(i + 1, end) if lines[j]), None)
    return lines[j + 1 : end] if j is not None else []


def _tidy_number(number: str | None) -> str | None:
    return number.strip().rstrip(".") if number else None
