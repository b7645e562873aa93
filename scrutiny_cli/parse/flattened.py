"""A PDF page flattened onto one line ("... C30/16 Apologies ... C31/16 Declarations of
Interest ..."), broken before each of its item numbers so that segment.py sees a line an
item, as it would in a page printed line by line.
"""

from __future__ import annotations

import itertools
import re

from .agenda_above import minutes_after_agenda
from .attendance_cues import ATTENDANCE_LABEL
from .chains import dated_from_one
from .dates import MONTHS
from .flat_runs import cited_run, minutes_over_paragraphs
from .lines import gapped
from .listings import points_of_a_paragraph
from .numbers import (
    NUMBER,
    Numbered,
    best_chain,
    family,
    follows,
    is_date,
    number_key,
    paragraph_number,
)
from .own_numbers import minutes_before
from .title_words import OPENING_HEADING
from .titles import KEYWORD_LINE, heading_line, split_run_in
from .two_part_numbers import numbers_like_dates, running_decimals, year_first
from .unglue import unglued

LONG_LINE = 250  # a line this long may be a whole PDF page flattened: look inside it
# What follows a figure that is no item number: a month ("8 December"), a time, a percentage.
_PAGE_OF = re.compile(r"(?i)\bpage\s+\d{1,3}\s+of\s+$")
# What stands before a thing's number, no minute's: "... blocked footpath No. 10. The ...".
# (or the agenda's items named in a sentence: "... excluded ... ie: agenda item, 1. Avon
# Meadows Car Park. And 2 Cemetery Formal Complaint.")
_NUMBERED_THING = re.compile(r"(?i)\b(?:No|Nos|Number|agenda\s+items?,)\.?\s*$")
# (but a number with its stop before a month that names a meeting is an item's: "4. November
# meeting minutes - agreed"; not "4 November 2022", "12. May 2019")
MONTH_TITLED = re.compile(rf"\d{{1,3}}\.\s+(?i:{MONTHS})\s+(?=[a-z])")
# A page's title with its year, no item numbered so: "2017 Minutes".
YEAR_TITLE = re.compile(r"\s*(?:19|20)\d\d\s+(?i:minutes|agenda)\s*$")
MONTH_START = re.compile(rf"(?i)^(?:{MONTHS})\b|^(?:[ap]\.?m\b|%|hrs\b|hours\b|refers\b|-\s*\d)")

# An item's number in a flattened line (the stop may be glued to the heading: "3.Public
# Address Nobody requested ...", or a semicolon: "Item 1;Opening- Chair welcomed ..."; and
# "ITEM" before it is no prefix of the number's: "ITEM 21-07/01 PUBLIC FORUM: ..."; a
# transcription that lost its line breaks glues the number to the sentence before it, its
# heading in capitals after it: "... in recent years.57/19 ELECTION OF CHAIRJohn Hume ...",
# or a table's row, its cells parted by " / ": "... Ben Willcocks.2. / Minutes of ...").
_ITEM_NUMBER = re.compile(
    rf"(?:(?<=\s)|^|(?<=[a-z]{{2}}[.!?])(?=\d{{1,4}}/\d{{2}}\s+[A-Z]{{2}}|\d{{1,3}}\.\s+/\s+[A-Z]))"
    # (or a colon after a minute's number with its parts: "17/8/02: DECLARATION OF ...",
    # "P/125/2017: APOLOGIES"; or after "Item": "Item 2: Declaration of Interests The Chair")
    rf"(?:(?P<word>(?i:item))\s+)?"
    # (or a running number in brackets before a heading in capitals, as printed minutes
    # number theirs: "... Highways) (52) APOLOGIES FOR ABSENCE Apologies for ..."; not a
    # second number after an item's own, "ITEM 6 (263) MATTERS ARISING")
    r"(?P<open>(?<!\d\s)\((?=\d{1,4}\)\s+(?:[A-Z]{3,}|[A-Z]{2,}\s+[A-Z]{2,})\b))?"
    rf"(?P<number>{NUMBER})"
    r"(?:[.);]\s*|(?:(?<=/\d\d)|(?<=/\d{4})|(?(word)|(?!))):\s+|\s+)"
    # (or a colon set apart before a heading in capitals: "... Woodman 1 : APOLOGIES FOR ABSENCE")
    r"(?::\s+(?=[A-Z]{2}))?"
    r"(?:(?<=\.\s)/\s+)?"  # (or a table's cell after a slash: "2. / Minutes of 2015AGM:")
    r"(?=[A-Z‘“'\"]|\([aA]\)\s+[A-Z])"  # (or its first part's letter: "21.053 (a) The ...")
)


