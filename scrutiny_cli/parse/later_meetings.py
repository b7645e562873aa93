"""Business put to a later meeting of the body, kept as data (cues.py reads these among the
narrative's cues): what is to be brought or presented to it ("revised scheme to be
presented at an Extra Council meeting"), what should be done at it ("A constitution should
be adopted at the next meeting"), what will be on its agenda ("This will then be on the
Agenda for March 2020"), a report promised for it ("analysis would be available by the
next Board meeting"), and a thing to come before the body named at a meeting of its own
("presented to the Fire Authority at its meeting on 3 September"). Each rule has an example
and near-misses (tests check both).
"""

from __future__ import annotations

from .dates import MONTH_NAMES
from .rules import near_miss, rule

# A later meeting of the body, named: "the next meeting", "an Extra Council meeting", "the
# March 2011 meeting of the Authority", "the June Board meeting", "next Audit and
# Governance committee".
_LATER = (
    rf"(?:the\s+|an?\s+|its\s+)?(?:next|future|following|forthcoming|extra(?:ordinary)?|special|"
    rf"(?:{MONTH_NAMES}))\b(?:\s+[\w&'’-]+){{0,4}}?\s+(?:meeting|committee)\b"
)

LATER_MEETING_CUES = (
    (
        rule(
            "to-later-meeting",
            # a thing to be brought before the later meeting ("update to be brought to the
            # next Audit and Governance committee"; not one to be held: "a meeting to be held
            # on 5 May")
            r"\bto\s+be\s+(?:presented|brought|submitted|tabled|reviewed|discussed|considered|"
            r"reported)\s+(?:back\s+)?(?:at|to|for)\s+" + _LATER,
            "undertaking",
            "revised Riverside improvement scheme to be presented at an Extra Council meeting",
        ),
        "undertaking",
    ),
    (
        rule(
            "should-at-later-meeting",
            # ("this should be organised at the next meeting", "it should be brought up at the
            # next meeting"; not what another body should do at its own)
            r"\bshould\s+be\s+(?:\w+ed|brought\s+up|done|taken)\s+(?:at|to|for|by)\s+" + _LATER,
            "undertaking",
            "A constitution should be adopted at the next meeting",
        ),
        "undertaking",
    ),
    (
        rule(
            "on-later-agenda",
            # ("it will be on as an agenda item for next month")
            r"\b(?:will|would)\s+(?:then\s+|now\s+|also\s+)?be\s+(?:put\s+)?on\s+(?:as\s+an?\s+)?"
            r"(?:the\s+)?(?:next\s+)?(?:agenda\b(?!\s+(?:for|of)\s+(?:this|tonight))"
            r"|agenda\s+item\s+for\s+next)",
            "undertaking",
            "This will then be on the Agenda for March 2020",
        ),
        "undertaking",
    ),
    (
        rule(
            "available-for-later-meeting",
            # a report promised for the later meeting ("results of the Survey would be
            # available for the March 2011 meeting of the Authority")
            r"\b(?:will|would|should)\s+be\s+available\s+(?:for|by|at|to)\s+"
            r"(?:consideration\s+at\s+)?" + _LATER,
            "undertaking",
            "analysis would be available by the next Board meeting",
        ),
        "undertaking",
    ),
    (
        rule(
            "at-its-meeting",
            # a thing to come before the body at a meeting of its own ("This work would be
            # completed and presented to the Fire Authority at its meeting on 3 September"),
            # not before another body at one of its own
            r"\b(?:will|would)\s+be\s+(?:[a-z]+ed\s+and\s+)?(?:presented|brought|submitted|"
            r"reported|taken)\s+(?:back\s+)?to\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}"
            r"at\s+its\s+(?:next\s+)?meeting\b",
            "undertaking",
            "This work would be completed and presented to the Fire Authority at its meeting on 3 "
            "September 2020",
        ),
        "undertaking",
    ),
)
near_miss("to-later-meeting", "a meeting to be held at the next opportunity")
near_miss("should-at-later-meeting", "Highways should be contacted about the road")
near_miss("on-later-agenda", "This will be on the agenda for this meeting")
near_miss("available-for-later-meeting", "Copies would be available at the library")
