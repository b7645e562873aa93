"""A Scottish council's dateline over its minute, read as the header sentence it stands
for. The town and date come first and the body after them, on the same line or the next:
"IRVINE, 9 September 2009 - At a Meeting of North Ayrshire Council at 2.00 p.m.",
"Motherwell, 2 March 2017 at 2 pm." / "A Meeting of the PLANNING COMMITTEE", "Glasgow, 8th
December 2016." / "Glasgow City Council.". Each is put as "At a Meeting of BODY held on
DATE at TIME in PLACE." for the header's rules to read; the town alone is no venue.
"""

from __future__ import annotations

import re

from .dates import DAY_NAMES
from .header_labels import name_line
from .rules import near_miss, rule

DATELINE = rule(
    "header-dateline",
    # (a town, never a day's or a body's name: "Tuesday, 13 May 2008", "Council, 26 ...")
    rf"^(?!(?i:{DAY_NAMES}|council|cabinet|committee|board)\b)"
    r"(?P<town>[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+)?),\s+"
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d)"
    r"(?:\s+at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?))?"
    r"\s*(?:[-–.]\s*)?(?P<rest>.*)$",
    "header",
    "IRVINE, 9 September 2009 - At a Meeting of North Ayrshire Council at 2.00 p.m.",
    flags=0,
)
near_miss("header-dateline", "Tuesday, 13 May 2008", "Council, 26 September 2024")
# The body after the dateline: "At a meeting of the Cabinet of North Ayrshire Council at
# 2.30 p.m. in Cunninghame House, Irvine.", "A Meeting of the X SUBCOMMITTEE PRESENT ...".
MEETING_OF = rule(
    "header-dateline-meeting",
    # (a body's name, no sentence: "A meeting of residents was arranged for March.")
    r"^(?!.*\b(?:was|were|is|will)\b)"
    r"(?:At\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z]+\s+)?(?i:meeting)\s+of\s+(?P<body>.{3,150}?)"
    r"(?:\s+at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?))?"
    r"(?:\s+in\s+(?P<place>[A-Z][^.]{2,120}))?(?:\.|\s+PRESENT\b.*)?\s*$",
    "header",
    "At a Meeting of North Ayrshire Council at 2.00 p.m.",
    flags=0,
)
near_miss("header-dateline-meeting", "A meeting of residents was arranged for March.")


def dateline_prose(top: list[str]) -> list[str]:
    """The lines, a dateline and the body's line after it made one header sentence."""
    out = list(top)
    for i, line in enumerate(top[:8]):
        m = DATELINE.match(line) if line[:1].isupper() and "," in line[:40] else None
        if m is None or (m["rest"] and not MEETING_OF.match(m["rest"])):
            continue
        below = next((k for k in range(i + 1, min(i + 3, len(top))) if top[k]), None)
        sentence = None
        if m["rest"]:
            sentence = _sentence(m, m["rest"])
        elif below is not None and (sentence := _sentence(m, top[below])):
            out[below] = ""
        if sentence:
            out[i] = sentence
        break
    return out


_BODY_NOUN = re.compile(
    r"(?i)\b(?:council|committee|sub-?committee|board|panel|cabinet|authority)\b"
)


def _sentence(dateline: re.Match[str], rest: str) -> str | None:
    meeting = MEETING_OF.match(rest)
    # (or the body's name alone: "Glasgow City Council.")
    body = meeting["body"] if meeting else name_line(rest.rstrip(". "))
    if not body or not (meeting or _BODY_NOUN.search(body)):
        return None
    time = dateline["time"] or (meeting["time"] if meeting else None)
    place = meeting["place"] if meeting else None
    return (
        f"At a Meeting of {body} held on {dateline['day']}"
        + (f" at {time}" if time else "")
        + (f" in {place}" if place else "")
        + "."
    )