# A minute's number with a space before its year's slash, as a converter spaced it: "... Pages
# 13 – 17 77 /16 Declarations of Interest ..." (read as "77/16").
_SPACED_SLASH = re.compile(r"(?<![\w/.,£$])(\d{1,4}) /(\d\d)(?=\s+[A-Z])")
_TWO_FIGURES = re.compile(r"\d{1,2}\.\d{2}")  # (after the stop: "16.95", not "3.1")
# "Item" ending the heading before a number with its stop: "2. Private Item 3. Chair’s
# update Noted: ...", item 3, no item cited.
_HEADING_ENDS_ITEM = re.compile(r"\b[A-Z][a-z]+\s+Item\s+\d{1,3}\.\s+$")
# An hour after the word that tells when: "... on Tuesday 4th May 2021 at 19.00 Present: ...".
_AT_HOUR = re.compile(r"(?i)\b(?:at|from|until|commencing)\s+(?:[01]?\d|2[0-3])[.:][0-5]\d$")


def split_long_lines(lines: list[str]) -> list[str]:
    """Break a PDF page flattened onto one line before each of its item numbers
    ("... C30/16 Apologies ... C31/16 Declarations of Interest ...")."""
    lines = minutes_after_agenda(_next_run_on(gapped(lines, LONG_LINE)), LONG_LINE)
    cands: list[Numbered] = []
    dated: list[Numbered] = []  # numbers shaped as dates: items only where they run on
    worded: dict[tuple[int, int], int] = {}  # (numbers after "Item", where the word starts)
    decimal: list[Numbered] = []  # (a paragraph's numbers, or a year's minutes: "16.95")
    lines = [_SPACED_SLASH.sub(r"\1/\2", ln) if len(ln) >= LONG_LINE else ln for ln in lines]
    for i, line in enumerate(lines):
        if len(line) < LONG_LINE:
            continue
        for m in _ITEM_NUMBER.finditer(line):
            number = m["number"]
            at = m.start() if m["open"] else m.start("number")
            if is_date(number) and not _after_month(line, m.start()):
                if "£" in line[m.end() : m.end() + 40]:
                    continue  # (a payment's date: "1.6.22 Wexbridge Water £40.00")
                # ("1.3.22 Attendance. ... 2.3.22 To receive apologies ...": item 1 of March
                # 2022's meeting, and item 2)
                title, weight = _heading_after(line, m.end())
                dated.append(Numbered(i, number, number_key(number), family(number, ""),
                                      weight, title=title, offset=at))  # fmt: skip
                continue
            if paragraph_number(number) and _TWO_FIGURES.fullmatch(number):
                title, weight = _heading_after(line, m.end())  # ("16.95 To receive ...")
                decimal.append(Numbered(i, number, number_key(number), family(number, ""),
                                        weight, title=title, offset=at))  # fmt: skip
                continue
            if (
                paragraph_number(number)
                or _AT_HOUR.search(line, max(0, at - 16), m.end("number"))
                or MONTH_START.match(line[m.end() :])
                or (not m["open"] and _after_month(line, m.start()))  # ("August. (55)")
                or _PAGE_OF.search(line, max(0, m.start() - 16), m.start())
                or _NUMBERED_THING.search(line, max(0, m.start() - 16), m.start())
            ):
                continue  # (nor a page's count in its footer: "Page 1 of 5 North Kincardine";
                # nor a thing's number: "... blocked footpath No. 10. The Clerk advised ...")
            title, weight = _heading_after(line, m.end())
            cands.append(Numbered(i, number, number_key(number), family(number, ""), weight,
                                  title=title, offset=at))  # fmt: skip
            if m["word"] and not _HEADING_ENDS_ITEM.search(line, 0, m.end()):
                worded[(i, at)] = m.start()
            plain_after = line[m.end("number") : m.end("number") + 1] == "." or "/" in number
            bare = (
                _INITIALS.match(line, at, m.end("number"))
                if plain_after or _LETTERS_SPACE_FIGURE.fullmatch(number)
                else None
            )
            if bare:  # "Minutes GH 1. Apologies": a person's initials, perhaps, before a plain
                # number with its stop ("Seconded SM 3. Declarations of Interest"), or a
                # member's post after the name ("Navin Shah AM 1 Apologies for Absence")
                plain = number[bare.end() - at :]
                cands.append(Numbered(i, plain, number_key(plain), family(plain, ""), weight,
                                      offset=bare.end()))  # fmt: skip
    cands += numbers_like_dates(dated_from_one(dated)) + running_decimals(decimal, cands)
    if len(cands) < 2 and not _lone(lines, cands):
        return _caps_headings(lines)  # (most pages: no long line holds two numbers)
    found = cands
    cands = _between_anchors(cands, _anchors(lines, _ITEM_NUMBER))
    # (re-keyed where the year comes first, "17/95", "17/96", as segment.py reads them)
    chain = best_chain(year_first(sorted(cands, key=lambda c: (c.line, c.offset))))
    if cited_run(chain, worded):  # (earlier items cited after "Item" in a chain without it)
        cands = [c for c in cands if (c.line, c.offset) not in worded]
        chain = best_chain(year_first(sorted(cands, key=lambda c: (c.line, c.offset))))
    chain = minutes_over_paragraphs(chain, cands)  # ("33 To Receive ... 1 Andrew ... 34 ...")
    if len(chain) < 2:
        chain = _lone(lines, found)  # (an excerpt cut after its first minute: that one)
        if len(chain) != 1:
            return lines
    elif points_of_a_paragraph(lines, chain):
        return _caps_headings(lines)
    chain = minutes_before(lines, chain)  # ("... 2165/21 1. Apologies for Absence ...")
    cuts: dict[int, list[int]] = {}
    apart: set[tuple[int, int]] = set()  # (headings cut out to stand between blank lines)
    # (paragraphs numbered on through the page, each before a sentence: a heading run on
    # before one stands apart, "... the evening. Matters Arising 3. The Convener ...")
    # (or minutes numbered with their year, each before a sentence, its heading printed
    # beside it in a column and run on before it: "... David Crowe. Register of directors'
    # interests 16/10/2 No changes were noted.")
    paragraphs = sum(1 for c in chain if c.title is None and _whole(c.number)) * 2 > len(chain)
    # (where every number has "Item" before it, the word is each item's: "... Item 4. Matters")
    words = all((c.line, c.offset) in worded for c in chain)
    for c in chain:
        cuts.setdefault(c.line, []).append(worded[c.line, c.offset] if words else c.offset)
        top = _heading_before(lines[c.line], c.offset) if paragraphs and c.title is None else None
        if top is not None and _whole(c.number):
            cuts[c.line].append(top)
            if "/" in c.number:  # (a minute's heading stands apart, as it is printed)
                apart.add((c.line, top))
    for i, offsets in cuts.items():  # (an unnumbered opening heading above the first number)
        offsets += [m.start() for m in _DOUBLED_OPENING.finditer(lines[i], 1, min(offsets))]
        # (or the minutes' own title after a site's contact block: "... NN7 4EP [email
        # protected] Minutes of meeting of Harlestone Parish Council 19:00 on ...")
        if i == min(cuts) and (named := _MINUTES_TITLE.search(lines[i], 1, min(offsets))):
            offsets.append(named.start())
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in cuts:
            out.append(line)
            continue
        points = [0, *sorted(cuts[i]), len(line)]
        # (each piece read again for words run together: "57/19 ELECTION OF CHAIRJohn")
        for a, b in itertools.pairwise(points):
            if b > a:
                piece = unglued(line[a:b].strip())
                out.extend(["", piece, ""] if (i, a) in apart else [piece])
    return out


