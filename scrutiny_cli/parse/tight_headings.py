"""Headings in mixed case on a page printed without blank lines: a short line standing over
a paragraph ("Fly Tipping" / "Councillors Menzies and Deague confirmed that all the signs
had been refreshed."). Without a blank line to set it apart, a heading is known by what is
around it: the line above ended its paragraph and the one below is a sentence. Three or
more on a page make them its headings (one alone may be a paragraph's short last line)."""

from __future__ import annotations

import re

from .title_words import is_minutes_sentence
from .titles import FINITE_VERB, heading_line

TIGHT_HEADINGS = 3  # such lines on a page that make them its headings
_WORDS = 8  # a heading's most words
# What the line above may be: a paragraph's end, an attendance list's label ("Apologies for
# absence: Chairman Mr J. Lockwood and Councillor Judge"), or a heading over this one
# ("Agenda Items" / "Speed Reduction in the Village"); never a line that stops short
# mid-sentence, "... about the verge to the" / "Highways Department" (a narrow page's wrap).
_ENDED = re.compile(r"[.!?:)]$")
# A short sentence of its own is a paragraph too: "These were read and approved."
_SENTENCE = re.compile(r"^[A-Z][^.!?]*[.!?]$")
_ATTENDANCE = re.compile(r"(?i)^(?:present|in\s+attendance|also\s+present|apologies)\b")


def over_paragraphs(lines: list[str]) -> set[int]:
    """The lines of a tight page that are headings in mixed case over a paragraph."""
    shaped = {i for i in range(1, len(lines) - 1) if _shaped(lines[i])}
    found = {i for i in shaped if _placed(lines, i, shaped)}
    return found if len(found) >= TIGHT_HEADINGS else set()


def _shaped(line: str) -> bool:
    """A heading's shape: a few words in mixed case, no figure (a date's or a sum's), not
    broken off at a preposition ("Rear extension at" / "Rose Cottage, Church Lane"), not an
    owner's tag ("Action Clerk")."""
    if not line or line.isupper() or re.search(r"\d", line) or len(line.split()) > _WORDS:
        return False  # (capitals are read elsewhere)
    if _BROKEN_OFF.search(line) or _OWNER_TAG.match(line):
        return False
    return heading_line(line) is not None


_BROKEN_OFF = re.compile(r"(?i)\b(?:at|in|on|for|with|from|near|by|of|the|to|and|or|a|an)$")
_OWNER_TAG = re.compile(r"(?i)^actions?\b")


def _placed(lines: list[str], i: int, shaped: set[int]) -> bool:
    """Whether the line above ended its paragraph and the one below is a sentence."""
    above, below = lines[i - 1], lines[i + 1]
    if not (above and below):
        return False
    ended = _ENDED.search(above) or _ATTENDANCE.match(above) or i - 1 in shaped
    whole = _SENTENCE.match(below) is not None and FINITE_VERB.search(below) is not None
    return bool(ended) and (is_minutes_sentence(below) or whole)
