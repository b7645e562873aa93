"""Chains of numbers that are no items: an agenda's list above the minutes, paragraphs
numbered afresh under each ModernGov heading, and a list under one of the page's headings
(a few sentences, or entries a line each). segment.py asks these of its best chain; and a
paragraph's points, of a long line's (flattened.py)."""

from __future__ import annotations

import itertools
import re

from .decided_lists import decision_parts
from .label_rows import Start
from .lines import ATTACHMENT, with_icons
from .numbers import Numbered
from .title_words import all_capitals
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
    # (or the entries in the agenda's words numbered between: "3. Public Participation" / "4.
    # To approve the minutes ..." / "5. To note ..." / "6. Planning")
    packed = len(chain) >= 3 and all(
        all(between := lines[a.line + 1 : b.line])
        and (len(between) <= 1 or _worded_between(between, a.key[0], b.key[0]))
        for a, b in itertools.pairwise(chain)
    )
    later = [c for c in cands if c.line > chain[-1].line] if packed else []
    # (the minutes' numbers jump from the list's: not the next item, "7." / "8.")
    jump = bool(later) and later[0].key[0] > chain[-1].key[0] + 1
    return jump and sum(c.key > chain[-1].key for c in later) >= 2


_WORDED_ENTRY = re.compile(r"(\d{1,2})\.\s+To\s+[a-z]")


def _worded_between(between: list[str], first: int, last: int) -> bool:
    """Whether the lines are the entries numbered first + 1 ... last - 1, each in the
    agenda's words ("4. To approve ...", "5. To note ..."); not a decision's own list
    numbered afresh ("1. To support application ...")."""
    numbers = [m[1] if (m := _WORDED_ENTRY.match(ln)) else None for ln in between]
    return numbers == [str(n) for n in range(first + 1, last)]


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


def a_tight_list(chain: list[Numbered], lines: list[str]) -> bool:
    """Whether a chain from 1 is three or more entries a line each, none with a line of text
    between (a table's numbered rows, its cells' marks lost): the entries listed under one
    heading ("CORRESPONDENCE" / "1. GRCC  Caroline Edwards: Maternity Leave" / "2. CDC
    Register of Electors ..."), not the page's items, which have their text under them."""
    if len(chain) < _TIGHT or chain[0].key[:1] != (1,):
        return False
    return all(b.line == a.line + 1 for a, b in itertools.pairwise(chain))


_TIGHT = 3  # entries at least of a list a line each


A_LIST = 4  # numbers at most that may be a list under one heading rather than the items
# A number before a sentence of eight words or more, in mixed case.
_SENTENCE = re.compile(r"\s*\d{1,2}[.)]?\s+[A-Z][a-z]*(?:\s+\S+){7}")


def _under_one(chain: list[Numbered], starts: list[Start], icons: bool) -> bool:
    """Whether a short chain of sentences (a_sentence_list) stands under one heading among
    three or more standing alone ("MATTERS ARISING" / "1. The Chair had approached Mr
    Richards about ..." / "2. ..." / "REPORT FROM POWYS COUNTY COUNCIL"), or among two
    that carry their reports' icons: the list of that item, not the page's items."""
    first, last = chain[0].line, chain[-1].line
    before = sum(s[0] < first for s in starts)
    after = sum(s[0] > last for s in starts)
    if before < 1 or before + after < (2 if icons else 3):
        return False
    if any(first < s[0] < last for s in starts):
        return False
    return any(_MINUTES_BUSINESS.search(s[2] or "") for s in starts)  # (not a news release's)


_POINT = re.compile(r"^\s*\d{1,2}[.)]?\s+")  # a list's number before its sentence
_MINUTES_TITLE = re.compile(r"(?i)^(?:draft\s+)?minutes\s+of\s+(?:the|a)\b")
# The business every meeting's minutes hold, one of which names a heading of the page.
_MINUTES_BUSINESS = re.compile(
    r"(?i)\b(?:apologies|minutes|declarations?|interests?|present|matters\s+arising|"
    r"correspondence|any\s+other\s+business)\b"
)


