"""Headings in capitals as converters leave them: behind the bullets their list's numbers
became ("  • APOLOGIES"), and wrapped at a line's end onto the next ("... PLANNING AND
FINANCE &" / "GENERAL PURPOSES COMMITTEE")."""

from __future__ import annotations

import re

from .caps_titles import RESOLUTION_WORD
from .title_words import FINITE_VERB, SENTENCE_FIRST, minutes_word

_BULLET = re.compile(r"^\s*[•·]\s+")


def unbulleted(line: str) -> str:
    """A heading in capitals whose list's numbers became bullets ("  • APOLOGIES"), without
    its bullet; any other line as it is (a bullet's sentence is a point, not a heading)."""
    m = _BULLET.match(line) if line.lstrip()[:1] in "•·" else None
    return line[m.end() :] if m and line[m.end() :].isupper() else line


# A heading's last word that ends no heading: it was wrapped onto the next line.
_OPEN_END = re.compile(r"(?i)(?:\b(?:of|the|and|to|for|in|on|at|a|an|with)|\s&)$")
_WRAPPED_REST = 100  # characters of the line a wrapped heading may go on with
# A line's first word that goes on with the line before it.
_OPEN_START = re.compile(r"(?:AND|OR|OF|THE|TO|FOR|IN|ON|AT|WITH|BY|FROM|HELD|INCLUDING|&)\b")
# A line in lower case that goes on with the heading above it, as far as its colon
# ("Appointment" / "of office bearers: Acting on behalf of ...").
_LOWER_ON = re.compile(r"(?:of|and|for|to|in|on|at|the|with|by|from)\s[^:.]{1,60}:")


# A short line in lower case, no sentence, that goes on with a heading of one word ("of
# Interest", "and apologies for absence").
_SHORT_ON = re.compile(r"(?:of|and|for|to|in|on|at|the|with|by|from|&)(?:\s+[^\s:.]+){1,5}")


# A line whose few capitalised words, closed by a colon, end in the noun a heading ends
# with: the heading above it goes on with them ("Monthly Cornwall" / "Councillor Report:-
# Cornwall Councillor J. Wood reported ..."; not "Highways England: a letter ...").
_NOUN_ON = re.compile(
    r"(?:[A-Z][\w'’]*\s+){0,2}(?:Report|Reports|Update|Updates|Matters|Questions|Issues|"
    r"Applications)\s*:"
)


