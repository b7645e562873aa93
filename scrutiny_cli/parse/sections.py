"""An item's lines split into its agenda text, its minutes and its decision block.

ModernGov labels them ("Minutes:", "Decision:"), alone on a line or run into a table row;
pages that lost the labels keep the agenda text first ("To receive ...", "Report of ...",
"[To approve ...]"), so leading paragraphs of that kind are the agenda text. Decision
pages' furniture ("Reason for decision:", "Date of decision:") belongs to neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .rules import near_miss, rule
from .titles import DESCRIPTION
from .vote_outcomes import VOTE_CLOSE

SECTION_LABEL = rule(
    "section-label",
    r"^(?P<label>Minutes|Decisions?|DECISIONS?|Resolutions?|RESOLUTIONS?|Minute)"
    # (or a dash before a decision's "That", its first part's letter or number before it:
    # "Decision – That the Forward Plan be noted.", "Decision – (a) That the ... be approved.")
    r"(?:\s*:\s*-?|(?<=Decision|DECISION)\s+[-–](?=\s+(?:\(?(?:[a-h]|\d)\)\s+)?(?:That|THAT)\b))"
    r"\s*(?P<rest>.*)$",
    "section",
    "Minutes:",
    flags=0,
)
near_miss("section-label", "Minutes of the previous meeting", "Minute 18, Constitution Review")
# ModernGov's own labels: a page that puts them on its items labels every item's sections.
# ("DECISION:" or "Resolution:" on a few items of a parish's minutes says nothing of the rest.)
PAGE_LABELS = frozenset({"Minutes", "Minute", "Decision", "Decisions"})


def page_label(line: str) -> bool:
    """Whether a line is one of the labels that, on most items, mark a labelled page."""
    m = SECTION_LABEL.match(line)
    return bool(m and m["label"] in PAGE_LABELS)


# A label run into a table row: "Apologies for Absence Minutes: Apologies were received ...".
INLINE_LABEL = re.compile(
    r"(?<!\bfor)(?<!\bof)\s+(?=(?:Minutes|Decisions?):(?:\s|$)|Decision\s+[-–]\s+That\b)"
)
# Decision-page furniture that ends the decision text.
FURNITURE = rule(
    "decision-furniture",
    # ("Reason" alone only with its colon: a table's head cell "Reason" is no label)
    # (a label's capital first: not a line a hard wrap opened, "implementation of an increase
    # to the tariff by 5%", "contact the resident")
    r"^(?=(?-i:[A-Z]))"
    r"(?:Reasons?(?: for (?:the )?decisions?|(?=\s*:))|Implementation of\s*(?:decisions?)?|"
    r"(?:Other |Alternative )?options considered(?: and rejected)?|Alternative Options.*|"
    r"Conflicts? of interest.*|Publication date|Date of decision|Decided at meeting|"
    # (a contact's label, not a thing named so: "Contact Centre Dilapidations" listed)
    r"Effective from|Accompanying Documents|Report author|Contact(?=\s*:|\s*$|\s+(?i:officer|"
    r"details|name|person)\b)|Wards? affected|"
    r"Lead officer|Decision\s+Maker)\b.*$",
    "section",
    "Reason for Decision:  To receive and request a response",
)
near_miss("decision-furniture", "implementation of an increase to the tariff by 5% (rounded")
# A decision's status lines, which ModernGov prints above the decision's text (the header
# reads its "Decision Maker:"): dropped,
# the text after them kept ("Decision status: Recommendations Approved" / "Is Key
# decision?: No" / "Decision taken" / "Cabinet agreed the recommendations ..."; a listing
# of decisions published: "Made at meeting: ..." / "Decision published: ..." / "Effective
# from: ...").
STATUS = re.compile(
    r"^(?:Decision\s+(?:[Ss]tatus|[Mm]aker)\b|Is\s+Key\s+[Dd]ecision\?|"
    r"Is\s+subject\s+to\s+call[- ]in\?|Call-in\b"
    r"|(?:Made\s+at\s+meeting|Decision\s+published|Effective\s+from)\s*:\s*\d{1,2}/\d{1,2}/\d{4})"
)
# A decision's heading without a colon: "Decision taken", "Decision made", "The decision",
# or "DECISION" (or "Decision", not the list's "Decisions") alone on its line, as Scottish
# councils head each item's decision.
DECISION_HEADING = re.compile(
    r"^(?:Decisions?\s+(?:taken|made)|The\s+decision|(?-i:DECISIONS?|Decision))\s*:?\s*$", re.I
)
PURPOSE = re.compile(r"^Purpose\s*:")
# A line broken off before its last word, which the next line holds: "... Matter for" /
# "Decision" is no heading.
_BROKEN_OFF = re.compile(r"\b(?:for|of|the|a|an|and|to|on|by|with|in)$")


@dataclass
class Sections:
    description: list[str] = field(default_factory=list)
    minutes: list[str] = field(default_factory=list)
    decision: list[str] = field(default_factory=list)
    decided: list[str] = field(default_factory=list)  # decisions a line ("RESOLUTION: ...")
    labelled: bool = False


def split_sections(body: list[str], page_labelled: bool = False) -> Sections:
    """The agenda text, minutes and decision block of an item's lines. On a page that
    labels its minutes ("Minutes:"), an item without the label has agenda text only."""
    lines: list[str] = []
    for line in body:
        lines.extend(
            INLINE_LABEL.split(line) if " Minutes:" in line or " Decision" in line else [line]
        )
    out = Sections()
    current = out.description
    purpose: list[str] = []  # a decision page's "Purpose:" is agenda text wherever it stands
    minutes_labelled = False
    for k, line in enumerate(lines):
        if not line:  # a blank line is no label: half the lines of most pages
            current.append(line)
            continue
        m = SECTION_LABEL.match(line)
        if (
            m
            and m["rest"]
            and m["label"].lower().startswith("resolution")
            and (current is not out.decision)
        ):
            # a parish's decision a line, in the minutes' run: "RESOLUTION: Clerk to contact
            # the School." (each its own part; the lines after it the minutes again)
            out.labelled = True
            # (as printed: stored so, and read again by its label; up to the vote that
            # carried it, the minutes run on after it on a flattened line)
            vote = VOTE_CLOSE.search(line)
            out.decided.append(line[: vote.end()].rstrip() if vote else line)
            if vote:
                current.append(line[vote.end() :])
            continue
        if m:
            out.labelled = True
            minutes_labelled = minutes_labelled or m["label"].startswith("Minute")
            current = out.minutes if m["label"].startswith("Minute") else out.decision
            if m["rest"]:
                current.append(m["rest"])
            continue
        if DECISION_HEADING.match(line) and not (current and _BROKEN_OFF.search(current[-1])):
            out.labelled, current = True, out.decision
            continue
        if STATUS.match(line):
            continue
        if FURNITURE.match(line) and not reason_between_parts(lines, k):
            current = []  # read, and dropped
            continue
        if PURPOSE.match(line):
            current = purpose
            continue
        current.append(line)
    if not minutes_labelled and not page_labelled:
        # No "Minutes:" label: what comes before a "Decision:" is minutes too, after any
        # agenda text ("The pothole was discussed." / "Decision: That the Clerk writes ...").
        out.description, before = _agenda_text_first(out.description, bool(out.decision))
        out.minutes = before + out.minutes
    out.description += purpose
    return out


def _agenda_text_first(lines: list[str], decided: bool) -> tuple[list[str], list[str]]:
    """Leading paragraphs of agenda text ("To receive ...") and the minutes after them (a
    page laid out without blank lines has a paragraph a line). With a decision block of its
    own, an item's agenda text is never its decision ("Purpose:" / "To receive a report")."""
    if "" not in lines:
        k = 0
        while k < len(lines) and DESCRIPTION.match(lines[k]):
            k += 1
        return lines[:k], lines[k:]
    k, within, listed = 0, False, False
    while k < len(lines):
        while k < len(lines) and not lines[k]:
            k += 1
        if k >= len(lines):
            break
        entry = listed and _LIST_GOES_ON.match(lines[k]) is not None
        if not (entry or _agenda_paragraph(lines[k], within)):
            break
        while k < len(lines) and lines[k]:
            k += 1
        # (the list an agenda paragraph's colon opens is agenda text too, each entry going on
        # with its sentence: "Members are requested to consider the identification of:" /
        # "a) declarations of interest ..."; not one that reports: "a) Cllr Hughes reported")
        within, listed = True, entry or lines[k - 1].rstrip().endswith((":", ":-"))
    if k >= len(lines) and lines and not decided:  # nothing but agenda text: a decision in it
        return [], lines
    return lines[:k], lines[k:]