# An item's running number at a line's start, and the next one's run onto the end of that
# item's text before a heading in capitals: "20004. MINUTES ... a true record. Clerk 20005.
# MATTERS ARISING FROM ...", "3) NOTES OF LAST MEETING" / "... signed by the Chairman. 4)
# MATTERS ARISING FROM THE NOTES ...".
_OWN_RUNNING = re.compile(r"^(?P<n>\d{1,5})(?P<mark>[.)])(?:\s|$)")
_RUN_ON = re.compile(
    r"\s(?=(?P<n>\d{1,5})(?P<mark>[.)])\s+[A-Z]{2,}\s+[A-Z]{2,})"
    # (or a heading in mixed case that ends the line, after a sentence's stop: "... Agenda
    # Item 5. vii. 3. Approval of the Minutes from the Previous Meeting held on 4th ...")
    r"|(?<=[.!?)])\s(?=(?P<n2>\d{1,5})(?P<mark2>[.)])\s+[A-Z][a-z][^.!?:;]{2,100}$)"
)


def _next_run_on(lines: list[str]) -> list[str]:
    """The lines, each broken before the next item's number and heading in capitals run
    onto its end: the number one on from the last that opened a line, printed alike."""
    out: list[str] = []
    expected: tuple[str, str] | None = None  # (the next number as printed, and its mark)
    for line in lines:
        own = _OWN_RUNNING.match(line)
        if own is not None:
            expected = (str(int(own["n"]) + 1).zfill(len(own["n"])), own["mark"])
        at = None
        if expected is not None:
            at = next((m for m in _RUN_ON.finditer(line, own.end() if own else 0)
                       if (m["n"] or m["n2"], m["mark"] or m["mark2"]) == expected),
                      None)  # fmt: skip
        if at is None:
            out.append(line)
            continue
        out += [line[: at.start()], line[at.start() + 1 :]]
        expected = None  # (the next item's line, now its own, sets the next number)
    return out


