"""Members invited to send something in after the meeting, an invitation the tracker lists
as an action: "Any Members with any suggestions or comments should direct them to the
Chair", "the Chairman encouraged Members to submit suggestions for topics". Each rule has
an example and near-misses (tests check both).
"""

from __future__ import annotations

from .rules import near_miss, rule

# What Members are invited to send in: "welcome to highlight anything missing", "encouraged
# Members to submit suggestions", "put forward".
SEND_IN_VERBS = r"highlight|suggest|share|e-?mail|send|submit|raise|contact|forward|let|put"

INVITATION_CUES = (
    (
        rule(
            "members-should",
            r"\bMembers\b[^.]{0,60}?\bshould\s+(?:direct|send|email|e-mail|contact|let|forward)\b",
            "invitation",
            "Any Members with any suggestions or comments should direct them to the Chair",
        ),
        "invitation",
    ),
    (
        rule(
            "members-invited",
            # the chair asking Members to send something in: "the Chairman encouraged Members
            # to submit suggestions for topics" (not to note or to agree: the meeting's own)
            r"\b(?:Chair(?:man|person|woman)?|Convener|Clerk|Officers?)\s+(?:also\s+)?"
            r"(?:invited|encouraged|urged|asked|reminded)\s+(?:all\s+)?(?:Members|Councillors)\s+to\s+"
            rf"(?:{SEND_IN_VERBS})\b",
            "invitation",
            "the Chairman encouraged Members to submit suggestions for topics",
        ),
        "invitation",
    ),
)
near_miss(
    "members-invited",
    "The Chairman asked Members to note the report",
    "The Chair invited members of the public to speak",
)
