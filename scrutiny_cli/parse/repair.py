"""Characters a page lost on its way from the council's document to text, put back before
anything is read: a converter's "?" for a dash or a no-break space, Windows text read as Mac
Roman ("††" for spaces, "Councilís" for "Council’s"), and sentences run together where a
line break was lost ("... on Tuesday 3rd January 2017.It was RESOLVED"), and minutes'
numbers split after their slash ("12/ 70"), and the page numbers a PDF saved as text keeps by
its form feeds. Each repair is made
only where the page shows the damage several times, so that clean text is never touched.
"""

from __future__ import annotations

import re

from ..read.text import counts_pages
from .dates import MONTH_NAMES
from .header_cues import STANDING
from .run_on_headings import headings_apart

MARKS = 3  # this many signs of a damage on a page show it is there

# A character the page's encoding lost, shown as "?" (a dash, a no-break space): "Minutes
# from September Meeting ? It was proposed", "Declarations of Interest:? None.", "adopted
# as correct.? The Chairman signed", after a dash or a list's bracket too, "PACT Issues -? PS
# Tony Crowter attended", "a)? Illegal parking". A question mark never stands after a space
# or a stop.
_LOST_AS_QUESTION = re.compile(r" \?+(?= )|(?<=[:.\d)–-])\?+(?= |$)|\?{2,}", re.M)


def _questioned(text: str) -> str:
    """The page's lost characters as spaces and dashes, where "?" stands for them."""
    if "?" not in text or len(_LOST_AS_QUESTION.findall(text)) < MARKS:
        return text
    return _LOST_AS_QUESTION.sub(lambda m: " –" if m[0][0] == " " else " ", text)


# Windows-1252 text read as Mac Roman: its no-break space shows as "†", its curly quotes
# and dashes as "í", "ì", "î", "ë", "ñ", "ó" (letters Welsh and other names use, so only on
# a page that shows the "†"s).
_MAC_ROMAN = str.maketrans({"†": " ", "í": "’", "ë": "‘", "ì": "“", "î": "”", "ñ": "–", "ó": "—"})


def _mac_roman(text: str) -> str:
    if text.count("†") < MARKS:
        return text
    return text.translate(_MAC_ROMAN)


# Sentences run together: "... 2017.It was RESOLVED", "... were present.Neither wished".
# (the stop first, what stands before it after: a pattern that opens with a character is
# scanned for it, far faster than one that opens with a look behind)
_RUN_TOGETHER = re.compile(r"\.(?<=[a-z0-9][a-z0-9]\.)(?=[A-Z][a-z]|[AI] )")


def _spaced(text: str) -> str:
    if len(_RUN_TOGETHER.findall(text)) < MARKS:
        # (one is enough before a word that only opens a sentence: "... in the press.The
        # sub-committee agreed ...")
        return _OPENER_GLUED.sub(". ", text) if ".T" in text or ".I" in text else text
    return _RUN_TOGETHER.sub(". ", text)


_OPENER_GLUED = re.compile(r"\.(?<=[a-z]{2}\.)(?=(?:The|This|These|There|It|They)\s)")


# A list's numbers each kept behind the bullet a converter gave the list ("• 1) Welcome" /
# "• 2) Apologies for absence" / "• 3) Declarations of interest"): the numbers are the
# page's headings, their bullets nothing. Only a run counting on by one, on a page with no
# number opening a line without a bullet (beside those a bulleted list is one item's).
_BULLETED_NUMBER = re.compile(r"^•[ \t]*(?=(\d{1,2})[.)][ \t]+[A-Z])", re.M)
_LINE_NUMBER = re.compile(r"^\d{1,2}[.)][ \t]+[A-Z]", re.M)


def _unbulleted_numbers(text: str) -> str:
    numbers = [int(m[1]) for m in _BULLETED_NUMBER.finditer(text)]
    if len(numbers) < MARKS or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return text
    if _LINE_NUMBER.search(text):
        return text
    return _BULLETED_NUMBER.sub("", text)


