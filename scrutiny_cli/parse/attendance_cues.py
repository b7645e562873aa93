"""The phrase tables of a Present block, kept as data: where it starts, the sub-headings
that give the names under them a role or status, and the marks after a name ("(Chair)",
"(substitute for ...)") and before it ("Councillor").

Every rule carries an example it must match (tests/test_patterns.py).
"""

from __future__ import annotations

import re

from .rules import Rule, rule

# An attendance list's own heading, never an item's: "Present", "VOTING MEMBERS PRESENT",
# "PUBLIC PRESENT", "In Attendance", "ATTENDEES", "Absent" (not "Apologies": that may be an
# item). Matched whole.
ATTENDANCE_LABEL = re.compile(
    r"(?i)(?:(?:also|voting|members?|councillors?|officers?|officials?|public|others?)\s+){0,2}"
    r"present|(?:(?:also|officers?|officials?)\s+)?in\s+attendance|attendees|attendance|absent"
)
# The same label in capitals run in before the list it heads, without a colon: "PRESENT
# Provost Derek Stewart (Chair)", "IN ATTENDANCE Keir Bloomer, Chief Executive", "APOLOGIES
# for absence were received from ..." (an attendance block, never an item's heading).
LABEL_THEN_NAMES = re.compile(
    r"(?:(?:(?:ALSO|VOTING|MEMBERS?|COUNCILLORS?|OFFICERS?|PUBLIC)\s+){0,2}PRESENT"
    r"|(?:(?:ALSO|OFFICERS?|OFFICIALS?)\s+)?IN\s+ATTENDANCE|ABSENT)\s+(?=[A-Z][a-z])"
    r"|APOLOGIES(?:\s+for\s+absence)?\s+(?=(?:were|was|received|from)\b)"
)

PRESENT_START = rule(
    "present-start",
    # (or its members named, the label alone on its line: "VOTING MEMBERS PRESENT")
    # (or with its Welsh after a slash: "Present / Bressennol: Cllr D Sandham")
    r"^\s*(?:(?:voting\s+)?(?:members|councillors)\s+)?Present"
    r"(?:\s*/\s*(?:yn\s+)?[bp]res+en+ol)?\s*:?-?\s*(?P<rest>.*)$",
    "attendance",
    "Present:- Councillor Macleod",
)
# Sub-headings of the Present block: the role or status they give the names under them.
ATTENDANCE_SECTIONS: tuple[tuple[Rule, str | None, str], ...] = (
    (
        rule(
            "presiding",
            r"^(?:Presiding|In the Chair|Chair(?:man|person)?)\s*:-?\s*",
            "attendance",
            "Presiding: Councillor S Blackmore",
        ),
        "chair",
        "present",
    ),
    (
        rule(
            "members-present",
            r"^(?:Other\s+)?(?:Members|Councillors)\s+Present\s*:-?\s*",
            "attendance",
            "Other Members Present: Councillors K Ahmed, J Carver",
        ),
        "member",
        "present",
    ),
    (
        rule(
            "co-opted",
            r"^(?:Co-?opted|Independent|External|Lay)(?: Members?)?(?: Present)?\s*:-?\s*",
            "attendance",
            "Co-Opted Members:",
        ),
        "co-opted",
        "present",
    ),
    (
        rule(
            "other-members",
            r"^(?:Other Members?|Also Present|Other Councillors?)(?:\s+in\s+attendance)?\s*:\s*"
            # (or "Also" alone before the names, its "present" lost: "Also Nicola Mair, Andrew
            # Baxter and Andy Martin")
            r"|^Also\s+(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*(?:[,&(]|and\b))",
            "attendance",
            "Other Members:",
        ),
        "other member",
        "present",
    ),
    (
        rule(
            "officers",
            r"^(?:Employees|Officers?|Officials?|Staff|(?:Also\s+)?In attendance)"
            r"(?:\s*\(by Directorate\))?(?:\s+in attendance|\s+present)?\s*:-?\s*",
            "attendance",
            "Employees (by Directorate):",
        ),
        "officer",
        "present",
    ),
    (
        rule(
            "apologies",
            r"^Apologies(?: for absence)?(?: (?:were |was )?received from)?\s*:?-?\s*",
            "attendance",
            "Apologies: Councillor Miks",
        ),
        None,
        "apologies",
    ),
    (rule("absent", r"^Absent\s*:\s*", "attendance", "Absent: Councillor Shaw"), None, "absent"),
    (
        rule("substitutes", r"^Substitutes?\s*:\s*", "attendance", "Substitutes: Councillor Ray"),
        "substitute",
        "present",
    ),
    (
        rule(
            "members",
            r"^(?:Members|Councillors?)\s*:\s*",
            "attendance",
            "Members: Councillor M Mutton",
        ),
        "member",
        "present",
    ),
)
# "(Chair)", "(Chairman)", "(Leader, in the Chair)": what follows a name in a Present block.
CHAIR_MARK = rule(
    "chair-mark",
    r"\((?:[^()]*,\s*)?(?:in\s+the\s+)?(?:Chair|Chairman|Chairwoman|Chairperson)\)",
    "attendance",
    "Councillor A Ray (Leader, in the Chair)",
)
SUBSTITUTE_MARK = rule(
    "substitute-mark",
    r"\(\s*(?:as\s+)?substitut",
    "attendance",
    "Councillor Ray (substitute for Cllr Shaw)",
)
HONORIFIC = rule(
    "honorific",
    r"^(?:Councillors?|Cllrs?\.?|Aldermen|Alderman)\s+",
    "attendance",
    "Councillor S Bains",
)
