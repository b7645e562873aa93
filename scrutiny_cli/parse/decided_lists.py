"""A numbered list that is one decision's parts, its keyword dropped by the page: "(1) Note
the draft revenue results;" / "(2) Approve the draft year end capital ...", or "1. The
receipt of £1,062,066 capital funding ... be noted." after "It was moved by ..., and".
Where a ModernGov page's headings carry their reports' icons, such a list is that item's
decision, however long, never the page's items. And the body alone on its line over the
parts of what it did ("The Council –" / "1. Agreed ..."), with its decision right above.
"""

from __future__ import annotations

import re

from ..model import Resolution
from .dropped import BODY_LEAD
from .motions import house_style
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


def body_parts(text: str) -> tuple[int, list[Resolution]] | None:
    """The body alone on its line with a dash or a colon over the numbered parts of what it
    did, each opening with its verb in the past, as some councils print a decision with no
    keyword: "The Council –" / "1. Agreed that all meetings will continue ..." / "2. Noted
    the progress made ..."; (where the lead-in stands, its parts, each a resolution)."""
    lead = _BODY_LEAD.search(text)
    if lead is None:
        return None
    parts: list[tuple[str, int, str]] = []
    for m in _PART.finditer(text, lead.end()):
        if parts and text[parts[-1][1] : m.start()].strip():
            break  # (the parts end where other text stands between)
        parts.append((m["n"], m.end(), m["text"].strip()))
    if len(parts) < 2 or [int(n) for n, _, _ in parts] != list(range(1, len(parts) + 1)):
        return None
    return lead.start(), [Resolution(text=t, part=n, lead_in=lead[0].strip()) for n, _, t in parts]


_PAST = (
    r"(?:Agreed|Noted|Approved|Endorsed|Decided|Resolved|Requested|Recommended|Considered|"
    r"Established|Adopted|Authori[sz]ed|Delegated|Instructed|Accepted|Confirmed|Appointed)"
)
# (its noun in lower case too: "The committee:" / "1. Established a task group ...")
_BODY_LEAD = re.compile(
    r"(?m)^[ \t]*The[ \t]+(?:[Cc]ouncil|[Cc]ommittee|[Cc]abinet|[Bb]oard|[Pp]anel|[Ee]xecutive|"
    r"[Ss]ub-[Cc]ommittee)"
    rf"[ \t]*[–:-][ \t]*$(?=\s*\(?1[.)][ \t]+{_PAST}\b)"
)
# A part: its number, its words to the paragraph's end ("2.    Noted the progress ...").
_PART = re.compile(
    rf"(?m)^[ \t]*\(?(?P<n>\d{{1,2}})[.)][ \t]+(?P<text>{_PAST}\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)"
)


def decided_above(above: str, keyword_page: bool = False) -> list[Resolution]:
    """Where an item with no keyword lists what the body did under it alone on its line,
    the body's decision in the sentence right above that lead is one too: "The Cabinet
    agreed that the fund be hosted by Medway Council." / "The Cabinet:" / "a) approved
    ..." (never another body's decision reported, nor an earlier one told)."""
    above = above.rstrip()
    lead = BODY_LEAD.search(above)
    if lead is None:
        return []
    before = above[: above.rfind("\n", 0, lead.start()) + 1].rstrip()
    own = re.split(r"(?<=[.!?])\s+|\n\s*\n", before)[-1]  # (the last sentence above it)
    body = re.escape(lead.group().strip(" :-"))
    if re.match(rf"(?:The\s+)?{body}\s+(?:unanimously\s+)?{_BODY_DECIDES}\b", own):
        return house_style(own, keyword_page)
    return []


_BODY_DECIDES = r"(?:agreed|approved|resolved|decided|endorsed|noted)"
