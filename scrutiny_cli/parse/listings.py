"""Chains of numbers that are no items: an agenda's list above the minutes, and paragraphs
numbered afresh under each ModernGov heading. segment.py asks these of its best chain."""

from __future__ import annotations

import itertools
import re

from .lines import ATTACHMENT
from .numbers import Numbered
from .titles import DESCRIPTION, FINITE_VERB


def agenda_listing(chain: list[Numbered], lines: list[str], cands: list[Numbered]) -> bool:
    """Whether a chain is an agenda's list: four or more numbers, nearly every one followed
    by the next with nothing but blank lines or its own bullets between, and most of them
    headings, not minutes a line long ("48. Minutes of Meeting on 4th October 2018 were
    approved and signed.")."""
    if _packed_above(chain, lines, cands):
        return True
    if len(chain) < 4:
        return False
    if sum(bool(FINITE_VERB.search(lines[c.line])) for c in chain) * 2 > len(chain):
        return False
    # (nor headings run into what the meeting did: "2. Apologies – Mrs F Broll.", "4. Police
    # Report – No Officer in attendance"; an agenda's words after one ask: "To receive ...")
    # (unless the numbers come again below, the minutes' own: an agenda's topics run on too,
    # "3. Planning: 20/0123 Land at Mill Lane")
    told = sum(bool(c.rest) and not DESCRIPTION.match(c.rest) for c in chain)
    if told * 2 > len(chain) and not _come_again(chain, cands):
        return False
    bare = sum(
        all(not lines[j] or lines[j].startswith(("-", "•")) for j in range(a.line + 1, b.line))
        for a, b in itertools.pairwise(chain)
    )
    return bare >= 0.8 * (len(chain) - 1)


def _packed_above(chain: list[Numbered], lines: list[str], cands: list[Numbered]) -> bool:
    """Whether a chain is a list a line an entry, no blank line between any two (an entry in
    the agenda's words, no number of the chain's, may stand between), above two numbers or
    more whose first jumps beyond its last: an agenda above its minutes ("1. Substitutions
    (if any)" / "2. Declarations ..." / ... / "6. Any other items" / "203 MINUTES – ...")."""
    packed = len(chain) >= 3 and all(
        b.line - a.line <= 2 and all(lines[a.line + 1 : b.line])
        for a, b in itertools.pairwise(chain)
    )
    later = [c for c in cands if c.line > chain[-1].line] if packed else []
    # (the minutes' numbers jump from the list's: not the next item, "7." / "8.")
    jump = bool(later) and later[0].key[0] > chain[-1].key[0] + 1
    return jump and sum(c.key > chain[-1].key for c in later) >= 2


def _come_again(chain: list[Numbered], cands: list[Numbered]) -> bool:
    """Whether nearly all of the chain's numbers stand again below it."""
    listed = {c.key for c in chain}
    return sum(c.key in listed for c in cands if c.line > chain[-1].line) >= len(chain) - 1


def restarts_under_headings(chain: list[Numbered], cands: list[Numbered], lines: list[str]) -> bool:
    """Whether a chain is paragraphs numbered afresh under each ModernGov heading ("Minutes
    of the Panel pdf icon PDF 98 KB" / "1. The Policy Officer clarified ..." / ... / "Police
    Cadet Scheme pdf icon PDF 214 KB" / "1. The Commissioner introduced ..."): such a heading
    stands before its first number, and another before a later number that starts over. Or
    points numbered afresh under headings closed by a colon, the chain taken from them."""
    if _from_colon_lists(chain, lines):
        return True
    headed = [i for i, ln in enumerate(lines) if ln and ("ico" in ln or "PDF" in ln)
              and ATTACHMENT.search(ln)]  # fmt: skip
    first, last = chain[0].line, chain[-1].line
    again = [c.line for c in cands if c.key == chain[0].key and not first <= c.line <= last]
    return any(
        any(h < min(line, first) for h in headed)
        and any(last < h < line or line < h < first for h in headed)
        for line in again
    )


# A heading of a few words closed by its colon, no figures ("Planning Applications:"), over
# the first of its points ("1. Alterations at 43 Comerton Place"), each numbered on by one.
_COLON_HEADING = re.compile(r"[A-Z][^\d:]{2,60}:")
# (a list's numbered entry: "1. Summer Camp ...")
POINT = re.compile(r"\(?(?P<n>[1-9]\d?)[.)]\s+\S")
_COLON_LISTS = 2  # such lists that make a page's numbers points


def _from_colon_lists(chain: list[Numbered], lines: list[str]) -> bool:
    """Whether two of the chain's numbers or more stand in lists numbered from 1 under
    headings closed by a colon, two such lists or more on the page ("Matters arising from
    previous minutes:" / "1. As there is ..." / ... / "Fife Council and Other
    Correspondence:" / "1. Summer Camp ..." / "2. Improved signage ..."): the headings are
    the items, the numbers their points."""
    lists = [span for i, ln in enumerate(lines) if (span := _points_under(lines, i))]
    if len(lists) < _COLON_LISTS:
        return False
    return sum(any(c.line in span for span in lists) for c in chain) >= 2


def _points_under(lines: list[str], i: int) -> range | None:
    """The lines of the points numbered 1, 2, ... under line i, a heading closed by a colon
    (blank lines may stand between the heading and the first; the points' wrapped lines go
    with them; a blank line or a point out of turn ends them)."""
    if not lines[i].endswith(":") or not _COLON_HEADING.fullmatch(lines[i]):
        return None
    j = next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k]), -1)
    m = POINT.match(lines[j]) if j >= 0 else None
    if m is None or m["n"] != "1":
        return None
    want, end = 2, j + 1
    for k in range(j + 1, len(lines)):
        m = POINT.match(lines[k])
        if m and int(m["n"]) == want:
            want += 1
        elif m or not lines[k]:
            break
        end = k + 1
    return range(j, end)