# A minute's number that a converter split after its slash, "12/ 70 Apologies", on a page
# that prints the same year's numbers whole ("12/69 Public Session"): the number whole. (Two
# such at least: "10/ 12 Members present" alone is a count.)
_SPLIT_NUMBER = re.compile(r"^(?P<head>\d{1,4})/ +(?P<tail>\d{1,4})\b", re.M)
_WHOLE_NUMBER = re.compile(r"^(\d{1,4})/\d{1,4}\b", re.M)


def _rejoined(text: str) -> str:
    if "/ " not in text:
        return text
    heads = set(_WHOLE_NUMBER.findall(text))
    split = [m for m in _SPLIT_NUMBER.finditer(text) if m["head"] in heads]
    if len(split) < 2:
        return text
    return _SPLIT_NUMBER.sub(
        lambda m: f"{m['head']}/{m['tail']}" if m["head"] in heads else m[0], text
    )


# A header's words a converter ran together, each a damage one header shows once: a word
# into the weekday in capitals after it ("HELD onTHURSDAY 14 DECEMBER 2017"), a day's
# figure parted from its "th" ("On Tuesday 20 th July 2010 a Meeting of ..."), a logo into
# the minutes' title, and a date's or place's label into the line before it ("... Health
# BoardDate of meeting: 11 April 2011").
_GLUED_WEEKDAY = re.compile(r"\b(on|held)(?=(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)")
# ("26 th September", "26 th . SEPTEMBER")
_PARTED_ORDINAL = re.compile(  # (a month as written or in capitals, not in lower case)
    rf"\b(\d{{1,2}}) (st|nd|rd|th)\b(?: ?\.)?"
    rf"(?=\s+(?:{MONTH_NAMES}|{MONTH_NAMES.upper()})\b)"
)
# (or moved away from it, a superscript a converter set on a line of its own or before
# another word, a gap left between the day and its month: "WELSH COUNCIL rd MINUTES OF
# COMMUNITY COUNCIL MEETING ON 3  December 2013", "th ITEM 4 ... on 5  November")
_DAY_GAP = re.compile(rf"\b\d{{1,2}} {{2,}}(?:{MONTH_NAMES}|{MONTH_NAMES.upper()})\b")
_STRAY_ORDINAL = re.compile(r"(?m)(?:^|(?<= ))(?:st|nd|rd|th) (?=\S)")
# (or glued to a field's label below the line it was raised on: "thDate: 25 July 2007")
_ORDINAL_ON_LABEL = re.compile(r"(?m)^([ \t]*)(?:st|nd|rd|th)(?=Date\s*:)")
# A day's figure glued to its month, and a time to the "from" before it, as a converter that
# lost a header's spaces prints them: "TUESDAY 26JANUARY 2016 FROM1.30 PM TO 4.30 PM".
_DAY_GLUED = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?)(?=(?:{MONTH_NAMES}|{MONTH_NAMES.upper()})\b)"
    r"|\b(FROM|From|from)(?=\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m|[AP]\.?M)\b)"
)
_MEETING_HELD = re.compile(r"(?<=[Mm]eeting)(?=held\b)")  # "the Full Council Meetingheld on"
# "Minutes" parted before its last letter: "Minute s of the Parish Council Meeting held on".
_PARTED_MINUTES = re.compile(r"\b(Minute|MINUTE) ([sS])(?= (?:of|OF)\b)")
# The small words of a header's sentence that a converter glued to their neighbours:
# "Meeting of theHound Parish Councilheld onMonday 22 June 2009atHound Parish Hall, ...
# commencing at7.00pm" (not "upheld", "withheld").
_GLUED_HEADER_WORD = re.compile(
    r"(?:(?<=\bthe)|(?<=\bof)|(?<=\bat)|(?<=\dat))(?=[A-Z][a-z])"
    r"|(?<=[a-z])(?<!\b[Uu]p)(?<!\b[Ww]ith)(?=held\b)"
    r"|(?<=\bon)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|(?<=\d{4})(?=at\b|at[A-Z])|(?<=\bat)(?=\d)"
    r"|(?<=\d[ap]m)(?=(?:on|in|at)\b)"  # ("... 13th July 2017at 6.00pmon site")
)
# A year or an hour glued to the small word after it: "2017at 6.00pmon site".
_HOUR_GLUED = re.compile(r"\d{4}at(?:\b|\d)|\d[ap]m(?:on|in|at)\b")
# A page's logo or title run into the minutes' title: "Parish Council LogoMINUTES OF A
# MEETING OF GOUDHURST PARISH COUNCIL" (the title goes on a line of its own).
_TITLE_GLUED = re.compile(r"(?<=[a-z])(?=(?:MINUTES\s+OF|Minutes\s+of)\b)")
# Or after a space, on a letterhead a PDF ran onto one line with the page: "FARINGDON TOWN
# COUNCIL The Pump House, ... Clerk: Sally Thurston Minutes of a meeting of the ...".
_TITLE_IN_LINE = re.compile(
    r"(?<=\S)(?<!\b[Tt]he)(?<!\bTHE)(?<!\band)(?<!\bof) (?=(?:Minutes|MINUTES) (?:of|OF) "
    r"(?:an? |the |AN? |THE )(?:\w+ ){0,2}?(?:meeting|MEETING) (?:of|OF) )"
)
# Or after the body's name alone in capitals, on a line of any length: "PARISH COUNCIL Draft
# Minutes of the Meeting of Parish Council on Wednesday 31st October 2018 ...".
# (after a running header's stamp too: "MM 27.08.2019 LISBURN & CASTLEREAGH CITY COUNCIL
# Minutes of the Monthly Meeting of Council held in ...")
_NAME_THEN_TITLE = re.compile(
    r"(?:^|(?<=\d )|(?<=\d\d\d\d ))(?:(?:[A-Z][A-Z'’&-]+|&) ){0,5}(?:COUNCIL|COMMITTEE|BOARD)"
    r"(?= (?:(?:Draft|DRAFT) )?(?:Minutes|MINUTES) (?:of|OF) )",
    re.M,
)
# Or after a body's name in its own case, where a page's running title or number stands
# before it: "CCC Minutes February 2021 Callander Community Council Minutes of the meeting:
# Monday 8th February 2021", "1 Derry City and Strabane District Council Open Minutes of the
# Planning Committee Meeting held in ...", a joint council's "... Joint Parish Councils Minutes
# of the Parish Council Meeting held at ...".
_BODY_THEN_TITLE = re.compile(
    r"[a-z] (?:Council|Committee|Board|Authority|Panel)s?(?P<gap> )"
    rf"(?=(?:(?:Open|Draft|(?i:{STANDING})) )?Minutes of (?:the|an?) )"
)
# Or the header's sentence after a notice on its line, its capital "At" opening it: "...
# PUBLICATION: 15 SEPTEMBER 2017 DEADLINE FOR CALL-IN: ... * DENOTES KEY DECISION At a
# meeting of the Combined Authority held in ...".
_AT_A_MEETING_AFTER = re.compile(r"(?<=\S) (?=At an? (?:\w+ ){0,2}?(?i:meeting) of )")
# Or the title after a site's label and its colon: "Parish Council website: Minutes of the
# Parish Council Meeting held on ...".
_TITLE_AFTER_LABEL = re.compile(r"(?<=\w:) (?=(?:Draft )?Minutes of (?:the|an?) )")
# Or the title printed again after a running title's copy of it cut short: "1-291 MINUTES
# of SPECIAL MEETING of The 1-291 MINUTES of SPECIAL MEETING of the MIDLOTHIAN COUNCIL held
# in ..." (the last of two or more).
_TITLE_WORDS = re.compile(r" (?=(?:MINUTES|Minutes) (?:of|OF) )")
_FLATTENED = 500  # a first line this long is a page run onto one line
_LETTERHEAD = 80  # the least a letterhead's address and numbers take


