"""Item numbers as minutes print them, and which of them run on from one another.

"17.", "35/20", "C 08/042", "CL.266", "C. 34", "*450", "CB20/15", "1-0607/8", "18.11.1",
"5.1", "1a", "Minute 151:". A page's item numbers are the longest chain of numbers of one style
that increase in small steps; paragraph numbers and stray figures fall out of it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import council_year
from .rules import near_miss, rule
from .unglue import GLUED_WORDS

# A list's small Roman numeral: "i" to "x" ("4.(ii)", "iii Surgery Sessions").
SMALL_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
# A Roman numeral in capitals, a word of its own, "I" to "XXXIX": Scottish minutes number
# their articles so ("III APPOINTMENTS", "interests in Article IX").
ROMAN_NUMERAL = r"(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})\b"

# (a prefix in capitals, "CL.266" with a stop, "OM-19-132" with a hyphen, or a word's first
# letters before a slash: "Cou/285/07-08")
NUMBER = (
    # (or six figures, a year's, a month's and a running number's: "190601 Apologies",
    # "200301. Welcome")
    # (or the committee's letters and its year in brackets: "PLA(09)116")
    # (or the meeting's month before its year: "Nov19/1 Apologies for Absence")
    # (or a committee's letters with its own figure, before the year's: "AP3 08/001")
    # (or a space after its stop: "TC. 609" among "TC.607", "TC.608")
    r"\*?(?:(?:[A-Z]\.)?[A-Z]{1,4}(?:[/:]|[.-](?=\d)|\s(?=\d)|\.\s(?=\d{2,4}\b)|\(\d\d\)(?=\d)"
    r"|\d\s(?=\d\d/\d))?"
    r"|[A-Z][a-z]{1,3}/(?=\d)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\d\d/\d))?"
    # (or six figures of the meeting's date before the item's: "160117/1 Apologies")
    r"(?:[12]\d(?:0[1-9]|1[0-2])\d\d(?=\.?\s+[A-Z])|\d{6}(?=/\d{1,3}(?!\d))|\d{1,5})[a-zA-Z]?"
    # (an underscore may part the meeting's year and month from the item: "2022-02_1")
    r"(?:[./-]\d{1,4}[a-z]?)*(?:(?<=\d[-/]\d\d)_\d{1,3}(?=[.\s:)]|$))?"
    # (a sub-item in brackets: "1(2)", or in small Roman numerals, "4.(i)", "16(ii)")
    rf"(?:\(\d{{1,2}}\)(?!\w)|\.?\({SMALL_ROMAN}\)(?!\w))?"
    # ("F01:04/24"; "08/15:01": the item; or a whole item's noughts after a colon, "1:00
    # Apologies", "2:00 Approval of Minutes")
    r"(?::\d{1,2}/\d{2,4}(?=\s|$)|(?<=\d/\d\d):\d{1,3}(?=\s|$)|(?<=^\d):00(?=\s+[A-Z][a-z])"
    r"|(?<=^\d\d):00(?=\s+[A-Z][a-z])"
    # (or a part's one figure after a colon, no time's minutes: "2:1 Declaration of Interest")
    r"|(?<=^\d):[1-9](?=\s+[A-Z][a-z])|(?<=^\d\d):[1-9](?=\s+[A-Z][a-z]))?"
    # ("01/20/F&R", "19/1/CNL": the committee's code after, or its short name, "14/62/Plan")
    r"(?:(?:(?<=\d/\d)|(?<=\d/\d\d))/[A-Z](?:[A-Z&]{1,4}|[a-z]{2,5})(?=\s|$))?"
    # (or its letter or letters glued on: "065/21C Apologies:", "22/21PD Open Forum", "001/22A
    # Apologies:", "002/25A – Declarations", "003/25A A38 Junction: noted"; never a heading's
    # short first word glued on, before a word in capitals or the rest of its line in them,
    # "12/21TO RECEIVE APOLOGIES Apologies were ...", "14/26THE A38 ROADWORKS")
    rf"(?:(?<=\d/\d\d)(?!{GLUED_WORDS}\s+(?:[A-Z]{{2}}|[^a-z\n]*$))[A-Z]{{1,3}}(?=[\s:]|$))?"
    # (or its committee's letters in lower case: "16/27os Declarations of Interest"; never an
    # ordinal's, "16/26th")
    r"(?:(?:(?<=\d/\d\d)|(?<=\d/\d\d\d))(?!st|nd|rd|th)[a-z]{2,3}(?=\s|$))?"
    r"(?:(?<=\d)/[A-Z]{1,4}/\d{2,4}(?=[\s.:]|$))?"  # "064/PC/20", "15/AME/027": or between
    # (a committee's letters, the number, and the municipal year after a dash: "AUD12 - 08/09")
    r"(?:(?:(?<=[A-Z]\d)|(?<=[A-Z]\d\d)|(?<=[A-Z]\d\d\d))\s[-–]\s\d{2}/\d{2}(?=\s|$))?"
)
# "Minute 66", "Min. 45", "Item 3", "Item No. 3", "Agenda item No.1" before the number; or a
# bracket: "(3)", "[3]".
_MINUTE = (
    r"(?:(?i:Minute|Min\.?|Item)\s+(?:(?i:No\.?|Number)\s*)?|(?i:Agenda\s+item\s+No\.?)\s*"
    r"|[(\[](?=\d))?"
)  # ("Agenda Item 9 (Notice of Motion)" without its "No." cites an item: no number of one)
NUMBER_WORD = ("min", "item")  # how a line whose number has a word before it starts

# "17." or "35/20" or "Minute 66" or "(4)" alone on a line (ModernGov's number column).
NUMBER_ALONE = rule(
    "number-alone",
    # (or "M/140/2006:-", or "1 /" as a converter left a slash after the number)
    # (or, alone, a letter, its stop and a space: "C. 34"; not a page's "P. 2", "CHQ. 101")
    # (or a panel's note numbered alone on its line, as notes of a meeting are: "Note 01/20")
    rf"^(?:Note\s+)?{_MINUTE}(?P<number>{NUMBER}|[A-OQ-Z]\.\s\d{{1,4}})\s*(?:[.):\]]|:\s*[-–]|(?<=\d)\s/)?$",
    "segment",
    "35/20",
    flags=0,
)
# "32. Declarations of Interests", "C 08/042 Election of Mayor", "Minute no. 2 - Apologies",
# "1/ Open Forum" (a plain number and a slash: "1/20/BC Minutes" is one number); never a
# clock's time ("6:00 PM", "6.30 pm The meeting closed").
NUMBER_LEAD = rule(
    "number-lead",
    rf"^(?!\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?\s?m\b|hrs\b|hours\b)){_MINUTE}(?P<number>{NUMBER})"
    # (a stop and a dash: "112/2018. – Apologies for Absence.")
    r"(?:\s*[.):\]]\.?(?:\s+[-–—](?=\s))?\s*|\s+[-–—]\s+"
    # (a slash, "7/ Finance"; before capitals only after a space, "7/ AOB", not "7/AB")
    r"|(?:(?<=^\d)|(?<=^\d\d))/(?:\s*(?=[A-Z][a-z])|\s+(?=[A-Z]{2,}\b))|;\s*(?=[A-Z])"
    r"|(?<=\d)\s/\s+(?=[A-Z])|\s+"
    r"|(?<=[./]\d\d)(?=[A-Z]{3,}\b)"  # (glued: "332.01APOLOGIES")
    # (or a dash glued to it: "21/101- WELCOME", "5– Apologies", "087- To receive ...")
    r"|(?:(?<=/\d\d)|(?<=/\d\d\d)|(?<=^\d)|(?<=^\d\d)|(?<=^\d\d\d))[-–—]\s+(?=[A-Z]))"
    r"(?P<rest>\S.*)$",
    "segment",
    "32. Declarations of Interests",
    flags=0,
)
near_miss("number-lead", "6:00 PM", "6.30 pm The meeting closed.")
# The meeting's month and year after a committee's lettered number: "HR1. 01/16 Apologies".
MONTH_STAMP = re.compile(r"^(?:0[1-9]|1[0-2])/\d{2}\s+(?=[A-Z])")
# The council's year after a minute's running number, its two years in turn, on every
# minute: "50. 23-24 Apologies" / "51. 23-24 Members' declarations of interest"; not a
# heading's own year, "112. 2022/23 BUDGET".
_COUNCIL_YEAR = re.compile(r"^(?P<year>(?:20)?(?P<a>\d\d)[-/](?P<b>\d\d))\s+(?=[A-Z\d])")
_STAMPED = re.compile(r"^\d{1,4}\.\s+(?P<year>(?:20)?\d\d[-/]\d\d)\s+[A-Z]")


def without_council_year(rest: str, lines: list[str]) -> str:
    """The heading after the council's year that stands before it, where two or more of
    the page's numbered lines carry it."""
    m = _COUNCIL_YEAR.match(rest)
    if not m or not council_year(m["a"], m["b"]):
        return rest
    stamped = sum(1 for ln in lines if (s := _STAMPED.match(ln)) and s["year"] == m["year"])
    return rest[m.end() :] if stamped >= 2 else rest


