"""Headings standing alone: a page's items where no numbers make a chain. A heading is a
short line after a blank line with text below it ("Police matters" / "" / "Cllr Mount
reported ..."), not one heading a section of others; agenda text after a wide gap marks an
item whose heading was dropped."""

from __future__ import annotations

import itertools
import re

from .agenda_headings import AGENDA_WORDED
from .attendance_cues import ATTENDANCE_LABEL, LABEL_THEN_NAMES
from .caps_wrapped import unbulleted
from .label_rows import Start
from .lines import strip_attachment, year_led_heading
from .listings import POINT
from .numbers import NUMBER_ALONE, NUMBER_LEAD
from .run_in import COLON_LABEL, WHO_CAME, colon_dash
from .tight_headings import (
    NO_HEADING,
    cut_last,
    described_headings,
    descriptions_unheaded,
    over_paragraphs,
)
from .title_words import minutes_word
from .titles import DESCRIPTION, FINITE_VERB, heading_line

LABEL = re.compile(r"^(?:Minutes|Decisions?)\s*:")
_CITES_ITEM = re.compile(
    r"(?i)^(?:(?:for|re\.?|under|on|in\s+respect\s+of)\s+)?(?:agenda\s+)?(?:items?|minute)\s+"
    r"(?:no\.?\s*)?\d"
)
_IF_ANY = re.compile(r"\(?\bif\s+any\)?\.$")
BIG_GAP = 3  # blank lines where a heading was dropped
TIGHT = 10  # a page with fewer blank lines than one in this many is printed without them
BULLETED_HEADINGS = 3  # bulleted headings over text that make a page's items
_BULLET = re.compile(r"^\s*[•·-]\s+(?=[A-Z])")


