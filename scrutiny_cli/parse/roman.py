"""Minutes numbered with Roman numerals, as Scottish councils number them ("III
APPOINTMENTS TO OUTSIDE BODIES", "I. Parish Plan:", "ITEM II – Minutes of Last Meeting"):
the segmenter's candidates from such lines."""

from __future__ import annotations

import re

from .numbers import ROMAN_NUMERAL, Numbered, roman_value
from .rules import near_miss, rule
from .whole_headings import whole_line_title

# A Roman numeral before a heading in capitals, as Scottish councils number minutes ("III
# APPOINTMENTS TO OUTSIDE BODIES"), or with a stop before any heading ("I. Parish Plan:").
ROMAN_LEAD = rule(
    "roman-lead",
    # (its capitals may hold figures, a dash and a colon: "IV DUNDEE CITY COUNCIL 2023/2024 -
    # ACCOUNTS", "I DEPUTATION - AUNG SAN SUU KYI: 10TH ANNIVERSARY OF HOUSE ARREST")
    rf"^(?P<number>{ROMAN_NUMERAL})(?:\s+(?=[A-Z]{{2}}[A-Z\d\s'’&,/()–:-]*$)|\.\s+)"
    r"(?P<rest>[A-Z][^\n]{2,120})$",
    "segment",
    "III APPOINTMENTS TO OUTSIDE BODIES",
    flags=0,
)
near_miss("roman-lead", "I would like to thank the Clerk.", "I AM", "VAT RETURN")
# Or after "ITEM" and a dash: "ITEM II – Minutes of Last Meeting", "ITEM III –Malcolm Henry";
# or "Item" and a space before a heading in its own case: "Item II Code of Conduct Amendment".
_ITEM_ROMAN = re.compile(
    rf"^(?:ITEM|Item)\s+(?P<number>{ROMAN_NUMERAL})(?:\s+[-–—:]\s*|\s+(?=[A-Z]))"
    r"(?P<rest>[A-Z].{2,120})$"
)


def roman_lead(line: str, i: int) -> Numbered | None:
    """A Roman numeral before its heading, as a place an item may start."""
    m = (ROMAN_LEAD.match(line) or _ITEM_ROMAN.match(line)) if line[:1] in "IVX" else None
    title = whole_line_title(m["rest"]) if m else None
    if m is None or title is None:
        return None
    key = (roman_value(m["number"]),)
    return Numbered(i, m["number"], key, ("roman", "", False), 2.5, title=title)
