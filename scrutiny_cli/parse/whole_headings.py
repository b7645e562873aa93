"""Headings that are the whole of a line's words: under a number standing alone, on a line
of their own after a minute's number, a long one standing over its text, and a heading
printed again in a second language."""

from __future__ import annotations

import re

from .lines import strip_attachment
from .numbers import NUMBER_LEAD
from .title_words import DONE_TO, FINITE_VERB, SENTENCE_FIRST

# The agenda's item number in brackets under a printed minute's heading: "(Item 7)".
_ITEM_NOTE = re.compile(r"\((?:Agenda\s+)?Item\s+\d{1,3}[a-z]?\)$", re.I)


def heading_alone(lines: list[str], i: int, rest: str) -> str | None:
    """The whole of line i's words after its number as its heading, where the line stands
    alone (a blank line or the agenda's "(Item 7)" under it) and reads as a heading."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    after = re.split(r"\s[-–—]\s", rest, maxsplit=1)[-1].split()
    if after and after[0] in SENTENCE_FIRST:
        return None  # a sentence after the dash: "21/00124 - The Council objected to ..."
    return whole_line_title(rest) if not below or _ITEM_NOTE.match(below) else None


def whole_line_title(line: str) -> str | None:
    """The line under a number standing alone is its heading, colons and all
    ("By-Election: Greyfriars Ward, Grantham"), unless it is a sentence; one that carries
    its report's icon is a heading however long its agenda words ("To elect a Mayor ..., to
    elect a Deputy Mayor ... and to pay tribute to ... pdf icon PDF 276 KB")."""
    text, icon = strip_attachment(line)
    text = text.strip(" .:;")
    if not text or text[0].islower() or len(text.split()) > (_ICON_WORDS if icon else 30):
        return None
    return text if icon or not FINITE_VERB.search(DONE_TO.sub(" ", text, count=1)) else None


_ICON_WORDS = 60


# A second heading in title case closing its line, a stop after it: "The Chair’s Welcome and
# Personal Matters."
_TITLE_CASED = re.compile(r"(?:The\s+)?[A-Z][\w'’-]+(?:\s+(?:and|of|for|&|[A-Z][\w'’-]+)){2,8}")


def other_language(title: str, rest: str) -> str | None:
    """The heading in its second language, where a heading in its own case goes on after a
    full stop in title case (as a Welsh council prints both), with nothing after it."""
    after = rest[len(title) :].lstrip()
    other = after[1:].strip().rstrip(".")
    if title.isupper() or len(title.split()) < 2 or after[:1] != "." or FINITE_VERB.search(other):
        return None
    return other if _TITLE_CASED.fullmatch(other) else None


def text_below(lines: list[str], i: int) -> bool:
    """Whether the line below a heading's is text of its own (a capital opening it, no
    number)."""
    below = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    # (or its first lettered part: "4. Remarks – Parishioners ..." / "a. Windmill Layby")
    return (below[:1].isupper() and not NUMBER_LEAD.match(below)) or bool(_LETTERED.match(below))


_LETTERED = re.compile(r"\(?[a-h][.)]\s+[A-Z]")


def heading_over_text(lines: list[str], i: int, title: str, text: str) -> bool:
    """Whether a long title stands alone over its text as a heading does ("14.44 Update on
    rats on Church Lane and follow-up action" / "There were still problems."): no verb,
    no full stop, not opening with a participle ("2.2 Submitted letter of thanks from ...")."""
    if (
        text
        or len(title.split()) > _LONG_HEADING
        or title.endswith(".")
        or FINITE_VERB.search(title)
    ):
        return False
    return not _PARTICIPLE.match(title) and text_below(lines, i)


_LONG_HEADING = 14  # words at most of a heading standing alone over its text
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed\b")