def reason_between_parts(lines: list[str], k: int) -> bool:
    """A part's reason printed under it, the next part below ("(i) That Option 2 be
    approved ..." / "REASON: In accordance with ..." / "(ii) That ..."): the decision goes on."""
    after = next((ln for ln in lines[k + 1 :] if ln), "")
    return lines[k][:6].lower() == "reason" and _PART_MARK.match(after) is not None


_PART_MARK = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")  # "(ii) ", "b) "
_LETTERED = re.compile(r"^\(?[a-z0-9]{1,2}[.)]\s+")  # "(a) ", "b) ", "1. "
_LIST_GOES_ON = re.compile(r"^\(?[a-z0-9]{1,2}[.)]\s+[a-z]")  # "a) declarations of ..."


def _agenda_paragraph(line: str, within: bool) -> bool:
    """Whether a paragraph is agenda text: "To receive ...", also lettered ("(a) To approve
    the minutes ..." / "(b) To note the outstanding actions."), and, within agenda text,
    its bullets ("· 14 March 2022"); never a decision's part in lower case, its keyword or
    label lost ("(i) to note the content of the report;" / "(ii) to instruct ...")."""
    rest = _LETTERED.sub("", line, count=1)
    if rest != line and rest.startswith("to ") and not within:
        return False
    # (but a bullet in a decision's words is none: "· That the minutes ... be agreed")
    bullet = within and line[:1] in "·•-–" and not _THAT_BULLET.match(line)
    return bool(DESCRIPTION.match(rest)) or bullet


_THAT_BULLET = re.compile(r"[·•–-]\s*(?:That|THAT)\s")
