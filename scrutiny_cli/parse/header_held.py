"""Header sentences that say a meeting was held, or took place, without "Minutes of"
before them, as rules with examples: "Meeting of X at 8:00PM on Thursday ...", "A meeting
of the Community Council was held on ...", "The Parish Council Meeting was held on ...",
"There was a remote meeting of X on Thursday ...". header_prose.py reads them among the
prose header's cues.
"""

from __future__ import annotations

import re

from .dates import DAY_NAMES, find_date
from .header_cues import BUILDING_WORDS
from .rules import near_miss, rule
from .venues import clean_venue, venue_in

# "Meeting of Abbots Morton Parish Council at 8:00PM on Thursday 22nd July 2021 in ...",
# "ANNUAL MEETING of the PARISH COUNCIL via Zoom on Tuesday 4th May 2021 at 8:00 pm": the
# meeting's line with no "held", its date after "on" (a time or a platform before it).
MEETING_ON = rule(
    "header-meeting-on",
    # (not the next meeting's line, nor a sentence: "Next Meeting of the Parish Council on
    # ...", "Meeting of the Residents Association at 7pm on ... was arranged.")
    r"^(?!(?i:next|future|following)\b)(?!.*\b(?:was|were|is|will|would)\b)"
    r"(?:[A-Z][\w'’-]*\s+)?(?:Meeting|MEETING)\s+(?:of|OF)\s+(?P<body>[A-Z].{2,120}?|(?i:the)\s+.{3,120}?)"
    r"(?P<rest>\s+(?:(?:via|by|using)\s+\S+\s+"
    r"|at\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?\s?m\.?)|\d{1,2}[.:]\d{2})\s+)?"
    rf"on\s+(?:(?i:{DAY_NAMES})\b|\d).*"
    # (or the day named at once after the body's noun, no "on": "Ordinary Meeting of the
    # Parish Council Wednesday 7 February 2018 at 7.00 pm Stoke Ferry Village Hall")
    r"|(?:(?<=(?i:council))|(?<=(?i:committee))|(?<=(?i:board))|(?<=(?i:panel))"
    r"|(?<=(?i:authority))|(?<=(?i:forum))|(?<=(?i:partnership))|(?<=(?i:group)))"
    # (the date alone or its hour next: not a name after it, "... Council, / Monday 24th
    # April 2017 / Wyvern Town Council / Held 7 p.m., Upper Hall ...", which another cue reads)
    rf",?\s+(?=(?i:{DAY_NAMES}),?\s+\d{{1,2}}\w*\s+[A-Za-z]+,?\s+\d{{4}}"
    # (or a building's name after it, its address after a comma: "... Partnership Monday 18
    # May 2009 LDNPA Office, Murley Moss, Kendal")
    rf"(?:\s*$|,?\s+(?:at\s+|@\s*)?\d|\s+(?:[A-Z][\w'’&-]*\s+){{0,3}}(?:{BUILDING_WORDS}),)).*)$",
    "header",
    "Meeting of Abbots Morton Parish Council at 8:00PM on Thursday 22nd July 2021",
    flags=0,
)
near_miss(
    "header-meeting-on", "Members agreed a Meeting of the group on 4 May 2021.",
    "Next Meeting of the Parish Council on Tuesday 24 July 2018 at 7.30pm",
    "Meeting of the Residents Association at 7pm on Monday 3 May 2021 in the hall was arranged.",
)  # fmt: skip
# "A meeting of the Community Council was held Tuesday night February the 6th 2018 at ..."
MEETING_WAS_HELD = rule(
    "header-meeting-was-held",
    # (or no body: "A meeting was held on June 7th 2016 at the Memorial Hall")
    # (or "took place": "A meeting of the Community Council took place on Thursday 31st March")
    # (not a visit the minutes report: "A site meeting took place on 12 February at the
    # Recreation Ground with the contractor"; a meeting that took place names its body)
    # (or "The" opening a sentence, with the body: "The monthly meeting of the Council was
    # held on Tuesday 8th January 2019 at 6:30pm in Canolfan Dyffryn")
    r"(?:\bAn?\s+(?!site\b)(?:\w+\s+)?meeting\s+"
    r"|(?:^|(?<=[.)])\s+)(?-i:The)\s+(?!site\b)(?:\w+\s+)?meeting\s+(?=of\s))"
    r"(?:of\s+(?P<body>.{1,120}?)\s+(?:was\s+held|took\s+place)|was\s+held)\b(?P<rest>.*)$",
    "header",
    "A meeting of the Community Council was held on 6 February 2018 at 7.30pm",
)
# The same with the body's name before "Meeting": "The Parish Council Meeting was held on 31
# July 2017 at 7.30pm in the Village Hall." (or "A ...", or no article at all, "Parish
# Council meeting was held on ...", where the name must end in a council's or committee's
# noun: not "Site meeting was held", "No meeting was held", "A Steering Group meeting")
_OWN_MEETING = r"(?:Council|Committee|Sub-Committee|Board|Panel|Authority)"
THE_MEETING_WAS_HELD = rule(
    "header-the-meeting-was-held",
    r"^\W{0,3}(?:(?P<the>The)\s+|(?:An?\s+)?)(?!(?-i:The|An?)\s)(?P<body>"
    r"(?(the)(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of\s+|and\s+)?(?-i:[A-Z])[\w'’&-]*){0,6}"
    rf"|(?:(?-i:[A-Z])[\w'’&-]*\s+(?!(?-i:A|An|The)\s)(?:(?:of|and)\s+)?){{0,6}}{_OWN_MEETING}))"
    r"\s+meeting\s+was\s+held\b(?P<rest>.*)$",
    "header",
    "The Parish Council Meeting was held on 31 July 2017 at 7.30pm in the Village Hall.",
)
near_miss(
    "header-the-meeting-was-held",
    "The meeting was held on 5 May.",
    "Site meeting was held on 12 February 2019 at the Recreation Ground",
    "A Steering Group meeting was held on 3 November 2021 at the Village Hall.",
    "No meeting was held in August 2019",
)
near_miss("header-meeting-was-held", "The meeting was held on 5 May.")
# "There was a remote meeting of Chawleigh Parish Council on Thursday 21st January 2021 at
# 7.30pm held on ZOOM": the meeting told as what there was, its date after "on".
THERE_WAS_A_MEETING = rule(
    "header-there-was-a-meeting",
    r"^There\s+was\s+an?\s+(?!site\b)(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?P<body>(?:the\s+)?"
    rf"[A-Z].{{1,120}}?)(?P<rest>\s+on\s+(?:(?i:{DAY_NAMES})\b|\d).*)$",
    "header",
    "There was a remote meeting of Chawleigh Parish Council on Thursday 21st January 2021",
    flags=0,
)
near_miss(
    "header-there-was-a-meeting",
    "There was a site meeting of the working group on Monday 3 May 2021.",
    "There was no meeting of the Council on 4 August 2021.",
)
# A summons on the meeting's own page, its place on the line after the meeting's name, the
# day below it: "Members are invited to a Meeting of the Licensing Committee" / "to be held
# in the Deben Conference Room, East Suffolk House, Melton" / "on Monday, 17 July 2023 at
# 6:30pm". Its place is the meeting's only where its day is the meeting's own: an agenda's
# summons printed above minutes is the next meeting's.
_TO_BE_HELD = re.compile(
    r"(?i)^to\s+be\s+held\s+(?:in|at)\s+(?P<place>.{3,150}?)(?P<on>\s+on\s+.*)?$"
)


def summons_venue(top: list[str], date: str) -> str | None:
    """The place of a summons whose day, on its line or the next, is the meeting's date."""
    for i, line in enumerate(top):
        m = _TO_BE_HELD.match(line.strip())
        if m is None:
            continue
        day = m["on"] or next((ln for ln in top[i + 1 : i + 3] if ln.strip()), "")
        found = find_date(day)
        if found and found[0] == date:
            return clean_venue(m["place"])
    return None


# The minutes' own sentence under their date, saying where they were held but not when:
# "21st January 2021" / "Minutes of the meeting of Pershore Town Council, held remotely via
# Zoom Commencing at 7.00pm."
_MINUTES_HELD = re.compile(r"(?i)^\W{0,3}minutes\s+of\b.{0,120}?\bheld\b(?P<rest>.*)$")


def held_undated(top: list[str], k: int, give) -> set[int]:  # type: ignore[no-untyped-def]
    """The place the minutes' undated sentence on line k names, given; {k}, or none."""
    m = _MINUTES_HELD.match(top[k].strip())
    if m is None or find_date(top[k]) or not (venue := venue_in(m["rest"])):
        return set()
    give("venue", venue, 3)
    return {k}
