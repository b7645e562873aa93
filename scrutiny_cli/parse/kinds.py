"""What kind of page this is, and the meetings it describes.

- a whole meeting (a ModernGov meeting page, printed minutes, a parish page);
- one item: a ModernGov "Agenda item" page, or a page that starts at an item's heading;
- an issue page: one item at each of several meetings, each introduced by "Meeting:
  24/07/2018 - Cabinet (Item 27)" or "20/10/2021 - Title";
- a decision page ("Decision details", "Decision Maker: Cabinet").
The kind decides only how items attach to meetings; items are read the same way in all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..read.text import fold
from .alone import LABEL, labelled_heading, printed_as_heading
from .dates import find_date, minutes_dated
from .header import Facts
from .header_anywhere import DECISION_MAKER, MEETING_LINE, MEETING_OF_LINE
from .lines import strip_attachment
from .numbers import NUMBER_LEAD
from .rules import near_miss, rule
from .sections import DECISION_HEADING, SECTION_LABEL, STATUS
from .titles import FINITE_VERB, SENTENCE_FIRST, heading_line, split_run_in

ITEM_PAGE = rule("page-agenda-item", r"^Agenda item$", "kind", "Agenda item")
ISSUE_PAGE = rule("page-issue", r"^Issue\s*-\s*(?:meetings|decisions)$", "kind", "Issue - meetings")
# A listing of decisions published, read as an issue page where a decision line follows it
# ("15/03/2023 - MINUTES ref: 5633"): not a site menu's entry, not a table's rows.
LISTING_PAGE = re.compile(r"^Decisions\s+published$")
DECISION_PAGE = rule("page-decision", r"^Decision details$", "kind", "Decision details")
# A decision page's field above its text, never its heading: "Decision Maker: Cabinet" (and
# its status lines, sections.STATUS).
FIELD_LINE = re.compile(
    r"^(?:Decision\s+Maker|Portfolio(?:\s+Holder)?|Lead\s+(?:Member|Officer)|Wards?\s+affected)\s*:"
)
# "20/10/2021 - Minutes": one decision of an "Issue - decisions" page.
DECISION_LINE = rule(
    "decision-line",
    r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+-\s+(?P<title>\S.*)$",
    "kind",
    "20/10/2021 - Minutes",
)
near_miss("decision-line", "Meeting: 20/10/2021 - Cabinet (Item 4)")
# A decisions listing's reference and status after the title: "ref: 5635    Recommendations
# Approved".
_LISTING_TAIL = re.compile(r"\s+ref:\s*\d+\b.*$")
KIND_WINDOW = 12  # the lines a page's kind is read from
_TITLED = re.compile(r"^Agenda item\s*[-–]\s*(?=\S)")  # a saved item page's own title


@dataclass
class Part:
    """One meeting's share of a page: what the page says of the meeting, and the lines
    of its item(s)."""

    facts: Facts
    number: str | None = None
    title: str | None = None
    lines: list[str] | None = None
    decision: bool = False  # an "Issue - decisions" entry: its text is the decision


def page_kind(lines: list[str]) -> str:
    """meeting, item, issue or decision."""
    head = [ln for ln in lines[:40] if ln][:KIND_WINDOW]
    if any(ISSUE_PAGE.match(ln) for ln in head) or _listing(lines) or _meetings_listed(lines):
        return "issue"
    # (or its decision under the issue's title, its marker lost: "Grass Cutting" /
    # "11/06/2018 - Grass Cutting")
    if len(head) > 1 and (d := DECISION_LINE.regex.match(head[1])) and d["title"] == head[0]:
        return "issue"
    if any(DECISION_PAGE.match(ln) for ln in head) or _decision_alone(head):
        return "decision"
    # (the marker among the first three lines, or below a site's menu under the page's
    # title "Agenda item - Minutes of the previous meeting")
    window = KIND_WINDOW if head and _TITLED.match(head[0]) else 3
    # (or under a site's banner of a few short lines: "Lewes District and Eastbourne Borough
    # Councils' logo" / "Lewes and Eastbourne" / "Councils" / "Agenda item")
    window += sum(1 for _ in itertools.takewhile(_BANNER.fullmatch, head[:_BANNER_LINES]))
    # (or under the site's own notices that its template or a connection failed: "This is a
    # default template, your custom branding appears to be missing." / "Technical Error: ...")
    window += sum(1 for _ in itertools.takewhile(_SITE_NOTICE.match, head))
    if any(ITEM_PAGE.match(ln) and not _stamped(head, k) for k, ln in enumerate(head[:window])):
        return "item"
    # (or below a site's chrome of any lines, the marker over a heading and its "Minutes:"
    # label: "Friday, 14 May 2021" / "* * *" / ... / "Agenda item" / "Consideration of
    # Cabinet Decisions" / "Minutes:"; on a page of one such label, not a meeting's page
    # whose column head stands over its items, each labelled)
    marked = any(ITEM_PAGE.match(ln) and _labelled_below(head, k) for k, ln in enumerate(head))
    if marked and sum(ln.strip() == "Minutes:" for ln in lines) <= 1:  # (counted only then)
        return "item"
    # (or an item page whose marker was lost: its heading over the meeting's line that gives
    # the item's number, "Children's Services - Budget Monitoring update" / "- Meeting of
    # Scrutiny Committee, Monday, 21st October, 2024 10.00 am (Item 6.)": read as an issue's)
    if len(head) > 1 and _numbered_meeting(head[1]) and heading_line(head[0]) is not None:
        return "issue"
    if head and LABEL.fullmatch(head[0].strip()):
        # (an item page whose heading the scrape dropped, its "Minutes:" label alone first:
        # what follows is that one item's, its run-in topics and all)
        return "item"
    return "meeting"


def _numbered_meeting(line: str) -> bool:
    """A ModernGov meeting's line with the item's number: "Meeting: 05/03/2019 - Planning
    Committee (Item 7)", "- Meeting of Council, Thursday, 10th July, 2025 7.00 pm (Item 87.)"."""
    folded = fold(line)
    m = MEETING_LINE.match(folded) or MEETING_OF_LINE.match(folded)
    return m is not None and m["number"] is not None


