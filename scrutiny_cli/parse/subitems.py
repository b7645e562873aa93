"""Lettered (or numbered from 1, or under the item's own number: "5.1") sub-items under an
item that has no text of its own.

    3. MINUTES

    (a) Previous Meeting

    The minute of meeting of this Committee of 25 November 2008 was approved ...

    (b) Executive Sub-Committee

    The minute of meeting of the Executive Sub-Committee ... was submitted and noted.

Each lettered heading is an item of its own, numbered as printed ("(a)", "b"), and the
empty parent stays as an item with no text. A heading may run into its text after a dash
("a) Email addresses – DS was not available ..."), and the parent's "Minutes:" label
before the first goes with each. Lettered lines inside an item that has text
before them are its points or a resolution's parts ("(a) That the report be noted"), and
stay where they are. So do decimal paragraphs that open with their text ("4.1 The Clerk
reported ...", "6.1 Translation Service - The service is expected ..."): only headings
standing alone, each over its own text, are sub-items. Numbered from 1, a heading may run
into its text after a colon, each of the list so ("65/16/17 Matters arising: 1. Area Board:
There has not been a meeting ..." / "2. Highways: Mrs Ash reported ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .agenda_headings import AGENDA_WORDED
from .caps_wrapped import title_wrapped_on
from .cited_rows import cited_rows, own_numbers_dropped
from .numbered_rows import numbered_run_in
from .numbers import roman_value
from .printed_titles import APPLICATION_REF
from .sentence_starts import said_by_initials, text_after_dash
from .title_words import title_case
from .titles import heading_line
from .whole_headings import whole_line_title

if TYPE_CHECKING:
    from .cuts import Segment

# "(a) Previous Meeting", "a) Previous Meeting", "a. Previous Meeting", "(A)Budget Meeting";
# or numbered from 1 under the item's number: "1.Review of the Code of Conduct".
_LETTERED = re.compile(
    r"^(?:(?P<number>\((?P<l1>[a-zA-Z])\))\s*|(?P<bare>(?P<l2>[a-zA-Z])[.)])\s+"
    r"|(?P<numeral>(?P<d>[1-9]\d?)[.)])\s*(?=[A-Z]))(?P<title>\S.*)$"
)
_NUMERAL = re.compile(r"[1-9]\d?[.)]")
_STOP_INSIDE = re.compile(r"[a-z]\.\s+\S")
# One lettered heading alone is a point, not a list of sub-items; one under the item's own
# number, a heading alone over its text, is a sub-item all the same ("4." / "4.1 Crime
# Statistics" / "There were two ...").
MIN_SUBITEMS = 2
_WORDS_ONLY = re.compile(r"[^\d£$€%]+")  # (not a figure's line: "6.1 Bank balance £12,345")


def split_subitems(items: list[Segment]) -> list[Segment]:
    """The items, each empty parent followed by its lettered sub-items."""
    out: list[Segment] = []
    for item in items:
        out += _subitems(item) or [item]
    return out


def _subitems(item: Segment) -> list[Segment] | None:
    if any(_GLUED_LETTER.search(ln) for ln in item.body):
        item = type(item)(item.number, item.title, _unglued_letters(item.body))
    if item.number and any(ln.strip() == item.number for ln in item.body):
        # (its own number again alone, as a meeting's listing repeats it in its minutes
        # column: "3 REPORTS TO COUNCIL FOR DECISION" / "3" / "(a) APPOINTMENT OF LEADER")
        body = ["" if ln.strip() == item.number else ln for ln in item.body]
        item = type(item)(item.number, item.title, body)
    decimal = _decimal_headings(item.body, item.number)
    lettered = [] if decimal else _lettered_headings(item.body) or _roman_headings(item.body)
    starts = decimal or lettered or numbered_run_in(item.body, item.title or "", item.number)
    # (one alone is a sub-item too where it is a heading under the parent's own number, or
    # a lettered one in capitals under an empty parent: "III MEMBERSHIP" / "(a) PERTH AND
    # KINROSS COUNCIL" / its text)
    one = len(starts) == 1 and bool(
        _WORDS_ONLY.fullmatch(starts[0][2]) if decimal else lettered and lettered[0][2].isupper()
    )
    if len(starts) < MIN_SUBITEMS and not one:
        return _follow_ups(item)
    above = item.body[: starts[0][0]]
    if decimal and any(ln.strip() and not _BARE_LABEL.match(ln.strip()) for ln in above):
        return _cut(item, starts, above, [])  # (the parent's own text stays its own)
    labels = [ln for ln in above if ln.strip()]  # ("Minutes:")
    return _cut(item, starts, [], labels)


# A bracketed letter glued after the sentence that ends the line: "... lay-by leak. (c)
# Street lighting on Bank Lane" (a converter ran the next row onto the one before).
_GLUED_LETTER = re.compile(r"(?<=[.!?])\s+(?=\((?P<letter>[a-z])\)\s+[A-Z])")


def _unglued_letters(body: list[str]) -> list[str]:
    """The body with each lettered heading glued onto the line before its own line again:
    only the letter after the last one, a heading alone on its line ("(b) Water leaks"
    above, "(c)" glued; not after a lettered paragraph run on from its heading)."""
    out: list[str] = []
    last = ""
    for line in body:
        m = _LETTERED.match(line.strip())
        if m and m["l1"]:
            last = m["l1"].lower() if heading_line(m["title"]) else ""
        glued = _GLUED_LETTER.search(line) if last else None
        if glued and glued["letter"] == _next(last):
            out += [line[: glued.start()], line[glued.end() :]]
            last = glued["letter"]
            continue
        out.append(line)
    return out


def _follow_ups(item: Segment) -> list[Segment] | None:
    """The item, its own text kept, then each row that follows up an earlier minute."""
    rows = cited_rows(item.body, item.title)
    return own_numbers_dropped(_cut(item, rows, item.body[: rows[0][0]], [])) if rows else None


def _cut(
    item: Segment, starts: Sequence[tuple[int, str | None, str, str]], own: list[str],
    labels: list[str],
) -> list[Segment]:  # fmt: skip
    """The parent with its own lines, then a segment from each start to the next, the
    parent's labels before each one's text."""
    make = type(item)
    found = [make(item.number, item.title, own)]
    for k, (i, number, title, rest) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(item.body)
        below = item.body[i + 1 : end]  # (its heading may wrap onto the line below)
        heading, below = (title, below) if rest else title_wrapped_on(title, below)
        found.append(make(number, heading or title, [*labels, *([rest] if rest else []), *below]))
    return found


def _lettered_headings(body: list[str]) -> list[tuple[int, str, str, str]]:
    """(line, number, heading, the text run into it) of each lettered heading, (a), (b) ...
    in turn, where the first opens the body (after a section label) and each stands
    between blank lines with text after it, or runs into its text after a dash."""
    found: list[tuple[int, str, str, str]] = []
    expected, ones = _first(body), False
    # (numbered ones only all or none, each a heading alone: a list of points numbered so
    # is far more common than lettered)
    numeric = expected.isdigit()
    unbroken = _unbroken(body)
    for i, line in enumerate(body):
        text = line.strip()
        if not text or (not found and _BARE_LABEL.match(text)):
            continue
        m = _LETTERED.match(text)
        if (
            numeric
            and _NUMERAL.match(text)
            and not (
                m and m["d"] and not _STOP_INSIDE.search(m["title"]) and _alone(body, i, unbroken)
            )
        ):
            return []  # a numbered sentence or point: "1. Discuss the lease. Action – Clerk"
        if m and _APPLICATION.match(m["title"]):
            return []  # a list's entries by reference: "a. PL/2022/04098 – Land at Marsh Farm"
        letter = m and (m["l1"] or m["l2"] or m["d"]).lower()
        if letter == "1" and expected == "2":
            expected, ones = "1", True  # every one "1.": a list a converter numbered so
        run_in = _run_in(m["title"]) if m and letter == expected and not numeric else []
        if len(run_in) == 2 and _titled(run_in[1]) and _alone(body, i, unbroken):
            run_in = []  # a heading alone keeps its dashes: "a) Landfill Fund – Trory Cycle Lane"
        if len(run_in) == 2 and said_by_initials(*run_in):
            return []  # who spoke, by initials, and what: "a) SC – 77/14(a) – asked if ..."
        if len(run_in) == 2 and (title := heading_line(run_in[0])):
            found.append((i, _number(m), title, run_in[1]))  # type: ignore[arg-type]
            expected = "1" if ones else _next(expected)
            continue
        if letter != expected or not _alone(body, i, unbroken):
            if not found or (numeric and m and m["d"]):
                return []  # text before the first: the parent's own, and these are points
            continue
        # (a colon may part a sub-item's heading: "(B) Joint Board: Seminar On 7 December")
        title = heading_line(m["title"]) if m else None
        if m and title is None and (":" in m["title"] or numeric):  # (a numbered one stands alone)
            title = whole_line_title(m["title"])
        if (
            m
            and title is None
            and found
            and m["title"].isupper()
            and AGENDA_WORDED.match(m["title"])
        ):
            # (the agenda's words in capitals, as the others are: "(c) TO NOTE PLANNING
            # DECISIONS"; in their own case they are the agenda's points, "b) To consider ...")
            title = m["title"].strip(" .")
        if title is None:
            return found if found and not numeric else []
        found.append((i, _number(m), title, ""))  # type: ignore[arg-type]
        expected = "1" if ones else _next(expected)
    return found


def _roman_headings(body: list[str]) -> list[tuple[int, str, str, str]]:
    """(line, number, heading, the text run into it) of each heading numbered in small Roman
    numerals, i, ii, iii ... in turn, the first opening the body: each alone over its text
    ("i.Recycling Bins" / "Councillor Jones led ..."), or run into it after a dash or after
    the stop of a heading of a few words ("(i) Balances. The Clerk circulated ..."). Two at
    least; a list of points so numbered has sentences, not headings."""
    found: list[tuple[int, str, str, str]] = []
    unbroken = _unbroken(body)
    for i, line in enumerate(body):
        text = line.strip()
        m = _ROMAN_HEADING.match(text)
        if not m or roman_value(m["r1"] or m["r2"]) != len(found) + 1:
            if not found and text and not _BARE_LABEL.match(text):
                return []  # (the parent's own text first: these are its points)
            continue
        number = m["number"] if m["r1"] else m["r2"]
        if _alone(body, i, unbroken) and (title := heading_line(m["title"])):
            found.append((i, number, title, ""))
            continue
        run = _run_in(m["title"]) or _stop_run_in(m["title"])
        if len(run) != 2 or not (title := heading_line(run[0].rstrip(" ."))):
            return []
        found.append((i, number, title, run[1]))
    return found if len(found) >= MIN_SUBITEMS else []


# "(i) Balances", "ii. Council's Website", "iii) Grit Bin", glued too: "i.Recycling Bins".
_ROMAN_HEADING = re.compile(
    r"^(?P<number>\((?P<r1>[ivx]{1,5})\)|(?P<r2>[ivx]{1,5})[.)])\s*(?P<title>[A-Z].*)$"
)
# A heading of a few words closed by its stop, its text after it: "Balances. The Clerk ...".
_STOP_HEADING = re.compile(r"^(?P<head>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3})\.\s+(?=[A-Z])")


def _stop_run_in(title: str) -> list[str]:
    m = _STOP_HEADING.match(title)
    return [m["head"], title[m.end() :]] if m else []


# A sub-item numbered under its parent's number ("5.1", "5.2."), its heading after it or on
# the lines below (a number alone: "4.3").
# (a letter or numeral in brackets after it is part of the number: "5.1 (b) Report from ...")
# (matched after the parent's number and its stop: one pattern for every parent)
_DECIMAL = re.compile(
    r"(?P<sub>(?P<d>[1-9]\d?)(?:\s?\([a-z\d]{1,4}\))?)\.?"
    # (a converter may drop the space, or print a table's cell mark: "2.1 / Speeding")
    r"(?:\s+(?:/\s+)?(?P<title>\S.*)|(?P<glued>[A-Z].*))?$"
)


def _decimal_headings(body: list[str], parent: str | None) -> list[tuple[int, str, str, str]]:
    """(line, number, heading, "") of each of "5.1 BUS SHELTER", "5.2 FLOWER BASKETS" in
    turn under item 5: all or none, the first opening the body, and each a heading alone
    over its own text ("5.1 The Clerk reported ..." is a paragraph, and so are the rest)."""
    if not parent or not parent.rstrip(".").isdigit():
        return []
    prefix = parent.rstrip(".") + "."

    def own_prefix(text: str) -> bool:
        return text.startswith(prefix) and text[len(prefix) : len(prefix) + 1].isdecimal()

    def own(text: str) -> bool:  # "5.1 ...", "5.2" under item 5 (not "5.1.1", a paragraph's)
        return own_prefix(text) and not _DEEPER.match(text, len(prefix))

    found: list[tuple[int, str, str, str]] = []
    before = 0  # (lines of the parent's own text before the first: a short paragraph at most)
    for i, line in enumerate(body):
        text = line.strip()
        if not text:
            continue
        if not own(text):
            if not found and not _BARE_LABEL.match(text):
                before += 1
                if before > _OWN_LINES:
                    return []  # the parent's own text first
            continue
        m = _DECIMAL.match(text, len(prefix))
        after = next((ln.strip() for ln in body[i + 1 :] if ln.strip()), "")
        if not after and found:
            break  # the last, cut by the page's end: a line of the one before
        if not m or int(m["d"]) != len(found) + 1 or not after or own(after):
            return []
        heading, at = m["title"] or m["glued"], i
        if not heading:  # (the number alone, its heading the next line: "3.1" / "Roof Repairs")
            heading, at = after, next(j for j in range(i + 1, len(body)) if body[j].strip())
        title = whole_line_title(heading)
        if title is None and AGENDA_WORDED.match(heading):  # (the agenda's words, a verb and
            title = heading.strip(" .")  # all: "4.2 To develop a list ... is in place.")
        if title is None:
            return []  # (a sentence under the number alone: "3.1" / "The quote had come.")
        found.append((at, text[: m.end("sub")], title, ""))
    # (under the parent's own sentence, two or more: "4. Open Session" / "The meeting was
    # adjourned." / "4.1. District Councillors" / ... / "4.2. County Councillor" / ...)
    # (and two or more over paragraphs numbered under them, "5.1. Report from the Police" /
    # "5.1.1. ...": one alone so is a lead-in over its paragraphs, "5.1 Comments on
    # applications:" / "5.1.1 Application – 190926 ...")
    # (paragraphs, each a sentence: "2.1.1 Footpath. A meeting took place." under "2.1
    # Chairman's Report." is a heading of its own, and the page's numbers a level too deep
    # for sub-items)
    if not found:
        return []
    deeper = [t for ln in body if own_prefix(t := ln.strip()) and _DEEPER.match(t, len(prefix))]
    if any(not _SENTENCE_FIRST.match(t) for t in deeper):
        return []
    few = before or deeper
    return found if not few or len(found) >= MIN_SUBITEMS else []


_DEEPER = re.compile(r"\d{1,2}\.\d")  # a paragraph numbered under a sub-item: "5.1.1."
# A numbered paragraph whose first sentence runs to four words at least.
_SENTENCE_FIRST = re.compile(r"[\d.]+\s+(?:[^\s.]+\s+){3}")
_OWN_LINES = 2  # lines of its own text a parent may have over its decimal sub-items


def _run_in(title: str) -> list[str]:
    """A heading and the text it runs into after a dash or a semicolon ("a) Ditch at the
    Meadow; Nothing to report"), or []. Two headings a semicolon apart are one ("a) Refc
    Minute 227b; New Residents Welcome Letter"), and the minute a heading cites goes on with
    its title ("i) Minute 38 – Vehicle Activated Signs – Cllr Gregory had met ...")."""
    sep = _DASH.search(title)
    if sep and _CITED.fullmatch(title[: sep.start()]):
        sep = _DASH.search(title, sep.end())
    if not sep or (sep[0] == ";" and heading_line(title[sep.end() :])):
        return []
    return [title[: sep.start()], title[sep.end() :].strip()]


def _titled(rest: str) -> bool:
    """Words after a dash printed as a heading's ("Trory Cycle Lane"), not text ("Nothing to
    report", "Councillor Roden", "DS was not available")."""
    words = rest.split()
    return bool(words) and title_case(words) and not text_after_dash(rest)


