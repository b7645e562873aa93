"""What stands above the first numbered item and is an item after all: the public session a
parish or town council holds before its numbered business, under a heading of its own.

    Present: Councillors Ash (Chair), Birch
    Public Forum: Two residents raised the state of the footpath.
    19. Chairman's remarks

The heading ("Public Forum", "Public Question Time", "Member of Public issues") starts an
unnumbered item that runs to the first numbered one; the lines above it stay the preamble
(attendance, apologies). A count of the public present ("No members of the public",
"Members of the public: 3") is attendance, never such a heading. So, alone on their lines
or run into a sentence that repeats them, are the opening business's headings, where the
minutes' numbers start after them:

    Declaration of Interest
    There were no declarations recorded
    1. Police Report
"""

from __future__ import annotations

import re

from ..read.text import fold
from .attendance_cues import ATTENDANCE_LABEL, ATTENDANCE_SECTIONS, PRESENT_START
from .title_words import CHAIRS_REMARKS, OPENING_HEADING
from .titles import FINITE_VERB, split_run_in

PUBLIC_SESSION = re.compile(
    r"^(?P<title>(?:(?:Adjournment\s+for\s+)?Public|Open)\s+(?:Open\s+)?(?:Forum|Question\s+Time|"
    r"Questions?|Participation(?:\s+Session)?|Session|Speaking)(?:\s+for\s+Public\s+Participation)?"
    # (or the open meeting held before the council's, as some parishes call the session)
    r"|Parishioners[’']?\s+Question\s+Time|Open\s+Meeting"
    r"|Questions?\s+from\s+(?:the\s+)?(?:members\s+of\s+the\s+)?public"
    r"|Members?\s+of\s+(?:the\s+)?Public\s+(?:issues|session|participation|forum|questions?)"
    # (or what the session is for, and its time: "Open session for members of the public to
    # raise any matters of relevance to the Community 7.00 - 7.15")
    r"|(?:Public|Open)\s+(?:Session|Forum)\s+for\s+(?:members\s+of\s+)?the\s+public\b[^:.\n]{0,100}?"
    r"(?:\s+\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d(?:\s*[ap]\.?m\.?)?)?)"
    r"(?:\s*\(\d{1,2}\s+min(?:ute)?s?\))?"  # ("Public Participation (15 minutes)")
    r"\s*(?:[:;.\-–]\s*(?P<rest>.*))?$",  # (a semicolon for its colon too)
    re.I,
)


def public_session(preamble: list[str], start: int = 0) -> tuple[int, int, str, str] | None:
    """(line, end, heading, the text run into it) of the public session's heading in the
    lines above the first numbered item, from start (below the header: a web site's menu
    above it may name its pages so), if one stands there with text under it; it ends
    where an attendance list starts below it ("Present: Councillor ..."), or with the
    preamble. A session's label alone ("PUBLIC SESSION" over "1. Apologies") is none."""
    for i in range(start, len(preamble)):
        m = PUBLIC_SESSION.match(preamble[i].strip())
        if m:
            end = next((j for j in range(i + 1, len(preamble)) if _attendance(preamble[j])),
                       len(preamble))  # fmt: skip
            rest = (m["rest"] or "").strip()
            if rest or any(ln.strip() for ln in preamble[i + 1 : end]):
                return i, end, m["title"], rest
            return None
    return None


def _attendance(line: str) -> bool:
    folded = fold(line)
    return (
        bool(PRESENT_START.regex.match(folded))
        or any(section.regex.match(folded) for section, _, _ in ATTENDANCE_SECTIONS)
        or ATTENDANCE_LABEL.fullmatch(folded.strip(" :.")) is not None  # ("IN ATTENDANCE")
    )