def _first_line(text: str) -> tuple[int, str] | None:
    """(offset, line) of the first line in the page's header span as long as a page run
    onto one line, if any."""
    m = _LONG_LINE.search(text, 0, HEADER_CHARS + _FLATTENED)
    return (m.start(), m.group()) if m and m.start() < HEADER_CHARS else None


def _title_again(line: str) -> re.Match[str] | None:
    """The title's last copy in a flattened page's first line, where an earlier one reads
    the same (not "... MINUTES OF WRETTON PARISH COUNCIL ... 3. The Minutes of the meetings
    held on 07.11.16 were agreed")."""
    found = list(_TITLE_WORDS.finditer(line, 0, HEADER_CHARS))
    copy = [line[m.end() : m.end() + _SAME_WORDS].lower() for m in found]
    return found[-1] if len(found) >= 2 and copy[-1] in copy[:-1] else None


_SAME_WORDS = 30  # the characters of two copies of a title that must agree


_LONG_LINE = re.compile(rf"^[^\n]{{{_FLATTENED},}}", re.M)
_LABEL = re.compile(r"(?:Date|Time|Venue)(?: (?:of|for) [Mm]eeting)?:")
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][a-z]+$")  # a capitalised word, glued to the label
# (or the last field's value: "Date: 10th September 2020Time: 9:30amVenue: Virtual via Zoom")
_VALUE_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d|\d\s?[ap]\.?m\.?)$")
HEADER_CHARS = 600  # where a header's labels stand


