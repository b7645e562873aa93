"""Rows under an item that reviews earlier minutes, each headed by the number of the earlier
minute it follows up:

    4. Matters arising from the minutes:

    9 (a) Play Area
    Councillor Thompson agreed to inspect the play area.

    9 (xii) Removal of Tree
    The Clerk had contacted the County Council but no reply was received.

or run into their text after the earlier minute's number and date: "Minute 6, 4th July
2016: Foxhills open space. The Parish Clerk reported ...", "Minute 12, 6th June 2011.
Security of council papers & records It was noted ...", or "Minute 83(a) – Junction of
Mill Road" alone over its text, where a page without blank lines has it open no paragraph
but follow a line that does not go on into it (the word "Minute" says enough); never what became
of the minute, "Minute 45 – Complete", nor a task, "Minute 47 – Clerk to chase Highways".
A flattened table's row citing the earlier paragraph in brackets runs into its text too,
its own number alone above it: "3.2" / "(5.4) Clearance of gulley Clerk noted that ...".
Each row is an item of its own, as a "Minute 42 - ..." row is: no number of this meeting
but that table's, its heading as printed, the earlier minute's number and all. Only "Minute
6" and "(5.4)" there are read as references (refs.CITED_TITLE for the bracketed one): a bare
"9 (a)" at a heading's head is as often the item's own agenda number,
and a reference must be found again from the stored title whatever file a meeting's items
were last built from.
"""

from __future__ import annotations

import itertools
import re

from .cuts import Segment
from .refs import PARAGRAPH_CITED, REVIEWS_MINUTES
from .terse import OWNER_TO
from .title_words import FINITE_VERB
from .titles import heading_line, split_run_in

# A row's head: the earlier minute's number with its part ("9 (a)", "9 (xii)") or in
# brackets with its paragraph ("(3.2)"), then a heading on the line; or "Minute 6, 4th July
# 2016:" before a heading run into its text, to its stop.
_CITED_HEAD = re.compile(
    rf"^(?:\d{{1,3}}\s?\((?:[a-z]|[ivx]{{1,5}}|\d{{1,2}})\)|(?P<paragraph>{PARAGRAPH_CITED}))"
    r"\s*(?=[A-Z])"
)
# (the date closed by a colon, a stop or a dash: "Minute 12, 6th June 2011. Security of
# council papers It was noted ...", "Minute 6, 9th June 2014 – Village hall toilets. ...";
# not a title there, "Minute 33, Forward Plan – the Commission would be involved ...")
_MINUTE_ROW = re.compile(
    r"^(?P<lead>Minute\s+(?:No\.?\s*)?\d{1,4}[a-z]?(?:\s?\([a-z0-9]{1,4}\))?,\s+"
    # (the date as written: "6th June 2011", "Thursday 6th June", "June 6th 2024", "06/06/2024")
    r"(?:(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)"
    r"(?::|\.|\s[-–—]))\s+(?P<words>[A-Za-z£][^.]{2,400}?)(?:\.(?:\s+(?P<rest>\S.*))?|$)"
)
# "Minute 83(a) – Junction of Mill Road", "Min. 14/19 - Bus Shelter": a heading after the
# earlier minute's number and a dash.
_MINUTE_HEAD = re.compile(
    r"^Min(?:ute)?\.?\s+(?:No\.?\s*)?\d{1,4}[a-z]?(?:/\d{2,4})?(?:\s?\([a-z0-9]{1,4}\))?"
    r"\s*[-–—]\s*(?P<heading>[A-Z].*)$"
)
MIN_ROWS = 2  # rows so headed that make a list of follow-ups, not one citation
_HEADING_WORDS = 12  # words of a row's heading standing alone over its text


def cited_rows(body: list[str], parent: str | None) -> list[tuple[int, str | None, str, str]]:
    """(line, the row's own number if a table gives one, heading as printed, the text run
    into it) of each follow-up row of an item headed parent, where it reviews earlier
    minutes and two rows at least so open."""
    if not parent or not REVIEWS_MINUTES.search(parent):
        return []
    found: list[tuple[int, str | None, str, str]] = []
    # (a page with no blank lines between paragraphs, whatever blank lines end the item)
    flat = all(ln.strip() for ln in "\n".join(body).rstrip().split("\n"))
    for i, line in enumerate(body):
        text = line.strip()
        above = body[i - 1].strip() if i else ""
        opens = not above or (flat and not _CARRIES_ON.search(above))
        if opens and (m := _MINUTE_HEAD.match(text)) and _minute_heading(m["heading"], body, i):
            found.append((i, None, text, ""))
            continue
        if opens and (m := _MINUTE_ROW.match(text)) and (row := _minute_row(m)):
            found.append((i, None, *row))
            continue
        if not text or above:
            continue  # (a row opens a paragraph)
        if (m := _CITED_HEAD.match(text)) and _alone(text, body, i):
            found.append((i, None, text.rstrip(" .:"), ""))
        elif m and m["paragraph"] and (row := _run_in_row(m, text)):
            found.append((i, _own_number(body, i), *row))
    return found if len(found) >= MIN_ROWS else []


