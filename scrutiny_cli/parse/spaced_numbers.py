"""Numbers a typist or a converter spaced or doubled, read by the numbered lines around
them: "2. 1 Police report" under "2. Reports" is paragraph 2.1; "36 289. APPLICATION ..."
under "288. REARRANGEMENT ..." is minute 289 after a page number (and "101 477 HALLS"
under "476 HERITAGE TOWN" minute 477); "5 89 . Apologies"
among "5 90 . Declarations ..." and "595. Suggestions ..." is minute 589, its digits set
apart by a PDF's spacing.
"""

from __future__ import annotations

import re

# A paragraph's decimal number a typist spaced: "2. Reports" / "2. 1 Police report ...";
# a minute book's page number a converter ran onto the minute's: "36 289. APPLICATION ...".
_SPACED_DECIMAL = re.compile(r"(\d{1,2})\s+(?=[A-Z])")
# (or with no stop, as the minute above it has none: "101 477 HALLS" under "476 HERITAGE")
_FUSED_NUMBER = re.compile(r"(\d{1,4})(?:[.)]\s*|(?P<bare>\s+))(?=[A-Z])")
# (and no word in lower case after it: "20 HGV movements a day" is a sentence's figure)
_CAPS_WORD = re.compile(
    r"(?!(?:MPH|KPH|KM|MM|CM|AM|PM|GB|KG|HA)\b)[A-Z][A-Z'’&-]+\b(?![a-z])(?!\s+[a-z])"
)
# The rest of a number whose digits a PDF set apart, then its stop: "89 . Apologies".
_SPLIT_DIGITS = re.compile(r"(\d{1,3})\s?[.)]\s+(?=[A-Z])")
# A line's leading number, its digits maybe set apart, then its stop: "5 90 .", "595.".
_LEADING = re.compile(r"(\d(?:\s?\d){0,4})\s?[.)]\s")
_NEAR = 40  # lines either side where the number's neighbours are looked for


def spaced_number(lines: list[str], i: int, number: str, rest: str) -> tuple[str, str]:
    """The number and words of a numbered line, where the numbered lines around it show
    what it is: "2. 1 Police report" under "2. Reports", over "2.2 ...", is paragraph
    "2.1"; "36 289. APPLICATION ..." under "288. REARRANGEMENT ..." is minute 289. As
    printed otherwise ("3. 5 Year Housing Land Supply" under "2. Minutes")."""
    if not number.isdigit() or not rest[:1].isdigit():
        return number, rest
    above = next((ln for ln in reversed(lines[:i]) if ln[:1].isdigit()), "")
    if (m := _SPACED_DECIMAL.match(rest)) and re.match(rf"{number}\s*[.):]\s*\D", above):
        # (and the paragraph after it is numbered on: "2.2 Treasurers Report", "2. 2 ...";
        # not "4. 20 MPH Speed Limit" under "4. Highways")
        after = rf"{number}\.\s?{int(m[1]) + 1}\b"
        if any(re.match(after, ln) for ln in lines[i + 1 : i + 40]):
            return f"{number}.{m[1]}", rest[m.end() :]
    m = _FUSED_NUMBER.match(rest)
    # (the one above may have the stray number too: "1. 3. MINUTES" over "1. 4. REPORTS", a
    # word processor's list number printed before each item's own; not where the numbers
    # under it start afresh, "1. 1. Police report", as a paragraph's do)
    stray = r"(?:\d{1,2}\.\s+)?" if not _first_under(lines, number) else ""
    stop = r"\s+(?=[A-Z])" if m and m["bare"] else r"\s*[.):]\s*\D"
    # (with no stop, a heading in capitals: not a sentence's figure at a wrapped line's head,
    # "4 20 MPH Zones in the villages ..." under "19 HIGHWAYS")
    caps = not (m and m["bare"]) or _CAPS_WORD.match(rest, m.end()) is not None
    if m and caps and re.match(rf"{stray}{int(m[1]) - 1}{stop}", above):
        return m[1], rest[m.end() :]
    # (or its digits set apart, as a PDF spaced them: "5 89 . Apologies" among "5 90 . ...")
    if (m := _SPLIT_DIGITS.match(rest)) and _runs_on(lines, i, int(number + m[1])):
        return number + m[1], rest[m.end() :]
    # (or the same number twice, a list's marker before the typed one: "1 1 APOLOGIES")
    if twice := re.match(rf"{number}[.)]?\s+(?=[A-Z])", rest):
        return number, rest[twice.end() :]
    return number, rest


def _first_under(lines: list[str], number: str) -> bool:
    """Whether a line is numbered as the first paragraph under number: "1. 1. ...", under
    a heading so numbered ("1. Reports"; where none is, every heading has the stray
    number, "1. 1. Introduction" / "1. 2. Apologies")."""
    first = re.compile(rf"\s*{number}\.\s+1\s*[.):]\s*\D")
    parent = re.compile(rf"\s*{number}\s*[.):]\s*[A-Za-z]")
    return any(first.match(ln) for ln in lines) and any(parent.match(ln) for ln in lines)


def _runs_on(lines: list[str], i: int, joined: int) -> bool:
    """Whether a numbered line near line i, its digits closed up, is the number before or
    after joined."""
    for line in lines[max(0, i - _NEAR) : i + _NEAR]:
        m = _LEADING.match(line) if line[:1].isdigit() else None
        if m and abs(int(m[1].replace(" ", "")) - joined) == 1:
            return True
    return False
