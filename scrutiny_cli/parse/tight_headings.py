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
_WORDS = 6  # a heading's most words
_WRAPPED = 60  # a line this long without a stop at its end may be wrapped mid-sentence
# What the line above may be: a paragraph's end, or an attendance list's label ("Apologies
# for absence: Chairman Mr J. Lockwood and Councillor Judge").
_ENDED = re.compile(r"[.!?:)]$")
# A short sentence of its own is a paragraph too: "These were read and approved."
_SENTENCE = re.compile(r"^[A-Z][^.!?]*[.!?]$")
_ATTENDANCE = re.compile(r"(?i)^(?:present|in\s+attendance|also\s+present|apologies)\b")


def over_paragraphs(lines: list[str]) -> set[int]:
    """The lines of a tight page that are headings in mixed case over a paragraph."""
    found = {i for i in range(1, len(lines) - 1) if _over_paragraph(lines, i)}
    return found if len(found) >= TIGHT_HEADINGS else set()


def _over_paragraph(lines: list[str], i: int) -> bool:
    line, above, below = lines[i], lines[i - 1], lines[i + 1]
    if not (line and above and below) or line.isupper() or re.search(r"\d", line):
        return False  # (capitals are read elsewhere; a figure is a date's or a sum's)
    if len(line.split()) > _WORDS or heading_line(line) is None:
        return False
    ended = len(above) < _WRAPPED or _ENDED.search(above) or _ATTENDANCE.match(above)
    whole = _SENTENCE.match(below) is not None and FINITE_VERB.search(below) is not None
    return bool(ended) and (is_minutes_sentence(below) or whole)
