"""The body's name printed beside a header sentence rather than in it: before its words on
its line ("STOKE FERRY PARISH COUNCIL Draft Minutes of ... held on ..."), closing a
letterhead's block on the line above ("... Website: ... Wexton Parish Council Open Spaces
Committee" / "MINUTES of the Committee Meeting held on ..."), or on a line of its own over
it ("OVERVIEW AND SCRUTINY COMMITTEE" / "Minutes of the meeting held ..."), the council's
own name passed over. header_prose.py asks these where its sentence names no body, or only
its kind ("the Board", "the Committee").
"""

from __future__ import annotations

import re

from .bodies import COUNCIL_LINE
from .header_cues import BUILDING_WORDS
from .header_labels import name_line

_CAPITALS_END = re.compile(r"(?:\b[A-Z][A-Z'’&-]+\s+){1,6}(?:COUNCIL|AUTHORITY|BOARD|COMMITTEE)$")


_BODY_NOUN = re.compile(
    r"(?i)\b(?:Council|Committee|Board|Panel|Forum|Group|Cabinet|Authority|Partnership|Trust|"
    r"Assembly|Executive|Meeting|Trustees)$"
)


def name_before(lead: str) -> str | None:
    """The body's name printed before the header's words on its line ("STOKE FERRY PARISH
    COUNCIL Draft Minutes of the Ordinary Meeting held on ..."), if that is all there is,
    or in capitals after a document site's words ("Draft Minutes for approval CREICH
    COMMUNITY COUNCIL Minutes of meeting held on ...")."""
    lead = re.sub(r"(?i)\s*\bdraft\s*$", "", lead).strip(" -–,:")
    if not _BODY_NOUN.search(lead):
        return None  # "Provisional Minutes of ...", "Approved Minutes of ..."
    capitals = _CAPITALS_END.search(lead) or _COMMITTEE_END.search(lead)
    return name_line(lead) or (name_line(capitals.group()) if capitals else None)


# A committee's name in mixed case closing a letterhead's block, its subjects in brackets
# ("... Website: www.washingtonparish.org.uk Washington Parish Council Open Spaces
# (Recreation, Allotments, Footpaths and Conservation) Committee"): after the council's.
_COMMITTEE_END = re.compile(
    r"(?<=\bCouncil\s)(?:[A-Z][\w'’&-]*\s+|(?:and|of|for|&)\s+|\([^()]{1,100}\)\s+){1,10}"
    r"(?:Committee|Sub-Committee|Working\s+(?:Group|Party)|Panel)$"
)


def name_and_place(name: str | None) -> tuple[str | None, str | None]:
    """A body's name and the place a letterhead ran on after it, if any: "Old St Tenant and
    Residents’ Panel Tompion Community Centre" is the Panel, met at the Centre (a building's
    noun closing a few words after the body's; never a body named for its building, "Village
    Hall Committee")."""
    m = _NAME_THEN_BUILDING.fullmatch(name) if name else None
    return (m["name"], m["place"]) if m else (name, None)


_NAME_THEN_BUILDING = re.compile(
    r"(?P<name>.{3,120}?\b(?:Council|Committee|Board|Panel|Forum|Group|Trust|Association))\s+"
    rf"(?P<place>(?:[A-Z][\w'’&-]*\s+){{1,4}}(?:{BUILDING_WORDS}))"
)


def name_ending(top: list[str], i: int) -> str | None:
    """The body's name closing the line above, after a letterhead's block on it."""
    above = next((ln for ln in reversed(top[max(0, i - 3) : i]) if ln.strip()), "")
    end = _CAPITALS_END.search(above.strip()) or _COMMITTEE_END.search(above.strip())
    return name_line(end.group()) if end else None


# The page's title after the body's name: "Parish Council Minutes - January 2014".
_TITLE_AFTER = re.compile(r"(?i)\s*[-–—:]?\s+(?:draft\s+|approved\s+|unconfirmed\s+)?minutes\b.*$")


def without_title(line: str) -> str:
    """A line over the header without the page's title after the body's name in it."""
    cut = _TITLE_AFTER.sub("", line)
    return cut if cut != line and _BODY_NOUN.search(cut) else line


def name_above(top: list[str], i: int) -> str | None:
    """The body's name on a line over the header sentence at i, if one stands there."""
    at = name_above_at(top, i)
    return name_line(without_title(top[at])) if at is not None else None


# A committee's name over the council's: its noun last, perhaps with a bracket ("AREA
# PLANNING COMMITTEE (SOUTH)", "Neighbourhood Plan Working Party").
_NAMES_BODY = re.compile(
    r"(?i)\b(?:Council|Committee|Sub-?committee|Commission|Board|Panel|Forum|Group|Party|"
    r"Cabinet|Executive|Authority|Partnership|Trust|Assembly|Body|Meeting)(?:\s*\([^)]{1,40}\))?$"
)


# A word in lower case no body's name holds, as a site's link does: "Return the Index page".
_PLAIN_WORD = re.compile(
    r"(?<![\w'’-])(?!(?:of|and|for|the|in|on|to|upon|with|under|at|by|a|an|y|yr|le|la|de)\b)"
    r"[a-z]{2,}\b"  # (not a compound's: "Licensing Sub-committee")
)


# Places listed a mark apart, a strapline under a council's name: "Auchtertyre – Avernish –
# Balmacara – Kirkton".
_PLACES = re.compile(
    r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?(?:\s*[–—,•|/-]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?){2,}"
)


def name_above_at(top: list[str], i: int) -> int | None:
    """Where "OVERVIEW AND SCRUTINY COMMITTEE" stands over "Minutes of the meeting held
    ...", the council's own name above it passed over."""
    council = welsh = None
    for j in range(i - 1, max(-1, i - 6), -1):
        line = without_title(top[j].strip())  # ("Parish Council Minutes - January 2012")
        if not line or (_PLACES.fullmatch(line) and not _NAMES_BODY.search(line)):
            continue  # (or the places a council serves: "Auchtertyre – Avernish – Balmacara")
        if _WELSH_NAME.match(line):  # (the council's Welsh name under its English one:
            welsh = welsh if welsh is not None else j  # "Llanfechain Community Council" /
            continue  # "Cyngor Bro Llanfechain"; the Welsh alone where it stands alone)
        if not COUNCIL_LINE.match(line) and not re.search(r"(?i)\bcouncil$", line):
            # (a line that names nothing over the council's, its date, or no body, a web
            # site's strapline, "Denton a village in South Norfolk": the council's)
            if council is not None and not _NAMES_BODY.search(line):
                return council
            named = name_line(line)
            if named and not _PLAIN_WORD.search(named):
                return j
            return council if council is not None else welsh
        council = council if council is not None else (j if name_line(line) else None)
    # (with no committee above it, the council is the body: "Ayton Community Council" /
    # "Minutes of a Meeting held on ...")
    return council if council is not None else welsh


_WELSH_NAME = re.compile(r"Cyngor\s+(?:Bro|Cymuned|Tref|Dinas|Sir)\b")
