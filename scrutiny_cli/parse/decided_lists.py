"""A numbered list that is one decision's parts, its keyword dropped by the page: "(1) Note
the draft revenue results;" / "(2) Approve the draft year end capital ...", or "1. The
receipt of £1,062,066 capital funding ... be noted." after "It was moved by ..., and".
Where a ModernGov page's headings carry their reports' icons, such a list is that item's
decision, however long, never the page's items.
"""

from __future__ import annotations

from .numbers import NUMBER_LEAD, Numbered
from .patterns import DECISION_WORDING, SUBJUNCTIVE


def decision_parts(chain: list[Numbered], lines: list[str]) -> bool:
    """Whether a chain from 1 is a decision's parts whose keyword the page dropped, however
    many: "(1) Note the draft revenue results;" / "(2) Approve ...", "1. The receipt of
    £1,062,066 ... be noted." (most of them so worded: a part may only add to another)."""
    if len(chain) < 2 or chain[0].key[:1] != (1,):
        return False
    return sum(_decision_part(lines[c.line]) for c in chain) * 2 > len(chain)


def _decision_part(line: str) -> bool:
    m = NUMBER_LEAD.match(line.lstrip())  # (the part's words after its number)
    text = m["rest"] if m else line
    return bool(DECISION_WORDING.regex.match(text.lower()) or SUBJUNCTIVE.search(text))
