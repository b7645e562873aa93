"""Headings in mixed case on a page printed without blank lines: a short line standing over
a paragraph ("Fly Tipping" / "Councillors Menzies and Deague confirmed that all the signs
had been refreshed."). Without a blank line to set it apart, a heading is known by what is
around it: the line above ended its paragraph and the one below is a sentence. Three or
more on a page make them its headings (one alone may be a paragraph's short last line), two
where each stands over a bullet's sentence ("Litter" / "- Hazel to check ..."),
unless headings in capitals stand between them: then they are those items' sub-headings.
So do three or more over the agenda's description of their item, a ModernGov page copied as
text ("Apologies for Absence" / "To receive any apologies for absence." / "None."), and
under them an item's description whose heading was dropped. Known by what is around it too:
a heading at the foot of a page cut short, nothing below it (cut_last)."""

from __future__ import annotations

import re

from .agenda_headings import AGENDA_WORDED
from .numbers import NUMBER_LEAD
from .title_words import is_minutes_sentence
from .titles import FINITE_VERB, heading_line

TIGHT_HEADINGS = 3  # such lines on a page that make them its headings
BULLETED_HEADINGS = 2  # such lines over bullets that do
_BULLET = re.compile(r"^[-–•·▪][ \t]+(?=[A-Z])")
_WORDS = 8  # a heading's most words
# What the line above may be: a paragraph's end, an attendance list's label ("Apologies for
# absence: Chairman Mr J. Lockwood and Councillor Judge"), or a heading over this one
# ("Agenda Items" / "Speed Reduction in the Village"); never a line that stops short
# mid-sentence, "... about the verge to the" / "Highways Department" (a narrow page's wrap).
_ENDED = re.compile(r"[.!?:)]$")
# A short sentence of its own is a paragraph too: "These were read and approved."
_SENTENCE = re.compile(r"^[A-Z][^.!?]*[.!?]$")
_ATTENDANCE = re.compile(r"(?i)^(?:present|in\s+attendance|also\s+present|apologies)\b")


def over_paragraphs(lines: list[str]) -> set[int]:
    """The lines of a tight page that are headings in mixed case over a paragraph, unless
    the page's items are headed in capitals and these are their sub-headings ("MATTERS
    ARISING" / ... / "Scrap Engine" / "Action on the removal ..." / ... / "PLANNING")."""
    shaped = {i for i in range(1, len(lines) - 1) if _shaped(lines[i])}
    found = {i for i in shaped if _placed(lines, i, shaped)}
    # (two are enough over bullets, each heading the points under it: "Litter" / "- Hazel
    # to check ...")
    over_bullets = all(_BULLET.match(lines[i + 1]) for i in found)
    if len(found) < (BULLETED_HEADINGS if over_bullets else TIGHT_HEADINGS):
        return set()
    return set() if _under_capitals(lines, found) else found


def _under_capitals(lines: list[str], found: set[int]) -> bool:
    """Whether headings in capitals stand over the first of these and two or more between
    them (a letterhead's capitals above them all are not enough)."""
    first, last = min(found), max(found)
    between = sum(_caps_heading(lines[i]) for i in range(first, last))
    return between >= 2 and any(_caps_heading(lines[i]) for i in range(first))


# What stands alone in capitals and heads nothing: a planning application's reference
# ("CT.0006/3/G", "19/01234/FUL") and the council's answer to it ("NO OBJECTION").
NO_HEADING = re.compile(
    r"^(?:[A-Z]{0,4}[./]?\d+(?:[./][\dA-Z]+)+"
    r"|(?:NO\s+)?(?:OBJECTIONS?|COMMENTS?)|SUPPORT(?:ED)?|APPROVED|REFUSED|GRANTED|WITHDRAWN)$"
)


def _caps_heading(line: str) -> bool:
    """A heading in capitals alone on its line: "PLANNING", not "NO OBJECTION"."""
    if not line.isupper() or len(line.split()) > _WORDS or NO_HEADING.match(line):
        return False
    return heading_line(line) is not None


def _shaped(line: str) -> bool:
    """A heading's shape: a few words in mixed case, no figure (a date's or a sum's), not
    broken off at a preposition ("Rear extension at" / "Rose Cottage, Church Lane"), not an
    owner's tag ("Action Clerk")."""
    if not line or line.isupper() or re.search(r"\d", line) or len(line.split()) > _WORDS:
        return False  # (capitals are read elsewhere)
    if _BROKEN_OFF.search(line) or _OWNER_TAG.match(line):
        return False
    return heading_line(line) is not None


_BROKEN_OFF = re.compile(r"(?i)\b(?:at|in|on|for|with|from|near|by|of|the|to|and|or|a|an)$")
_OWNER_TAG = re.compile(r"(?i)^actions?\b")


