"""The body's own business decided in the narrative, a task for the tracker though no one
is named: a later agenda or the work programme changed ("The Committee agreed to add to the
agenda of the October meeting a report on Member Training", "the item would be allocated to
the January 2024 meeting"), and a task the body that met agreed to ("Council agreed to
contact MCC regarding the bus shelters"). Each rule has an example and near-misses (tests
check both); cues.py places them first among the narrative's cues.
"""

from __future__ import annotations

from .dates import MONTH_NAMES
from .requests import TASK_VERBS
from .rules import M, near_miss, rule

# The body that met, named by its kind alone: "Committee", "Panel", "Parish Council" (never
# one named in full, "County Council", whose plans another body's are).
BODY_THAT_MET = (
    r"(?:Committee|Sub-Committee|Panel|Board|Forum|(?:(?:Parish|Town|Community)\s+)?Council)"
)

OWN_BUSINESS_CUES = (
    (
        rule(
            "agenda-added",
            # (first: a body that changes its own agenda is no body's narrative)
            # a later agenda of the body's own, or its work programme, changed by the body or
            # the meeting: "The Committee agreed to add to the agenda of the October meeting a
            # report on Member Training", "It was agreed to include the review in the work
            # programme" (a person who agrees to is an undertaking, with its owner; not this
            # meeting's agenda, another body's decision, nor "put on hold")
            r"^(?:(?:the\s+)?(?:Committee|Board|Panel|Sub-Committee|Council|Group|Forum)|it\s+was)\s+"
            r"(?:(?:also|further|then|unanimously)\s+)*(?:agreed|resolved)\s+(?:that\s+)?to\s+"
            r"(?:add|include|put|place|schedule)\b"
            r"(?![^.;]{0,120}?\b(?:this|tonight'?s|today'?s)\s+(?:meeting|evening|agenda)\b)"
            r"(?![^.;]{0,60}?\bon\s+hold\b)(?![^.;]{0,120}?\bas\s+(?:set\s+out|detailed|shown)\b)"
            r"[^.;]{0,120}?\b(?:to|in|on|into|for)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:(?:next|future|following|forthcoming|later|"
            rf"{MONTH_NAMES})\s+(?:meeting|agenda)|agenda\s+(?:of|for)\s+(?:the\s+)?(?:\w+\s+){{0,2}}"
            r"meeting|work\s*(?:plan|programme)|forward\s+(?:plan|programme))\b",
            "agreement",
            "The Committee agreed to add to the agenda of the October meeting a report on Training",
        ),
        "agreement",
    ),
    (
        rule(
            "work-plan",
            # business given a later meeting of the body's own, or put on its work plan:
            # "the item would be allocated to the January 2024 meeting", "agreed to move the
            # Health and Safety Plan to the January meeting", "suggested adding an item to the
            # work plan" (not a meeting moved to a place: "moved to the Village Hall")
            r"\b(?:(?:be|was|were)\s+(?:re-?)?(?:allocated|scheduled|programmed|moved|added)"
            r"|(?:move|moving|allocate|allocating)\s+(?:the\s+|this\s+|an?\s+)?[^.;]{1,80}?)"
            # (a meeting named by when: not "presented a schedule of figures to the meeting")
            rf"\s+(?:on)?to\s+the\s+(?:next|following|future|{MONTH_NAMES})\s+(?:\d{{4}}\s+)?"
            r"meeting\b"
            # (or to its work programme, or a later meeting's agenda: "would need to be added to
            # the agenda for the May 2023 meeting", "to be rescheduled into the work programme";
            # "It will be added ..." is a promise and "asked that a report be added ..." a
            # request, each read as one below)
            # (or should be, as suggested, and a body's own named: "it should be added to the
            # Neighbourhoods Select Committee’s work programme that ...")
            r"|\b(?:to\s+be|was|were|should\s+be)\s+(?:re-?)?(?:allocated|scheduled|programmed|moved|"
            r"added)\s+(?:on)?(?:to|into)\s+(?:the\s+|its\s+)?"
            r"(?:(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*['’]s\s+)?(?:work\s*(?:plan|programme)\b|forward\s+plan\b"
            rf"|agenda\s+(?:of|for)\s+(?:the\s+)?(?:next|following|future|{MONTH_NAMES})\s+"
            r"(?:\d{4}\s+)?meeting\b)"
            r"|\badding\s+(?:an?\s+|the\s+)?(?:item|report|update|presentation)\b[^.;]{0,60}?\b"
            r"(?:to|on)\s+(?:the\s+|its\s+)?(?:work\s*(?:plan|programme)|forward\s+plan|agenda)\b",
            "action",
            "The Committee noted that the item would be allocated to the January 2024 meeting",
        ),
        "agreement",
    ),
    (
        rule(
            "body-agreed-task",
            # the body that met, named by its kind alone, agreeing in prose to a task: its
            # decision, no one's plans (not a body named in full, "The County Council agreed
            # to repair the road", whose plans they are)
            rf"^(?:[Tt]he\s+)?{BODY_THAT_MET}\s+(?:(?:also|further|then)\s+)?"
            rf"agreed\s+to\s+(?i:{TASK_VERBS})\b",
            "agreement",
            "Council agreed to contact MCC regarding the bus shelters",
            flags=M,
        ),
        "agreement",
    ),
)
near_miss("body-agreed-task", "The County Council agreed to repair the road")