def sessions_above(preamble: list[str], start: int = 0) -> list[tuple[int, int, str, str]]:
    """(line, end, heading, the text run into it) of each item that stands above the first
    numbered one, from start: the public session, and the opening business's headings; each
    with text under it (for the opening business, a sentence: not a list of names,
    "Councillor Representing L W Davies ...", nor an agenda's entries, "1. Minutes meeting
    20th January 2012 – D Horkan"), ending at the next, at an attendance list or with the
    preamble."""
    starts = _opening_headings(preamble, start)
    if (public := public_session(preamble, start)) is not None:
        starts.append((public[0], public[2], public[3], False))
    starts.sort()
    spans = []
    for k, (i, title, rest, opening) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(preamble)
        # (its own sentence, under it, repeats it: "Apologies for absence" / "Apologies for
        # absence were received from ...", no attendance list that ends it)
        first = next((j for j in range(i + 1, stop) if preamble[j].strip()), stop)
        own = opening and not rest and first < stop and _repeats(title, preamble[first])
        end = next((j for j in range(first + 1 if own else i + 1, stop)
                    if _ends(preamble[j], opening)), stop)  # fmt: skip
        if own and end < stop and _attendance(preamble[end]):
            continue  # (one of the attendance's sections: "APOLOGIES" / ... / "IN ATTENDANCE")
        text = [rest, *preamble[i + 1 : end]]
        # (apologies' names are their text where the earlier minutes' heading follows them:
        # "Apologies" / "James Dutton, Mick Miller" / "Minutes of 14.9.23 Meeting")
        names = opening and _APOLOGIES.match(title) and k + 1 < len(starts)
        if any(FINITE_VERB.search(ln) if opening and not names else ln.strip() for ln in text):
            spans.append((i, end, title, rest))
    return spans


_APOLOGIES = re.compile(r"(?i)apologies\b")
_EARLIER_MINUTES = re.compile(r"(?i)(?:minutes|matters|approval|confirmation)\b")


def _repeats(title: str, line: str) -> bool:
    return line.strip().lower().startswith(title.lower() + " ")


def _ends(line: str, opening: bool) -> bool:
    """Whether the line ends an item above the numbered ones: an attendance list, or for the
    opening business an agenda's numbered entry ("1. Minutes meeting 20th January 2012")."""
    return _attendance(line) or (opening and _LISTED.match(line) is not None)


_LISTED = re.compile(r"\s*\d{1,3}[.)]\s")


# (a cheap test)
_OPENING_WORD = re.compile(r"(?i)(?:the\s+)?(?:chair|welcome|introduc|apolog|declar)")


# The chair's welcome run into what was said after its colon: "Introduction: Cllr Pridgeon
# welcomed everyone to the meeting.", "Chairman's Welcome: The Chairman opened ...".
# (or the chair's remarks: "Chairman’s Opening Remarks: The Chairman wished to record ...")
_WELCOME_RUN_IN = re.compile(
    r"(?i)^(?P<title>(?:(?:the\s+)?chair(?:man|person)?['’]?s?\s+)?(?:welcome|introductions?)"
    rf"|{CHAIRS_REMARKS})\s*:\s+(?P<rest>\S.*)$"
)


# A heading in capitals alone on its line, a sentence under it: "MAYORS ACKNOWLEDGEMENTS"
# (not a page's title: "FOOTPATHS COMMITTEE AGENDA", "PARISH COUNCIL MINUTES").
# (or longer, naming a body, where it opens with business no title does: "MOTION FOR
# POSTPONEMENT OF POLICY AND RESOURCES COMMITTEE", "APPOINTMENTS TO OUTSIDE BODIES")
# The words of a page's title in capitals, never an item's heading alone: "FOOTPATHS
# COMMITTEE AGENDA", "SOUTHSIDE COMMUNITY COUNCIL".
PAGE_TITLE_WORDS = r"\b(?:AGENDA|MINUTES?|COUNCIL|COMMITTEE|MEETING|NOTICE|BOARD)\b"
_CAPS_ALONE = re.compile(
    r"(?:(?=(?:MOTIONS?|DEPUTATIONS?|PETITIONS?|URGENT|APPOINTMENTS?|MEMBERSHIP)\s)"
    r"[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+){1,9}"
    rf"|(?!.*{PAGE_TITLE_WORDS})"
    r"[A-Z][A-Z’'&-]+(?::?\s+[A-Z][A-Z’'&-]+){1,5})"  # ("TRIBUTE: FIRST MINISTER DONALD DEWAR")
)