# The opening business's heading run into a sentence that repeats it, above the numbered
# minutes: "... were in attendance. Apologies for absence Apologies for absence were
# received from ... B.1260 Declarations of Interest" (preamble.py takes it as an item).
_MINUTES_TITLE = re.compile(
    r"(?<=\S\s)(?:Minutes|MINUTES)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?i:meeting)\b"
)
_DOUBLED_OPENING = re.compile(
    rf"(?<=[.:] )(?P<heading>{OPENING_HEADING.pattern.removeprefix('(?i)')})\s+(?P=heading)\s", re.I
)

# (or a part's numeral, "PART I 1. APOLOGIES FOR ABSENCE": the exempt part's mark, "PART II",
# is two capitals already)
_INITIALS = re.compile(r"(?:[A-Z]{2,3}|(?<=(?i:part)\s)I)\s+(?=\d)")
_LETTERS_SPACE_FIGURE = re.compile(r"[A-Z]{2,3} \d{1,3}")

# A heading in capitals between one sentence's end and the next one's start, in a page of
# unnumbered minutes flattened onto one line: "... and Mrs G Wyant. WELCOME The Chairman
# welcomed ... APOLOGIES FOR ABSENCE Apologies for absence were received ...".
_CAPS_HEADING = re.compile(
    r"(?<=[a-z)][.!?])\s+(?=(?P<head>[A-Z][A-Z'’&,-]*(?:\s+(?:[A-Z'’&(][A-Z'’&,()-]*|\d{1,4}))*)"
    r"\s+[A-Z][a-z])"
)
CAPS_HEADINGS = 2  # such headings in one long line that show its layout


def _caps_headings(lines: list[str]) -> list[str]:
    """The lines, each long one holding two or more headings in capitals broken before
    each: a whole page of unnumbered minutes flattened onto one line."""
    out: list[str] = []
    for line in lines:
        if len(line) < LONG_LINE:
            out.append(line)
            continue
        cuts = [m.end() for m in _CAPS_HEADING.finditer(line) if _caps_heading(m["head"])]
        if len(cuts) < CAPS_HEADINGS:
            out.append(line)
            continue
        points = [0, *cuts, len(line)]
        out.extend(line[a:b].strip() for a, b in itertools.pairwise(points))
    return out


def _caps_heading(head: str) -> bool:
    """Whether words in capitals are a heading: two words or more, or one long word; never
    an attendance list's label ("IN ATTENDANCE Also in attendance were ...") nor a
    decision's keyword ("RESOLVED That ...")."""
    words = head.split()
    if len(words) < 2 and len(head) < 6:
        return False  # (an acronym opening a sentence: "KCC said ...")
    return not (ATTENDANCE_LABEL.fullmatch(head) or KEYWORD_LINE.match(head))


def _lone(lines: list[str], cands: list[Numbered]) -> list[Numbered]:
    return [c for c in cands if _lone_minute(lines[c.line], c)]


def _lone_minute(line: str, number: Numbered) -> bool:
    """Whether the one number of a flattened line is a minute's: after a sentence, before a
    heading of three words or more in capitals ("... Peter McCabe. 285 TO RECEIVE ANY
    ANNOUNCEMENTS FROM THE MAYOR (Agenda Item 2) Announcements were ..."), where the page
    was cut after its first minute; or, a minute's number with its year's, before any heading
    ("... None requested. 87/16 Vacancy in the membership of X The Clerk reported ...")."""
    title = number.title or ""
    words = re.findall(r"\b[A-Z]{2,}\b", title)
    if not line[: number.offset].rstrip().endswith("."):
        return False
    caps = len(words) >= 3 and not re.search(r"\b[a-z]{3,}\b", title)
    if caps:
        return True
    return bool(
        title
        and _YEARS_MINUTE.fullmatch(number.number)
        and _SENTENCE_END.search(line, max(0, number.offset - 4), number.offset)
    )


