"""Earlier minutes taken up by their numbers alone, under an item that reviews them: the
paragraphs of "459. MATTERS ARISING" that open "447. Matters Arising The Clerk ..." and
"456. Any Other Business ...", of "06/09/04 Business Arising" that open "06/07/08.9
Planning - ...", of "CEM/28/12 Matters arising" that open "CEM/21/12(a): The Clerk ...".

A number is an earlier minute's where it has the item's own number's shape (its letters
as printed, its figures as many or one fewer; letters set apart before the figures may be
left out) and comes before it; an item numbered with
one or two figures alone ("5 Matters arising") is left out, as a list numbered from 1
under it would read the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

# How far back a plain running number may reach: the meetings of a year or so.
_MAX_BACK = 300


def earlier_minutes(text: str, number: str | None) -> list[tuple[int, int, list[str]]]:
    """(start, end, [ref]) of each paragraph or sentence in text that opens with an earlier
    minute's number of the same shape as number."""
    pattern = _pattern(number) if number else None
    if pattern is None or not number:
        return []
    own = _key(number)
    hits = []
    for m in pattern.finditer(text):
        key = _key(m["base"])
        if key >= own or (len(own) == 1 and own[0] - key[0] > _MAX_BACK):
            continue  # (its own, a later one, or a figure from long ago)
        hits.append((m.start("ref"), m.end("ref"), [m["ref"]]))
    return hits


@lru_cache(maxsize=256)
def _pattern(number: str) -> re.Pattern[str] | None:
    """The pattern of an earlier number of this one's shape at a line's or sentence's
    start, before a capital (or a list's mark: "18598 i. Pre-Circulation")."""
    runs = re.findall(r"\d+|[^\d]+", number.strip())
    bare = number[m.end() :] if (m := _PREFIX_WORD.match(number)) else number
    if not re.fullmatch(r"[\w/.-]*\d[\w/.-]*", bare) or (len(runs) == 1 and len(number) < 3):
        return None  # (no figure, or a number of one or two figures alone)
    shape = "".join(
        rf"\d{{{max(1, len(r) - 1)},{len(r)}}}" if r.isdigit() else re.escape(r) for r in runs
    )
    if _PREFIX_WORD.fullmatch(runs[0]):
        # (a committee's letters set apart before the figures may be left out where the
        # minute is cited: "FGP 14/476 MATTERS ARISING" / "14/466 Budget Report ...")
        shape = f"(?:{re.escape(runs[0])})?{shape[len(re.escape(runs[0])) :]}"
    return re.compile(
        rf"(?:^|(?<=[.!?:;]\s)|(?<=[A-Z]{{2}}\s))(?P<ref>(?P<base>{shape})"
        r"(?:\.\d{1,2}|\([a-z0-9]{1,3}\))?)(?![\d/])[.:]?[ \t]+"
        r"(?=[A-Z]|(?:[ivx]{1,4}|[a-z])[.)]\s)",
        re.M,
    )


_PREFIX_WORD = re.compile(r"[A-Z]{2,5}\s+")


def _key(number: str) -> tuple[int, ...]:
    """The number's figures in the order it runs: a minute of the year written number
    first, "45/17", runs by its year."""
    figures = tuple(int(f) for f in re.findall(r"\d+", number))
    if re.fullmatch(r"\d{1,4}/\d{2}", number):
        return figures[::-1]
    return figures
