"""Headings that stand above a minute's number rather than beside it: "APOLOGIES" /
"PLA146/14", "NOTICE OF RECORDING" / "2803 The Chair advised ...", and the agenda's label
and heading over the minute's number, "Item 3:To approve the minutes" / "C.77 The minutes
... were approved"; and a heading with its number in brackets after it, "Apologies (025)
Council RESOLVED ...". The segmenter asks where such a heading stands and what it says."""

from __future__ import annotations

import re

from .agenda_headings import AGENDA_WORDED
from .caps_wrapped import wrapped_heading
from .lines import OPEN_END
from .numbers import NUMBER_ALONE, NUMBER_LEAD, Numbered, family, number_key
from .title_words import ONE_WORD_DECISIONS, minutes_word, note_line
from .titles import heading_line

# a heading's words only: no number, dash or bracket (a hyphen inside a word is its own:
# "Election of Vice-Chairman"; quotation marks are: "Register of ‘Fit and Proper Person’
# declarations")
_PLAIN = re.compile(r"[A-Za-z][\w ,&'’‘“”/]*(?:(?<=\w)-(?=\w)[\w ,&'’‘“”/]*)*")


_TIGHT_WORDS = 6


def heading_above(lines: list[str], i: int, mixed: bool = False) -> int | None:
    """Where the heading of a running number stands above it: "NOTICE OF RECORDING" /
    "2803 The Chair advised the meeting ...", or (with mixed, for a minute's number) in
    mixed case between blank lines right above it ("Apologies for absence" / "" / "20/59
    There were none.", or with no blank line between); or over one sentence that precedes
    the number ("GRANT TO THE TRUST" / "In accordance with article 1 of this minute, ..." /
    "6. The Committee had before it ..."), or the agenda's words for it ("To receive ...").
    None when none."""
    seen = 0
    for j in range(i - 1, max(-1, i - 6), -1):
        if not lines[j]:
            continue
        if not seen and AGENDA_LABEL.match(lines[j]) and not AGENDA_LABEL.match(lines[i]):
            return j  # the agenda's label and heading: "Item 1 :Apologies" / "C.75 There were"
        above = re.sub(r"^[\W_]+", "", lines[j])
        # (or right above it, unless it closes the minute before: "Clerk to contact Highways")
        apart = not lines[j - 1] and (not lines[j + 1] or (j == i - 1 and not note_line(above)))
        # (or, on a page of no blank lines, a few words right above: "Apologies for absence" /
        # "LEP103 The Board was advised ..."; not a sentence's end wrapped onto its own line,
        # "Letters were received from" / "Wyvern Residents Association" / "20/63 It was ...")
        before = lines[j - 1].rstrip() if j else ""
        open_end = before.endswith(",") or OPEN_END.search(before) is not None
        tight = j == i - 1 and len(above.split()) <= _TIGHT_WORDS and not note_line(above)
        tight = tight and bool(before) and not open_end
        alone = mixed and j and (apart or tight) and _PLAIN.fullmatch(above)
        if (above.isupper() or (alone and not seen)) and heading_line(above):
            # (not a numbered heading: "112/07 APOLOGIES" over "112/07/01 Apologies were
            # received" is the item the paragraph is in)
            return None if NUMBER_LEAD.match(lines[j]) else j
        seen += 1
        # (or the agenda's words for it, stop or none: "APOLOGIES FOR ABSENCE" / "To receive
        # apologies for absence and notification of substitutions" / "HWSP.11/22")
        sentence = lines[j].rstrip().endswith(".") and len(lines[j].split()) >= 6
        sentence = sentence or bool(AGENDA_WORDED.match(lines[j]))
        if seen > 1 or NUMBER_LEAD.match(lines[j]) or not sentence:
            return None
    return None


