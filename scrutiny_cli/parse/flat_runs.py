"""Which run of numbers on a page flattened onto one line numbers its items, where two runs
share the line (flattened.py asks):

- earlier minutes cited after "Item" under matters arising, in a chain whose own numbers go
  without the word ("5. MATTERS ARISING ... Item 8 The Clerk responded ... Item 13 ...");
- the minutes' own numbers, each before its heading, with paragraphs numbered on through
  the page under them, "33 To Receive and Accept Apologies for Absence. 1 Andrew Franklin 34
  Declaration of Interests ... 2. None 35 To Agree and Sign the Minutes ... 3. The minutes
  ... were agreed". The paragraphs' run is the longer, but the minutes' run is the items:
  most of its numbers stand before a heading, few of the paragraphs' do, and between each
  two of its numbers stands at least one paragraph.
"""

from __future__ import annotations

import itertools

from .numbers import Numbered, best_chain
from .two_part_numbers import year_first

MIN_RUN = 3  # numbers each run needs, the paragraphs' and the minutes'
TITLED = 0.6  # the share of them that stand before a heading
PARAGRAPHS_TITLED = 0.5  # the share of the paragraphs' numbers that may seem to


def cited_run(chain: list[Numbered], worded: dict[tuple[int, int], int]) -> bool:
    """Whether the chain's numbers after "Item" are earlier minutes cited under matters
    arising, not items: the chain's other numbers, two or more, go without the word."""
    cited = sum((c.line, c.offset) in worded for c in chain[1:])
    # (the first's may be a column's label: "Item 224 Apologies None. 225 Declarations ...")
    return cited > 0 and len(chain) - cited >= 2 and (chain[0].line, chain[0].offset) not in worded


def minutes_over_paragraphs(chain: list[Numbered], cands: list[Numbered]) -> list[Numbered]:
    """The minutes' run where the chain is of paragraphs numbered under it, else the chain."""
    if len(chain) < MIN_RUN or _titled(chain) >= PARAGRAPHS_TITLED:
        return chain
    taken = {(c.line, c.offset) for c in chain}
    rest = [c for c in cands if (c.line, c.offset) not in taken and len(c.key) == 1]
    other = best_chain(year_first(sorted(rest, key=lambda c: (c.line, c.offset))))
    if len(other) < MIN_RUN or _titled(other) < TITLED:
        return chain
    at = sorted((c.line, c.offset) for c in chain)
    # (the first paragraph after the first minute, and one in every gap between minutes)
    if at[0] < (other[0].line, other[0].offset):
        return chain
    for a, b in itertools.pairwise(other):
        if not any((a.line, a.offset) < p < (b.line, b.offset) for p in at):
            return chain
    return other


def _titled(run: list[Numbered]) -> float:
    return sum(c.title is not None for c in run) / len(run)