# A minute's number with its year's part; not a financial year ("c. 2019/20 Parish
# Partnership Funding"), nor after a list's letter ("c.").
_YEARS_MINUTE = re.compile(r"(?!(?:19|20)\d\d/)\d{1,4}/\d{2}")
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s+$")


# A heading run on between a sentence's end (or a number) and a paragraph's number, as a
# flattened Scottish minute has them: "... the feedback from the evening. Minutes of Last
# Meeting 2. Agreed, subject to ...", "... NHS Borders). SCOTTISH BORDERS ALCOHOL PROFILE 1.
# The Convener welcomed ...".
_RUN_ON_HEADING = re.compile(
    # (a stop that ends a sentence, not a title's or an initial's: "Mrs. Burlton")
    r"(?:(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCllr)(?<![\s.][A-Z])\.|[:;)]|\d)\s+"
    r"(?P<heading>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&,-]*|of|and|the|for|to|in|on|&)){0,7})\s*$"
)


# (or in sentence case after a sentence's stop, where heading_line() judges it: "... on
# behalf of David Crowe. Register of directors' interests and declarations 16/10/2 No ...")
_RUN_ON_PHRASE = re.compile(
    r"(?<=[a-z)]{2}[.!?])\s+(?P<heading>[A-Z][\w'’‘&-]*(?:\s+[\w'’‘&(),-]+){1,13})\s*$"
)


def _heading_before(line: str, at: int) -> int | None:
    """Where a heading standing before a paragraph's number in a flattened line starts."""
    for pattern in (_RUN_ON_HEADING, _RUN_ON_PHRASE):
        m = pattern.search(line, max(0, at - 120), at)
        if m is not None and heading_line(m["heading"]) is not None:
            return m.start("heading")
    return None


def _whole(number: str) -> bool:
    """A paragraph's number with no part's after a stop: "3", "16/10/2"; not "3.1"."""
    return number.isdigit() or _SLASHED_WHOLE.fullmatch(number) is not None


_SLASHED_WHOLE = re.compile(r"\d{1,4}(?:/\d{1,4}){1,2}")


def _heading_after(line: str, end: int) -> tuple[str | None, float]:
    """The heading after a number in a flattened line, and the weight it gives the number
    (read only for numbers that may be items: it is the dearest test here)."""
    title, _ = split_run_in(line[end : end + 200], numbered=True)
    return title, 2.0 if title else 0.5


def _after_month(line: str, start: int) -> bool:
    """ "8 December 2019. Members ...": a year, not a minute number."""
    return bool(re.search(rf"(?i)\b(?:{MONTHS})\.?,?\s*$", line[max(0, start - 12) : start]))


MIN_ANCHORS = 3  # line-start numbers that show a page is printed line by line


def _anchors(lines: list[str], pattern: re.Pattern[str]) -> list[Numbered]:
    """The chain of numbers that start lines, long or short: on a page printed line by
    line, its items."""
    found = []
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if m and not (paragraph_number(m["number"]) or is_date(m["number"])):
            number = m["number"]
            found.append(Numbered(i, number, number_key(number), family(number, ""), 1.0))
    return best_chain(year_first(found))


def _between_anchors(cands: list[Numbered], anchors: list[Numbered]) -> list[Numbered]:
    """Where lines start with a chain of item numbers, a number inside a long line between
    two of them is an item only if it runs on from the one before it and into the one
    after: a matters-arising paragraph's earlier minutes ("104 MATTERS ARISING Minute
    number 45 Weir: ... 70 Westminster Field Bridge: ...") are not this meeting's items. (A
    page flattened whole above an action table's rows, "1 Clerk to write ...", is broken
    as before: no item line stands above it.)"""
    if len(anchors) < MIN_ANCHORS:
        return cands
    kept = []
    for c in cands:
        # (not the line's own number, which may be a count: "1 Member of the Public 1. ...")
        before = [a for a in anchors if a.line < c.line]
        after = [a for a in anchors if a.line > c.line]
        if (
            c.offset == 0
            or not (before and after)
            or (follows(before[-1], c) and follows(c, after[0]))
        ):
            kept.append(c)
    return kept