# The agenda's number after the minute's own: "C048/23   1.   APOLOGIES FOR ABSENCE.",
# "167.0 Agenda Item 1: Record of those Present".
AGENDA_NUMBER = re.compile(
    r"^(?:\d{1,3}[.)]|(?i:agenda\s+item)\s+(?:(?i:no)\.?\s*)?\d{1,3}[a-z]?\s*[:.\-–]?)\s+(?=[A-Z])"
    # (bare, before a heading in capitals: "001-18 1 APOLOGIES Apologies were received")
    r"|^\d{1,2}\s+(?=[A-Z]{3,}\b|[A-Z]{2}\s+[A-Z]{2,})"
    # (not a count the heading opens with: "2. 10 MINUTE PUBLIC PARTICIPATION PERIOD")
    r"(?!(?:MINUTE|HOUR|DAY|WEEK|MONTH|YEAR)\s)"
)  # (not "9 (2)": a minute's part)
LOOK_BACK = 80  # candidates a chain may reach back over
MAX_STEP = 25  # the largest jump between two items of one meeting


@dataclass
class Numbered:
    """A place where an item may start, with its printed number."""

    line: int
    number: str
    key: tuple[int, ...]
    family: tuple[str, str, bool]  # prefix letters, first separator, "Minute" word
    weight: float
    alone: bool = False
    title: str | None = None
    rest: str = ""
    offset: int = 0  # where in the line the number stands (inline numbers)
    top: int | None = None  # the line of a heading that stands above the number


