"""Numbers printed in two parts that the usual reading gets wrong: headings numbered
year.month.sequence or number/month/year, which read as dates ("19.09.01 Apologies",
"1/04/17 APOLOGIES"), and numbers with the year first ("17/25", "C 20/67"), which read as
number/year. Each is re-read where a run of them down the page shows what they are.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .numbers import Numbered, is_date


def numbers_like_dates(dated: list[Numbered], others: Sequence[Numbered] = ()) -> list[Numbered]:
    """Headings numbered year.month.sequence ("19.09.01 Apologies", "19.09.02 Register
    of Interests"), or "15/03/10" after "15/03/9", read as dates: they are item numbers
    where two or more with a title share their first parts and run on in the last one, or
    three or more, titled or not ("15/12/01 To receive Apologies for absence Apologies were
    received ..."; dates in the text stand alone); or the number first, then the month and
    year they share ("1/04/17 APOLOGIES", "2/04/17 DECLARATIONS OF INTEREST")."""
    runs: dict[tuple[str, int], list[Numbered]] = {}  # (the shared part, the running part)
    for c in sorted([*dated, *others], key=lambda c: c.line):
        if (cut := max(c.number.rfind("."), c.number.rfind("/"))) > 0:
            runs.setdefault((c.number[:cut], -1), []).append(c)
        if (first := re.search(r"[./]", c.number)) and is_date(c.number):
            runs.setdefault((c.number[first.start() :], 0), []).append(c)
    kept = {id(c) for c in dated}
    found: dict[int, Numbered] = {}
    for (_, part), run in runs.items():
        titled = [c for c in run if c.title]
        rising = _rising(run if len(run) >= 3 and _runs_on(run, part) else titled, part)
        found.update((id(c), c) for c in rising if id(c) in kept)
    return list(found.values())


def running_decimals(decimals: list[Numbered], others: Sequence[Numbered] = ()) -> list[Numbered]:
    """Minutes numbered with their year before a stop, read as paragraphs' numbers ("16.95
    To receive ...", "16.96 ...", "16.97 ...", then "16.100"): item numbers where three or
    more with a title share the part before the stop and run on by one after it, each
    written with two figures there or more (a paragraph's "3.1", "3.2" never is)."""
    runs: dict[str, list[Numbered]] = {}
    for c in sorted([*decimals, *others], key=lambda c: (c.line, c.offset)):
        whole, stop, part = c.number.partition(".")
        if stop and whole.isdigit() and part.isdigit() and len(part) >= 2 and c.title:
            runs.setdefault(whole, []).append(c)
    kept = {id(c) for c in decimals}
    return [
        c
        for run in runs.values()
        if len(run) >= 3 and all(b.key[-1] - a.key[-1] == 1 for a, b in itertools.pairwise(run))
        for c in run
        if id(c) in kept
    ]


def _runs_on(run: list[Numbered], part: int = -1) -> bool:
    return all(b.key[part] - a.key[part] in (1, 2) for a, b in itertools.pairwise(run))


def _rising(run: list[Numbered], part: int) -> list[Numbered]:
    """The run if it runs on; in a run of four or more, the rest without one number out of
    its place ("19.05.03 Apologies" set before "19.05.01", "19.05.02", "19.05.04" ..., or
    a date in the text, "19.05.22 Meeting with the developer", among them); else none."""
    if len(run) >= 2 and _runs_on(run, part):
        return run
    if len(run) >= 4:
        for k in range(len(run)):
            rest = run[:k] + run[k + 1 :]
            if _runs_on(rest, part):
                return rest
    return []


def year_first(cands: list[Numbered]) -> list[Numbered]:
    """ "17/25", "17/26" (the year first), "C 20/67" (after a prefix) or "363/01" (the
    meeting's number first): the item's number after the slash, where number_key reads
    number/year ("35/20") and so gives them one key. Re-keyed by the second part where two
    or more share the first and rise down the page (one slip allowed in four or more)."""
    by_first: dict[str, list[tuple[Numbered, tuple[int, int]]]] = {}
    for c in cands:
        if m := _TWO_PARTS.fullmatch(c.number):
            by_first.setdefault(m["first"], []).append((c, (int(m["digits"]), int(m["second"]))))
    for run in by_first.values():
        falls = sum(a[1] >= b[1] for (_, a), (_, b) in itertools.pairwise(run))
        if len(run) >= 2 and falls <= (len(run) >= 4):  # (one slip in a longer run: a typo)
            for c, key in run:
                c.key = key
    return cands


# (with the prefix, if any, kept in the part the run shares: "C 20" of "C 20/67"; or the
# year and month: "21-07" of "21-07/01")
_TWO_PARTS = re.compile(
    r"(?P<first>(?:[A-Z]{1,4}\s?)?(?P<digits>\d{2,4})(?:-\d{1,2})?)/(?P<second>\d{1,3})"
)