# The agenda's label and heading over the minute's number and its text, as some councils
# print both: "Item 3:To approve the minutes of the previous meeting" / "C.77 The minutes of
# the meeting held on 21.07.15 were approved ...".
AGENDA_LABEL = re.compile(
    r"^(?:Item|ITEM|(?i:agenda\s+item))\s+\d{1,3}[a-z]?"
    r"(?:\s*(?:[:.]|\s[-–]|-)\s*|\s+(?=[A-Z]{3,}\b))(?P<heading>[A-Z].*)$"
)  # (and "AGENDA ITEM 1- Apologies", "AGENDA ITEM 3 – Receive & confirm minutes", or a
# heading in capitals after a space: "ITEM 1 MINUTES" / "18/100")


def heading_of(line: str) -> str | None:
    """The heading a line above a minute's number gives it (None: none)."""
    if m := AGENDA_LABEL.match(line):
        heading = m["heading"].strip(" .:;")
        return heading_line(heading) or (heading if AGENDA_WORDED.match(heading) else None)
    return heading_line(re.sub(r"^[\W_]+", "", line))


def title_above(lines: list[str], i: int) -> tuple[int | None, str | None]:
    """Where the heading of a number standing alone starts above it, and what it says: one
    line ("APOLOGIES" / "PLA146/14"), or one in capitals wrapped over up to three, read whole
    ("DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH ..." / "... PARAGRAPH 6.6)" /
    "PLA148/14"); (None, None) when no heading stands there."""
    top = heading_above(lines, i)
    if top is None:
        return None, None
    if any(ln.strip() for ln in lines[top + 1 : i]):  # (over a sentence or the agenda's words)
        return top, heading_line(re.sub(r"^[\W_]+", "", lines[top]))
    below = top
    while top > 0 and i - top < 4 and _heading_goes_up(lines[top - 1]):
        top -= 1
    joined = re.sub(r"^[\W_]+", "", " ".join(lines[top:i]).strip())
    # (over lines of its own in capitals, a heading is never a sentence: "COUNCILLOR SMITH
    # DECLARED AN INTEREST" / "MR JONES SPOKE AGAINST" / "PLA148/14")
    title = wrapped_heading(joined) if i - top > 1 else heading_line(joined)
    # (its last line alone, under a decision's words, "APPROVED ..." / "SITE VISITS"; not the
    # tail of a decision in capitals, "THAT THE APPLICATION BE REFUSED ..." / "...")
    if title is None and top < below and not _DECISION_START.match(lines[top]):
        top, title = below, heading_line(lines[below])
    return top, title


_DECISION_START = re.compile(r"(?:THAT|RESOLVED|AGREED|RECOMMENDED)\b")


def _heading_goes_up(line: str) -> bool:
    """Whether a heading in capitals above a minute's number goes on up to this line: one in
    capitals, not the minute before's number ("PLA147/14") nor its one word ("NONE")."""
    if not line.isupper() or NUMBER_ALONE.match(line) or NUMBER_LEAD.match(line):
        return False
    word = line.strip(" .")
    return not minutes_word(word) and word.title() not in ONE_WORD_DECISIONS


# The minute's number in brackets after its heading, the text run on: "Apologies (025)
# Council RESOLVED to accept apologies from ...", "Minutes (027) Council RESOLVED ..." (not
# a year, "Highways (2021) Act", nor an agenda's own number before it, "ITEM 1 (421)").
_BRACKETED_NUMBER = re.compile(
    r"^(?P<title>[A-Z][A-Za-z'’&,/-]*(?:\s+[A-Za-z'’&,/-]+){0,7}?)\s+"
    r"\((?P<number>(?!19\d\d|20\d\d)\d{2,4})\)\s+(?P<rest>[A-Z].*)$"
)


def bracketed_number(line: str, i: int) -> Numbered | None:
    """A heading with its minute's number in brackets after it, as a place an item may
    start."""
    m = _BRACKETED_NUMBER.match(line)
    if m is None:
        return None
    number = m["number"]  # (its family the number's own: "Minutes (027)" is no "Minute 27")
    fam = family(number, number)
    return Numbered(i, number, number_key(number), fam, 2.5, title=m["title"], rest=m["rest"])