def title_wrapped_on(
    title: str | None, body: list[str], lines: int = 3
) -> tuple[str | None, list[str]]:
    """A heading wrapped at its line's end onto the next line, as a PDF's hard-wrapped text
    prints it ("5-0708/2 - Councillors' Acceptance of" / "Office, Register of Interests ...
    Expenses"): the two lines' words are the heading; the text starts after them. One in
    capitals may go on over three lines ("... PLANNING AND FINANCE &" / "GENERAL PURPOSES
    COMMITTEE MEETING HELD ON" / "MONDAY 12TH AUGUST 2013")."""
    if not title or not body or lines < 2:
        return title, body
    nxt = body[0].strip()
    # (or a heading in capitals whose next line goes on with it in capitals: "TO DISCUSS
    # PLANNING AND DEVELOPMENT MATTERS" / "AND APPROVE ANY ACTION")
    caps_on = title.isupper() and nxt.isupper() and _OPEN_START.match(nxt) is not None
    lower_on = not title.endswith((".", ":")) and _LOWER_ON.match(nxt) is not None
    noun_on = title.istitle() and not title.endswith((".", ":")) and bool(_NOUN_ON.match(nxt))
    # (or a heading of one word whose line broke after it, a short line in lower case going
    # on with it, "Declarations" / "of Interest", or its noun after a possessive, as far as
    # its colon, "Chairman’s" / "Report: DA showed ...")
    one_word = " " not in title.strip() and not title.endswith((".", ":"))
    short_on = one_word and bool(_SHORT_ON.fullmatch(nxt)) and not FINITE_VERB.search(nxt)
    owner_on = one_word and title.endswith(("’s", "'s")) and ":" in nxt
    # (or a narrow cell's heading broken over two lines, a word of it alone on the next over
    # the decision's keyword: "3.1 Dinghy" / "Compound" / "NOTED")
    cell_on = (
        len(title.split()) <= 2
        and title.istitle()
        and _WORD_ALONE.fullmatch(nxt) is not None
        and len(body) > 1
        and _KEYWORD_LINE.match(body[1].strip()) is not None
    )
    # (or a heading of a word or two in capitals whose narrow cell broke it after a word no
    # heading ends on, the rest alone on the next line in capitals above the text: "101.
    # PUBLIC" / "QUESTION TIME" / "There were no ..."; not a heading of its own, "FINANCE" /
    # "PAYMENTS FOR APPROVAL", a decision's keyword nor a name: "MINUTES" / "RESOLVED :")
    caps_cell_on = (
        title.isupper()
        and len(title.split()) <= 2
        and _MODIFIER_END.search(title) is not None
        and _CAPS_ALONE.fullmatch(nxt) is not None
        and nxt != title.strip()  # (the heading's own line, the title taken from it)
        and not minutes_word(nxt)  # (the minute in a word: "41. URGENT" / "NONE")
        and not _INITIAL_FIRST.match(nxt)  # (a name: "DISTRICT" / "J BIRCH")
        and not RESOLUTION_WORD.match(nxt)
        and nxt.split()[0].title() not in SENTENCE_FIRST
        and len(body) > 1
        and not body[1].strip().isupper()
    )
    if not (
        _OPEN_END.search(title)
        or caps_on
        or lower_on
        or noun_on
        or short_on
        or owner_on
        or cell_on
        or caps_cell_on
    ):
        return title, body
    head, colon, text = nxt.partition(":")  # ("... RELATING TO" / "ANY AGENDA ITEM: The ...")
    if not head or len(head) > _WRAPPED_REST or head.endswith(".") or not head[:1].isalpha():
        return title, body
    joined = f"{title} {head.rstrip()}"
    if not colon and joined.isupper():
        return title_wrapped_on(joined, body[1:], lines - 1)
    return joined, ([text.strip()] if colon and text.strip() else []) + body[1:]


_WORD_ALONE = re.compile(r"[A-Z][a-z]+")
# A heading's last word in capitals that only qualifies the noun after it: a possessive, or
# a word of place, time or kind ("CHAIRMAN’S" / "REPORT", "PUBLIC" / "QUESTION TIME").
_MODIFIER_END = re.compile(
    r"(?:['’]S|\b(?:PUBLIC|OPEN|ANY|OTHER|COUNTY|DISTRICT|BOROUGH|TOWN|PARISH|WARD|NEXT|"
    r"PREVIOUS|ANNUAL|MONTHLY|FINANCIAL|URGENT))$"
)
_INITIAL_FIRST = re.compile(r"[A-Z]\.?\s")
_CAPS_ALONE = re.compile(r"[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){0,3}")
_KEYWORD_LINE = re.compile(r"(?:NOTED|AGREED|RESOLVED|RECOMMENDED)\b")
# A sum, a task's label: no heading in capitals holds them ("CLERK SALARY 320.00").
_NO_HEADING = re.compile(r"£|\d{2,}\.\d\d\b|^ACTIONS?\b")


def wrapped_heading(text: str) -> str | None:
    """A heading in capitals wrapped over lines of its own above its minute's number, longer
    than a heading on one line may be ("DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE
    PROTOCOL FOR" / "MEMBERS TAKING PART IN THE PLANNING PROCESS, ..." / "PLA148/14"); not
    a decision in capitals nor a sentence."""
    text = text.strip(" :;")
    words = text.split()
    if not words or not text.isupper() or len(words) > 30 or text.endswith("."):
        return None
    if _NO_HEADING.search(text) or FINITE_VERB.search(text.lower()):
        return None  # (a sum, a task, a sentence in capitals: "CLERK SALARY 320.00")
    return None if RESOLUTION_WORD.match(text) or words[0].title() in SENTENCE_FIRST else text
