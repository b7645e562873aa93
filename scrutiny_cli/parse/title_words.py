"""The words a heading is judged by (titles.py): those that open a sentence, a person's
titles, the small words of a title, and the finite verbs no heading has."""

from __future__ import annotations

import re

from .patterns import THAT_PLAIN

# Words that, first on a line, make it a sentence or a list of names, never a heading.
SENTENCE_FIRST = frozenset(
    "The A An There It This That These Those He She They We Councillor Councillors Cllr Cllrs "
    "Mr Mrs Ms Miss Dr Professor Prof Messrs RESOLVED Resolved AGREED Agreed DECIDED Decided "
    "Noted NOTED Following Having Prior "
    "Further In On At As After Before During With Since By Proposed Moved Consideration No "
    "All Each Minutes: Decision: Decisions: Present: Apologies: Chair: PROPOSED MOVED SECONDED "
    "Seconded".split()
)
# Capitalised words at which a heading run into its text stops ("Declarations of Interest
# There were none"), if a sentence follows.
# A participle that opens terse minutes after a heading in a sentence's case ("Minutes of the
# last meeting Approved and signed"); in a heading in title case, or but before "from", "and"
# or "as", it is the heading's ("Correspondence Received from the Clerk", "Planning
# applications Received since the last meeting").
PARTICIPLES = frozenset("Received Approved Accepted Circulated".split())
STARTERS = SENTENCE_FIRST | frozenset(
    "Members Member Officers Apologies Clerk Reported To None Nil Any Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# The whole of an item's minutes in one word: "Declarations of Interest None."
ONE_WORD_MINUTES = frozenset(
    "None Nil NONE NIL".split()
)  # (in capitals after a mixed-case heading)


def all_capitals(text: str, most: int) -> bool:
    """Whether text is a heading's words in capitals alone, at most `most` of them
    ("DECLARATIONS OF INTEREST", "CHAIRMAN’S ANNOUNCEMENTS")."""
    return _CAPS_WORDS.fullmatch(text) is not None and len(text.split()) <= most


_CAPS_WORDS = re.compile(r"[A-Z][A-Z’'&,()/-]*(?:\s+[A-Z][A-Z’'&,()/-]*)*")


def minutes_word(word: str) -> bool:
    """Whether a word, in any case, is an item's whole minutes ("none", "NIL")."""
    return word.capitalize() in ONE_WORD_MINUTES


# A dash a typist glued to the heading or to its text, read as a dash standing apart:
# "Agars- signed and agreed ...", "Minutes of last meeting –spelling mistakes ...",
# "Apologies for absence-none" (not a hyphen's word, "Sub-Committee", nor a hyphen held
# for the word after it: "short- and long-term").
GLUED_DASH = re.compile(
    # (not a word's prefix broken off at its hyphen: "Co- option", "Re- election")
    r"(?<=\w)(?<!\b[Cc]o)(?<!\b[Rr]e)(?<!\b[Pp]re)(?<!\b[Nn]on)(?<!\b[Ss]ub)[-–—](?=\s)"
    r"(?!\s+(?:and|or|to)\b)|(?<=\s)[–—](?=\w)|(?<=[a-z])[–—](?=[A-Z])"  # ("Apologies–Cllr")
    r"|(?<=[a-z])-(?=(?i:none|nil)\W*$)"
)
# A bracket glued to a heading's last word in capitals: "ELECTION OF MAYOR(Agenda item 2)".
GLUED_BRACKET = re.compile(r"(?<=[A-Z]{2})\((?=[A-Z][a-z])")
ONE_WORD_DECISIONS = frozenset("Noted Agreed Approved Received Accepted".split())
# "Councillor Questions", "Councillor Vacancies" are headings, "Councillor Dylan Lewis" is not.
# (or a name's possessive: "Dr Joy’s Garden" is a place, not a person)
HEADING_AFTER_TITLE = re.compile(
    # (or what they give: "5. Councillors Reports. - LRM said ...")
    r"^(?:Questions?|Vacanc|Call|Co-option|Allowances|Training|Code|[A-Z][\w-]*[’']s$"
    r"|(?:Reports?|Updates?)\b)"
)
# (or a member named, a dash to what they give: "Cllr McNally (LCC & ELDC) - Report")
MEMBER_REPORT = re.compile(
    r"(?:Cllrs?\.?|Councillors?)\s+(?:(?:Mrs?|Ms|Dr)\.?\s+)?(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?(?:\s*\([^()]{1,30}\))?\s*[-–—]\s*(?:[A-Z][\w&'’]*\s+){0,4}"
    r"(?:Reports?|Updates?)\b"
)
MAX_TITLE_WORDS = 16  # words a heading run into its text may have
# Title words: a person's title, after which a name (not a verb) follows.
# (and in Welsh: "Cyng. Steve Davies (Cadeirydd)", Cynghorydd, councillor)
NAME_TITLES = frozenset(
    "Councillor Councillors Cllr Cllrs Mr Mrs Ms Miss Dr Professor Prof Messrs Rev Revd "
    "Cyng Cynghorydd Cynghorwyr".split()
)
# The last word of a heading naming a post, alone on its line: "WSCC Councillor".
ROLE_ENDS = frozenset("Councillor Councillors Cllr Cllrs Clerk Officer Officers".split())
SMALL = frozenset("of for from to the and on in with by at & a an or".split())
# Words that make a line a sentence: a heading has no finite verb.
FINITE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|will|would|should|could|can|did|does|need|needs|"
    r"noted|agreed|resolved|approved|received|reported|advised|declared|explained|stated|"
    r"confirmed|welcomed|thanked|informed|presented|requested|asked|considered|discussed|"
    r"moved|seconded|carried|deferred|adopted|accepted|signed|(?<![Tt]o )be)\b"
    r"|\bheld\b(?!\s+(?:on|at|in)\b|\s+\d|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)

# A thing and what was done with it, not a person who did it: "Questions received from
# members of the public", "Items deferred to a later meeting", "Late Information received".
DONE_TO = re.compile(
    # (or the last of a heading's things: "Recording of those present, and apologies received")
    r"(?:^|(?<=,\sand\s))(?!(?:Members|Councillors|Cllrs?|Officers|It|He|She|They|We|The\s+\w+)\b)"
    # (a thing of two words too, never a person by title, "Mrs Hill reported", nor a subject
    # and its auxiliary, "Apologies were received")
    # (but a post's possessive is a thing's: "Clerk’s correspondence received")
    r"(?:(?!(?:Mrs?|Ms|Miss|Dr|Councillor|Cllr|Alderman|Chair\w*|Clerk|Mayor)\b(?!['’]s\s))"
    r"[A-Z][a-z]+(?:s|['’]s)?\s+(?!(?:was|were|is|are|has|had|have|been|being)\b)[A-Za-z][a-z]+s?"
    r"|[A-Z][a-z]+s?|(?<=and\s)[a-z]+s)\s+"
    r"(?:received|deferred|considered|presented|reported|requested|adopted|accepted|declared|"
    r"asked)\b"
    # (or a colon, the heading's subject after it: "Late Information received: Planning ...")
    r"(?=\s+(?:from|by|at|under|since|for|in|to|during)\b|\s*:|\s*$)"
)

# A table's column label in capitals after a mixed-case heading: "1 Apologies ACTION Cllrs".
COLUMN_LABEL = re.compile(r"(?<=[a-z])\s+(?:ACTIONS?|ACTION\s+BY)$")
# A heading of a few words glued by its colon to text in lower case: "Dispensations:none".
GLUED_COLON = re.compile(r"^(?=[A-Z])(?P<head>[\w'’ ]{2,40}?[a-z]):(?=[a-z]{2})")
# The agenda's number in brackets after the minute's: "221 (28) SCRUTINY OVERVIEW".
# (or named in its brackets: "42. (Agenda 1) APOLOGIES FOR ABSENCE", "(Agenda Item 4)")
SECOND_NUMBER = re.compile(
    r"^(?:\((?:Agenda\s+(?:Item\s+)?|Item\s+)?\d{1,3}(?:\.\d{1,2})?[a-z]?\)"
    r"|Item\s+\d{1,3}[a-z]?[.:]?)\s+"
    r"(?=[A-Z‘“'\"])"
)

# Things numbered in a heading's own words, their number no list's: "Stage 1", "Appendix 1".
_NUMBERED_THINGS = "stage phase part item quarter appendix annex option section round".split()
# Where a heading in mixed case stops and the text it runs into begins.
MIXED_STOP = re.compile(
    # a ModernGov label (not the heading's own word: "Adoption of Previous Minutes:", nor
    # "Decisions:" closing the line, nor the authority's decisions a parish lists, "Planning
    # Decisions: R. Hobbs - 2 dwellings - Refused", "Appeal Decisions: ...")
    r"(?<!Previous)(?<!\bof)(?<!\bthe)(?<!Planning)(?<!Delegated)(?<!Appeal)"
    r"\s+(?=(?:Minutes|Decision|Decisions(?=:\s*\S)|"
    r"Additional documents):)"
    # the end of a sentence (not a person's initial: "Question submitted by Councillor R.
    # O'Donoghue", "Cllr J. P. Smith")
    r"|(?<!Councillor [A-Z])(?<!Cllr [A-Z])(?<!Mr [A-Z])(?<!Mrs [A-Z])(?<!Ms [A-Z])"
    r"(?<!Dr [A-Z])(?<![A-Z]\. [A-Z])\.\s+(?=[A-Z0-9‘“\"'(]|[a-z]\)\s)"  # (or a point: "a) ...")
    r"|\s*…\s*(?=[A-Z])|\s+(?:…|\.{3})\s+(?=[a-z])"  # "Planning…There was", "Apologies … as noted"
    # "2018 Item 9.1" (not the item a heading names: "Matters Arising from Item 022/16"), a
    # quotation
    # (not a document the heading names: "Signing of ‘Declaration of Acceptance of Office’")
    r"|(?<!\bfrom)(?<!\bof)(?<!\bto)(?<!\bunder)(?<!\bon)\s+(?=Item\s+\d)"
    r"|(?<!\bof)(?<!\bthe)(?<!\bto)(?<!\bfor)(?<!\bon)\s+(?=[“\"‘][^”\"’]{25})"
    # a paragraph number ("2.1 ", "2.1. ", or its part alone: "of interest .1 The County"),
    # not a time or a date ("closed at 9.15. The")
    r"|(?<!\bat)(?<!\bheld)(?<!\bof)(?<!\bon)\s+(?=\d{1,3}\.\d{1,2}\.?\s|\.\d{1,2}\s+[A-Z])"
    # a point's mark: "Matters Arising i) Main Street", "Code of Conduct (i) Declarations"
    r"|(?<!\bfor)(?<!\bof)(?<!\bto)(?<!\bthe)(?<!\band)(?<!\bin)(?<!\bon)(?<!\bfrom)(?<!\bby)"
    r"(?<!\bwith)(?<!\bat)"
    r"\s+(?=\(?(?:[a-z]|[ivx]{2,4})\)\s+[A-Z])"
    # "Apologies: Gwyn and Gwynfor", "Planning:- 1457 ...", "Area Board (MAB): Nothing to ...",
    # "Apologies:– Maureen Ash"
    r"|(?<=[\w)])(?::\s+|:[-–]\s*)(?=\S)|(?<=[a-z\d]):(?=[A-Z][a-z])"  # (glued: "Interest:Cllr")
    r"|(?<=[A-Za-z])\s+[:;]\s+(?=\S)"  # a space before: "Update Commons Officer : Chapel ..."
    # a decision's label: "To consider a footpath to Stonecross Resolved: Forward to ..."
    r"|\s+(?=(?:Resolved|RESOLVED?|Agreed|AGREED)\s*:)"
    # a semicolon before a sentence: "To elect the Mayor for 2017/18; Nominations were invited"
    r"|(?<=[\w)]);\s+(?=[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+)?\s+(?:was|were|is|are|had|has|have)\s)"
    r"|(?<=[A-Za-z])\s*\.-\s*(?=[a-zA-Z])"  # a stop and dash: "Public Participation .- no ..."
    # a report's heading, then who gave it, by first name: "Community Engagement Officer's
    # Report Anna has attended various meetings ..."
    # (not a body named so: "Annual Report Group has met twice")
    r"|(?<=\b(?:Report|Update))\s+(?!(?:Group|Committee|Board|Panel|Team|Forum)\b)"
    r"(?=[A-Z][a-z]+\s+(?:has|had|was|is|have|gave|said|reported)\b)"
    # "Apologies these were received", "... held on 22nd July these had been circulated"
    r"|\s+(?=(?:these|this|there|it|they|he|she|we|all|none)\s+(?:was|were|is|are|had|has|"
    r"have|would|will)\b)"
    # the agenda's standing words: "Public Questions/ Statements Questions must be received
    # ...", "Urgent Business The Chairman will announce ...", "... Presented by the Director"
    r"|\s+(?=(?:Questions\s+must|The\s+Chair(?:man|person)?\s+(?:will|shall)|Presented\s+by|"
    r"Members\s+are\s+reminded|(?:(?:Cabinet|Council|Committee|Board|Panel)\s+)?[Mm]embers\s+to\s+"
    r"declare)\b)"
    # (and the report's author, a table's row run onto its heading: "Bereavement Services -
    # Additional Fees Report of the Interim Strategic Director, Housing Minutes: ..."; not a
    # report's own title, "Annual Report of the Director of Public Health"; nor after a dash,
    # the heading's own part, "UEFA EURO 2020 postponement - Report by Executive Director")
    r"|(?<!Annual)(?<!Final)(?<!Draft)(?<!Interim)(?<!Quarterly)(?<!Monthly)(?<!Joint)(?<![-–—])"
    r"\s+(?=Report\s+(?:of|by|from)\s+the\s+(?:(?:Interim|Acting|Deputy|Assistant|Strategic|"
    r"Executive|Corporate|Service)\s+){0,2}(?:Director|Chief|Head)\b)"
    # the agenda's ask of the meeting: "... 2021-22 Scrutiny committee is recommended to note"
    r"|\s+(?=(?:(?:The\s+)?(?:Members|Councillors|Cabinet|Council)|(?:The\s+|[A-Z][\w'’-]*\s+)?"
    r"(?i:committee|sub-committee|board|panel|forum))\s+(?:is|are)\s+(?:recommended|asked|"
    r"invited|requested)\s+to\b)"
    # a numbered list's first point run on after the heading, its second following: "Apologies
    # for absence 1. Councillors: ... 2. Others: None", "... 2012 1. Cllr Ash asked ..."
    r"|(?:(?<=[a-z])|(?<=\b(?:19|20)\d\d))"
    + "".join(f"(?<!\\b(?i:{w}))" for w in _NUMBERED_THINGS)
    + r"\s+(?=1[.)]\s+[A-Z].{0,400}?\s2[.)]\s+[A-Z])"
)


def is_minutes_sentence(line: str) -> bool:
    """A line that records proceedings: a sentence with a verb (or a decision whose
    RESOLVED was dropped: "That the Executive note ..."), not a list of names or a lead-in
    ending in a colon."""
    lead_in = line.rstrip().endswith((":", ":-")) and not _WHOLE_SENTENCE.search(line)
    sentence = FINITE_VERB.search(line) or THAT_PLAIN.regex.match(line)
    return len(line.split()) >= 8 and bool(sentence) and not lead_in


# A sentence that ends inside a line: "... was inquorate.  The Mayor has three options:" is
# minutes, though the line ends as a lead-in does.
_WHOLE_SENTENCE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


# An agenda heading closed by "(if any)", its text after it: "Reference of item considered
# by Scrutiny Committees (if any) There are no ..." (its participle is no sentence's verb).
_IF_ANY_CLOSES = re.compile(r"(?-i:[A-Z])[^()]{2,120}?\(if\s+any\)(?=\s+[A-Z][a-z]|\s*$)")
_PLAIN_FINITE = frozenset("was were is are had has have will would".split())


# The agenda's verbs after "To" that start its description of an item ("To consider ...").
_AGENDA_DOING = frozenset(
    "consider receive note approve discuss agree determine hear review report elect appoint "
    "confirm adopt resolve".split()
)


def closed_by_if_any(text: str) -> tuple[str, str] | None:
    """(heading, text) where an agenda heading is closed by "(if any)", whatever its
    participles; None where a sentence runs before it ("Public Participation The Chairman
    invited questions (if any)")."""
    m = _IF_ANY_CLOSES.match(text) if "(if" in text else None
    words = m[0].split() if m else []
    if (
        not m
        or len(words) > MAX_TITLE_WORDS
        or any(w in SENTENCE_FIRST or w in _PLAIN_FINITE for w in words[1:])
    ):
        return None
    # (the agenda's words run on after the heading are no part of it: "Call-In To consider
    # call-in items (if any)"; "Questions To the Leader (if any)" is a heading whole)
    to = next(
        (k for k in range(1, len(words) - 1) if words[k] == "To" and words[k + 1] in _AGENDA_DOING),
        0,
    )
    if to:
        return " ".join(words[:to]), text[text.index(" To ") + 1 :].strip()
    return " ".join(words), text[m.end() :].strip()


# What stands alone like a heading over the next minute's number, but closes the minute
# before: a task ("Clerk to contact Highways"), an outcome ("Carried unanimously"), who else
# came ("Also present Mrs J Green, Clerk").
_NOTE_LINE = re.compile(
    r"^[A-Z][\w.'’ ]{0,40}?\s+to\s+[a-z]{3,}"
    r"|(?i:^(?:carried|agreed|approved|noted|resolved|accepted|lost|deferred)\b|\bunanimous)"
    r"|(?i:\b(?:present|attendance|attending)\b)"
)


def note_line(line: str) -> bool:
    """Whether a short line is a minute's closing note, not the next one's heading."""
    return _NOTE_LINE.search(line) is not None


# A decision's words in lower case, its keyword dropped, under a part's number: "the report
# be noted;", "that ..." (not "the budget was discussed and it was agreed it be approved").
DECISION_PART = re.compile(
    r"^(?:that\b|the\b(?:(?!\b(?:was|were|had)\b)[^.;]){0,120}?\bbe\s+[a-z]+ed\b)"
)


# What a member's title may say of the council they sit on: "County Cllr Bean reported",
# "District/County Councillor Reports" (the word before is no heading of its own).
TIERS = frozenset("County District Borough City Town Parish Ward Unitary Division".split())
AGENDA_VERB = re.compile(r"To\s+[A-Z][a-z]+:\s+(?=[A-Z])")
AGENDA_VERBS = frozenset(
    "receive note consider approve agree confirm elect appoint discuss adopt review".split()
)
# A heading over who came or sent apologies: what follows its dash are names.
WHO_HEADING = re.compile(
    # ("Apologies and Reasons for Absence", as parishes word it)
    # ("Members Present", "Councillors Present", "Also Present")
    r"(?i)\s*(?:apologies(?:\s+(?:and\s+reasons\s+)?for\s+absence|\s+received|\s+tendered)?"
    r"|(?:(?:members|councillors|also)\s+)?present"
    r"|(?:also\s+)?in\s+attendance|absent)\s*$"
)
# ... and after its comma, a name ("Apologies, Will Bullough", "Present, Cllr Ash"), not
# another heading's words ("Apologies, declarations and minutes").
NAMES_AFTER = re.compile(
    r",\s+(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
)


# The words of another heading after a comma, which are no name: "Apologies, Public
# Participation", "Apologies, Declarations of Interest", "Apologies, Welcome and ...".
_HEADING_WORDS = frozenset(
    "public declarations declaration welcome minutes questions matters reports dispensations "
    "interests election introductions apologies chairman's chair's clerk's notes".split()
)
# "from" or "received from" before who: "from Sue Smith", "received from Cllr Ash",
# "received and accepted from Cllr Gunby" (not "from the meeting"; and not after "were":
# "Apologies were received from ..." is a sentence, no heading).
_FROM_WHO = re.compile(
    r"(?:(?:received|accepted)(?:\s+and\s+(?:accepted|noted|approved))?\s+)?"
    # (or the names on the lines below: "Apologies for Absence accepted from:")
    r"from(?::?\s+(?:Cllrs?\b|Councillors?\b|Mr\b|Mrs\b|Ms\b|Dr\b|[A-Z])|:?\s*$)"
)


def who_heading_end(text: str, pos: int, word: str) -> int | None:
    """Where a heading of who came or sent apologies ends at `word` (at pos in text): before
    a comma and a name ("Apologies, Will Bullough"), or before "from" or "received from" and
    who ("Apologies from Sue Smith", "Apologies for absence received from Cllr Ash"); else
    None."""
    if word.endswith(",") and (names := NAMES_AFTER.match(text, pos + len(word) - 1)):
        if _HEADING_WORDS.isdisjoint(w.lower() for w in names.group().split()):
            return pos + len(word) - 1 if WHO_HEADING.match(text[: pos + len(word) - 1]) else None
        return None
    if (
        word in ("from", "received", "accepted")
        and _FROM_WHO.match(text, pos)
        and WHO_HEADING.match(text[:pos])
    ):
        return pos
    if pos and word[:1].isupper() and WHO_HEADING.match(text[:pos]):
        names = _NAME_LIST.match(text, pos)  # ("Apologies David Wood, Maggie Peatfield")
        if names and _HEADING_WORDS.isdisjoint(w.lower() for w in names.group().split()):
            return pos
    return None


# Two names or more, listed with no word before them: "David Wood, Maggie Peatfield".
_NAME_LIST = re.compile(
    # (each name with its reason in brackets too: "Steve Griggs (away), Ed Jones (another
    # meeting)")
    r"(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+"
    r"(?:\s+\([^()]{1,40}\))?,\s+"
    r"(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z]"
    # (or two names with no comma between, as a table's cells run together: "David Cooper
    # Julie Thomson PC Angela Manson"; none a heading's small word: "And Declarations Of")
    r"|(?:(?!(?:And|Of|For|The|To|In|On|At|With|From)\b)[A-Z][a-z'’-]+\s+){3}"
    r"(?!(?:And|Of|For|The|To|In|On|At|With|From)\b)[A-Z][a-z'’-]+\b"
)


def title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones, as a heading is printed."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


_SMALL_WORDS = frozenset("of and or for the to in on at a an & with by".split())


def titled_phrase(words: list[str]) -> bool:
    """Words in a heading's case joined by its small words ("Heads of Terms for the Trust"),
    not a list of names ("Cllr Smith and Cllr Jones")."""
    return (
        len(words) >= 4
        and title_case(words)
        and any(w in _JOINING for w in words)
        and not any(w.rstrip(".,") in NAME_TITLES for w in words)
    )


_JOINING = frozenset("of for to on the in".split())


def subtitled(text: str) -> bool:
    """A long heading and its subtitle after a colon, in title case: "Norfolk Minerals and
    Waste Framework – Core Strategy & Development Control: Issues & Options Stage"."""
    head, _, sub = text.partition(":")
    return len(head.split()) >= 4 and len(sub.split()) >= 2 and title_case(sub.split())


def agenda_heading(words: list[str]) -> bool:
    """ "To Confirm the Order of Business": the agenda's words printed as a heading, in
    title case or capitals (the description under a heading is a sentence: "To confirm the
    order ...")."""
    return (
        len(words) >= 3
        and words[0] in ("To", "TO")
        and words[1][:1].isupper()
        and title_case(words)
    )


# The opening business's headings, numbered or not: "Chairman's Welcome", "Apologies for
# Absence", "Declaration of Interest", "Declarations of Pecuniary Interests", "Prayers".
# (with the introductions: "Welcome and Introductions", "INTRODUCTIONS & APOLOGIES")
# The chair's or mayor's remarks or announcements: "Chairman’s Opening Remarks".
CHAIRS_REMARKS = (
    r"(?:the\s+)?(?:chair(?:man|person)?|mayor)['’]?s?\s+(?:opening\s+)?(?:remarks|announcements)"
)
OPENING_HEADING = re.compile(
    r"(?i)(?:(?:the\s+)?chair(?:man|person)?['’]?s?\s+)?welcome"
    r"(?:,?\s+(?:(?:and|&)\s+)?(?:apologies(?:\s+for\s+absence)?|introductions?))*"
    r"|introductions?(?:,?\s+(?:(?:and|&)\s+)?(?:apologies(?:\s+for\s+absence)?|welcome))*"
    r"|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:\w+\s+)?interests?|prayers?"
    rf"|{CHAIRS_REMARKS}"
    # (the earlier minutes and what arises from them: "Minutes of 14.9.23 Meeting", "Approval
    # of the Minutes", "Matters Arising"; never "Minutes" alone, a page's title)
    r"|(?:approval|confirmation)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes"
    r"|minutes\s+of\s+(?:the\s+)?(?:last|previous|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4})\s+meeting"
    r"|matters\s+arising(?:\s+from\s+(?:the\s+)?(?:last\s+|previous\s+)?minutes)?"
    # (and the vote to take confidential business first: "Exclusion of the Public and Press")
    r"|exclusion\s+of\s+(?:the\s+)?(?:public\s+and\s+(?:the\s+)?press|press\s+and\s+(?:the\s+)?public)"
)