_ITEM_AFTER_COLON = re.compile(r"\d{1,4}/\d{2}:\d{1,3}")
_PART_AFTER_COLON = re.compile(r"\d{1,2}:[1-9]")


def number_key(number: str) -> tuple[int, ...]:
    """ "36" -> (36,), "5.1" -> (5, 1), "3a" -> (3, 1), "C 08/042" -> (8, 42); a two-digit
    year after the number goes: "35/20" -> (35,), "CB21a/15" -> (21, 1), "67-10-24/25a" ->
    (67, 10, 24, 1), not a third part: "15/03/10" -> (15, 3, 10)."""
    if _ITEM_AFTER_COLON.fullmatch(number) or _PART_AFTER_COLON.fullmatch(number):
        return tuple(int(d) for d in re.findall(r"\d+", number))  # ("08/15:01", "2:1")
    if not re.match(r"\*?[A-Z]{1,4}:", number):  # ("C:52": a prefix and its colon)
        number = number.split(":", 1)[0]  # "F01:04/24": the item's number, then its meeting's
    # (one slash only: in "15/03/10" the last part is the item's, "15/03" the meeting's)
    if number.count("/") == 1:  # (a part's letter after the year goes with the number)
        number = re.sub(r"(\d[a-zA-Z]?)/\d{2}([a-z]?)$", r"\1\2", number)
    number = re.sub(r"^([A-Z]+)\(\d\d\)(?=\d)", r"\1", number)  # ("PLA(09)116": the year goes)
    number = _SUB_ROMAN.sub(lambda m: f".{roman_value(m[1])}", number)
    out: list[int] = []
    for digits, letter in re.findall(r"(\d+)([a-zA-Z]?)", number):
        out.append(int(digits))
        if letter:
            out.append(ord(letter.lower()) - 96)
    return tuple(out)


_SUB_ROMAN = re.compile(r"\.?\(([ivx]+)\)$")  # "4.(ii)" -> "4.2"


def roman_value(numeral: str) -> int:
    """ "XIV" -> 14, "ii" -> 2."""
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


_ROMAN = {"I": 1, "V": 5, "X": 10}


def family(number: str, line: str) -> tuple[str, str, bool]:
    """A numbering style: prefix letters (or "(" for "(3)"), the first separator, and
    whether a word ("Minute", "Item") stands before the number."""
    prefix = re.match(r"\*?([A-Z]*)", number)
    sep = re.search(r"\d[a-zA-Z]?([./-])\d", number)
    bracket = line[0] if line[:1] in ("(", "[") else ""
    worded = line.lower().startswith(NUMBER_WORD)
    return (bracket + (prefix[1] if prefix else ""), sep[1] if sep else "", worded)