def lettered_items(lines: list[str]) -> list[tuple[int, str | None, str | None, str]]:
    """A page with no numbers and no headings standing alone but lettered ones, "(a)
    Appointment of Chairman", "(b) Declarations of Interest" ...: their starts, as sub-items'
    are read; the text above the first (who came, the hearing's procedure) is the preamble."""
    first = next((i for i, ln in enumerate(lines) if _FIRST_LETTER.match(ln.strip())), None)
    if first is None:
        return []
    found = _lettered_headings(lines[first:])
    if len(found) < MIN_SUBITEMS:
        return []
    # (a heading alone on its line keeps its dashes: "(c) Licensing Act 2003 - Application
    # for a Premises Licence - Alexandra Park")
    return [
        (first + k, number, *_whole(lines[first + k], title, rest))
        for k, number, title, rest in found
    ]


def _whole(line: str, title: str, rest: str) -> tuple[str, str]:
    m = _LETTERED.match(line.strip())
    whole = m["title"].strip() if m else ""
    return (whole, "") if rest and heading_line(rest) and heading_line(whole) else (title, rest)


_FIRST_LETTER = re.compile(r"\(?[aA][.)]\s*(?=[A-Z])")


def _first(body: list[str]) -> str:
    """The sub-items' first mark: "1" where the body opens with a number, else "a"."""
    first = next((ln.strip() for ln in body if ln.strip()), "")
    return "1" if first[:1] == "1" else "a"