def _in_head(text: str, word: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The pattern's match in the header's span, tried only where the span holds the word it
    needs (a look behind tried at every character there would cost a share of the parse)."""
    return pattern.search(text, 0, HEADER_CHARS) if word in text[:HEADER_CHARS] else None


def _held_glued(head: str) -> bool:
    """Whether a header's "held" is glued to the word before it ("Councilheld"), or its "the"
    to the word after ("theHound"): a cheap test before the costlier pattern."""
    at = head.find("held")
    while at > 0:
        before = head[max(0, at - 4) : at].lower()
        if before[-1:].islower() and not before.endswith(("up", "with")):
            return True
        at = head.find("held", at + 4)
    at = head.find("the")
    while at >= 0:
        if head[at + 3 : at + 4].isupper() and head[at + 4 : at + 5].islower():
            return True
        at = head.find("the", at + 3)
    return False


def _unglued_header(text: str) -> str:
    """(Each pattern only on a page with its words: a look behind on every page would cost
    a share of the parse.)"""
    if "DAY" in text:
        text = _GLUED_WEEKDAY.sub(r"\1 ", text)
    if " th " in text or " st " in text or " nd " in text or " rd " in text:
        text = _PARTED_ORDINAL.sub(r"\1\2", text)
    if "  " in text and _DAY_GAP.search(text):
        text = _STRAY_ORDINAL.sub("", text)
    if _DAY_GLUED.search(text, 0, HEADER_CHARS):
        text = _DAY_GLUED.sub(lambda m: f"{m[0]} ", text[:HEADER_CHARS]) + text[HEADER_CHARS:]
    if "thDate" in text or "stDate" in text or "ndDate" in text or "rdDate" in text:
        text = _ORDINAL_ON_LABEL.sub(r"\1", text)
    if "eetingheld" in text:
        text = _MEETING_HELD.sub(" ", text)
    if "inute s " in text[:HEADER_CHARS] or "INUTE S " in text[:HEADER_CHARS]:
        text = _PARTED_MINUTES.sub(r"\1\2", text[:HEADER_CHARS], count=1) + text[HEADER_CHARS:]
    head = text[:HEADER_CHARS]
    if _held_glued(head) or _HOUR_GLUED.search(head):  # ("Councilheld", "theHound")
        text = _GLUED_HEADER_WORD.sub(" ", head) + text[HEADER_CHARS:]
    if (glued_title := _TITLE_GLUED.search(text, 0, HEADER_CHARS)) is not None:
        text = f"{text[: glued_title.start()]}\n{text[glued_title.start() :]}"
    elif (named := _NAME_THEN_TITLE.search(text, 0, HEADER_CHARS)) is not None:
        text = f"{text[: named.end()]}\n{text[named.end() + 1 :]}"
    elif (body := _in_head(text, "Minutes of ", _BODY_THEN_TITLE)) is not None:
        text = f"{text[: body.start('gap')]}\n{text[body.end('gap') :]}"
    elif (notice := _in_head(text, " At a", _AT_A_MEETING_AFTER)) is not None:
        text = f"{text[: notice.start()]}\n{text[notice.end() :]}"
    elif (labelled := _in_head(text, ": ", _TITLE_AFTER_LABEL)) is not None:
        text = f"{text[: labelled.start()]}\n{text[labelled.end() :]}"
    elif first := _first_line(text):
        at, line = first  # (a page flattened onto a line: its letterhead, then the title)
        # (after a letterhead's address and numbers, not a page number and a name: "1
        # HORWICH TOWN COUNCIL Minutes of a meeting of ...")
        title = _TITLE_IN_LINE.search(line, _LETTERHEAD, HEADER_CHARS) or _title_again(line)
        if title is not None:
            cut = at + title.start()
            text = f"{text[:cut]}\n{text[cut + 1 :]}"
    glued = [  # (in the header, after a name or a value: "... BoardDate of meeting:", "...
        # 2020Time:"; not "... planningDate:")
        m.start()
        for m in _LABEL.finditer(text, 0, HEADER_CHARS)
        if _NAME_BEFORE.search(text, 0, m.start()) or _VALUE_BEFORE.search(text, 0, m.start())
    ]
    for at in reversed(glued):
        text = f"{text[:at]}\n{text[at:]}"
    return text


# A CMIS site's item heading, its document's type and size about its title: "3 pdf MINUTES
# (68Kb)" is "3 MINUTES".
_DOCUMENT_SIZE = re.compile(
    r"^(\d{1,4}[.)]?[ \t]+)(?:pdf|docx?)[ \t]+(.+?)[ \t]*\(\d+(?:\.\d+)?[ \t]*[Kk][Bb]\)[ \t]*$",
    re.M,
)


# A site's article buttons after the page's title ("Minutes of full council meeting - 6th
# February 2012 PDF Print E-mail"), and the breadcrumb trail over it that ends in the same
# title ("Home Minutes Full Council Minutes of full council meeting - 6th February 2012"):
# neither is the minutes' header.
_BUTTONS = re.compile(r"[ \t]+PDF[ \t]+Print[ \t]+E-?mail[ \t]*$", re.M)


def _without_buttons(text: str) -> str:
    m = _BUTTONS.search(text, 0, HEADER_CHARS)
    if m is None:
        return text
    start = text.rfind("\n", 0, m.start()) + 1  # (the title's line)
    title = text[start : m.start()].strip()
    text = text[: m.start()] + text[m.end() :]
    trail_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    trail = text[trail_start : start - 1] if start else ""
    if title and trail.startswith("Home ") and trail.rstrip().endswith(title):
        text = text[:trail_start] + text[start - 1 :]  # (its line left blank)
    return text


def repaired(text: str) -> str:
    """The page with the characters it lost put back, where it shows their loss (and a PDF
    saved as text without the page numbers by its form feeds)."""
    if "\f" in text:
        text = "\n\n".join(_without_page_numbers(text.split("\f")))
    if ("<p>" in text or "</p>" in text) and "<t" not in text:  # (not a table's cells)
        text = _INLINE_TAG.sub("", _BLOCK_TAGS.sub("\n\n", text))  # ("... </p><p>Minutes")
    if "Kb)" in text or "KB)" in text or "kb)" in text:
        text = _DOCUMENT_SIZE.sub(r"\1\2", text)
    if ". " in text:
        text = headings_apart(text)
    if "•" in text:
        text = _unbulleted_numbers(text)
    if "Print E" in text[:HEADER_CHARS]:
        text = _without_buttons(text)
    if "----" in text or "____" in text:  # (a rule glued to the next minute's number)
        text = _RULE_BEFORE_NUMBER.sub("\n\n", text)
    # (a keyword mistyped: "RESOVLED that Cllr Adams ...")
    text = _MISTYPED_KEYWORD.sub(lambda m: "RESOLVED" if m[0].isupper() else "Resolved", text)
    if name := _GLUED_NAME.search(text, 0, HEADER_CHARS):  # (a council's name's words)
        text = text[: name.start()] + _WORD_JOIN.sub(" ", name.group()) + text[name.end() :]
    return _unglued_header(_rejoined(_spaced(_mac_roman(_questioned(text)))))


# The decision's keyword as typists mistype it, one letter out of place, left out or typed
# twice ("RESOVLED", "RESLOVED", "RESOLVD", "RESSOLVED"), in capitals or with a capital
# first; never a word of its own ("RESOLVE", "RESOLED").
def _mistypings(word: str) -> set[str]:
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}
    doubled = {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
    return (swapped | dropped | doubled) - {word, "RESOLED"}


_MISTYPED_KEYWORD = re.compile(
    r"\b(?=[ER])(?:"  # (its first letter looked at first: most words are passed over at once)
    + "|".join(sorted({t for w in _mistypings("RESOLVED") for t in (w, w.capitalize())}))
    + r")\b"
)


# A council's or committee's name alone on a line, its words run together where the page
# lost their spaces: "Cyngor CymunedCeulanamaesmawrCommunity Council" (a join after three
# small letters or more, never "McDonald" or "MacGregor").
_WORD_JOIN = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_GLUED_NAME = re.compile(
    r"^(?=[^\n]*[a-z]{3}[A-Z][a-z])[A-Z][\w' -]{2,80}\b(?:Council|Committee|Board)[ \t]*$", re.M
)


# A rule of dashes or underscores a page ran into the number of the minute under it: "... 2
# members of the public. ------275/18 Apologies for absence." (no damage need show twice:
# a rule glued to a figure is never words).
_RULE_BEFORE_NUMBER = re.compile(r"[ \t]*(?:-{4,}|_{4,})(?=\d)")


# An HTML page's paragraph and line tags left in its text by a document site ("... Matlock
# </p><p>Minutes of a meeting of ..."): each a paragraph's end; its inline tags, nothing.
_BLOCK_TAGS = re.compile(r"[ \t]*</?(?:p|div|h[1-6])\b[^>]*>[ \t]*|<br\s*/?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:a|span|strong|em|b|i|u|font)\b[^>]*>", re.I)


def _without_page_numbers(pages: list[str]) -> list[str]:
    """The pages of a PDF saved as text (form feeds part them) without each one's number
    alone on its last or first line, where the numbers count the pages, each one more than
    the page's before ("meeting." / "7" / "\f" ... "8" / "\f"); an item's number alone at a
    page's edge is no count of pages and stays."""
    found = [_edge_number(page) for page in pages]
    counted = counts_pages([f[1] if f else None for f in found])
    out = []
    for page, here, page_number in zip(pages, found, counted, strict=True):
        if here and page_number:
            lines = page.split("\n")
            lines[here[0]] = ""
            page = "\n".join(lines)
        out.append(page)
    return out


def _edge_number(page: str) -> tuple[int, int] | None:
    """(line, number) of a number alone on a page's last or first line that is not blank."""
    lines = page.split("\n")
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    for k in filled[-1:] + filled[:1]:
        if m := _PAGE_NUMBER.fullmatch(lines[k]):
            return k, int(m["n"])
    return None


_PAGE_NUMBER = re.compile(r"[ \t]*(?:-[ \t]*)?(?P<n>\d{1,3})(?:[ \t]*-)?[ \t]*")