def next_paragraph(text: str, at: int) -> str | None:
    """The pattern of the number after the paragraph's that text[at] stands in, on a page
    run onto one line ("2.1 To approve the minutes It was ... RESOLVED That ... 2.2 To note
    ..." gives "2\\.2"); None where no paragraph's number stands before it on its line."""
    line = text.rfind("\n", 0, at) + 1
    found = list(_RUN_IN_PARAGRAPH.finditer(text, max(line, at - _PARAGRAPH_REACH), at))
    if not found:
        return None
    return rf"{found[-1][1]}\.{int(found[-1][2]) + 1}"


# A paragraph's number inside a line, before its capital ("... None. 2.1 To approve ..."),
# never a sum ("£2.50 To") nor part of a longer number ("14.11.17").
_RUN_IN_PARAGRAPH = re.compile(r"(?<![\d.£$])(\d{1,3})\.(\d{1,2})(?![\d.])\s+(?=[A-Z])")
_PARAGRAPH_REACH = 400  # characters before a keyword its paragraph's number may stand


def paragraph_number(number: str) -> bool:
    """Whether a number is a paragraph's ("2.1", "17.3"): a stop between digits, the part
    after it from 1; not a board's minute with a letter before its stop ("B.1260"), nor a
    year's running minute ("17.146", "113.17")."""
    return _PARAGRAPH.search(number) is not None and not _RUNNING_YEAR.fullmatch(number)


_PARAGRAPH = re.compile(r"\d\.[1-9](?!\d\d)")
_RUNNING_YEAR = re.compile(r"\d{3,4}\.\d\d")  # ("113.17": minute 113 of 2017, no paragraph)


def is_date(number: str) -> bool:
    """ "24/02/2014" and "13.07.17" are dates, not minute numbers; so is a municipal year
    in a running header, "2007-2008 COUNCIL 2 28th JUNE 2007 287"."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", number)
    if m:
        return 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12
    span = _YEAR_SPAN.fullmatch(number)
    return bool(span and int(span[2]) % 100 == (int(span[1]) + 1) % 100)


_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)[-–]((?:19|20)?\d\d)")


# A year's running minute, its part printed in three figures: "17.024", "17.146".
_PADDED = re.compile(r"\d{1,2}\.\d{3}\.?")


def follows(prev: Numbered, cur: Numbered) -> bool:
    """Whether cur can be the next item after prev: a higher number, a small step."""
    if cur.key <= prev.key:
        return False
    if (
        _PADDED.fullmatch(prev.number)
        and not _PADDED.fullmatch(cur.number)
        and not cur.number.startswith(prev.number.rstrip("."))  # (its sub-item: "17.146.1")
    ):
        return False  # (and one so printed follows it: not a sum's "40.89" in a table)
    if prev.key[:1] != cur.key[:1]:
        return cur.key[0] - prev.key[0] <= MAX_STEP
    return True  # a sub-item (5 -> 5.1), or a year-first number (23/165 -> 23/166)


def compatible(root: tuple[str, str, bool], cand: Numbered) -> bool:
    """A chain keeps one numbering style; ModernGov's "5.1" sub-items may join "5."."""
    if cand.family == root:
        return True
    return cand.alone and root[1] == "" and cand.family[:1] == root[:1] and cand.family[1] == "."


def best_chain(cands: Sequence[Numbered]) -> list[Numbered]:
    """The highest-weighted chain of numbers of one style that run on, in line order."""
    best: list[Numbered] = []
    best_score = 0.0
    chains: dict[tuple[str, str, bool], list[Numbered]] = {}
    for root in dict.fromkeys(c.family for c in cands):  # page order: a tie goes one way
        pool = [c for c in cands if compatible(root, c)]
        chain, score = _chain(pool)
        chains[root] = chain
        if score > best_score:
            best, best_score = chain, score
    return _parents(best, chains)


def _parents(
    best: list[Numbered], chains: dict[tuple[str, str, bool], list[Numbered]]
) -> list[Numbered]:
    """The items, not their sub-items: a chain of "5.1", "5.2", "6.1" ... can outweigh the
    "5.", "6." it is numbered under when the sub-items are many; where another chain holds
    the numbers most of its first parts are, and three or more, that chain is the items."""
    if not best or best[0].family[1] != ".":
        return best
    firsts = {c.key[0] for c in best}
    for root, chain in chains.items():
        if root[1] == "" and root[0] == best[0].family[0] and len(chain) >= 3:
            tops = {c.key[0] for c in chain if len(c.key) == 1}
            if len(firsts & tops) * 2 >= len(firsts):
                return chain
    return best