def a_sentence_list(chain: list[Numbered], lines: list[str]) -> bool:
    """Whether a chain could be a list under one heading: two to four numbers from 1, each
    before a sentence (the cheap test, before the page's headings are looked for)."""
    return _short_from_one(chain) and all(_SENTENCE.match(lines[c.line]) for c in chain)


def a_list_among_icons(chain: list[Numbered], lines: list[str]) -> bool:
    """Whether a short list from 1 stands on a ModernGov page whose headings carry their
    reports' icons ("Forward Plan pdf icon PDF 178 KB"): a list inside one item,
    "Declarations of Interest, if any" / "1. Disclosable Pecuniary Interests" / "2. Other
    Interests", not the page's items."""
    # (the page's icons first: the cheap test, and most pages have none)
    return with_icons(lines) and (_short_from_one(chain) or decision_parts(chain, lines))


def _short_from_one(chain: list[Numbered]) -> bool:
    return 2 <= len(chain) <= A_LIST and chain[0].key[:1] == (1,)


def list_under_one(
    chain: list[Numbered], starts: list[Start], lines: list[str], tight: bool = False
) -> list[Start]:
    """Where a short chain (or a list a line each, tight) is a list under one of the
    page's headings: the headings, the page's items, and the list's numbers, that item's
    sub-items (not the entries of a list a line each; a minutes title a header cue could
    not read is no heading: "Minutes of the meeting held on 13th September in the school");
    none otherwise."""
    icons = with_icons([lines[s[0]] for s in starts])
    if not _under_one(chain, starts, icons):
        return []
    if tight and sum(s[0] < chain[0].line for s in starts) < 2:
        return []  # (a list a line each stands under one heading of several before it)
    if tight and (over := _heading_over(chain[0].line, lines)) is not None:
        starts = sorted({*starts, (over, None, lines[over].strip(), "")})  # ("CORRESPONDENCE")
    # (but a ModernGov item's, its report's icon after it: "Minutes of the previous meeting
    # (previously circulated) pdf icon PDF 188 KB")
    headed = [s for s in starts
              if not _MINUTES_TITLE.match(s[2] or "") or "pdf icon" in lines[s[0]]]  # fmt: skip
    points: list[Start] = [(c.line, c.number, None, _POINT.sub("", lines[c.line])) for c in chain]
    if icons and all(_SENTENCE.match(lines[c.line]) for c in chain):
        points = []  # (a ModernGov item's numbered paragraphs: its text, not sub-items)
    if tight or (icons and decision_parts(chain, lines)):
        points = []  # (nor a list a line each's entries, nor an icon item's decision's parts)
    return sorted(headed + points)


def _heading_over(first: int, lines: list[str]) -> int | None:
    """The line of a heading in capitals just above a list's first entry, a blank line
    between at most."""
    above = next((k for k in range(first - 1, max(-1, first - 3), -1) if lines[k].strip()), None)
    if above is None or not all_capitals(lines[above].strip(), 8):
        return None
    return above


# A heading run in before the first of its paragraph's points: "Items North & South of The
# Park – 1 The need for ...".
_POINTS_LEAD = re.compile(r"^[A-Z][^.!?]{2,80}?\s[-–—:]\s*$")
_PARAGRAPH = 100  # a line this long is a paragraph of its own


def points_of_a_paragraph(lines: list[str], chain: list[Numbered]) -> bool:
    """Whether the numbers a long line holds are one paragraph's points, not a flattened
    page's items: all in that line under a heading run in before them, on a page whose
    other paragraphs, two or more, hold none ("Treasurer's Report ML reported ..." / "" /
    "Items North & South of The Park – 1 The need ... 2 NW confirmed ...")."""
    line = chain[0].line
    if any(c.line != line for c in chain):
        return False
    if not _POINTS_LEAD.match(lines[line][: chain[0].offset]):
        return False
    others = [ln for i, ln in enumerate(lines) if i != line and len(ln) >= _PARAGRAPH]
    return len(others) >= 2