_BANNER = re.compile(r"[^\d:]{1,60}")  # a short line with no figure or label
_BANNER_LINES = 3
_SITE_NOTICE = re.compile(
    r"This is a default template\b|The custom branding should be\b|Technical Error:"
)


_DECISION_ALONE = "Decision"


def _decision_alone(head: list[str]) -> bool:
    """A decision page republished with "Decision" alone for its marker, a "Decision
    Maker:" field below it ("Decision" / "Review of Waste Policies" / "Decision Maker:
    Executive"), or with no marker, its fields first ("Decision Maker: Cabinet" /
    "Decision status: Recommendations Approved"), its title alone above them too."""
    # (the fields first, or under the title alone: "Review of Protocol ..." / "Decision
    # Maker: Council")
    if any(
        DECISION_MAKER.match(head[k]) and any(STATUS.match(ln) for ln in head[k + 1 : k + 4])
        for k in range(min(2, len(head)))
    ):
        return True
    return (
        bool(head)
        and head[0].strip() == _DECISION_ALONE
        and any(DECISION_MAKER.match(ln) for ln in head[1:6])
    )


def _meetings_listed(lines: list[str]) -> bool:
    """Whether the page lists two or more meetings that discussed its issue, its "Issue -
    meetings" marker lost ("Meeting: 27/03/2012 - Petitions Committee (Item 4)" / ...)."""
    listed = (ln for ln in lines if ln.startswith("Meeting:") and MEETING_LINE.match(fold(ln)))
    return next(listed, None) is not None and next(listed, None) is not None


