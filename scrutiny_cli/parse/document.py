"""One tolerant parser for every page: text in, a Document out.

The stages take whatever cues a page offers and leave a field empty when it offers none:
clean the lines (lines.py), read the meeting facts (header.py), tell the page's kind
(kinds.py), find the items (segment.py), and read each item (items.py). Only a text with
no item, resolution or action at all is "unknown layout".
"""

from __future__ import annotations

import re

from ..errors import UnknownLayout
from ..model import Document, Item, Meeting
from .actions import find_actions
from .agenda_above import minutes_below_agenda
from .attendance import apologies_in_items, attendance_in_items, attendance_of
from .attendance_cues import ATTENDANCE_LABEL
from .bullet_items import bullet_items
from .cmis import cmis_decision
from .cuts import Segment
from .flattened import split_long_lines
from .header import Facts, meeting_facts
from .header_anywhere import decision_fields
from .header_welsh import decision_fields_in_english
from .items import build_item, finish_meeting
from .kinds import ISSUE_PAGE, Part, issue_parts, page_kind, single_part
from .lines import clean, with_icons
from .preamble import PAGE_TITLE_WORDS
from .resolutions import resolutions_of_decision
from .sections import page_label
from .segment import segment
from .subitems import split_subitems
from .title_words import OPENING_HEADING, is_minutes_sentence
from .titles import FINITE_VERB, heading_line


def parse(text: str) -> Document:
    """Parse normalised text of any page into a Document."""
    page = clean(text)
    lines = page.lines if page.rows else split_long_lines(page.lines)
    if "genda" in text or "GENDA" in text:  # (an agenda printed above the minutes)
        lines = minutes_below_agenda(lines)
    if "enderfyn" in text:  # (a Welsh decision page's fields: "Penderfyniadau:")
        lines = decision_fields_in_english(lines)
    if "Decision Details" in text:  # (a CMIS decision page's: "Decision Maker:" / "Cabinet")
        lines = cmis_decision(lines)
    kind = page_kind(lines)
    facts = meeting_facts(lines, min(page.rows) if page.rows else None, kind == "meeting")
    if kind == "issue":
        # (with no meeting or decision line, the issue's title under its page's marker is
        # the item's heading: "Issue - decisions" / "Grant and Community Update Report")
        parts = issue_parts(lines) or [
            single_part(["" if ISSUE_PAGE.match(ln) else ln for ln in lines], facts)
        ]
        doc = Document("item", "issue", [_single_meeting(p, facts, p.decision) for p in parts])
    elif kind in ("item", "decision"):
        if kind == "decision":
            _decided(facts, lines)
        part = single_part(_after_header(lines, facts, kind), facts)
        doc = Document("item", "decision" if kind == "decision" else "agenda-item",
                       [_single_meeting(part, facts, kind == "decision")])  # fmt: skip
    else:
        doc = _whole_meeting(lines, page.rows, facts)
    _check(doc, kind, lines)
    return doc


def _decided(facts: Facts, lines: list[str]) -> None:
    """A decision page's meeting as its own fields name it, where its title named another
    ("Strategy and Resources Committee - 15 July 2021" over "Decision Maker: Council" and
    "Date of decision: 02/09/2021"): the body that decided, and the day."""
    bodies, dates = decision_fields(lines)
    if bodies and facts.committee not in bodies:
        facts.committee = bodies[0]
    if dates and facts.date not in dates:
        facts.date = dates[0]


def _after_header(lines: list[str], facts: Facts, kind: str) -> list[str]:
    """An item page's lines without the lines that told its meeting."""
    if kind == "decision":
        return lines
    return [ln for i, ln in enumerate(lines) if i not in facts.lines]


def _meeting(facts: Facts) -> Meeting:
    return Meeting(
        committee=facts.committee,
        date=facts.date,
        council=facts.council,
        start_time=facts.start_time,
        venue=facts.venue,
        contact=facts.contact,
        committee_inferred=facts.committee_inferred,
    )