def unnumbered(lines: list[str]) -> list[Start]:
    """Heading lines standing alone after a blank line, and agenda text ("To receive
    ...") after a wide gap where the heading was dropped."""
    starts: list[Start] = []
    blanks = BIG_GAP
    has_minutes = False
    # On a page with hardly a blank line, a heading in capitals needs none before it.
    tight = _tight(lines)
    # Headings closed by a colon, standing alone ("Police Report:" / "• No report received"):
    # two or more on a page, or none of them is (one is a lead-in).
    colons = {i for i, ln in enumerate(lines) if _colon_heading(ln)}
    named = [lines[i] for i in colons]  # (a template's field repeats: "Business:", "Business:")
    colons = colons if len(colons) >= 2 and len(set(named)) == len(named) else set()
    # (on a page without blank lines, capitals closed by a colon are its headings only where
    # most of its headings in capitals are so written: under "FINANCE" a "PAYMENTS FOR
    # APPROVAL:" leads into a list)
    plain = sum(1 for ln in lines if ln.isupper() and not ln.endswith(":") and len(ln.split()) <= 6)
    colon_style = len(colons) > plain
    listing = False  # under a sentence that leads into a list: "For the Board to welcome:"
    list_gap = entries = 0  # the widest gap between that list's entries so far; how many
    list_marked = False  # whether they are numbered or lettered ("1. the minutes be ...")
    first_text: int | None = None  # the first line of minutes, where no heading came before
    seen_text = opened = False
    bulleted = _bulleted_headings(lines)
    described = described_headings(lines) if tight else set()
    described |= over_paragraphs(lines) if tight else set()
    undescribed = descriptions_unheaded(lines, described)
    for i in range(len(lines)):
        line = lines[i]
        if not line:
            blanks += 1
            continue
        # (a numbered line here is a point inside an item: the numbers made no chain)
        numbered = NUMBER_LEAD.match(line) or NUMBER_ALONE.match(line)  # ("Minute 4" / text)
        numbered = None if numbered and year_led_heading(line) else numbered  # ("2023/24 ...")
        # (a bullet sets its heading apart as a blank line does)
        head = bulleted.get(i) or unbulleted(line)
        if blanks and not numbered and (found := colon_dash(line)):
            starts.append((i, None, *found))  # "Apologies:- Cllr R Daniel – accepted."
            has_minutes, blanks = False, 0
            continue
        caps = tight and line.isupper() and len(line) >= 4 and not NO_HEADING.match(line)
        apart = blanks or head != line or caps
        apart = apart or i in described
        title = heading_line(head) if apart and not numbered else None
        if numbered and blanks and (minute := _minute_heading(numbered)):
            # (a minute's own number before its heading in capitals, among headings without
            # one: "PRAYERS" / ... / "268/12/13 DECLARATIONS OF INTEREST")
            starts.append((i, *minute, ""))
            has_minutes, blanks = False, 0
            continue
        if (blanks or (tight and line.isupper() and colon_style)) and i in colons:  # (ends a list)
            title, listing = heading_line(line[:-1]), False
        title = None if minutes_word(line.strip(" .")) else title  # ("None" under a heading)
        attendance = ATTENDANCE_LABEL.fullmatch(line.strip(" :.")) or LABEL_THEN_NAMES.match(line)
        title = None if attendance else title
        title = None if title and _kind_under_description(lines, i) else title
        title = None if title and _KIND_LEAD.match(line) else title
        title = None if title and (_OWNER_TAGGED.search(line) or _NAME_NOTED.match(line)) else title
        if (
            title is None
            and line.endswith(".")
            and not numbered
            and (blanks >= BIG_GAP or (blanks and _IF_ANY.search(line)))
        ):
            # after a wide gap a heading may end in a full stop ("Performance of the
            # Executive - May 2005 - April 2006.") where it holds no verb; so may the
            # agenda's "if any" ("Public speaking requests, if any.")
            title = heading_line(line[:-1]) if not FINITE_VERB.search(line) else None
        strong = bool(title) and strip_attachment(line)[1]
        # (a wide gap closes it too where it is wider than those between the list's entries,
        # or where a heading follows parts that were numbered: the next item after a
        # decision's parts that end without a full stop)
        marked = bool(_MARKED.match(line))
        after_parts = list_marked and not marked and bool(title)
        # (and one blank line after entries printed a line each: "Present:" / "Cllr Ash" /
        # "Cllr Birch" / "" / "Matters arising")
        run_over = entries >= 2 and list_gap == 0 and blanks >= 1
        listing = listing and not run_over
        listing = listing and not (blanks >= BIG_GAP and (0 < list_gap < blanks or after_parts))
        entries = entries + 1 if listing else 0
        list_gap = max(list_gap, blanks) if listing else 0
        list_marked = listing and (list_marked or marked)
        if title and listing and not strong and not title.isupper():
            blanks = 0  # the list's entries ("Helen Rowbottom, Chair of ...") are no headings
            listing = not line.endswith(".")  # (a full stop closes the list)
            continue
        opens = not title and line.endswith(":") and not LABEL.match(line)
        list_gap, list_marked = (0, False) if opens else (list_gap, list_marked)
        listing = (listing and not line.endswith(".")) or opens
        if title and (strong or _followed_by_text(lines, i)):
            if strong or not _section_heading(lines, i, tight):
                starts.append((i, None, title, ""))
                has_minutes = False
                blanks = 0
                continue
        elif (
            (blanks >= BIG_GAP or i in undescribed)
            and (starts or (opened and not FINITE_VERB.search(line)))
            and (AGENDA_WORDED.match(line) or (_dropped(starts) and _described(line)))
            and has_minutes
        ):
            if not starts and first_text is not None:  # (the minutes above are the first
                # item's, its heading dropped too)
                starts.append((first_text, None, None, lines[first_text]))
            starts.append((i, None, None, ""))
            has_minutes = False
        elif not DESCRIPTION.match(line):
            if not seen_text and not starts and blanks >= BIG_GAP:
                opened = True  # (after a wide gap: the page's items may begin here)
                first_text = None if _came(line) else i
            seen_text, has_minutes = True, True
        blanks = 0
    if bulleted and any(s[0] not in bulleted for s in starts):
        return [s for s in starts if s[0] not in bulleted]  # points under headings of its own
    if len(starts) >= 2 and (last := cut_last(lines, starts[-1][0])) is not None:
        starts.append(last)
    return starts