def _chain(pool: list[Numbered]) -> tuple[list[Numbered], float]:
    scores: list[float] = []
    back: list[int | None] = []
    for i, cur in enumerate(pool):
        top, arg = cur.weight, None
        for j in range(i - 1, max(-1, i - LOOK_BACK), -1):
            prev = pool[j]
            if (prev.line, prev.offset) < (cur.line, cur.offset) and follows(prev, cur):
                # (a run of candidates worth nothing alone earns nothing by running on)
                bonus = 0.5 if _step(prev, cur) == 1 and cur.weight > 0 else 0.0
                bonus += _same_type(prev, cur)
                if scores[j] + cur.weight + bonus > top:
                    top, arg = scores[j] + cur.weight + bonus, j
        scores.append(top)
        back.append(arg)
    if not scores:
        return [], 0.0
    best = max(range(len(scores)), key=lambda n: scores[n])
    score = scores[best]
    chain = []
    k: int | None = best
    while k is not None:
        chain.append(pool[k])
        k = back[k]
    return chain[::-1], score


def _same_type(prev: Numbered, cur: Numbered) -> float:
    """A little for headings printed alike, both in capitals or neither: a page's items
    share their typography, a list inside one of them ("5. CORRESPONDENCE" / "1. Lloyds
    Bank statement. Noted") seldom does. Enough to settle a tie, no more."""
    if not prev.title or not cur.title:
        return 0.0
    return 0.25 if _capitals(prev.title) == _capitals(cur.title) else 0.0


@functools.lru_cache(maxsize=4096)
def _capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def runs_on(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """ "2" -> "3", "304-3" -> "304-4": the same number but for its last part, one more;
    or, a year (or a month and year) after it, its first: "04/20" -> "05/20" (keyed (4,
    20), (5, 20)), "1.3.22" -> "2.3.22"."""
    if len(before) != len(after):
        return False
    if before[:-1] == after[:-1] and after[-1] == before[-1] + 1:
        return True
    return len(before) in (2, 3) and before[1:] == after[1:] and after[0] == before[0] + 1


def _step(prev: Numbered, cur: Numbered) -> int:
    for a, b in zip(prev.key, cur.key, strict=False):
        if a != b:
            return b - a
    return 1


def earlier_item_cited(cand: Numbered, line: str, found: list[Numbered]) -> bool:
    """ "Item 7 – Annual Report ..." under item 17 "Minutes of the Previous Meeting": a
    heading that names an item of another meeting, numbered lower than an item before it
    in the page's own numbering (a page numbered "Item 1:", "Item 2:" has none before)."""
    if not line.lower().startswith("item"):
        return False
    own = [f for f in found if f.family == cand.family]
    if own and own[-1].key < cand.key:
        return False  # "Item 2:" after "Item 1:", a margin's "19/5" between them
    # (or one of an earlier year: "Item 746/09 (Old Recreation Ground)" under "27/10")
    year = _YEAR.search(cand.number)
    return any(
        f.family != cand.family
        and (f.key > cand.key or (year and (y := _YEAR.search(f.number)) and y[1] > year[1]))
        for f in found
    )


_YEAR = re.compile(r"(?<=\d)/(\d\d)$")  # a minute's number with its year: "27/10"


def paragraph_groups(lines: list[str]) -> list[tuple[int, list[str]]]:
    """With no headings at all, numbered paragraphs 1.1, 1.2, 2.1 show where items are."""
    groups: list[tuple[int, list[str]]] = []
    current = None
    for i in range(len(lines)):
        m = re.match(r"^(\d{1,3})\.\d{1,2}\b", lines[i])
        if m and m[1] != current:
            current = m[1]
            groups.append((i, []))
        if groups:
            groups[-1][1].append(lines[i])
    return groups if len(groups) >= 2 else []


def earlier_minutes_cited(chain: list[Numbered], cands: list[Numbered]) -> bool:
    """Whether a chain of numbers each after "Minute" or "Item" cites earlier minutes: such
    numbers on the page go back or repeat ("Minute 285: ..." / "Minute 284: ..." / "Minute
    285: ..." under "Matters Arising"), as a page's own items never do."""
    if len(chain) < 2 or not all(c.family[2] for c in chain):
        return False
    # (up to the chain's end: an action log after the items may name them again)
    keys = [c.key for c in cands if c.family == chain[0].family and c.line <= chain[-1].line]
    return any(b <= a for a, b in itertools.pairwise(keys))
