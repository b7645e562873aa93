"""What stands above the first numbered item and is an item after all: the public session a
parish or town council holds before its numbered business, under a heading of its own.

    Present: Councillors Ash (Chair), Birch
    Public Forum: Two residents raised the state of the footpath.
    19. Chairman's remarks

The heading ("Public Forum", "Public Question Time", "Member of Public issues") starts an
unnumbered item that runs to the first numbered one; the lines above it stay the preamble
(attendance, apologies). A count of the public present ("No members of the public",
"Members of the public: 3") is attendance, never such a heading.
"""

from __future__ import annotations

import re

from ..read.text import fold
from .attendance_cues import ATTENDANCE_SECTIONS, PRESENT_START

PUBLIC_SESSION = re.compile(
    r"^(?P<title>(?:(?:Adjournment\s+for\s+)?Public|Open)\s+(?:Open\s+)?(?:Forum|Question\s+Time|"
    r"Questions?|Participation(?:\s+Session)?|Session|Speaking)(?:\s+for\s+Public\s+Participation)?"
    r"|Parishioners[’']?\s+Question\s+Time"
    r"|Questions?\s+from\s+(?:the\s+)?(?:members\s+of\s+the\s+)?public"
    r"|Members?\s+of\s+(?:the\s+)?Public\s+(?:issues|session|participation|forum|questions?))"
    r"(?:\s*\(\d{1,2}\s+min(?:ute)?s?\))?"  # ("Public Participation (15 minutes)")
    r"\s*(?:[:.\-–]\s*(?P<rest>.*))?$",
    re.I,
)


def public_session(preamble: list[str], start: int = 0) -> tuple[int, int, str, str] | None:
    """(line, end, heading, the text run into it) of the public session's heading in the
    lines above the first numbered item, from start (below the header: a web site's menu
    above it may name its pages so), if one stands there with text under it; it ends
    where an attendance list starts below it ("Present: Councillor ..."), or with the
    preamble. A session's label alone ("PUBLIC SESSION" over "1. Apologies") is none."""
    for i in range(start, len(preamble)):
        m = PUBLIC_SESSION.match(preamble[i].strip())
        if m:
            end = next((j for j in range(i + 1, len(preamble)) if _attendance(preamble[j])),
                       len(preamble))  # fmt: skip
            rest = (m["rest"] or "").strip()
            if rest or any(ln.strip() for ln in preamble[i + 1 : end]):
                return i, end, m["title"], rest
            return None
    return None


def _attendance(line: str) -> bool:
    folded = fold(line)
    return bool(PRESENT_START.regex.match(folded)) or any(
        section.regex.match(folded) for section, _, _ in ATTENDANCE_SECTIONS
    )