def _kind_under_description(lines: list[str], i: int) -> bool:
    """ModernGov's kind of an item ("For Decision") on its line under the item's agenda
    description ("To consider the revised policy."): no heading of its own."""
    if not _ITEM_KIND.match(lines[i]):
        return False
    above = next((lines[j] for j in range(i - 1, max(-1, i - 4), -1) if lines[j]), "")
    return bool(AGENDA_WORDED.match(above) or DESCRIPTION.match(above) or _ASKED.search(above))


_ASKED = re.compile(r"\b(?:is|are|will\s+be)\s+(?:asked|invited|requested)\s+to\b")


_ITEM_KIND = re.compile(r"For\s+(?:Decision|Information|Noting|Discussion)$")
# Such a kind closed by its colon or dash leads into the business of that kind under one
# item, never a heading: "Minutes of Previous Meeting/s" / "For Approval:-" / "(a) Licensing
# Committee – 10 September 2020" / "RESOLVED ..." / "For Noting: -" / ...
_KIND_LEAD = re.compile(
    r"For\s+(?:Decision|Information|Noting|Discussion|Approval)\s*(?::\s*-?|[-–])\s*$", re.I
)


# A person listed with a note of where they sat: "Neil Jones, (in the public gallery)".
_NAME_NOTED = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2},\s*\([a-z][^()]*\)$")
# A task's state closed by its owner's tag: "Tap in Garage – No updates [Action NC]",
# "... In progress (Action: Clerk)"; not "Climate Emergency (Action Plan)".
_OWNER_TAGGED = re.compile(
    r"[\[(]\s*(?:[Aa]ctions?|ACTIONS?)\s*[:\-–]?\s*(?:[A-Z]{2,5}|Clerk|Chair\w*|All)"
    r"(?:\s*[,/&]\s*[A-Z]\w*)*\s*[\])]\.?$"
)


def _dropped(starts: list[Start]) -> bool:
    """Whether the items found so far are agenda text whose headings were dropped."""
    return len(starts) >= 2 and all(s[2] is None for s in starts)


def _described(line: str) -> bool:
    """An agenda's description without its "To ...": a noun phrase without a verb, figures
    or a label, closed by a full stop ("An annual update from the Heritage Centre."); not
    "Councillor Ward left the meeting.", "Total payments: £4,512.36."."""
    return (
        _NOUN_PHRASE.match(line) is not None
        and line.endswith(".")
        and len(line.split()) <= 15
        and not FINITE_VERB.search(line)
    )


_NOUN_PHRASE = re.compile(r"(?:An?|The)\s+[^:£$]*$")


def _came(line: str) -> bool:
    """Who came, not minutes: "Present: Councillors Ames ...", "In attendance: ..."."""
    return bool(_CAME.match(line))


_CAME = re.compile(
    r"(?i)(?:(?:councillors|members|officers)\s+)?(?:present|in\s+attendance|apologies)\b"
)


