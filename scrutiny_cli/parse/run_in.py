"""Paragraphs that open with their heading, run into the text: "Public Open Forum A member
of the public ...", "FINANCE. A cheque was signed ...", "Police Report: 1 theft, ..." (the
segmenter's last reading of a page with no numbered items)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attendance_cues import ATTENDANCE_LABEL, LABEL_THEN_NAMES
from .caps_wrapped import unbulleted
from .dates import DATE_PHRASE
from .header_span import next_index
from .label_rows import Start
from .sections import FURNITURE
from .title_words import NAME_TITLES, is_minutes_sentence
from .titles import FINITE_VERB, KEYWORD_LINE, heading_line, split_run_in

# What a line standing alone before its colon labels, never an item's heading; and the
# words of an attendance list's own headings anywhere in one ("Other Members:").
# ("Minutes:" alone is ModernGov's label; "Minutes of the last meeting: Proposed ..." is an
# item's heading)
COLON_LABEL = re.compile(
    r"(?i)^(?:absent|guests?|visitors?|attendees|minutes(?=\s*:)|decisions?|resolved|agreed|"
    r"actions?|proposed|seconded|notes?|contact|venue|date|dated|signed|time|purpose|reasons?)\b"
)
WHO_CAME = re.compile(
    r"(?i)\b(?:present|attendance|attending|apologies|members|officers|councillors|"
    r"substitutes?)\b|\bmeeting\s+on\b"
)
# A paragraph's heading closed by a colon, its text after it on the line.
_COLON_RUN_IN = re.compile(r"^(?P<title>[A-Z][^:]{2,80}?)\s*:\s+(?=\S)")
_COLON_ALONE = re.compile(r"^(?P<title>[A-Z][^:]{2,80}?)\s*:$")
_APOLOGIES = re.compile(r"(?i)^apologies(?:\s+for\s+absence)?$")
# A report's heading names who came no list: "County Councillors and District Councillor's Report:".
_REPORT = re.compile(r"(?i)\b(?:reports?|updates?)$")
# A form's or a table's field, never a paragraph's heading: "Responsible Officer:", "Target
# Date:", "Reserve Account Balance:", "Application 19/0012/FUL:" (a reference number), or a
# report's sub-label alone: "Update:", "Outcome:", "Response:".
_FIELD = re.compile(
    r"(?i)\b(?:balance|account|responsible|target|deadline|owner|cost|status|amount|total)\b"
    r"|(?i:^(?:update|outcome|discussion|response|question|answer|comments?|progress|result|"
    r"vote|signed|background|summary|recommendations?)$)|\d+/\d+"
)
# An office filled at an election, never a heading: "Secretary: Trish Graham was duly
# appointed as Secretary" (but "Treasurer: The balance stands at ..." is the report's).
_OFFICE = re.compile(
    r"(?i)^(?:hon\.?\s+|minute\s+|vice[- ]?)?(?:chair(?:man|person)?|secretary|treasurer|president|"
    r"convener|clerk)$"
)
_FILLED = re.compile(r"(?i)\b(?:elected|re-elected|appointed|re-appointed|nominated|co-opted)\b")
_AMOUNT = re.compile(r"[£$€]?\s?\d[\d,]*(?:\.\d{2})?")
COLON_RUN_INS = 3  # paragraphs so led that make them the page's items
# A converter's bullet where the list's numbers were: "- Apologies. Apologies were ...".
_BULLET = re.compile(r"^[-•·]\s+(?=[A-Z])")
# How a paragraph ends: a stop, or its owner's tag after it ("... is imminent. – Action ML/SM").
_CLOSED = re.compile(r"[.|:!?]$|\b(?i:action)\s*:?\s*[A-Z][\w/&, ]{0,25}$")


def _open_end(lines: list[str]) -> float:
    """How long a line left open may be and not be wrapped: 80 characters, or less on a page
    wrapped at a fixed width ("... the Members IT Reference" / "Group, as contained in
    Appendix A ..." where its lines run to some 80 characters)."""
    lengths = sorted(len(ln) for ln in lines if len(ln) >= _SOME_WORDS)
    if len(lengths) < _WRAPPED_LINES:
        return _OPEN_LINE
    return min(_OPEN_LINE, _WRAPPED * lengths[len(lengths) * 9 // 10])


_OPEN_LINE = 80  # a line left open shorter than this was not wrapped
_SOME_WORDS = 40  # a line this long is text, not a heading
_WRAPPED_LINES = 5  # lines of text at least to tell a page's width by
_WRAPPED = 0.85  # of the page's width, a line left open this long was wrapped


def run_in(lines: list[str], alone: Sequence[Start] = ()) -> list[Start]:
    """Paragraphs that open with a heading: "Public Open Forum A member of the public ...";
    or, three or more, with a heading and a colon, where no heading standing alone (among
    `alone`) right above the first makes them its sub-headings."""
    starts: list[Start] = []
    colons: list[Start] = []
    listing = False  # under a lead-in ("... as follows:-"): its bullets are its points
    bullets = 0  # starts after a bullet: where there are some, the page's items are those
    dense = _dense(lines)
    whole = set() if dense else _whole_paragraph_lines(lines)
    open_end = _open_end(lines)
    for i in range(len(lines)):
        before = lines[i - 1] if i else ""
        line = _BULLET.sub("", lines[i], count=1)  # ("- Apologies. Apologies were ...")
        if line != lines[i] and listing:
            continue
        listing = _lead_in(line) or (listing and not line)
        if line and (not before or _CLOSED.search(before) or len(before) < open_end):
            title, rest = split_run_in(line, numbered=False)
            label = line[len(title or "") :].lstrip().startswith(":")  # "Action: Clerk"
            # (nor a decision page's furniture: "REASONS FOR DECISION - This was ...")
            # (nor a decision's keyword: "RECOMMENDED - THAT the minutes ... be approved")
            # (nor a name's initial cut at its stop: "J. M. Davies, E. G. Davies, ...")
            # (nor an attendance list's label: "PRESENT Provost Derek Stewart (Chair)")
            if title and rest and re.match(r"[A-Z]", title) and not line.endswith(":") \
                    and not label and not FURNITURE.match(line) \
                    and not KEYWORD_LINE.match(line) and not LABEL_THEN_NAMES.match(line) \
                    and not _initial_cut(title, rest):  # fmt: skip
                starts.append((i, None, title, rest))
                bullets += line != lines[i]
        bulleted = line != lines[i] or unbulleted(line) != line
        # (a paragraph's first line, or a bullet's; on a page of a paragraph a line, a line
        # after a sentence's end)
        # (or after a label's line: "Apologies: George McIntosh" / "Minutes of Previous
        # Meeting: Approved by ...")
        ended = (dense or i in whole) and (
            before.endswith((".", "!", "?")) or _COLON_RUN_IN.match(before) is not None
        )
        if line and (not before or bulleted or ended):
            colons += _colon_run_in(i, unbulleted(line))
    if len(colons) >= COLON_RUN_INS:
        colons = _unlisted(_after_proceedings(_unsectioned(colons, lines), lines), lines)
    # (as many colon-led ones as others, one of them an empty heading: "- Matters arising:" /
    # "- Football posts – KA had been on site ..." is a point under its heading; with none
    # empty, the others are the headings: "ROADS. The condition ..." / "Update: ...")
    empty = any(not s[3] for s in colons)
    if len(colons) >= COLON_RUN_INS and empty and all_bulleted([*colons, *starts], lines):
        # (a nested list flattened to bullets, every row one: its points under an empty
        # heading, "- Matters arising:" / "- Football posts – KA had been on site ...", are
        # its sub-items, items as the headings are)
        return sorted({s[0]: s for s in [*colons, *starts]}.values())
    colon_led = len(colons) >= COLON_RUN_INS and (
        len(starts) < 2 or (empty and len(colons) >= len(starts))
    )
    if colon_led and not _headed(colons[0][0], lines, alone):
        return colons
    if bullets:  # (a sentence between them is no heading: "John Smith took the minutes.")
        # (one bullet under headings that are not is a point of the one above it: "MATTERS
        # ARISING - Upper Fowey ..." / "- Live Aboards – Captain Thomas updated ...")
        led = bullets > 1 or len(starts) - bullets < 2
        starts = [s for s in starts if bool(_BULLET.match(lines[s[0]])) == led]
    # (one alone where its heading in capitals opens the page's paragraphs numbered from one,
    # as a Scottish minute's excerpt cut short: "PROVOST'S REMARKS 1. The Provost began ...")
    first = len(starts) == 1 and (starts[0][2] or "").isupper()
    first = first and _FIRST_PARAGRAPH.match(starts[0][3]) is not None
    return _numbered_after(starts) if len(starts) >= 2 or first else []


_FIRST_PARAGRAPH = re.compile(r"1\.\s+[A-Z]")
# A heading in capitals with its minute's running number printed after it: "MINUTES 2952.",
# or after the heading's words in lower case that the run-in heading left in its text:
# "HARBOUR MASTER'S REPORT" + "as prepared by ABP 2953. The Harbour Master's ...".
_NUMBER_AFTER = re.compile(r"^(?P<title>[^a-z\d]+?)\s+(?P<number>\d{2,5})$")
_NUMBER_IN_TEXT = re.compile(r"^(?P<more>[^.\d]{1,40}?)\s+(?P<number>\d{2,5})\.\s+(?=[A-Z])")


def _numbered_after(starts: list[Start]) -> list[Start]:
    """Headings in capitals each with its minute's number after it, two or more running
    on, as some printed minutes set them ("MINUTES 2952. It was resolved ..." / "HARBOUR
    MASTER'S REPORT as prepared by ABP 2953. The report ..."): the numbers are the items'."""
    found = [_number_after(s) for s in starts]
    numbers = [int(f[1] or 0) for f in found if f]
    if len(numbers) < 2 or numbers != sorted(set(numbers)) or numbers[-1] - numbers[0] > 50:
        return starts
    return [f or s for s, f in zip(starts, found, strict=True)]


def _number_after(start: Start) -> Start | None:
    title, rest = start[2] or "", start[3]
    if not title.isupper():
        return None
    if m := _NUMBER_AFTER.match(title):
        return (start[0], m["number"], m["title"], rest)
    if m := _NUMBER_IN_TEXT.match(rest):
        return (start[0], m["number"], f"{title} {m['more']}", rest[m.end() :])
    return None


def all_bulleted(starts: Sequence[Start], lines: list[str]) -> bool:
    """Whether every one of starts is a bullet's row: a list flattened to bullets."""
    return bool(starts) and all(_BULLET.match(lines[s[0]]) for s in starts)


def under_empty_headings(runs: Sequence[Start], alone: Sequence[Start]) -> bool:
    """Whether every heading standing alone falls under a colon-led heading with no words of
    its own, and before the next ("Matters Arising:" / "Update on Wetlands" / ... / "Finance
    Report:"): they are its sub-headings, and the colon-led ones the page's items (not
    headings alone after the last, "Matters Arising:" / "a) ..." / "Review of Rental").
    Or every heading standing alone is colon-led itself, its text below it ("Minutes of the
    last meeting:" / "The minutes ..." among "Flooding: Councillor Bevan has ...")."""
    if len(runs) < COLON_RUN_INS or not alone:
        return False
    if {s[0] for s in alone} <= {r[0] for r in runs}:
        return True
    for line, *_ in alone:
        over = [r for r in runs if r[0] < line]
        if not over or over[-1][3] or len(over) == len(runs):
            return False
    return True


def _dense(lines: list[str]) -> bool:
    """Whether the page is laid out a paragraph a line, with no blank line between its
    paragraphs (a header's lines, blanked, may stand above them)."""
    filled = [k for k, line in enumerate(lines) if line]
    return len(filled) >= COLON_RUN_INS and all(lines[filled[0] : filled[-1] + 1])


def _whole_paragraph_lines(lines: list[str]) -> set[int]:
    """The lines of blocks laid out a paragraph a line, each closed by its stop, where the
    page's other blocks stand apart ("Minutes of the Burial Board Meeting held ..." / "" /
    "Ashes Wall:Currently awaiting quotes." / "Shed in Churchyard: Awaiting maps ...").
    Among them may stand a label's line ("Apologies: Ian MacMaster, Cllr Iris Walker") or a
    section's heading over the next ("Other Agenda items:")."""
    out: set[int] = set()
    block: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if line:
            block.append(k)
            continue
        closed = sum(lines[j].endswith((".", "!", "?")) for j in block)
        if closed >= COLON_RUN_INS and all(_paragraph_line(lines[j]) for j in block):
            out.update(block)
        block = []
    return out


def _paragraph_line(line: str) -> bool:
    return line.endswith((".", "!", "?", ":")) or _COLON_RUN_IN.match(line) is not None


def _unsectioned(starts: list[Start], lines: list[str]) -> list[Start]:
    """The starts but a heading closed by a colon with another such start right below it:
    it heads a section ("Other Agenda items:" / "" / "ESCC Website: Format agreed ..."); a
    bulleted one is an entry of the list, empty ("- Apologies:" / "- Appointments: ...")."""
    at = {s[0] for s in starts}
    return [
        s for s in starts
        if s[3] or _BULLET.match(lines[s[0]]) or next_index(lines, s[0]) not in at
    ]  # fmt: skip


def _after_proceedings(starts: list[Start], lines: list[str]) -> list[Start]:
    """The starts from the page's first line of proceedings on (a sentence, or a paragraph
    that records business): above it, "Applicant: Mr D. Wiltshire", "Objectors: Mr R.
    Archer" label an attendance list."""
    first = next((i for i, ln in enumerate(lines) if is_minutes_sentence(ln)), len(lines))
    first = min(first, next((s[0] for s in starts if _business(s[3])), first))
    # (and the heading standing over that sentence: "Minutes of the last meeting:" / "The
    # minutes ... were agreed")
    above = max((k for k in range(first) if lines[k]), default=-1)
    first = above if any(s[0] == above and not s[3] for s in starts) else first
    return [s for s in starts if s[0] >= first]


# A paragraph's text that records business, not who came: a motion's record ("Approved by
# Duncan Connon; Seconded by Maxwell Wallace."), or a clause with a verb ("No police
# presence but report for October emailed in."); never a name and a note on it, "Mrs J.
# Smith (taking the minutes)", "one member of the press", "Mr D. Wiltshire (agent)".
_MOTION_RECORD = re.compile(r"(?i)^(?:approved|proposed|seconded|agreed|accepted|adopted)\b")
_DONE = re.compile(r"\b[a-z]{3,}ed\b")  # a participle: "emailed", "received"
_NOTHING_TO_REPORT = re.compile(
    r"(?i)(?:no\s+(?:report|update|applications?|issues?|correspondence)|nothing\s+to\s+report)\b"
)
# (a person's title opening the text: the shared titles, a vicar's and a police officer's)
_PERSON_FIRST = re.compile(rf"^(?:{'|'.join(sorted(NAME_TITLES | {'Rev', 'PC', 'PCSO'}))})\b")


def _business(text: str) -> bool:
    """Whether a colon-led paragraph's text records the meeting's business."""
    if _MOTION_RECORD.match(text) or _NOTHING_TO_REPORT.match(text):
        return True  # (or that there was none: "Police Scotland: No report.")
    unbracketed = re.sub(r"\([^)]*\)", " ", text)  # (a note in brackets is on the name)
    said = FINITE_VERB.search(unbracketed) or _DONE.search(unbracketed)
    return bool(said) and not _PERSON_FIRST.match(text)


def _unlisted(starts: list[Start], lines: list[str]) -> list[Start]:
    """The starts but those in a list a lead-in opens ("The report was approved subject to
    the following:" / "" / "NIEA Funding: The Director reported ..." / ...): its points.
    A heading closed by a colon ("Other Agenda items:") opens no list."""
    at = {s[0]: s for s in starts}
    kept: list[Start] = []
    listing = False
    for i, line in enumerate(lines):
        if i in at:
            kept += [] if listing else [at[i]]
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not line or (following and not _BULLET.match(following) and i + 1 not in at):
            continue  # (a paragraph's or a bullet's last line tells)
        bullet = bool(_BULLET.match(line)) or line[:1] in "•·*"
        alone = bullet or not (i and lines[i - 1])
        listing = _lead_in(_BULLET.sub("", line), alone) or (listing and bullet)
    return kept


def _lead_in(line: str, alone: bool = True) -> bool:
    """A line that leads into a list ("... subject to the following:", "as follows:-"), not
    a heading closed by a colon ("Other Agenda items:") standing alone."""
    text = line.rstrip()
    if not text.endswith((":", ":-")):
        return False
    return not alone or heading_line(text.rstrip(":-")) is None


def _headed(first: int, lines: list[str], alone: Sequence[Start]) -> bool:
    """Whether a heading standing alone is right above line `first` ("Matters Arising" /
    "" / "Land Registry: the title ...")."""
    return any(s[0] < first and not any(lines[s[0] + 1 : first]) for s in alone)


def _colon_run_in(i: int, line: str) -> list[Start]:
    """A paragraph led by its heading and a colon ("Police Report: 1 theft ...", or alone:
    "Planning Matters:"), not by a field's or an attendance list's label ("Proposed: Cllr
    Ash", "Present: Cllr Ash"; "Apologies:" is an item's below the attendance list)."""
    m = _COLON_RUN_IN.match(line) or _COLON_ALONE.match(line)
    if not m or COLON_LABEL.match(line) or FURNITURE.match(line):
        return []
    who = WHO_CAME.search(_APOLOGIES.sub("", m["title"])) and not _REPORT.search(m["title"])
    if who or _FIELD.search(m["title"]):
        return []
    if _OFFICE.match(m["title"]) and _FILLED.search(line, m.end()):
        return []
    if _AMOUNT.fullmatch(line[m.end() :].strip()):
        return []  # a figure's label: "Current Account Balance: £4,210.55"
    title = heading_line(m["title"])
    return [(i, None, title, line[m.end() :])] if title and len(title.split()) <= 8 else []


_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]$")
# What goes on a name after an initial: another initial or a surname and its comma ("J. M.
# Davies", "Hefin W. Thomas, John Williams"), where a heading's letter has a sentence after
# it ("Play Area Phase B. The Clerk reported ...").
_NAME_GOES_ON = re.compile(r"[A-Z](?:\.|\s|$)|[A-Z][a-z'’-]+,")


def _initial_cut(title: str, rest: str) -> bool:
    """Whether a heading cut at a stop is a name cut at its initial's: a capital alone, or
    one after the name's words with the rest of a name after it."""
    if _INITIALS.fullmatch(title) and _SURNAME.match(rest):
        return True  # (initials run together before a surname: "J.D. Hunt C.D. Wild")
    if not _INITIAL_END.search(title):
        return False
    return len(title) == 1 or bool(_NAME_GOES_ON.match(rest))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
# A surname after them, not a sentence's first word ("A.G.M. The Chairman opened ...").
_SURNAME = re.compile(
    r"(?!(?:The|This|It|An?|There|He|She|They|We|Members|Councillors)\b)[A-Z][a-z'’-]+\b"
)


def in_capitals(starts: list[Start]) -> list[Start]:
    """The headings in capitals among starts ("FINANCE", not "Payment for"; the minutes' date
    after one may be in mixed case, "MINUTES OF MEETING, Sept 27th 2022")."""
    return [s for s in starts if s[2] and len(s[2]) >= 4 and _capitals(s[2])]


def _capitals(title: str) -> bool:
    # (the date's pattern tried only where a figure is: most headings have none)
    return title.isupper() or (
        any(c.isdigit() for c in title) and _DATE_AFTER.sub("", title).isupper()
    )


_DATE_AFTER = re.compile(rf"(?<=[A-Z])[ ,]+(?:{DATE_PHRASE.pattern})$", re.I)


# A heading run into its text after the lead-in's ":-", on a page of headings standing alone:
# "Apologies:- Cllr R Daniel – accepted." (not an attendance list's label: "Present:- Cllrs").
_COLON_DASH = re.compile(r"^(?P<title>[A-Z][\w'’&/ ,()-]{2,60}?)\s*:-\s*(?=\S)")
# (nor a task's owner tag under a decision: "Action:-  Dawn Mitchell", "Lead Officer:- ...")
_OWNER_TAG = re.compile(r"(?i)actions?(?:\s+by)?|(?:lead|responsible)\s+officers?")


def colon_dash(line: str) -> tuple[str, str] | None:
    """(heading, text) of a line that opens with a heading and ":-", or None."""
    m = _COLON_DASH.match(line)
    if not m or ATTENDANCE_LABEL.fullmatch(m["title"]) or FURNITURE.match(line):
        return None  # (nor a decision page's field: "Decision Maker :-Cabinet")
    if _OWNER_TAG.fullmatch(m["title"]):
        return None
    if heading_line(m["title"]) is None:
        return None
    return m["title"], line[m.end() :]