def _single_meeting(part: Part, page: Facts, decision: bool = False) -> Meeting:
    """The meeting of one item, with the facts its own line gives, else the page's."""
    facts = part.facts
    meeting = _meeting(page)
    meeting.date = facts.date or page.date
    if facts.committee:
        meeting.committee, meeting.committee_inferred = facts.committee, False
    # (an item with no text of its own may hold lettered sub-items: "Matters Arising" /
    # "(a) Key Messages ... (Minute 26 refers)" / text / "(b) ...")
    whole = Segment(part.number, part.title, part.lines or [])
    meeting.items = [build_item(s.number, s.title, s.body) for s in split_subitems([whole])]
    item = meeting.items[0]
    if decision and len(meeting.items) == 1 and item.minutes:
        # (the decision, as published: kept as the item's decision too, so read again so;
        # more parts than the minutes' reading found where it numbers them)
        decided = resolutions_of_decision(item.minutes)
        if not item.resolutions or len(decided) > len(item.resolutions):
            item.decision = item.decision or item.minutes
            item.resolutions = decided
    finish_meeting(meeting)
    return meeting


def _whole_meeting(lines: list[str], rows: set[int], facts: Facts) -> Document:
    preamble, segments = segment(lines, rows, facts.lines)
    if listed := bullet_items(segments):  # (the page's items a list of bullets)
        above, segments = listed
        preamble = [*preamble, *above]
    segments = split_subitems(segments)
    meeting = _meeting(facts)
    # The list may stand in the header's own lines when a PDF flattened them onto one.
    # (and a page with no headings at all holds its "Present:" block in its one item, but
    # not one flattened onto a line with the minutes, whose end nothing marks)
    whole = segments[0].body[:60] if len(segments) == 1 and not segments[0].title else []
    whole = [ln for ln in whole if len(ln) <= 500]
    meeting.attendees = attendance_of(preamble or whole) or attendance_of(
        [lines[i] for i in sorted(facts.lines)]
    )
    if facts.lines:  # what stands above the header (a summary, a menu) is not minutes
        preamble = preamble[max(facts.lines) + 1 :]
    labelled = sum(1 for s in segments if any(page_label(ln) for ln in s.body)) >= 2
    keywords = any("esolved" in ln.lower() and KEYWORD_DECISION.search(ln) for ln in lines)
    items = [build_item(s.number, s.title, s.body, labelled, keywords) for s in segments]
    # (the first row's place is known only below a header: not a site's note above it)
    lead = _preamble_item(preamble, bool(facts.lines) and with_icons(lines))
    meeting.items = ([lead] if lead else []) + items
    said = [(it.title, it.minutes) for it in items]
    meeting.attendees = meeting.attendees or attendance_in_items(said)
    meeting.attendees += apologies_in_items(said, meeting.attendees)
    finish_meeting(meeting)
    kind = "meeting"
    if len(meeting.items) == 1 and not (facts.date or facts.committee or facts.venue):
        kind = "item"  # a page that starts at an item's heading
    return Document(kind, "minutes", [meeting])


def _preamble_item(preamble: list[str], icons: bool = False) -> Item | None:
    """Minutes that stand before the first heading ("The Provost advised that ..."), but
    not a header, an attendance list or an agenda; and only where they tell something done:
    a decision, a request, an earlier minute cited, or two paragraphs or more (not a line
    beside the attendance: "During the public forum the visitor asked about planning.").
    On a ModernGov page (its headings with their reports' icons) what stands between the
    header and the first heading is the first row, its heading lost: any sentence of
    minutes makes it an item, apologies too ("Apologies were received from ...")."""
    if any(_AGENDA_LISTING.search(ln) for ln in preamble):
        return None
    if icons:  # (any sentence: "To receive any apologies for absence."; not a field of the
        # page's own, "Note: Please note this meeting will be conducted in line with ...")
        sentences = [ln for ln in preamble if not _PAGE_FIELD.match(ln)
                     and (is_minutes_sentence(ln) or _ROW_SENTENCE.match(ln))]  # fmt: skip
    else:
        sentences = [ln for ln in preamble if is_minutes_sentence(ln)
                     and (not _attendance_or_agenda(ln) or _opening_dashed(ln))]  # fmt: skip
    if not sentences:
        return None
    labelled = _labelled_row(preamble)
    title: str | None
    if labelled is not None:
        title, body = labelled
    else:
        title, body = _row_heading(preamble) if icons else _colon_heading(preamble, sentences[0])
    item = build_item(None, title, body)
    told = (
        icons
        or labelled is not None
        or item.resolutions
        or item.refs
        or _paragraphs(preamble, sentences) >= _MINUTES_SENTENCES
    )
    # (its actions as yet unread, the meeting's date not known: read here without it)
    told = told or any(_DONE.search(ln) for ln in sentences) or bool(find_actions(item, None))
    told = told or bool(title and OPENING_HEADING.fullmatch(title))  # ("Minutes of the last ...")
    return item if item.minutes and told else None


