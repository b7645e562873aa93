"""Paragraphs numbered on through a page under headings without numbers, as Scottish
boards and councils print their minutes:

    Welcome and Introduction
    1. The Convener welcomed those in the public gallery ...
    Minutes of Last Meeting
    2. Agreed, subject to two changes to paragraph 15(c) ...
    3. Clarification was sought as to the meaning of ...

The headings are the items and the numbers their paragraphs: a heading over two numbers or
more shows that the numbers count paragraphs, not items (one number a heading, "Apologies"
/ "18/1 There were none.", is the minute's number under its heading).
"""

from __future__ import annotations

from .label_rows import Start
from .numbers import NUMBER_LEAD, Numbered
from .titles import heading_line

MIN_HEADINGS = 2  # headings a page needs before its numbers are read as paragraphs


def paragraphs_under_headings(chain: list[Numbered], lines: list[str]) -> list[Start]:
    """The headings, as the page's items, where a chain of plain numbers, each before a
    sentence, runs on under headings standing alone between them, one of which stands over
    two numbers or more; none otherwise."""
    plain = all(not c.title and len(c.key) == 1 and not c.family[0] for c in chain)
    if len(chain) < 3 or not plain or any(c.top is not None for c in chain):
        return []
    first, last = chain[0].line, chain[-1].line
    headings = [i for i in range(first - 6 if first > 6 else 0, last) if _alone(lines, i)]
    if len(headings) < MIN_HEADINGS or not any(h < first for h in headings):
        return []
    numbered = {c.line for c in chain}
    ends = [*headings[1:], last + 1]  # (each heading's numbers run to the next heading)
    under = [sum(1 for n in numbered if h < n < end) for h, end in zip(headings, ends, strict=True)]
    if max(under) < 2:
        return []
    return [(h, None, heading_line(lines[h]), "") for h in headings]


def _alone(lines: list[str], i: int) -> bool:
    """A heading on a line of its own (not a number's), a blank line or a number's
    paragraph above it."""
    line = lines[i]
    if not line or NUMBER_LEAD.match(line) or heading_line(line) is None:
        return False
    above = lines[i - 1] if i else ""
    return not above or bool(NUMBER_LEAD.match(above)) or above.rstrip().endswith(".")
