"""Which layout a text is, and the parser for it. A new layout is a new row in LAYOUTS."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ParseError, UnknownLayout
from ..model import Document
from ..read.text import fold
from .formal import parse_formal
from .moderngov import parse_item_page, parse_meeting_page
from .patterns import AGENDA_ITEM_PAGE, FORMAL_HEADER, MODERNGOV_HEADER, Rule

# (format name, the rule that recognises it, how many leading characters it looks at, parser)
LAYOUTS: tuple[tuple[str, Rule, int, Callable[[str], Document]], ...] = (
    ("moderngov-item", AGENDA_ITEM_PAGE, 100, parse_item_page),
    ("moderngov-meeting", MODERNGOV_HEADER, 1500, parse_meeting_page),
    ("formal-minutes", FORMAL_HEADER, 4000, parse_formal),
)


def detect(text: str) -> str | None:
    """The name of the layout text is in, or None."""
    for name, rule, window, _ in LAYOUTS:
        if rule.search(fold(text[:window])):
            return name
    return None


def parse(text: str) -> Document:
    """Parse normalised text in whichever layout it is; ParseError when none fits."""
    failures: list[ParseError] = []
    for _, rule, window, parser in LAYOUTS:
        if rule.search(fold(text[:window])):
            try:
                return parser(text)
            except ParseError as e:  # a later layout may still fit
                failures.append(e)
    if failures:
        raise failures[0]
    raise UnknownLayout(
        'unknown layout: no ModernGov header, "Agenda item" page or formal minutes header found',
        hint="scrutiny reads ModernGov meeting and agenda item pages and formal minutes",
    )