def _next(mark: str) -> str:
    return str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)


def _number(m: re.Match[str]) -> str:
    """ "(a)" as printed, "b" of "b)" or "b.", "1" of "1." (a closing bracket alone is
    punctuation)."""
    printed = m["number"] or m["bare"] or m["numeral"]
    return printed if printed.startswith("(") else printed.rstrip(".)")


# A planning application's reference opening a lettered line: "a. PL/2022/04098 – ...".
_APPLICATION = re.compile(APPLICATION_REF)
_DASH = re.compile(r"\s+[-–—]\s+|;(?=\s+[A-Z])")
_CITED = re.compile(r"(?i)(?:minute|min\.?|item)\s+[\w/.()]{1,12}")
_BARE_LABEL = re.compile(r"^(?:Minutes|Decisions?)\s*:$")


def _alone(body: list[str], i: int, unbroken: bool) -> bool:
    """A heading on a line of its own, with text after it before the next heading (after a
    blank line, unless the body has none: a page laid out a line to a paragraph)."""
    before = not i or not body[i - 1].strip() or unbroken
    after = next((ln for ln in body[i + 1 :] if ln.strip()), "")
    return before and bool(after) and not _LETTERED.match(after.strip())


def _unbroken(body: list[str]) -> bool:
    """Whether the body has no blank line between its first line of text and its last."""
    filled = [k for k, ln in enumerate(body) if ln.strip()]
    return bool(filled) and all(body[k].strip() for k in range(filled[0], filled[-1] + 1))
