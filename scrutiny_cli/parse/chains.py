"""Which numbered lines are a page's items, where the longest run of numbers is not: a list
numbered afresh inside the last item, a declarations list that names each minute again and
again, an item's own numbered paragraphs, a
paragraph's number left under its minute's, a number repeated beside the minutes, a
short list numbered afresh under one of the page's headings (segment.py asks these of its
candidates)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .numbers import NUMBER_ALONE, NUMBER_LEAD, Numbered, best_chain, is_date
from .titles import FINITE_VERB, heading_line


def list_in_last_item(
    chain: list[Numbered], cands: list[Numbered], lines: list[str]
) -> list[Numbered] | None:
    """The page's items where the chain found is a list numbered afresh inside the last of
    them: "5. Actions arising from the minutes." / "1. Discuss the car park with the
    solicitor. Action – The Clerk" / ... / "8. ...", under items 1 to 5 that each run their
    text on from the heading ("1. Apologies: Mr Ash."), or under items numbered in another
    style ("20.7.1" to "20.7.5") with their text below. None where it is not so."""
    if not chain or chain[0].key != (1,):
        return None
    before = best_chain([c for c in cands if c.line < chain[0].line])
    if len(before) < 3 or before[0].key[-1:] != (1,):
        return None
    last = max((c.line for c in cands if c.line < chain[0].line), default=-1)
    # (text below a heading counts where the numbers are of another style than the list's,
    # "20.7.5" over "1.", or where the list's entries are sentences, not headings: "1.
    # Discuss the car park with the solicitor. Action – The Clerk". Over a list of headings
    # numbered alike, the numbers above may be a list of their own.)
    sentences = sum(bool(c.rest) or not c.title for c in chain)
    below = len(before[0].key) > 1 or sentences * 2 >= len(chain)
    ends = [c.line for c in before[1:]] + [chain[0].line]
    texts = sum(
        bool(c.rest) or (below and any(lines[c.line + 1 : end]))
        for c, end in zip(before, ends, strict=True)
    )
    if before[-1].line != last or texts * 2 < len(before):
        return None  # (the list is not right under the last; headings without text)
    # (the agenda's list above the minutes of its items: the same headings twice)
    titles = {c.title.lower() for c in before if c.title}
    if len(titles & {c.title.lower() for c in chain if c.title}) >= 2:
        return None
    return before


def without_nested_lists(cands: list[Numbered], lines: list[str]) -> list[Numbered]:
    """The candidates less the lists numbered afresh inside an item, where the items' own
    numbers run on after them: "7. Correspondence" / "1. Norfolk Link" / ... / "20. NRCC
    Newsletter" / "8. Planning". Such a list may outnumber the items, or lend its numbers to
    them ("1. Apologies", "2. Declarations", then its "3." on); the items go on with the
    number after the one it stands under ("8." after "7."), which the list does not reach
    by running on ("20." is no "7.") and which comes next after it. So is such a list after
    the last item, where `list_in_last_item` finds the items above it, or under an
    appendix's heading (its payments, "Appendix A – Payments" / "1. Clerk's salary £250" /
    ... / "8. Website £60")."""
    nested: set[int] = set()
    for family in dict.fromkeys(c.family for c in cands):
        run = [k for k, c in enumerate(cands) if c.family == family and len(c.key) == 1]
        nested.update(_nested_in(cands, run, lines))
    return [c for k, c in enumerate(cands) if k not in nested]


def without_padded_lists(cands: list[Numbered]) -> list[Numbered]:
    """The candidates less a list numbered with a leading zero inside an item whose own
    number has none: "6 Public Forum" / "Ref No Name Title" / "01 Ann Ash Objections to ..."
    / ... / "36 Cy Cole ..." / "7 Road Safety Review". The list runs to the items' next
    number printed as they print theirs ("7", never the list's "07"); where that number
    has two figures the styles look alike and nothing is taken here."""
    out: list[Numbered] = []
    i = 0
    while i < len(cands):
        here, outer = cands[i], _last_item(out)
        if outer and here.key == (1,) and _PADDED.match(here.number) and outer.key[0] < 9:
            nxt = (outer.key[0] + 1,)
            end = next(
                (j for j in range(i + 1, len(cands)) if cands[j].key == nxt
                 and cands[j].family == outer.family and not _PADDED.match(cands[j].number)),
                None,
            )  # fmt: skip
            if end is not None:
                i = end
                continue
        out.append(here)
        i += 1
    return out


_PADDED = re.compile(r"0\d")  # a one-figure number printed with a leading zero: "01"


def _last_item(found: list[Numbered]) -> Numbered | None:
    """The last candidate found whose one figure is printed without a leading zero."""
    for c in reversed(found):
        if len(c.key) == 1 and c.number.isdigit() and len(c.number) == 1:
            return c
        if len(c.key) == 1 and not _PADDED.match(c.number):
            return None
    return None


def without_lists_between(cands: list[Numbered]) -> list[Numbered]:
    """The candidates less a list numbered from 1 in another style that stands wholly
    between two items numbered one after the other: "PF10/16. GROUND MAINTENANCE" / "(1)
    Fences ..." / ... / "(9) Shrubs ..." / "PF11/16. INSPECTIONS" (the list may outnumber
    the items above and below it; it cannot break their run)."""
    nested: set[int] = set()
    families = dict.fromkeys(c.family for c in cands)
    for fam in families if len(families) > 1 else ():
        items = [k for k, c in enumerate(cands) if c.family == fam and c.title]
        if len(items) < 3:
            continue
        for a, b in itertools.pairwise(items):
            one, two = cands[a], cands[b]
            if len(one.key) != 1 or two.key != (one.key[0] + 1,):
                continue
            inner = [cands[k] for k in range(a + 1, b)]
            counted = [c.key[0] for c in inner] == list(range(1, len(inner) + 1))
            if len(inner) >= 2 and counted and len({c.family for c in inner}) == 1:
                nested.update(range(a + 1, b))
    return [c for k, c in enumerate(cands) if k not in nested]


def _nested_in(cands: list[Numbered], run: list[int], lines: list[str]) -> set[int]:
    """The places among run (one numbering style, in page order) that are nested lists."""
    nested: set[int] = set()
    outer: list[Numbered] = []  # the items so far
    i = 0
    while i < len(run):
        here = cands[run[i]]
        if not outer or here.key[0] == outer[-1].key[0] + 1:
            outer.append(here)
            i += 1
            continue
        top = outer[-1].key[0]
        if here.key[0] == 1 and top >= 2:
            end = i  # the list's last place: its numbers run on one by one
            while end + 1 < len(run) and cands[run[end + 1]].key[0] == cands[run[end]].key[0] + 1:
                end += 1
            # (a list no longer than the items so far cannot outweigh them: where one is, the
            # items may be numbered afresh below a list of their own, "1. Will the plant be
            # visible?" ... "5. ..." / "1. Apologies" ...)
            # (and the items' next number must come next: lists under headings of their own,
            # each numbered afresh, are the items' own numbering, not a list in one of them)
            after = cands[run[end + 1]].key[0] if end + 1 < len(run) else None
            listed = [cands[k] for k in run[i : end + 1]]
            last = after is None and _trailing_list(outer, listed, cands, lines)
            if (after == top + 1 or last) and listed[-1].key[0] > top:
                nested.update(run[i : end + 1])
                i = end + 1
                continue
        i += 1
    return nested


def _trailing_list(
    outer: list[Numbered], listed: list[Numbered], cands: list[Numbered], lines: list[str]
) -> bool:
    """Whether a list numbered afresh after the items is the last one's or an appendix's:
    `list_in_last_item` finds the items above it, or an appendix's heading stands between
    them ("Appendix A – Payments" / "1. Clerk's salary £250"). (Not a line that the meeting
    closed: "The meeting was closed to the public" comes before a council's own items, and
    one meeting's close before the next meeting's on the same page.)"""
    if list_in_last_item(listed, cands, lines) is not None:
        return True
    return any(_APPENDIX.match(ln) for ln in lines[outer[-1].line + 1 : listed[0].line])


# An appendix's heading: "Appendix A – Payments", "APPENDIX 1", "Schedule of Payments".
_APPENDIX = re.compile(r"(?i)^(?:appendix|annex|schedule\s+of)\b")


def without_repeats(found: list[Numbered], lines: list[str]) -> list[Numbered]:
    """The candidates less those printed twice or more in a row, number and heading: a
    declarations list names the minute each interest is in ("Min 98. River Axe Fund" /
    "Councillor Hayward, ..." / "Min 98. River Axe Fund" / "Councillor Jackson, ..."),
    and an item's heading is printed once. A heading printed again with nothing between
    ("17.024" / "Finance" / "17.024 Finance", a PDF's layer over its text) is one item."""
    same = [
        k for k in range(len(found) - 1)
        if found[k].title and (found[k].number, found[k].title)
        == (found[k + 1].number, found[k + 1].title)
    ]  # fmt: skip
    twice = {k for k in same if _nothing_between(found[k], found[k + 1], lines)}
    repeated = (set(same) - twice) | {k + 1 for k in same}
    return [c for k, c in enumerate(found) if k not in repeated]


def _nothing_between(first: Numbered, second: Numbered, lines: list[str]) -> bool:
    """Whether only blank lines, or the first's heading alone, stand between the two."""
    return all(
        not lines[j].strip() or lines[j].strip() == first.title
        for j in range(first.line + 1, second.line)
    )


def without_whole_numbers_paragraphs(cands: list[Numbered], lines: list[str]) -> list[Numbered]:
    """The candidates less the paragraphs of items numbered as wholes: where two or more
    items are printed "3.0", "4.0" and some "3.k" under one opens a sentence ("3.1 The
    minutes were agreed"), its "3.3 (5.6) Bramble along Church Walk – ..." is a paragraph
    too, no item of its own (but "211.1 Welcome" among headed sub-items is one)."""
    wholes = {c.key[0] for c in cands if c.number.endswith(".0") and len(c.key) == 2}
    if len(wholes) < 2:
        return cands
    headed = {c.key for c in cands if c.title}
    printed = (_PARAGRAPH_START.match(line) for line in lines if line[:1].isdigit())
    prose = {
        n for m in printed if m and (n := int(m[1])) in wholes and (n, int(m[2])) not in headed
    }
    return [c for c in cands if len(c.key) != 2 or c.key[1] == 0 or c.key[0] not in prose]


_PARAGRAPH_START = re.compile(r"(\d{1,3})\.([1-9]\d?)(?![\d.])")


def paragraph_of(cand: Numbered, found: list[Numbered]) -> bool:
    """A sentence numbered after its item's number, "112/07/01 Apologies were received"
    under "112/07 APOLOGIES FOR ABSENCE": that item's paragraph, no item of its own; or a
    year's running number that runs on from none one by one (a ledger's cost centre,
    "40.010", "40.020"; not a year's minutes, "23.001", "23.002", "17.146", "17.147")."""
    if YEAR_RUN.search(cand.number):
        return not _year_runs(cand, found)
    return cand.title is None and any(
        f.line < cand.line and cand.number.startswith(f.number + "/") for f in found
    )


# A year's minutes numbered on in three figures after its stop, one by one, padded with
# noughts or not ("23.001.It was resolved ...", "23.002", "17.146 Apologies for Absence"):
# no paragraph's numbers.
YEAR_RUN = re.compile(r"^\d{2}\.\d{3}$")
# Or numbered year, month and minute, with a heading ("20.7.1 Apologies for Absence" in July
# 2020): the year from 2015, so that a paragraph's "10.1.1" is not read as one.
YEAR_MONTH_RUN = re.compile(r"^(?:1[5-9]|[2-4]\d)\.(?:0?[1-9]|1[0-2])\.\d{1,2}$")


def _year_runs(cand: Numbered, found: list[Numbered]) -> bool:
    """Whether a year's running number runs on from or into another, one or two on."""
    steps = {int(o.number[-3:]) - int(cand.number[-3:]) for o in found if YEAR_RUN.search(o.number)}
    return bool(steps & {-2, -1, 1, 2})  # (one minute may be missing from the page)


def dated_from_one(found: list[Numbered], others: list[Numbered] | None = None) -> list[Numbered]:
    """The candidates but numbers shaped as dates that run on by their first part ("2.6.22",
    "3.6.22": an events list's days in June 2022) where none of them, nor of others, is item
    1 of that month and year ("1.3.22 Attendance", "2.3.22 To receive apologies ...")."""
    every = [c for c in [*found, *(others or [])] if len(c.key) == 3 and is_date(c.number)]
    every = list({(c.line, c.number): c for c in every}.values())  # (each line's once)
    shared = Counter(c.key[1:] for c in every)  # (a year's minutes, "15/12/01", share none)
    firsts = {c.key[1:] for c in every if c.key[0] == 1}
    return [
        c for c in found
        if len(c.key) != 3 or not is_date(c.number) or shared[c.key[1:]] < 2 or c.key[1:] in firsts
    ]  # fmt: skip


def lower_heading(number: str, rest: str) -> bool:
    """Whether a line's words in lower case after its number are a heading: after a
    minute's number with its year's part, which no sentence opens with ("364/14 confirmation
    and signing of minutes of the meeting held on 14th NOVEMBER 2013"), the whole line; or
    a few words led by a term that is printed in lower case ("7. s.106 monies", "4. eBikes
    scheme"), which no list's entry ("3. to ask the Clerk to write") opens with; or what
    the meeting was to do labelled with a colon ("3 to agree: LCCC to hold an AGM ...")."""
    if rest[-1:] == ".":
        return False
    if _SLASH_YEAR.fullmatch(number):
        return rest[:1].isalpha()
    if _AGENDA_VERB_LABEL.match(rest):
        return True
    return bool(LOWER_TERM.match(rest)) and len(rest.split()) <= 6 and not FINITE_VERB.search(rest)


_SLASH_YEAR = re.compile(r"[A-Z]{0,3}\d{1,4}/\d\d")  # "364/14", "C048/23"
# What the meeting was to do, as the agenda labels it with a colon, before the matter: "3 to
# agree: LCCC to hold an AGM on 16 November 2020 ..." (a list's task has no colon: "3. to
# ask the Clerk to write").
_AGENDA_VERB_LABEL = re.compile(
    r"to\s+(?:agree|note|consider|approve|receive|discuss|decide|adopt|ratify|elect)"
    r"(?:\s+and\s+[a-z]+)?\s*:\s+\S"
)
# A term printed in lower case: a section of an Act, a brand ("s.106", "s. 137", "eBikes").
LOWER_TERM = re.compile(r"(?:[a-z]{1,2}\.\s?\d{2,3}|[a-z]{1,2}[A-Z][a-z]+)\b")


def repeats_heading(lines: list[str], i: int) -> bool:
    """Whether the number alone on line i repeats, printed alike, that of a heading just
    above it, with at most its agenda text between (CMIS prints an item's number with its
    heading and again beside its minutes: "1 Election of Chairman" / "1"); not a sentence
    or a list's entry that opens with the same figure ("3 members of the public attended").
    """
    above = [j for j in range(i - 1, max(-1, i - 6), -1) if lines[j]][:2]  # (blank lines between)
    for j in above:
        lead = NUMBER_LEAD.match(lines[j])
        if lead is None:
            continue
        printed = lines[j][: lead.start("rest")].strip()
        if printed not in (lines[i].strip(), lines[i].strip() + "."):
            continue  # (not printed alike: "6 Church Street ..." over "6."; "1." over "1" is)
        rest = lead["rest"].strip()
        heading = heading_line(rest) and not FINITE_VERB.search(rest)
        if heading or re.match(r"To\s+[a-z]+\b", rest):
            return True  # (its heading, or the agenda's words: "3 To receive the minutes")
    return False


def sub_number(above: str, line: str) -> bool:
    """Whether line is a number alone within the minute's number above it, "2." over "2.1"
    or "3.1.1" (not an amount under a figure: "2" over "2.50")."""
    m = NUMBER_ALONE.match(line)
    above = above.strip()
    parent = above.rstrip(".")
    return bool(
        m and above.endswith(".") and parent.isdigit() and m["number"].startswith(parent + ".")
    )


def left_under(lines: list[str], i: int, j: int) -> bool:
    """Whether the paragraph's number at j, alone under the minute's at i, was left there by a
    converter: no other paragraph of that minute stands over a heading of its own ("2.2" /
    "Verges" makes "2.1" / "Bench" a paragraph's heading, not the minute's)."""
    parent = lines[i].strip().rstrip(".") + "."
    for k in range(j + 1, min(len(lines), j + 60)):
        m = NUMBER_ALONE.match(lines[k])
        if not m:
            continue
        if not m["number"].startswith(parent):
            return True  # the next minute: "3."
        below = next((ln for ln in lines[k + 1 : k + 3] if ln), "")
        if below and not NUMBER_ALONE.match(below) and heading_line(below):
            return False
    return True


def restyled_run(chain: list[Numbered], cands: list[Numbered]) -> list[Numbered]:
    """The chain, and the items after its last where the typist changed how they are
    numbered, running on from its last running part: "03/09/03. Approval of minutes" /
    "4. Democratic 15 minutes" / "5. Matter arising"."""
    if len(chain) < 2 or len(chain[-1].key) < 2 or chain[-1].key[-1] == 0:
        return chain
    last, run = chain[-1], chain[-1].key[-1]
    after: list[Numbered] = []
    for c in cands:
        if c.line <= last.line or c.family == last.family or not c.title:
            continue
        if c.key == (run + 1 + len(after),):
            after.append(c)
    return chain + after if after else chain