def _sentence_below(preamble: list[str], i: int) -> bool:
    below = next((ln.strip() for ln in preamble[i + 1 :] if ln.strip()), "")
    return (
        below[:1].isupper()
        and not below.isupper()
        and (
            FINITE_VERB.search(below) is not None
            or (below.endswith(".") and len(below.split()) >= 4)
        )
    )


# A heading in capitals run into its decision after a colon: "ELECTION OF CHAIRMAN: RESOLVED
# to elect Cllr Benoy as Chairman." (an attendance label before names is none: "MEMBERS
# PRESENT: Cllr Benoy, ...").
_CAPS_DECIDED = re.compile(
    rf"^(?P<title>{_CAPS_ALONE.pattern})\s*:\s+"
    r"(?P<rest>(?:RESOLVED|Resolved|AGREED|Agreed|It\s+was\s+(?:\w+\s+)?(?:resolved|agreed))\b.*)$"
)

# Or in capitals, run into text that is not: "APOLOGIES FOR ABSENCE Cllrs Oak and Elm."
_CAPS_RUN_IN = re.compile(r"^(?P<title>[A-Z][A-Z’' ]+?)\s+(?P<rest>[A-Z][a-z].*)$")


_WELCOME_WORD = re.compile(r"(?i)(?:the\s+)?(?:chair\w*['’]?s?\s+)?(?:welcome|introduc)")
_WELCOMED = re.compile(r"^(?:[\w.'’-]+\s+){1,4}welcomed\b")


def _opening_headings(preamble: list[str], start: int) -> list[tuple[int, str, str, bool]]:
    """The opening business's headings alone on their lines ("Declaration of Interest"), or
    run into a sentence that repeats them ("Apologies for absence Apologies for absence were
    received from ...")."""
    found = []
    first = next((i for i in range(start, len(preamble)) if preamble[i].strip()), start)
    for i in range(start, len(preamble)):
        line = preamble[i].strip()
        if OPENING_HEADING.fullmatch(line):
            if i == first and _EARLIER_MINUTES.match(line):
                continue  # (a web page's title: "Minutes of the last meeting" / "Minutes are")
            found.append((i, line, "", True))
        elif _CAPS_ALONE.fullmatch(line) and not _attendance(line) and _sentence_below(preamble, i):
            found.append((i, line, "", False))  # ("MAYORS ACKNOWLEDGEMENTS" / "The Mayor ...")
        elif (m := _CAPS_DECIDED.match(line)) and not _attendance(line):
            found.append((i, m["title"], m["rest"], False))  # ("ELECTION OF CHAIR: RESOLVED")
        elif (m := _WELCOME_RUN_IN.match(line)) and FINITE_VERB.search(m["rest"]):
            found.append((i, m["title"], m["rest"], True))  # ("Introduction: Cllr X welcomed")
        elif (
            (m := _CAPS_RUN_IN.match(line))
            and OPENING_HEADING.fullmatch(m["title"])
            and FINITE_VERB.search(m["rest"])  # (its own sentence; not a column of names)
        ):
            found.append((i, m["title"], m["rest"], True))  # ("APOLOGIES Cllrs Oak and Elm.")
        elif _OPENING_WORD.match(line) and (title := split_run_in(line, False)[0]):
            rest = line[len(title) :].strip()
            # (or the welcome run into its telling: "Welcome and Introductions HIF welcomed
            # all to the meeting")
            told = rest.lower().startswith(title.lower() + " ") or (
                _WELCOMED.search(rest) is not None and _WELCOME_WORD.match(title) is not None
            )
            if OPENING_HEADING.fullmatch(title) and told:
                found.append((i, title, rest, True))
    return found


def session_between(body: list[str]) -> int | None:
    """Where a numbered item's lines hold the public session held between two numbered
    items, under its heading alone on its line with text below it ("13 DECLARATIONS OF
    INTEREST" / ... / "PUBLIC FORUM" / "A member of the public raised ..." / "14 MATTERS
    ARISING"): that heading's index in the lines, if any."""
    for k in range(1, len(body)):
        m = PUBLIC_SESSION.match(body[k].strip()) if body[k] else None
        if m and not m["rest"] and any(ln.strip() for ln in body[k + 1 :]):
            return k
    return None
