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
from .patterns import ATTENDANCE_SECTIONS, PRESENT_START

PUBLIC_SESSION = re.compile(
    r"^(?P<title>(?:Public|Open)\s+(?:Forum|Question\s+Time|Questions?|Participation"
    r"(?:\s+Session)?|Session|Speaking)"
    r"|Questions?\s+from\s+(?:the\s+)?(?:members\s+of\s+the\s+)?public"
    r"|Members?\s+of\s+(?:the\s+)?Public\s+(?:issues|session|participation|forum|questions?))"
    r"\s*(?:[:.\-–]\s*(?P<rest>.*))?$",
    re.I,
)


def public_session(preamble: list[str]) -> tuple[int, int, str, str] | None:
    """(line, end, heading, the text run into it) of the public session's heading in the
    lines above the first numbered item, if one stands there; it ends where an attendance
    list starts below it ("Present: Councillor ..."), or with the preamble."""
    for i, line in enumerate(preamble):
        m = PUBLIC_SESSION.match(line.strip())
        if m:
            end = next((j for j in range(i + 1, len(preamble)) if _attendance(preamble[j])),
                       len(preamble))  # fmt: skip
            return i, end, m["title"], (m["rest"] or "").strip()
    return None


def _attendance(line: str) -> bool:
    folded = fold(line)
    return bool(PRESENT_START.regex.match(folded)) or any(
        section.regex.match(folded) for section, _, _ in ATTENDANCE_SECTIONS
    )
