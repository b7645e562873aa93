"""The phrase tables of minutes, kept as data.

Every rule carries an example it must match (tests/test_patterns.py checks it), and the
near-misses that must not match live beside them in NEAR_MISSES. Matching is done on text
folded by read.text.fold (straight quotes and hyphens), so rules write ' and - only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

I = re.IGNORECASE  # noqa: E741
M = re.MULTILINE


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    kind: str
    example: str

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)


def rule(name: str, pattern: str, kind: str, example: str, flags: int = I | M) -> Rule:
    return Rule(name, re.compile(pattern, flags), kind, example)


# --- Layout: which format a document is -------------------------------------------------

# "Education Scrutiny Board (2) - Thursday, 3rd October, 2019 10.00 am"
MODERNGOV_HEADER = rule(
    "moderngov-header",
    r"^(?P<committee>\S.*?) - (?P<when>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r",? .*?\d{4}.*)$",
    "layout",
    "Planning Committee - Tuesday, 5th March, 2019 7.30 pm",
)
MODERNGOV_PAGE_TITLE = rule(
    "moderngov-page-title",
    r"\A\s*(?:Agenda,? (?:decisions )?and minutes|Agenda and decisions|Minutes|Decisions)\s*$",
    "layout",
    "Agenda, decisions and minutes",
)
AGENDA_ITEM_PAGE = rule("agenda-item-page", r"\A\s*Agenda item\s*$", "layout", "Agenda item\n")
# "Meeting: 13/07/2017 - Education Scrutiny Board (2) (Item 8)"
AGENDA_ITEM_MEETING = rule(
    "agenda-item-meeting",
    r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<committee>.+?)\s*"
    r"\(Item (?P<number>[^)]+)\)",
    "layout",
    "Meeting: 05/03/2019 - Planning Committee (Item 7)",
)
# "Minutes of the Meeting of X held at ...", "MINUTES of the PLANNING COMMITTEE held in ...",
# "Minutes of a meeting held at ..." (the committee then stands on a line above).
FORMAL_HEADER = rule(
    "formal-header",
    r"\bMinutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+){0,2}?meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<committee>.+?)\s*,?\s*\bheld\b(?P<rest>.*)",
    "layout",
    "Minutes of the Meeting of Education Scrutiny Board (2) held at 2.00 pm on Thursday",
    flags=I | re.DOTALL,
)

# --- Items ------------------------------------------------------------------------------

# ModernGov: a line holding only the item number: "17.", "3a.", "P/142."
MODERNGOV_NUMBER = rule(
    "moderngov-number", r"^(?P<number>[A-Z]{0,3}/?\d{1,4}[a-z]?(?:/\d{2,4})?)\.?$", "item", "17."
)
# Formal minutes: number and title on one line: "32. Declarations of Interests",
# "P/142 Planning Applications", "CB20/15 Budget", "3a. Minutes", "MINUTE 45 - TITLE".
FORMAL_ITEM = rule(
    "formal-item",
    r"^(?:Minute\s+(?:No\.?\s*)?)?(?P<number>(?:[A-Z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?)"
    r"(?:\.\s+|\.(?=[A-Z])|\s*[-:]\s*|\s+)(?P<title>[A-Z0-9(\"'].*)$",
    "item",
    "32. Declarations of Interests",
    flags=M,
)
# "... view the full minutes text for item 19." ends a cut item on a ModernGov page.
TRUNCATION = rule(
    "truncation",
    r"\s*\.\.\.\s*view the full (?:minutes|decision) text for item\s*\S+?\.?\s*$",
    "item",
    "the Cabinet  ...  view the full minutes text for item 8.",
)
# "pdf icon PDF 69 KB" after a ModernGov title.
TITLE_ATTACHMENT = rule(
    "title-attachment",
    r"\s*\b(?:pdf|docx?|xlsx?|pptx?|rtf|html?)\s+icon\s+\w+\s+[\d.,]+\s*[KMG]B\s*",
    "item",
    "Minutes pdf icon PDF 69 KB",
)
ADDITIONAL_DOCUMENTS = rule(
    "additional-documents",
    r"^(?:Additional documents|Supporting documents|Attachments?|Appendices):?\s*$",
    "item",
    "Additional documents:",
)
MINUTES_LABEL = rule("minutes-label", r"^Minutes:\s*$", "item", "Minutes:")
DECISION_LABEL = rule("decision-label", r"^Decision:\s*$", "item", "Decision:")
# Headings between items that belong to no item.
SECTION_HEADING = rule(
    "section-heading",
    r"^(?:Public Business|Private Business|Part\s+(?:A|B|I|II|1|2)\b.*|Exempt Items?"
    r"|Items? for (?:Decision|Information)|Information Items?)\s*$",
    "item",
    "Public Business",
)
# ModernGov page furniture that is never minutes text.
PAGE_NOISE = rule(
    "page-noise",
    r"^(?:•\s*)?(?:Share this item|Media|Items|No\.\s+Item|View the (?:background|declarations of "
    r"interest|reasons?) (?:to|for) item \S+|Watch the webcast.*|Audio recording.*)\.?\s*$",
    "item",
    "View the background to item 5.",
)
MEETING_END = rule(
    "meeting-end",
    r"^\(?(?:The\s+)?meeting\s+(?:closed|ended|finished|terminated|concluded)\b.*$",
    "item",
    "(Meeting closed at 4.00 pm)",
)

# --- Attendance (formal minutes) ----------------------------------------------------------

PRESENT_START = rule("present-start", r"^\s*Present\s*:?\s*(?P<rest>.*)$", "attendance", "Present:")
# Sub-headings of the Present block: the role or status they give the names under them.
ATTENDANCE_SECTIONS: tuple[tuple[Rule, str | None, str], ...] = (
    (
        rule("co-opted", r"^Co-?opted(?: Members?)?\s*:\s*", "attendance", "Co-Opted Members:"),
        "co-opted",
        "present",
    ),
    (
        rule(
            "other-members",
            r"^(?:Other Members?|Also Present|Other Councillors?)(?:\s+in\s+attendance)?\s*:\s*",
            "attendance",
            "Other Members:",
        ),
        "other member",
        "present",
    ),
    (
        rule(
            "officers",
            r"^(?:Employees|Officers?|Staff|In attendance)(?:\s*\(by Directorate\))?"
            r"(?:\s+in attendance)?\s*:\s*",
            "attendance",
            "Employees (by Directorate):",
        ),
        "officer",
        "present",
    ),
    (
        rule(
            "apologies",
            r"^Apologies(?: for absence)?(?: were received from)?\s*:?\s*",
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

# --- Resolutions --------------------------------------------------------------------------

# Where a resolution block starts. Capitalised RESOLVED/AGREED is a marker wherever it
# stands ("After debate it was RESOLVED that"); mixed case only at the start of a line.
RESOLUTION_START = rule(
    "resolution-start",
    r"(?:(?:\b[Ii]t\s+was\s+|\bThe\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+)?\b(?:RESOLVED|AGREED|RECOMMENDED)\b"
    r"|^(?:Resolved|Agreed|Decision)\b\s*(?=[:\-]|that\b|to\b))",
    "resolution",
    "RESOLVED that the Scrutiny Board:",
    flags=M,
)
# "1)", "(1)", "1.", "(a)", "a)", "(i)", "ii." at the start of a part (after an optional bullet).
PART_MARKER = rule(
    "part-marker",
    r"^[ \t]*(?:•\s*)?(?:\((?P<p1>\d{1,2}|[a-z]|[ivx]{1,5})\)|(?P<p2>\d{1,2}|[a-z]|[ivx]{1,5})"
    r"(?P<close>[).]))(?=\s)\s*",
    "resolution",
    "1)  the Scrutiny Board note the briefing note",
    flags=M,
)
# "RESOLVED that", "RESOLVED:", "RESOLVED -", "It was RESOLVED that": what to strip from
# a single-sentence resolution.
RESOLUTION_PREAMBLE = rule(
    "resolution-preamble",
    r"^(?:It\s+was\s+|The\s+\w+(?:\s+\w+)?\s+)?(?:RESOLVED|AGREED|RECOMMENDED|Decision|Resolved|Agreed)"
    r"\s*(?:[:\-]+\s*)?(?:that\s*|to\s+(?=\w))?(?::-?\s*)?",
    "resolution",
    "RESOLVED: That the Committee:-",
)

# --- Minute references ---------------------------------------------------------------------

# "minute 5/18", "Minute No. 45", "Minute 31/17 'Title'", "minutes 5/18 and 6/18",
# "(minute 33 refers)".
MINUTE_REF = rule(
    "minute-ref",
    r"\bMinutes?\s+(?:No\.?\s*|Number\s+)?(?P<ref>(?:[A-Z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?)\b"
    r"(?P<more>(?:\s*(?:,|and|&)\s*(?:[A-Z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?\b)*)",
    "ref",
    "Further to minute 14/19 'Education Performance'",
)
REF_NUMBER = re.compile(r"(?:[A-Z]{1,3}/?)?\d{1,4}[a-z]?(?:/\d{2,4})?")

# What a later minute says of an earlier request. Checked in order: pending first, so that
# "had not yet been circulated" is not read as done.
EFFECT_RULES: tuple[Rule, ...] = (
    rule(
        "pending-not-yet",
        r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:yet\s+)?(?:received|circulated|"
        r"provided|sent|arranged|completed|available|done)\b|\bnot\s+yet\b",
        "pending",
        "information had not yet been received",
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
    rule(
        "done-passive",
        r"\b(?:had|has|have)\s+(?:now\s+)?been\s+(?:circulated|received|sent|"
        r"arranged|provided|distributed|shared|completed|emailed|published|held|"
        r"forwarded|actioned|answered)\b",
        "done",
        "the link to the previous report had been circulated",
    ),
    rule(
        "done-was",
        r"\b(?:was|were)\s+(?:now\s+)?(?:circulated|received|sent|provided|"
        r"distributed|shared|emailed|forwarded|actioned)\b",
        "done",
        "the response was received",
    ),
    rule(
        "done-accepted",
        r"\brecommendations?\b.{0,80}\b(?:had been|were|was|have been)\s+"
        r"(?:accepted|agreed|implemented)\b",
        "done",
        "the recommendations of the Board had been accepted",
    ),
)

# Sentences end at ". " before a capital, but not after these abbreviations.
ABBREVIATIONS = frozenset(
    [
        "no",
        "cllr",
        "cllrs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "nos",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "para",
        "paras",
        "vol",
        "p",
        "pp",
        "ref",
        "fig",
    ]
)

# --- Near-misses: text that must not match the rule named ------------------------------

NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("minute-ref", "The minutes of the meeting held on 19th September, 2019 were approved."),
    ("minute-ref", "a ten minute presentation"),
    ("resolution-start", "The Board noted that the Cabinet had resolved to proceed."),
    ("formal-item", "1) the Scrutiny Board note the briefing note"),
    ("formal-item", "8.1 The report set out the budget."),
    ("truncation", "the full minutes are available on request."),
    ("done-passive", "information had not yet been received"),
    ("meeting-end", "The meeting was adjourned for ten minutes."),
)
