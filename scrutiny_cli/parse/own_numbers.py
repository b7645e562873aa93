"""Minutes cited by a number in the item's own numbering, with no word before it.

A council that numbers its minutes with the year ("179.15/16", "10458/04/19", "73/1516",
"05/29") cites them the same way: "Cllr Carroll: 188.15/16" in the declarations, "with
the following amendment to 172.15/16", "Councillor Ashley 75/1516 Finance". Such a number
shares the item's own number's fixed part (its year, or its month and year) and differs in
the running part, by no more than a figure's length, so that a date ("21/04/19" beside
"10458/04/19") or a financial year ("20/21" beside "12/21") is not one. A number the text
calls an agenda item ("declared an interest in item 646.18a", an "Agenda item" column) is
this meeting's agenda, not a minute.

The item's own minute number may also be printed after its heading, on the heading's line
("Finance:006/24:", "2 Apologies 150/12-13 RESOLVED ..."); it is no part of the heading.
On a page flattened onto one line it may stand before the agenda's number ("... 2165/21 1.
Apologies for Absence ... 2166/21 2. Declarations ..."): the item starts at it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .numbers import Numbered

# A number of figures and separators alone: "179.15/16", "10458/04/19", "73/1516", "8/17";
# or after its committee's letters, "ERT/114/2019", "TC 105/17".
# (or a committee's letters and a stop before a running number alone: "P.20"; or glued to
# it, "CAB11/23")
_NUMBERED = re.compile(r"(?:[A-Z]{1,5}[/ ]?)?\d{1,5}(?:[./]\d{1,4}){1,2}|[A-Z]{1,5}\.\d{1,5}")
# Words before a number (or a list of them) that make it something else: this meeting's
# agenda item, a page, a sum of money, a paragraph of a report, a date's "on", a planning
# application ("Planning Application No: 15/0528" beside the minute "15/145").
_NOT_A_MINUTE = re.compile(
    r"(?i)(?:\bitems?|\bpages?|\bparas?|\bparagraphs?|\breport|\bon|\bapplications?|£|\$"
    r"|\bappendix|\bannex|\bsection|\btable|\bfigure|\broute)\s*"
    r"(?:no[.:]?\s*)?"
    r"(?:[\w./()]+\s*(?:,|and|&|or)\s*)*$"
)
# An "Agenda item" label or column, not followed by its number: the numbers under it are
# this meeting's agenda ("Councillor Agenda item Nature of interest").
_AGENDA_COLUMN = re.compile(r"(?i)\bagenda\s+item\b(?!\s*(?:no\.?\s*)?\d)")


# The minute's number after the heading it closes, a colon before it: "Finance:006/24:".
_MINUTE_AFTER = re.compile(r"\s*:\s*\d{1,3}/\d{2}\s*:?\s*$")  # (not a year's "2025/26")
# Or numbered in the council's year, "150/12-13", between a few words of heading and the text.
_IN_YEAR = re.compile(
    r"^(?P<head>[A-Z][\w'’,&-]*(?:\s+[\w'’,&-]+){0,5}?)\s+\d{1,4}/(?P<a>\d\d)-(?P<b>\d\d)\s+(?=\S)"
)


# A running number with its year's two figures glued on: "10817." for 108/17.
_YEAR_GLUED = re.compile(r"(?P<run>\d{3,4})(?P<year>\d\d)\.?")
_YEAR_GLUED_MIN = 3  # numbers that share the year and run on, at least


def year_glued(cands: list[Numbered]) -> list[Numbered]:
    """The candidates, running numbers printed with their year's two figures glued on
    ("10817.", "10917.", "11017." for 108/17, 109/17, 110/17, as some sites print them)
    keyed by their running part: three or more that share the year and run on by one."""
    by_year: dict[str, list[Numbered]] = {}
    for c in cands:
        if m := _YEAR_GLUED.fullmatch(c.number):
            by_year.setdefault(m["year"], []).append(c)
    keys: dict[int, tuple[int, ...]] = {}
    for group in by_year.values():
        runs = [int(c.number.rstrip(".")[:-2]) for c in group]
        steps = sum(b == a + 1 for a, b in pairwise(runs))
        if len(group) >= _YEAR_GLUED_MIN and steps + 1 >= len(group) * 2 / 3:
            keys.update((id(c), (run,)) for c, run in zip(group, runs, strict=True))
    return [replace(c, key=keys[id(c)]) if id(c) in keys else c for c in cands] if keys else cands


def without_own_number(rest: str) -> str:
    """A numbered line's words after its number, without the minute's own number printed
    after the heading ("Finance:006/24:", "Apologies 150/12-13 RESOLVED ...")."""
    rest = _MINUTE_AFTER.sub("", rest)
    m = _IN_YEAR.match(rest)
    if m and int(m["b"]) == (int(m["a"]) + 1) % 100:
        return f"{m['head']} {rest[m.end() :]}"
    return rest


def own_number_refs(
    text: str, number: str | None, bracketed: bool = False, reviews: bool = False
) -> list[tuple[int, int, list[str]]]:
    """(start, end, [ref]) of each number in text of the item's own numbering but another
    minute's: "Cllr Jackson: 185.15/16" under "179.15/16 DECLARATIONS OF INTEREST"; only
    those in brackets if bracketed (a heading's note of the minute it follows up); at a
    line's head only an earlier one in an item that reviews earlier minutes (a row of an
    action sheet: "ERT/098/2019 – NI Economy House of Commons Event")."""
    pattern = _pattern(number) if number else None
    if pattern is None or not number or _AGENDA_COLUMN.search(text):
        return []
    own = _figures(number)
    hits = []
    for m in pattern.finditer(text):
        figures = _figures(m["base"])
        if figures == own or not _same_fixed_part(own, figures) or _next(own, figures):
            continue
        if number[:1].isalpha() and "." in number and not _earlier(own, figures):
            continue  # (a letter and a stop cite only earlier minutes: not "S.106" under "S.12")
        before = _NOT_A_MINUTE.search(text, max(0, m.start() - 40), m.start())
        if before and not (len(own) > 2 and before.group().lower().startswith("section")):
            continue  # (but a minute of three parts may be a "Section": "covered under
            # Section 011/01/2021" under 005/01/2021; no Act's section is numbered so)
        at_head = not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        if at_head and not (reviews and _earlier(own, figures)):
            continue  # (a heading's number, its item not split off)
        if bracketed and not (
            text[m.start() - 1 : m.start()] == "(" and text[m.end() :].startswith(")")
        ):
            continue
        hits.append((m.start(), m.end(), [m["ref"]]))
    return hits


def _earlier(own: list[str], other: list[str]) -> bool:
    """Whether other's running part is below own's (their other parts the same)."""
    return any(int(b) < int(a) for a, b in zip(own, other, strict=True) if a != b)


def _next(own: list[str], other: list[str]) -> bool:
    """Whether other is the minute after own: its heading run into the item's text ("22
    2017/2018 054/09/17 Progress Reports" at the end of 053/09/17, after a page's footer)."""
    return all(a == b or int(b) == int(a) + 1 for a, b in zip(own, other, strict=True))