def _paragraphs(preamble: list[str], sentences: list[str]) -> int:
    """How many paragraphs the sentences' lines make: a sentence wrapped onto the next line
    ("... the Town Clerk advised Committee that for this" / "meeting Cllr Wood would be
    substituting ...") is one."""
    count, before = 0, ""
    said = set(sentences)
    for line in preamble:
        if line in said and not (before in said and not before.rstrip().endswith(_CLOSED)):
            count += 1
        before = line
    return count


_CLOSED = (".", "!", "?", ":", ";")


def _labelled_row(preamble: list[str]) -> tuple[str, list[str]] | None:
    """A ModernGov row without a number above the numbered ones: its heading, the line over
    its "Minutes:" label ("RECOMMENDATION I - Terms of Reference" / "Minutes:" / "Members
    considered ..."), and the lines under the label."""
    k = next((k for k, ln in enumerate(preamble) if page_label(ln.strip())), None)
    above = next((j for j in range(k - 1, -1, -1) if preamble[j].strip()), None) if k else None
    if k is None or above is None:
        return None
    line = preamble[above].strip()
    if FINITE_VERB.search(line) or line.endswith((".", ":")) or not heading_line(line):
        return None
    return line, preamble[k + 1 :]


def _row_heading(preamble: list[str]) -> tuple[str | None, list[str]]:
    """The first row's heading where it stands without its report's icon ("Attendance by
    Reserve Members" / "To note the attendance ..."), and the lines under it."""
    first = next((k for k, ln in enumerate(preamble) if ln.strip()), None)
    line = preamble[first].strip() if first is not None else ""
    # (any short line in title case with no stop or verb: a heading's words may be an
    # attendance list's, "Attendance by Reserve Members")
    heading = heading_line(line) or (line if _ROW_TITLE.fullmatch(line) else None)
    if first is None or not heading or FINITE_VERB.search(line):
        return None, preamble
    return heading, preamble[first + 1 :]


def _colon_heading(preamble: list[str], first: str) -> tuple[str | None, list[str]]:
    """The heading run in with its colon on the first line of proceedings, and the lines
    from there ("Members of the Public: Cllr R Huffer updated the meeting on ...")."""
    m = _COLON_LABEL.match(first.strip())
    m = m or _opening_dashed(first)
    if not m or ATTENDANCE_LABEL.fullmatch(m["label"]):
        return _caps_heading(preamble)
    k = preamble.index(first)
    return m["label"], [m["rest"], *preamble[k + 1 :]]


def _opening_dashed(line: str) -> re.Match[str] | None:
    """The opening business's heading before a dash and its text: "Minutes of the last
    meeting – these were agreed as an accurate record ..."."""
    m = _DASH_LABEL.match(line.strip())
    return m if m and OPENING_HEADING.fullmatch(m["label"]) else None