def _listing(lines: list[str]) -> bool:
    """Whether the page lists decisions published, a decision line next below the title."""
    at = next((i for i, ln in enumerate(lines[:40]) if LISTING_PAGE.match(ln)), None)
    below = next((ln for ln in lines[at + 1 : at + 12] if ln), "") if at is not None else ""
    return DECISION_LINE.regex.match(below) is not None


def _labelled_below(head: list[str], k: int) -> bool:
    """Whether ModernGov's "Minutes:" or "Decision:" label stands two lines under line k, a
    heading between (or three, the heading's attachment line between too)."""
    return any(LABEL.fullmatch(ln.strip()) for ln in head[k + 2 : k + 4])


def _stamped(head: list[str], k: int) -> bool:
    """Whether the "Agenda Item" line at k is an agenda pack's stamp on the minutes it
    carries, the item's number alone under it ("Agenda Item" / "4" / "FULL COUNCIL" /
    "Minutes of a meeting of ..."), or the minutes' header sentence with its date under it
    ("Agenda Item" / "Minutes of meeting held in Committee Room 1, ... on 21 November 2017"),
    not a ModernGov item page's title."""
    below = head[k + 1].strip() if k + 1 < len(head) else ""
    return re.fullmatch(r"\d{1,3}", below) is not None or _HEADER_BELOW.match(below) is not None


# (held in a place, not only on a day: an item page is titled "Minutes of the meeting held
# on 20 May 2014")
_HEADER_BELOW = re.compile(
    r"(?i)minutes\s+of\s+(?:an?\s+|the\s+)?meeting\b.*\bheld\s+(?:in|at)\b.*\b(?:19|20)\d\d\b"
)


def issue_parts(lines: list[str]) -> list[Part]:
    """One part per meeting an issue page lists, in page order."""
    marks: list[tuple[int, re.Match[str] | None, re.Match[str] | None]] = []
    for i, line in enumerate(lines):
        folded = fold(line)
        m = MEETING_LINE.match(folded) or MEETING_OF_LINE.match(folded)
        if m:
            marks.append((i, m, None))
            continue
        d = DECISION_LINE.match(line)
        if d and find_date(d["date"]):
            marks.append((i, None, d))
    parts = []
    # (the issue's own title, printed above the meetings: an item line that repeats it is
    # its heading, verb and all: "Any other public items which the Chair decides are urgent")
    above = {ln.strip() for ln in lines[: marks[0][0]] if ln.strip()} if marks else set()
    issue = _issue_title(lines[: marks[0][0]]) if marks else None
    for k, (i, m, d) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        body = lines[i + 1 : end]
        facts = Facts()
        if m:
            found = find_date(m["date"] if "date" in m.groupdict() else m["rest"])
            facts.date = found[0] if found and len(found[0]) == 10 else None
            facts.committee = line_committee(lines[i], m)
            number = (m["number"] or "").strip(". ") or None
            part = _titled_part(facts, number, body, above)
            part.title = part.title if part.title is not None else issue
            parts.append(part)
        else:
            assert d is not None
            found = find_date(d["date"])
            facts.date = found[0] if found else None
            facts.committee = _decision_maker(body)  # ("Decision Maker: Letchworth Committee")
            title = _LISTING_TAIL.sub("", d["title"]).strip()
            parts.append(Part(facts, None, title, body, decision=True))
    return parts


def _issue_title(above: list[str]) -> str | None:
    """The issue's title over its meetings, which heads a meeting's item that prints no
    heading of its own, only the agenda's words or its minutes under its line ("TAXI
    LICENSING PROCEDURES" / "Meeting: 12/06/2013 - Licensing Committee (Item 7)" / "To
    consider a report ...")."""
    title = next((ln.strip() for ln in reversed(above) if ln.strip()), None)
    if title is None or ISSUE_PAGE.match(title) or heading_line(title) is None:
        return None
    return title