def _placed(lines: list[str], i: int, shaped: set[int]) -> bool:
    """Whether the line above ended its paragraph and the one below is a sentence, a
    bullet's too."""
    above, below = lines[i - 1], _BULLET.sub("", lines[i + 1], count=1)
    if not (above and below):
        return False
    ended = _ENDED.search(above) or _ATTENDANCE.match(above) or i - 1 in shaped
    whole = _SENTENCE.match(below) is not None and FINITE_VERB.search(below) is not None
    return bool(ended) and (is_minutes_sentence(below) or whole)


DESCRIBED_HEADINGS = 3  # headings over the agenda's description that make a page's items


# The agenda's description of an item as ModernGov prints it under the heading ("To receive
# any apologies for absence."), not a task's words ("To write to the County Council.").
_AGENDA_DESCRIPTION = re.compile(
    r"^To\s+(?:receive|consider|note|approve|agree|confirm|update|allow|elect|appoint|"
    r"determine|discuss|review|declare|hear|answer)\b"
)
# The description of an item whose heading was dropped: its minutes, "To confirm the minutes
# of the meeting held on 8 October 2015."
_MINUTES_DESCRIPTION = re.compile(r"^To\s+(?:confirm|approve|receive|sign)\s+(?:the\s+)?minutes\b")
# A heading's words that name only people or posts: "Clerk and Chairman" over their task.
_POSTS = frozenset("clerk chairman chair vice mayor councillor councillors cllr rfo and &".split())


def described_headings(lines: list[str]) -> set[int]:
    """On a page printed without blank lines, the lines that stand over the agenda's
    description of their item ("Apologies for Absence" / "To receive any apologies for
    absence." / "None were received."), where three or more do: a ModernGov page copied
    as text, each heading, its description and its minutes a line each. A heading in title
    case, never a post or a person over a task ("Clerk" / "To write to the County
    Council.")."""
    found: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        if not line or NUMBER_LEAD.match(line) or not _AGENDA_DESCRIPTION.match(lines[i + 1]):
            continue
        words = line.split()
        longer = [w for w in words if len(w) > 3]
        titled = bool(longer) and all(w[:1].isupper() for w in longer)
        posts = {w.lower().strip(",.") for w in words} <= _POSTS
        # (one word only over minutes text, not over a list of tasks: "Finance" / "To receive
        # the finance report." / "The Clerk presented ...")
        after = lines[i + 2] if i + 2 < len(lines) else ""
        alone = len(words) >= 2 or (bool(after) and not AGENDA_WORDED.match(after))
        if alone and titled and not posts and heading_line(line):
            found.add(i)
    return found if len(found) >= DESCRIBED_HEADINGS else set()


def descriptions_unheaded(lines: list[str], described: set[int]) -> set[int]:
    """On such a page, the description of an item whose heading was dropped, its minutes
    ("To confirm the minutes of the meeting held on 8 October 2015."), under the minutes of
    the item before ("No interests were declared."), not under a heading."""
    if not described:
        return set()
    first = min(described)
    return {
        i
        for i in range(first + 1, len(lines))
        if i - 1 not in described and lines[i - 1].endswith(".")
        and _MINUTES_DESCRIPTION.match(lines[i])
    }  # fmt: skip


def cut_last(lines: list[str], after: int) -> tuple[int, None, str, str] | None:
    """The page's last line, a heading standing apart as the page's others do, where the
    page ends before its text ("Risk Assessme", "Prior Planning Application" at the foot of
    a page cut short); never a signature, a closing line or a sentence."""
    last = next((i for i in range(len(lines) - 1, after, -1) if lines[i].strip()), None)
    if last is None or lines[last - 1].strip() or NUMBER_LEAD.match(lines[last]):
        return None
    line = lines[last].strip()
    if line.endswith((".", ":", ",")) or _CLOSING.match(line) or FINITE_VERB.search(line):
        return None
    # (a word alone may be a sentence's first, cut: "Sergeant", "Counci"; so may a member)
    # (nor a page's number or date: "P. 3", "Page 2 of 4")
    if len(line.split()) < 2 or "<" in line or _SENTENCE_LEAD.match(line) or _DIGIT.search(line):
        return None
    title = heading_line(line)
    return (last, None, title, "") if title else None


_DIGIT = re.compile(r"\d")
_SENTENCE_LEAD = re.compile(r"(?:The|It|This|Councillors?|Cllrs?|Mr|Mrs|Ms|Dr|Members?)\b")
# What a whole page may end with: who signed it, and when; the meeting's close.
_CLOSING = re.compile(
    r"(?i)(?:signed|signature|chair(?:man|person|woman)?|clerk|date|dated|meeting\s+closed|"
    r"close\s+of\s+meeting|the\s+meeting\s+(?:closed|ended))\b"
)