def _caps_heading(preamble: list[str]) -> tuple[str | None, list[str]]:
    """Or a heading in capitals alone on the first line, over the sentences ("PRESENTATIONS"
    / "The Chairman presented a 25 year Long Service Award ...")."""
    k = next((k for k, ln in enumerate(preamble) if ln.strip()), None)
    line = preamble[k].strip() if k is not None else ""
    if (
        k is None
        or not line.isupper()
        or not heading_line(line)
        or ATTENDANCE_LABEL.fullmatch(line)
        or _PAGE_TITLE.search(line)
        or not is_minutes_sentence(next((ln for ln in preamble[k + 1 :] if ln.strip()), ""))
    ):
        return None, preamble  # (nor a heading over no sentence: "NEWS RELEASE" / "Issued: ...")
    return line, preamble[k + 1 :]


_PAGE_TITLE = re.compile(PAGE_TITLE_WORDS)
_COLON_LABEL = re.compile(r"(?P<label>[A-Z][\w '’&-]{2,40}?)\s*:\s+(?P<rest>[A-Z].*)")
_DASH_LABEL = re.compile(r"(?P<label>[A-Z][\w '’&]{2,40}?)\s+[–—-]\s+(?P<rest>\S.*)")
_ROW_TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|by|for|and|the|to|in|on|&)){0,9}")


_MINUTES_SENTENCES = 2  # paragraphs of proceedings that make an untitled item alone
_PAGE_FIELD = re.compile(r"\s*(?:Note|Venue|Contact|Media|Webcast)\s*:")  # ModernGov's
_ROW_SENTENCE = re.compile(r"^[A-Z][\w'’,-]*(?:\s+[\w'’,-]+){3,}\.$")  # four words or more
# What a meeting did: "The minutes of the last meeting were read and agreed."
# (or "A petition of 300 signatures was received", "Cllr Ash was co-opted"; not what a
# person told: "The Clerk confirmed that the hall had been booked.")
_DONE = re.compile(
    r"(?i)\b(?:agreed|approved|adopted|accepted|resolved|carried|elected|co-opted|appointed|"
    r"received|signed|confirmed(?!\s+that))\b"
)


# What only minutes carry: a section label, RESOLVED, an attendance list, a motion, a
# ModernGov title.
MINUTES_MARK = re.compile(
    r"^(?:Minutes|Decisions?|The\s+decision)\s*:|^Decisions?\s+(?:taken|made)\s*$|\bRESOLVED\b|"
    # (or run in after a row's heading: "Welcome Minutes: The Chair welcomed ...")
    r"(?<=[a-z])\s+Minutes:\s+(?=[A-Z])|"
    r"\bORDERED\s+that\b|^RECOMMENDED\s*[:\-–]|"  # (a body's recommendation to Council)
    r"^Resolved\b|^(?:Present|PRESENT|Apologies)\s*[:\-]|"
    # (or run in after the header's hour on a flattened page: "... @ 6.30pm Present: Graeme")
    r"(?<=[ap]m)\s+(?:Present|PRESENT)\s*:\s*(?=[A-Z])|"
    r"\bseconded\b|\bpdf e?icon\b|\bPDF \d+ KB\b|^Minute (?:No\.? ?)?\d|"
    # "The minutes of the meeting held on ... were approved and signed as a correct record"
    r"\bminutes\b.{0,120}\b(?:approved|confirmed|signed)\b.{0,60}\bas\s+a\s+(?:correct|true)\s+record"
)
# A page that records its decisions with the keyword.
KEYWORD_DECISION = re.compile(r"\bRESOLVED\b|^Resolved\b")
# An agenda above the minutes: page ranges ("MINUTES 3 - 8 To confirm ..."), "Page 1 of 32".
_AGENDA_LISTING = re.compile(r"\b\d{1,3}\s*-\s*\d{1,3}\s+To\b|\bPage \d+ of \d+")
_NOT_MINUTES = re.compile(
    r"(?i)^apologies(?:\s+for\s+absence)?\s+(?:were|was)\s+(?:received|submitted|given)|"
    r"^(?:present|apologies|also present|in attendance|absent|officers?|members|"
    r"councillors?|cllrs?|note|link|contact)\s*(?:[:;\-–]|$)|^present\s+were\b"
    r"|\bminutes of (?:a|the)\b.*\bheld\b"
    # "Councillors S Hughes (Chair), P March ... was in attendance.", "Anne Delandre (Clerk)
    # was in attendance to record the minutes; PCSO Chris Noble was in attendance to report"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance\b|present(?:\.?\s*$|\s+as\s+observers?\b))"
    # ("Also on the call were C/Cllr P Stallard and ...", "Also presents were Katie Bone")
    r"|^also\s+(?:on\s+the\s+(?:call|line)|presents?|attending)\s+(?:was|were)\b"
    # the papers before the meeting, a silence kept in memory of someone, a welcome
    r"|^(?:papers|documents)\s+(?:presented|circulated|tabled)\b|^notice\s+is\s+hereby\s+given\b"
    r"|\bminute'?s?\s+silence\b|^The\s+(?:Chair|Mayor|Convene?r|Provost)\w*\s+"
    r"(?:welcomed|opened\s+the\s+meeting)\b"
    # who else came, and no more: "Nine residents of the village also attended the meeting.",
    # "There were no members of the public present", under its label too, "Public Gallery:
    # There were 4 members of the public present and no press representation."
    r"|^(?:[\w ]{1,30}:\s*)?[\w ]*\b(?:residents|members?\s+of\s+the\s+public|parishioners|"
    r"visitors|electors)\b[\w ]*\b(?:attended(?:\s+the\s+meeting)?|present)"
    r"(?:,?\s+and\s+no\s+(?:press|media)(?:\s+\w+)?)?\W*$"
    # Notes about the document itself: "... are published on the Council's website",
    # "if any changes are made to this minute at the point of approval ..."
    r"|\b(?:published\s+on|website|webcast|youtube|live[- ]?stream|this\s+(?:minute|document)\b)"
)


