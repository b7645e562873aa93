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

# --- Actions: what the body asked for ------------------------------------------------------

# Verbs in the base form that follow an owner: "the Chair give ...", "ACE to further report".
ACTION_VERBS = (
    "arrange|ask|attend|bring|brief|chase|check|circulate|clarify|confirm|consider|consult|"
    "contact|develop|discuss|distribute|email|ensure|explore|feed back|find out|"
    "follow up|forward|give|identify|include|inform|invite|investigate|liaise|look into|look at|"
    "meet|monitor|prepare|present|produce|promote|provide|publish|raise|reply|report|respond|"
    "review|seek|send|share|speak|submit|supply|update|visit|write"
)
# Someone who can be asked: "the Director of Housing", "Cllr Sandhu", "ACE", "Officers".
OWNER = (
    r"(?:(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|Officers?|Members|[Tt]he\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z(][\w'’&().-]*|of|for|and|the|&))*"
    r"|[A-Z][A-Z]{1,6}(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+)"
)
# "<owner> to (further) <verb>" or "<owner> <verb>" at the start of a request.
OWNER_VERB = rule(
    "owner-verb",
    rf"^(?P<owner>{OWNER})\s+(?:to\s+)?(?:further\s+|also\s+)?(?P<verb>{ACTION_VERBS})\b",
    "action",
    "ACE to further report on their work with support to birth parents",
    flags=M,
)
# "requests that ...", "asks the Head of Finance to ...", "recommends to Cabinet that ...".
REQUEST_VERB = rule(
    "request-verb",
    r"\b(?i:request(?:s|ed)?|ask(?:s|ed)?|recommend(?:s|ed)?)\b"
    r"(?!\s+(?i:from|for|of|by|was|were)\b)"
    r"(?:\s+to\s+(?P<recipient>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|the))*))?"
    r"\s*(?:(?i:that)\s+)?(?P<what>\S.*)",
    "action",
    "the Scrutiny Board requests that the e-newsletter also be circulated to co-opted Members",
    flags=re.DOTALL,
)
# "X be circulated", "Further consideration be given to ...": a request in the passive.
PASSIVE_REQUEST = rule(
    "passive-request",
    r"\bbe\s+(?:further\s+|also\s+)?(?:arranged|circulated|sent|considered|added|held|provided|given|"
    r"brought|submitted|presented|reported|invited|shared|distributed|emailed|forwarded|"
    r"scheduled|included|investigated|explored|prepared|produced|made available|written|"
    r"organised|requested|sought|obtained|updated|reviewed|set up)\b",
    "action",
    "an opportunity to speak to Social Workers be arranged",
)
# Resolution parts that are never requests.
NOT_A_REQUEST = rule(
    "not-a-request",
    r"^(?:(?:the\s+)?[\w ]{0,40}?\b)?(?:notes?|noted|thanks?|thanked|welcomes?|welcomed|"
    r"congratulat\w*|approves?|approved|endorses?|endorsed|adopts?|adopted|accepts?|accepted|"
    r"receives?|received|supports?|supported)\b(?!.*\b(?:and|but)\s+(?:request|ask|recommend)\w*)",
    "action",
    "Notes the briefing note.",
    flags=I | re.DOTALL,
)
# A lead-in whose every part is a request: "the following items be added to the Work Programme:".
REQUEST_LEAD_IN = rule(
    "request-lead-in",
    r"\b(?:be\s+added\s+to\s+the\s+(?:work\s+programme|next\s+agenda|agenda)|"
    r"following\s+(?:items?|topics?|issues?|matters?)\s+be\s+(?:added|considered|included|scheduled)|"
    r"(?:request|ask|recommend)s?\s+(?:that\s+)?(?:the\s+following|[\w ]{0,60}\bto)\s*:)",
    "action",
    "RESOLVED that the following items be added to the Work Programme:",
)
# "Further information was requested including:" and the like: each bullet below is a request.
REQUEST_LIST_LEAD = rule(
    "request-list-lead",
    r"^(?:Further\s+)?(?:information|details?|data|clarification|figures)\s+(?:was|were)\s+"
    r"requested\b[^:\n]*:|^(?:Members|The\s+(?:Scrutiny\s+)?(?:Board|Committee|Panel))\s+"
    r"(?:requested|asked\s+for)\s+(?:the\s+following|that)\b[^:\n]*:|^(?:The\s+following\s+)?"
    r"(?:actions?|information|requests?)\s+(?:was|were)\s+(?:agreed|requested)\s*:",
    "action",
    "Further information was requested including:",
)
# A person (not a body such as a board or partnership) who can promise: "would" is an
# undertaking only from one of these; "The LSCB would report ..." is reported narrative.
PERSON = (
    r"(?:(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|Officers?|"
    r"[Tt]he\s+(?:[A-Z][\w'’&-]*\s+){0,4}?(?:Chair|Vice-Chair|Chairman|Director|Head|Manager|"
    r"Officer|Cabinet\s+Member|Portfolio\s+Holder|Leader|Clerk|Co-ordinator|Coordinator|"
    r"Lead\s+Member|Executive)(?:\s+(?:of|for)\s+(?:[A-Z][\w'’&()-]*\s*|and\s+)+)?"
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+)"
)
# "Cllr Sandhu would follow up ...", "Officers agreed to provide ...".
UNDERTAKING = rule(
    "undertaking",
    rf"(?:(?P<person>{PERSON})\s+(?:would|will)|(?P<owner>{OWNER})\s+(?:agreed\s+to|"
    rf"undertook\s+to|offered\s+to|promised\s+to|committed\s+to))"
    rf"\s+(?:also\s+|further\s+)?(?P<verb>{ACTION_VERBS})\b",
    "action",
    "Cllr Sandhu would follow up further signs of safety training",
    flags=M,
)
# Owners that are bodies, not people: "The Improvement Board would work ..." is narrative.
BODY_OWNER = rule(
    "body-owner",
    r"\b(?:Board|Group|Committee|Panel|Partnership|Council|Services?|Plan|Team|Agency|Trust|"
    r"Authority|Forum|Network|Programme|Report|Members)$",
    "action",
    "The Continuous Improvement Executive Group",
)
# Where an undertaking's sentence turns to something else: "... and hoped that ...".
UNDERTAKING_END = rule(
    "undertaking-end",
    r",?\s+(?:and|but|while|whilst)\s+(?:also\s+)?(?:hoped|said|noted|added|explained|stated|"
    r"reported|suggested|thought|felt|believed|acknowledged|emphasised|highlighted|stressed|"
    r"welcomed|thanked)\b",
    "action",
    "Officers offered to provide further context and hoped that the workshop would help",
)
# "ACTION: Development Manager to arrange a site visit".
ACTION_LINE = rule(
    "action-line",
    r"^ACTIONS?\s*[:\-]\s*(?P<what>\S.*)$",
    "action",
    "ACTION: Development Manager to arrange a site visit",
)
# "Members requested that ...": a request in the narrative (used when no resolution asks).
NARRATIVE_REQUEST = rule(
    "narrative-request",
    r"\b(?:Members|The\s+(?:Scrutiny\s+)?(?:Board|Committee|Panel)|It)\s+(?:was\s+)?"
    r"requested\s+that\s+(?P<what>[^.]+)",
    "action",
    "Members requested that this item be discussed at the next meeting.",
)
# Narrative about an earlier meeting's request is history, not a new request.
PAST_NARRATIVE = rule(
    "past-narrative",
    r"\b(?:previously|at\s+(?:its|their|the)\s+(?:last|previous|earlier)\s+meeting|"
    r"had\s+(?:previously\s+)?requested|last\s+year)\b",
    "action",
    "was previously considered on 21st June, 2018 and the Board requested that",
)
NEXT_MEETING = rule(
    "next-meeting", r"\bnext\s+(?:meeting|agenda)\b", "due", "be added to the next agenda"
)
# "to the February meeting", "in September": a month without a year.
BARE_MONTH = rule(
    "bare-month",
    r"(?:\b(?:in|by|to|for|at|during|before|until)|\s-)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!,?\s+\d{4})(?:\s+meeting)?",
    "due",
    "Education Progress to the February meeting",
    flags=M,
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
    ("request-verb", "More detail requested by the Board regarding return home interviews"),
    ("request-verb", "The review request from Ofsted"),
    ("passive-request", "the report be noted"),
    ("passive-request", "the Head of Property Services be authorised to award the contract"),
    ("undertaking", "The next Improvement Board would be on 18th October, 2017."),
    ("undertaking", "The LSCB would report on progress made"),
    ("narrative-request", "More detail requested by the Board regarding return home interviews"),
    ("request-list-lead", "The briefing note also provided information about the following:"),
    ("request-list-lead", "The Board questioned officers on the following:"),
    ("not-a-request", "request that the Chair give further consideration to how"),
    ("bare-month", "Requests an update to the Board in March 2018."),
)