def _figures(number: str) -> list[str]:
    return re.findall(r"\d+", number)


def _same_fixed_part(own: list[str], other: list[str]) -> bool:
    """Whether other keeps own's year part and changes only its running part: the figures
    differ in one run alone, the first or the last, and the others are equal."""
    differ = [i for i, (a, b) in enumerate(zip(own, other, strict=True)) if a != b]
    if len(differ) != 1 or differ[0] not in (0, len(own) - 1):
        return False
    return not (len(own) == 2 and _years_apart(other))  # ("20/21" beside "12/21")


def _years_apart(figures: list[str]) -> bool:
    a, b = figures
    return len(a) == len(b) == 2 and int(b) == int(a) + 1


@lru_cache(maxsize=256)
def _pattern(number: str) -> re.Pattern[str] | None:
    """The pattern of a number printed like this one: its separators as printed, each run
    of figures as long or one shorter or longer, a letter or bracketed part after it."""
    point = number.count(".") == 1 and "/" not in number and number[:1].isdigit()
    if not _NUMBERED.fullmatch(number) or point:
        return None  # (nor a number and its point, "4.2", "81.2": as a sum or a measure reads)
    runs = re.findall(r"^[A-Z]+[/ .]?|\d+|[./]", number)
    shape = "".join(
        rf"\d{{{max(1, len(r) - 1)},{len(r) + 1}}}" if r.isdigit() else re.escape(r) for r in runs
    )
    return re.compile(
        rf"(?<![\w/.£$])(?P<ref>(?P<base>{shape})(?:[a-z]|\((?:[a-z]|\d{{1,2}}|[ivx]{{1,4}})\))?)"
        r"(?![\w/]|\.\d)"
    )


# The minute's own number, with its year, right before the agenda's on a flattened line.
_MINUTE_BEFORE = re.compile(r"(?<!\S)(?P<minute>\d{1,5}/\d{2,4})\s+$")
_BEFORE = 16  # characters looked back over from the agenda's number


def minutes_before(lines: list[str], chain: list[Numbered]) -> list[Numbered]:
    """The chain's items starting at their minutes' own numbers, where two or more of the
    agenda's numbers, and most, stand right after one ("... 2165/21 1. Apologies for
    Absence ... 2166/21 2. Declarations of interest ...")."""
    found = [
        (_MINUTE_BEFORE.search(lines[c.line], max(0, c.offset - _BEFORE), c.offset), c)
        for c in chain
    ]
    hits = sum(1 for m, _ in found if m)
    if hits < 2 or hits * 3 < len(chain) * 2:
        return chain
    return [replace(c, offset=m.start("minute")) if m else c for m, c in found]