def _attendance_or_agenda(line: str) -> bool:
    if _NOT_MINUTES.search(line):
        return True
    return bool(_LABEL_NAMES.search(line)) and not _REPORTED.search(line)


# A label over names ("Members of the Public: Cllr R Huffer, Mr A Ash"), not over what one
# of them said ("Members of the Public: Cllr R Huffer updated the meeting on ...").
_LABEL_NAMES = re.compile(r"^[\w &',]{1,30}:\s.*\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms)\b", re.I)
_REPORTED = re.compile(
    r"\b(?:updated|raised|reported|asked|explained|informed|advised|stated|said|queried)\b"
)


def _opens_with_decision(item: Item) -> bool:
    """A text that is a decision whose RESOLVED the page dropped ("That the Executive note
    ..."), not prose that reports one ("Cabinet agreed on Tuesday to ...")."""
    return bool(item.resolutions) and item.minutes.lstrip().startswith(("That ", "THAT "))


def _check(doc: Document, kind: str, lines: list[str]) -> None:
    """A text with nothing of minutes in it is unknown layout: no header fact, no page of
    a kind we know, and none of the marks minutes bear (a "Minutes:" label, RESOLVED, a
    Present: list, a minute reference, a titled heading, a request)."""
    items = [it for part in doc.parts for it in part.items]
    facts = any(p.date or (p.committee and not p.committee_inferred) or p.venue for p in doc.parts)
    said = any(it.title or it.minutes.strip() for it in items)
    marked = said and (
        kind != "meeting"
        or sum(1 for it in items if it.title) >= 2
        or any(it.actions or it.refs or _opens_with_decision(it) for it in items)
        or any(MINUTES_MARK.search(ln) for ln in lines)
    )
    if not facts and not (marked and items):
        raise UnknownLayout(
            "unknown layout: no meeting header, item heading, resolution or action found",
            hint="scrutiny reads council minutes: meeting pages, printed minutes, item pages",
        )
    if doc.kind == "meeting" and not doc.parts[0].date:
        doc.warnings.append("no meeting date on the page: stored as an undated meeting")
    if not items:
        doc.warnings.append("no items found")