def _minute_row(m: re.Match[str]) -> tuple[str, str] | None:
    """A "Minute 6, <date>" row's heading as printed and its text: the heading to its stop,
    or to where a sentence starts in it ("... papers & records It was noted that ..."); none
    where the words correct that minute or set a task ("Cllr Cole's name to be added to
    those present", "The figure should read £1,200")."""
    if _CORRECTION.search(m["words"]) or OWNER_TO.match(m["words"]):
        return None
    heading, rest = split_run_in(m["words"], numbered=True)
    if heading is None or not rest:
        return f"{m['lead']} {m['words']}", m["rest"] or ""
    tail = f"{rest}." + (f" {m['rest']}" if m["rest"] else "")
    return f"{m['lead']} {heading}", tail


# (a sentence correcting the minute, not a topic: "Planning application amended plans")
_CORRECTION = re.compile(
    r"(?i)\b(?:to\s+be\s+(?:added|amended|removed|deleted|corrected|inserted|changed)|should\s+"
    r"(?:read|say|have|be)|(?:was|were)\s+omitted)"
)


def _run_in_row(m: re.Match[str], text: str) -> tuple[str, str] | None:
    """A row that cites its earlier minute's paragraph in brackets, run into its text:
    "(5.4) Clearance of gulley outside Great House Farm Clerk noted that ...", "(3.5)
    Welcome Packs – RM to distribute packs ...". Where the words are a task alone, "(10.5.1)
    Clerk to organise a visit ...", the row is headed by the citation."""
    words = text[m.end() :]
    heading, rest = split_run_in(words, True)
    # (or closed by a dash, "Footpath at Pitten House - Application withdrawn.", unless a
    # sentence with its verb starts before it: "Bench Cllr Birch confirmed it – ...")
    dash = _DASHED.match(words)
    told = heading is not None and FINITE_VERB.search(
        dash["heading"][len(heading) :] if dash else ""
    )
    if dash and (heading is None or len(dash["heading"]) < len(heading) or not told):
        heading, rest = dash["heading"], dash["rest"]
    if heading is not None and OWNER_TO.match(heading):
        return m["paragraph"], words
    if heading is None or not rest or len(heading.split()) > _HEADING_WORDS:
        return None
    return f"{m['paragraph']} {heading}", rest


_DASHED = re.compile(r"(?P<heading>[^–—.]{3,80}?)\s+[-–—]\s+(?P<rest>\S.*)")
# A flattened table's first column, the row's own number alone above it: "3.2" / "(5.4) ...".
_OWN_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")


def _own_number(body: list[str], i: int) -> str | None:
    """The row's own number, alone on the nearest line above that holds anything."""
    above = next((ln.strip() for ln in reversed(body[:i]) if ln.strip()), "")
    return above if _OWN_NUMBER.fullmatch(above) else None


def _minute_heading(heading: str, body: list[str], i: int) -> bool:
    """Whether the words after "Minute 83(a) –" are a row's heading over its text: a
    heading's words, not what became of the minute ("Complete", "Ongoing") nor a task
    ("Clerk to chase Highways"), with text under it that is no such row."""
    below = body[i + 1].strip() if i + 1 < len(body) else ""
    return (
        bool(below)
        and not _MINUTE_HEAD.match(below)
        and len(heading.split()) <= _HEADING_WORDS
        and heading_line(heading) is not None
        and not _STATUS_ONLY.match(heading)
        and not OWNER_TO.match(heading)
    )


# The text above a row on a flat page that goes on into it: "... as recorded at" / "Minute
# 45 – ..." is a sentence wrapped round a citation.
_CARRIES_ON = re.compile(
    r"(?i)(?:\b(?:at|to|of|in|on|and|or|the|a|an|by|for|with|from|under|see|per)|[,–-])$"
)
_STATUS_ONLY = re.compile(
    r"(?i)(?:action\s+)?(?:complete|completed|ongoing|done|closed|pending|in\s+progress|"
    r"carried\s+forward|no\s+further\s+action)\W*$"
)


def _alone(text: str, body: list[str], i: int) -> bool:
    """A heading on its line, its text on the next: short, no stop inside."""
    words = text.split()
    below = body[i + 1].strip() if i + 1 < len(body) else ""
    return len(words) <= _HEADING_WORDS and ". " not in text and bool(below)


def own_numbers_dropped(segments: list[Segment]) -> list[Segment]:
    """Each segment without the blank lines that end it, nor the next row's own number
    after them ("... JS to confirm." / "3.3"): it heads the next row, not this one's text."""
    for seg, nxt in itertools.pairwise(segments):
        while seg.body and not seg.body[-1].strip():
            seg.body.pop()
        if nxt.number and seg.body and seg.body[-1].strip() == nxt.number:
            seg.body.pop()
    return segments
