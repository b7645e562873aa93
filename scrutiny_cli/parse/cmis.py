"""A CMIS "Decision Details" page put into the shape of a ModernGov decision page.

CMIS, the other committee system councils publish on, prints a decision's fields as a
label on one line and its value on the next:

    Decision Details
    Business Item
    Air Quality Strategy
    Decision Maker:
    Cabinet
    Date of Decision
    Tue 1 Jun 2021
    Decision Made
    That the draft Air Quality Strategy ... be approved.
    Reason for Decision

The page becomes "Decision details" / the business item as its title / "Decision Maker:
Cabinet" / "Date of decision: Tue 1 Jun 2021" / "Decision:" / its text / "Reason for
Decision", which the decision page's readers (kinds.py, header_anywhere.py, sections.py)
know; the page's other fields and tabs are dropped.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^\s*Decision\s+Details\s*$")
# A field's label, alone on its line, and the ModernGov label its value takes.
_FIELDS: dict[str, str] = {
    "decision maker": "Decision Maker:",
    "date of decision": "Date of decision:",
    "status": "Decision status:",
}
_BUSINESS_ITEM = "business item"
_DECISION_MADE = "decision made"
# The labels whose value is a block of text, which ends the decision's own text.
_BLOCKS = re.compile(
    r"(?i)^\s*(?:Reasons?\s+for\s+(?:the\s+)?Decision|Alternative\s+Options.*|Any\s+Declarations.*|"
    r"Any\s+Dispensation.*|Decision\s+Criteria|Wards|Topics|Overview\s+and\s+Scrutiny|"
    r"Description|Matter\s+for\s+Decision.*|Service\s+Area.*|Contact\s+for.*|Background\s+Papers.*|"
    r"Is\s+.*|Ref\.?|Decision\s+Type.*|Show\s+on\s+Forward\s+Plan)\s*:?\s*$"
)
_WINDOW = 6  # lines from the top where the page's title stands


def cmis_decision(lines: list[str]) -> list[str]:
    """The lines of a CMIS decision page in a ModernGov decision page's shape; any other
    page's as they are."""
    if not any(_TITLE.match(ln) for ln in lines[:_WINDOW]):
        return lines
    filled = [ln.strip() for ln in lines if ln.strip()]
    fields: dict[str, str] = {}
    decision: list[str] = []
    k = 0
    while k < len(filled):
        label = filled[k].rstrip(" :").lower()
        value = filled[k + 1] if k + 1 < len(filled) else ""
        if label == _DECISION_MADE:
            k += 1
            while k < len(filled) and not _BLOCKS.match(filled[k]):
                decision.append(filled[k])
                k += 1
            continue
        if label in _FIELDS or label == _BUSINESS_ITEM:
            fields.setdefault(label, value)
            k += 2
            continue
        k += 1
    if _BUSINESS_ITEM not in fields or not decision:
        return lines
    out = ["Decision details", "", fields[_BUSINESS_ITEM], ""]
    out += [f"{_FIELDS[name]} {value}" for name, value in fields.items() if name in _FIELDS]
    return [*out, "", "Decision:", *decision, "", "Reason for Decision"]