def _decision_maker(body: list[str]) -> str | None:
    """The body a decision's "Decision Maker:" field names, among its first lines."""
    from .body_names import clean_committee

    field = next((m for ln in body[:6] if (m := DECISION_MAKER.match(ln))), None)
    return clean_committee(field["body"]) if field else None


def line_committee(line: str, m: re.Match[str]) -> str | None:
    from .body_names import clean_committee

    return clean_committee(line[m.start("body") : m.end("body")])


def single_part(lines: list[str], facts: Facts) -> Part:
    """The one item of an "Agenda item" or decision page, or of a page that starts at an
    item: its heading is the first line if that is a heading."""
    # (a site's banner above the page's own marker is furniture: "To report any issues with
    # the information below please email ..." / "Agenda item")
    marker = next((i for i, ln in enumerate(lines[:KIND_WINDOW * 4]) if ln and (
        ITEM_PAGE.match(ln) or DECISION_PAGE.match(ln))), 0)  # fmt: skip
    body = list(lines[marker:])
    while body and (
        not body[0] or ITEM_PAGE.match(body[0]) or DECISION_PAGE.match(body[0])
        or body[0].strip() == _DECISION_ALONE
        or FIELD_LINE.match(body[0]) or STATUS.match(body[0])
    ):  # fmt: skip
        body.pop(0)
    # (the saved page's title names the item: "Agenda item - To receive petitions." over the
    # site's menu, the same words under the marker are its heading, a full stop and all)
    first = next((ln for ln in lines if ln), "")
    titles = {_TITLED.sub("", first).strip()} if _TITLED.match(first) else None
    part = _titled_part(facts, facts.item_number, body, titles)
    if part.title is None and titles:  # (no heading under the marker, its slot holding the
        # agenda's words, "To consider the minutes of ...": the saved page's title names it)
        part.title = next(iter(titles))
    return part


def _titled_part(
    facts: Facts, number: str | None, body: list[str], titles: set[str] | None = None
) -> Part:
    """The heading at the top of an item's lines ("61 Housing Strategy pdf icon ..."),
    with the number the page gives it elsewhere ("(Item 61)") when it prints none; a line
    among the page's titles is a heading whatever its words."""
    k = 0
    while k < len(body) and not body[k]:
        k += 1
    if k == len(body):
        return Part(facts, number, None, [])
    first = body[k]
    if SECTION_LABEL.match(first) or DECISION_HEADING.match(first):
        return Part(facts, number, None, body[k:])
    m = NUMBER_LEAD.match(first)
    if m:
        title, rest = split_run_in(m["rest"], numbered=True)
        if title:
            return Part(facts, number or m["number"].rstrip("."), title, [rest, *body[k + 1 :]])
    title = first.strip() if titles and first.strip() in titles else item_heading(first)
    title = title or labelled_heading(first, body[k + 1 :])
    if title:
        return Part(facts, number, title, body[k + 1 :])
    return Part(facts, number, None, body[k:])


_ARTICLES = frozenset(("The", "A", "An"))


def item_heading(line: str) -> str | None:
    """The first line of an item page is its heading ("Report of the five Scrutiny
    Committees"), unless it is agenda text ("To receive ..."), a list or a sentence."""
    text, _ = strip_attachment(line)
    text = text.strip(" .:;")
    head, colon, dates = text.partition(":")
    if colon and minutes_dated(head, dates.strip()):
        return text  # (the minutes it approves, however many: "MINUTES OF ... HELD ON: 23 ...")
    words = text.split()
    if not words or len(words) > 30 or not text[0].isupper() or ITEM_PAGE.match(text):
        return None
    if words[0] in _ARTICLES and not line.rstrip().endswith(".") and printed_as_heading(text):
        return text  # (an article opens a heading too: "An update on the Highways Group")
    if re.match(r"To\s+[a-z]|\(|\[", text) or words[0] in SENTENCE_FIRST:
        return heading_line(line)
    if FINITE_VERB.search(text) or (line.rstrip().endswith(".") and len(words) > 6):
        return None
    return text
