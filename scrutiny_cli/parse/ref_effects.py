"""What a later minute says of an earlier request, kept as data: done ("the link had been
circulated"), pending ("the response was still awaited"), or reported back ("Further to
minute 5/18 the Board considered a briefing note").

Every rule carries an example it must match, and near-misses that must not match
(tests/test_patterns.py checks both); rules match text folded by read.text.fold.
"""

from __future__ import annotations

from .rules import Rule, near_miss, rule

# Work a parish asks for, reported done: "the bench had been installed", "the hedge was cut".
_DONE_ON_SITE = (
    r"repaired|installed|fixed|replaced|ordered|purchased|paid|erected|removed|cleared|"
    r"cut|delivered|signed|submitted|carried\s+out|written\s+to|contacted|chased|booked|done"
)
# What a later minute says of an earlier request. Checked in order: pending first, so that
# "had not yet been circulated" is not read as done.
EFFECT_RULES: tuple[Rule, ...] = (
    rule(
        "pending-not-yet",
        r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?(?:received|circulated|"
        rf"provided|sent|arranged|completed|available|{_DONE_ON_SITE})\b|\bnot\s+yet\b|"
        r"\bstill\s+not\b",
        "pending",
        "information had not yet been received",
    ),
    # (nothing came: "no response had been received", "no reply has yet been given")
    rule(
        "pending-none-came",
        r"\b(?:no|nothing)\s+(?:further\s+|formal\s+|written\s+)?(?:response|reply|replies|"
        r"answer|information|update|feedback|progress|quotes?|word|contact)?\s*"
        r"(?:had|has|have|was|were)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?"
        r"(?:received|given|provided|forthcoming|made|heard)\b",
        "pending",
        "no response had been received from the local authority",
    ),
    rule(
        "pending-awaited",
        r"\b(?:still|was|were|remains?|is|are)\s+(?:still\s+)?"
        r"(?:awaited|outstanding|pending)\b",
        "pending",
        "the response was still awaited",
    ),
    rule(
        "pending-shortly",
        r"\bwould\s+be\s+(?:circulated|sent|provided|arranged)\s+"
        r"(?:shortly|soon|in due course)\b",
        "pending",
        "the note would be circulated shortly",
    ),
    # An action tracker's status column, flattened after a dash: "(Minute 79) - Ongoing".
    rule(
        "pending-tracker",
        r"\s[-:]\s*(?:Ongoing|In\s+progress|Outstanding|Pending|Not\s+started)\b",
        "pending",
        "Review the parking charges (Minute 80) - In progress",
    ),
    rule(
        "done-tracker",
        r"\s[-:]\s*(?:Done|Completed?|Actioned|Closed)\b|\s-\s*(?-i:[A-Z])\w*\s+(?:\w+\s+)?"
        r"(?:arranged|circulated|sent|provided|held|issued|published|answered)\b",
        "done",
        "Chief Executive to circulate the survey results (Minute 79) - Done",
    ),
    rule(
        "done-passive",
        r"\b(?:had|has|have)\s+(?:now\s+)?been\s+(?:circulated|received|sent|"
        rf"arranged|provided|distributed|shared|completed|emailed|published|held|"
        rf"forwarded|actioned|answered|{_DONE_ON_SITE})\b",
        "done",
        "the link to the previous report had been circulated",
    ),
    rule(
        "done-was",
        r"\b(?:was|were)\s+(?:now\s+)?(?:circulated|received|sent|provided|"
        rf"distributed|shared|emailed|forwarded|actioned|{_DONE_ON_SITE})\b",
        "done",
        "the response was received",
    ),
    rule(
        "done-active",
        r"\b(?:had|has|have)\s+(?:now\s+|since\s+|already\s+)?(?:written\s+to|sent|contacted|"
        r"circulated|emailed|spoken\s+to|obtained|ordered|chased|replied\s+to|arranged)\b",
        "done",
        "The Clerk had contacted Highways",
    ),
    rule(
        "done-accepted",
        r"\brecommendations?\b.{0,80}\b(?:had been|were|was|have been)\s+"
        r"(?:accepted|agreed|implemented)\b",
        "done",
        "the recommendations of the Board had been accepted",
    ),
)

# What makes a request one that a later report back can address.
REPORT_REQUEST = rule(
    "report-request",
    r"\b(?:report|reports|reported|update|briefing|be\s+considered|considered\s+further|"
    r"further\s+consideration|be\s+brought|be\s+presented|come\s+back|return|agenda|"
    r"work\s+programme)\b",
    "status",
    "Requests a report back following implementation",
)
# A later item reporting back: "Further to minute 35/17 the Board considered a report ...".
REPORT_BACK = rule(
    "report-back",
    r"\b(?:considered|received|noted|discussed)\s+(?:a|an|the)\s+(?:further\s+|follow-up\s+|"
    r"progress\s+)?(?:report|briefing|update|presentation|paper)",
    "status",
    "Further to minute 5/18 the Scrutiny Board considered a briefing note",
)


near_miss("done-passive", "information had not yet been received")
near_miss("pending-none-came", "the response, no later than May, had been received")
near_miss("done-tracker", "Members discussed the grants - including those held back in 2021")