def _bulleted_headings(lines: list[str]) -> dict[int, str]:
    """A converter's bullets where a list's numbers were, over headings in mixed case (as
    unbulleted reads those in capitals): three or more bulleted headings, each over
    unbulleted text ("• Planning Applications to Consider" / "a. PL/2021/08450 – Wickfield
    Farm ..."), by line, without their bullets."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        m = _BULLET.match(line)
        if m is None or unbulleted(line) != line:  # (capitals lose their bullet anyway)
            continue
        below = next((ln for ln in lines[i + 1 : i + 3] if ln), "")
        if below and not _BULLET.match(below) and heading_line(line[m.end() :]):
            found[i] = line[m.end() :]
    if len(found) < BULLETED_HEADINGS:
        return {}
    first = min(found)  # (not the points of a lead-in: "Reports were received from:")
    above = next((ln for ln in reversed(lines[:first]) if ln), "")
    return {} if above.rstrip().endswith((":", ":-")) else found


def _colon_heading(line: str) -> bool:
    """ "Police Report:" alone on its line: a heading, a few words closed by a colon (not a
    form's one-word field: "Others:", "Business:")."""
    if not line.endswith(":") or line.endswith("::") or COLON_LABEL.match(line):
        return False
    if WHO_CAME.search(line):
        return False  # an attendance list's own headings: "Other Members:", "Apologies:"
    if _CITES_ITEM.match(line):
        return False  # which item what follows is about: "For item 5:" under declarations
    words = len(line.split())
    if words == 1:  # (one word only where it names business or an officer's report)
        return _ONE_WORD.fullmatch(line[:-1]) is not None
    return 2 <= words <= 6 and heading_line(line[:-1]) is not None


# The one-word headings closed by a colon ("Chairman:" / "• The Chairman referred to ...",
# "Correspondence:", "Finance:"), never a form's field ("Others:", "Business:").
_ONE_WORD = re.compile(
    r"(?i)Chair(?:man|person)?|Treasurer|Secretary|Convene[ro]|Correspondence|Finance|"
    r"Planning|Highways|Footpaths|Police"
)


def _tight(lines: list[str]) -> bool:
    """Whether the page (from its first line of text to its last) has hardly a blank line."""
    filled = [i for i, ln in enumerate(lines) if ln]
    body = lines[filled[0] : filled[-1] + 1] if filled else []
    return len(body) >= 4 and body.count("") * TIGHT < len(body)


def _followed_by_text(lines: list[str], i: int) -> bool:
    """Whether text follows the heading: not a line in lower case right under it, which
    goes on with its words, unless the heading is in capitals ("MATTERS ARISING" / "not
    covered elsewhere.") or the line opens a list's entry ("a. The clerk reported ...")."""
    for j in range(i + 1, min(len(lines), i + 1 + _REACH)):
        if lines[j] and j > i + _NEAR:  # (far below, only the next item's heading or a
            # minute that there was nothing: not a page's running title over its text, nor a
            # table's row of figures)
            far, attached = strip_attachment(lines[j])
            if re.search(r"\d", lines[i]):  # (a running title's date: "Minutes – March 2025")
                return False
            return (
                attached
                or _NOTHING.match(far) is not None
                or (heading_line(far) is not None and not re.search(r"[\d£$]", far))
            )  # ("Minutes pdf icon PDF 271 KB", "There were no ...", "Declarations of Interest")
        if lines[j]:
            goes_on = lines[j][0].islower() and not _LIST_MARK.match(lines[j])
            return not (goes_on and j == i + 1 and not _in_capitals(lines[i]))
    return False


# Lines below a heading looked through for what follows it: a ModernGov page leaves as many
# as eight blank lines under an item with no minutes ("Absence of Members" / ... / the next).
_REACH = 10
_NEAR = 5  # within which any text below is the heading's own
_NOTHING = re.compile(r"(?:There\s+(?:were|was)\s+no|None\b|No\s+\w+\s+(?:were|was)\b)")
# A line of its own that opens with a number or letter: a list's entry, a decision's part.
_MARKED = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")
_LIST_MARK = re.compile(r"(?:[a-z]|[ivx]{2,4})[.)]\s+\S")  # "a. ", "b) ", "iii. "


def _in_capitals(line: str) -> bool:
    words = line.split()
    return len(words) >= 2 and words[0].isupper() and words[1].isupper()


def _section_heading(lines: list[str], i: int, tight: bool = False) -> bool:
    """A heading followed at once by another heading heads a section, not an item (on a
    page printed without blank lines, another in capitals: "MATTERS ARISING" / "Budget
    Plan" is an item and its first sub-heading). Matters arising are always an item, the
    earlier minutes' topics under it its own ("Matters Arising" / "Mill Lane" / "The
    Chairman reported ...")."""
    if _ARISING.match(lines[i]):
        return False
    for j in range(i + 1, min(len(lines), i + 1 + _REACH)):
        if lines[j]:
            if minutes_word(lines[j].strip(" .")) or NUMBER_ALONE.match(lines[j]):
                return False  # "DECLARATIONS OF INTEREST" / "None": the item's minutes;
                # "Matters arising" / "Minute 4": the earlier minute its text takes up
            if lines[i].endswith(":") and POINT.match(lines[j]):
                return False  # its points, numbered: "Correspondence:" / "1. Summer Camp ..."
            if strip_attachment(lines[j])[1] or j - i - 1 >= BIG_GAP:
                return False  # the next item's heading ("Minutes pdf icon PDF 131 KB", or one
                # after a wide gap: "Chairman's Announcements (if any)" / ... / "Urgent Business")
            if tight and lines[i].isupper() and not lines[j].isupper():
                return False
            return heading_line(lines[j]) is not None and not FINITE_VERB.search(lines[j])
    return True


_ARISING = re.compile(r"(?i)\s*(?:[•·-]\s*)?matters\s+arising\b")

# A noun of telling or confirming and what it tells in a clause of its own: "Notification to
# those present that the meeting will be recorded and streamed online" (the clause's verb is
# no sentence's: nothing before "that" is one).
_NOUN_THAT = re.compile(
    r"^(?:Notification|Confirmation|Announcement|Declaration|Reminder|Notice|Statement)"
    r"\b(?P<before>(?:(?!\bthat\b)[^.;:])*?)\bthat\s+\S"
)


def _noun_that(text: str) -> bool:
    """ "Notification to those present that the meeting will be recorded", not "Notice was
    given that ..." (a sentence's verb before the clause), nor "Notice that was served on
    the landowner has now expired" ("that" a relative: the clause opens with its verb, or a
    second verb follows its own)."""
    m = _NOUN_THAT.match(text)
    if not m or FINITE_VERB.search(m["before"]) or _BE_OR_HAVE.search(m["before"]):
        return False
    clause = text[m.end() - 1 :]
    verbs = sorted(
        [*FINITE_VERB.finditer(clause), *_BE_OR_HAVE.finditer(clause)], key=lambda v: v.start()
    )
    if not verbs or verbs[0].start() == 0:
        return False
    # (one verb group: "will be recorded"; not "had sent ... was noted")
    return not any(clause[a.end() : b.start()].strip() for a, b in itertools.pairwise(verbs))


_BE_OR_HAVE = re.compile(r"\b(?:was|were|is|are|had|has|have|been|will|would|be)\b")


def labelled_heading(first: str, rest: list[str]) -> str | None:
    """A line a "Minutes:" or "Decision:" label follows is the item's heading even where
    its first word often opens a sentence ("The Licensing Act 2003 - Cumulative Impact
    Policy Areas" / "" / "Minutes:"), and an agenda's words with a verb in them ("To
    confirm that the items marked Part 1 will be considered in public"); not a sentence."""
    following = next((ln for ln in rest if ln.strip()), "")
    text = strip_attachment(first)[0].strip(" :;")
    if not LABEL.match(following.strip()) or not text or not text[0].isupper():
        return None
    if text.endswith(".") or len(text.split()) > 30:
        return None
    if AGENDA_WORDED.match(text) or _noun_that(text):
        return text
    return text if printed_as_heading(text) else None


def printed_as_heading(text: str) -> bool:
    """Most of its longer words capitalised and no verb, where a sentence in a heading's
    place is not: "An update on the Highways Working Group", not "Councillor Smith left
    the meeting during this item"."""
    longer = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in longer)
    return capitalised * 4 >= len(longer) * 3 and not FINITE_VERB.search(text)


def _minute_heading(numbered: re.Match[str]) -> tuple[str, str] | None:
    """(number, heading) of a line that is a minute's number with its year ("268/12/13",
    "45/2019"; no point's inside an item, whose numbers are plain) and a heading in capitals
    alone: "268/12/13 DECLARATIONS OF INTEREST"."""
    number, rest = numbered["number"], numbered.groupdict().get("rest") or ""
    if "/" not in number or not rest.isupper() or len(rest.split()) > 10:
        return None
    title = heading_line(rest)
    return (number, title) if title else None
