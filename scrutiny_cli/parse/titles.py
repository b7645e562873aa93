"""Is this line a heading, and where does a heading run into its text?

"Declarations of Interest There were none", "1358 DECLARATIONS OF INTEREST FROM MEMBERS
Declarations of interest ...", "Apologies – Councillors S Doleman and B Ellison.": minutes
often run the heading into the first sentence. The heading ends where a sentence visibly
starts (a word such as "The" or "Councillor", a label, RESOLVED), where an upper-case
heading meets mixed case, at a dash followed by text, or at a full stop.
"""

from __future__ import annotations

import re

from .caps_titles import (
    INITIALS_ACT,
    caps_end,
    caps_heading,
    initials_subject,
    is_caps,
)
from .dates import DAY_NAMES, MONTH_NAMES, TIME, minutes_dated
from .lines import strip_attachment
from .named_openings import opens_text
from .printed_titles import (
    APPLICATION_HEADING,
    APPLICATIONS_FIRST,
    SPACE_RUN,
    TABLE_CELLS,
    as_printed,
    with_aside,
)
from .rules import near_miss, rule
from .sentence_first import heading_anyway, titled_colon
from .sentence_starts import (
    MARKER,
    body_decided,
    heading_again,
    one_word_minutes,
    starts_sentence,
    subtitle_end,
    text_after_dash,
)
from .title_words import (
    AGENDA_VERB,
    COLUMN_LABEL,
    DONE_TO,
    FINITE_VERB,
    GLUED_BRACKET,
    GLUED_COLON,
    GLUED_DASH,
    HEADING_AFTER_TITLE,
    MAX_TITLE_WORDS,
    MEMBER_REPORT,
    MIXED_STOP,
    NAME_TITLES,
    PARTICIPLES,
    ROLE_ENDS,
    SECOND_NUMBER,
    SENTENCE_FIRST,
    SMALL,
    STARTERS,
    TIERS,
    WHO_HEADING,
    agenda_heading,
    closed_by_if_any,
    subtitled,
    title_case,
    titled_phrase,
    who_heading_end,
)

# Agenda text that is never a heading: "To receive ...", "Report of ...", "[To approve ...]".
DESCRIPTION = rule(
    "agenda-description",
    r"^(?:To\s+[a-z]+\b|Report\s+(?:of|by|from)\b|Briefing\s+note\b|"
    # (in lower case, "Oral report of the Leader", "Verbal update"; not a heading, "Oral
    # Update on Floods")
    r"(?:Verbal|Oral)\s+(?-i:update|report)\b|"
    # (a bracket, but not a part's marker nor the minute cited: "(Minute 38 refers) The ...",
    # nor who gave the report, by initials: "(BW) Little to report")
    r"Presented\s+by\b|Please\b|Note\s*:|"
    r"\((?!\d{1,2}\)|[a-zA-Z]\)|[ivx]{1,5}\)|(?i:min)|[A-Z]{2,4}\))|\[|"
    r"Members\s+are\s+(?:reminded|invited|asked|"
    r"requested)\b|The\s+Chair(?:man)?\s+(?:will|shall)\b|Questions\s+must\b"
    # (or who will present it, the whole line: "Scrutiny Committee Chairs to report")
    r"|(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|&)\s+)?){1,6}to\s+(?:report|present|introduce)\.?$)",
    "segment",
    "To receive any apologies for absence.",
)
near_miss(
    "agenda-description", "Tonbridge Town Centre", "Reports from Outside Bodies",
    "(Minute 38 refers) The Scrutiny Officer confirmed that the figures had been circulated.",
    "Clerk to report the pothole to Highways.",
)  # fmt: skip
DECISION_WORDS = frozenset("noted agreed approved resolved carried none nil done deferred".split())
# (not the opening business's heading: "Attendance and Apologies/ Presenoldeb ac ...")
_ATTENDANCE = re.compile(
    r"\b(?:Present|Presiding|[Ii]n [Aa]ttendance|Attendance)\b(?=\s+\S)"
    r"(?!\s+(?:and|&)\s+[Aa]pologies)"
)
_LABEL_WORD = re.compile(r"^[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,2}:$")
# A decision's keyword opening a line, no heading ("RESOLVED -", the Scottish "DECIDED: That
# ...", ModernGov's "Decision – That the minutes" where a page was cut short in it).
KEYWORD_LINE = re.compile(
    r"^(?:RESOLVED|RECOMMENDED|AGREED|DECIDED|ORDERED)\b\s*(?:as\s+follows\s*)?"
    r"(?:[-–:]|$|T\s?H\s?A\s?T\b)|^Decision\s+[-–]\s+(?:\(?(?:[a-h]|\d)\)\s+)?That\b"
)
# A line that opens with a date: a weekday and its day, or a day and its month.
_DATE_FIRST = re.compile(
    rf"(?i)^(?:(?:{DAY_NAMES})\b,?\s+(?:the\s+)?\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b)"
)


def heading_line(line: str) -> str | None:
    """The heading a line standing on its own is, or None: short, no final full stop or
    finite verb, not agenda text, not a list of names."""
    text, strong = strip_attachment(line)
    text = _trim(text)
    if not text:
        return None
    words = text.split()
    if strong:
        return text if len(words) <= 30 else None
    if len(words) > 16 or len(text) > 130 or not (text[0].isupper() or text[0].isdigit()):
        return None
    if text.startswith(("•", "-", "*")) or (DESCRIPTION.match(text) and not agenda_heading(words)):
        return None
    if (text[0].isdigit() and TIME.fullmatch(text)) or _DATE_FIRST.match(text):
        return None  # a time alone ("07.30 p.m.") or a date listed ("Thursday 6 March 2014")
    if KEYWORD_LINE.match(text):
        return None  # a decision's keyword: "RECOMMENDED - T H A T" over its text
    if words[0] in SENTENCE_FIRST and not (
        words[0] in NAME_TITLES
        and len(words) > 1
        and (HEADING_AFTER_TITLE.match(words[1]) or MEMBER_REPORT.fullmatch(text))
    ):
        return None
    if line.rstrip().endswith((".", "?", "!", ",", ";")) and not _short_title(words):
        return None
    if line.rstrip().endswith(":"):
        return None  # a label or a lead-in: "Present:", "Site Inspection Meeting on 9 May:"
    if re.search(r"(?i)[,;]\s*(?:and|or)$|\b(?:and|or|by|of|the|to)$", line.rstrip()):
        return None  # a sentence broken off: "Seconded by Councillor J Carver, and"
    colon = ":" in text[:-1] and not subtitled(text)  # (a subtitle may stand after it)
    if FINITE_VERB.search(text) or _LABEL_WORD.match(text) or colon:
        return None
    if _ATTENDANCE.search(text):
        return None  # "Presiding P McLean", "Other Members Present P J Bateson ..."
    return text


def _short_title(words: list[str]) -> bool:
    """ "Apologies for Absence." is a heading; "Noted." and "Contents noted." are not."""
    content = [w for w in words if w.lower() not in ("of", "and", "for", "the", "to", "in", "&")]
    last = words[-1].rstrip(".").lower()
    return len(words) <= 6 and all(w[:1].isupper() for w in content) and last not in DECISION_WORDS


# The statute an agenda's item cites after its heading: "Apologies / Ymddiheuriadau LG Act
# 1972 Sch12 par 40 ...", "Minutes / Cofnodion LGA 1972, Sch 12 par 41(1) To receive ...".
_STATUTE = re.compile(r"\s(?:LGA|LG\s+Act|Local\s+Government(?:\s+\w+)?\s+Act)\s+(?:19|20)\d\d\b")


def split_run_in(text: str, numbered: bool) -> tuple[str | None, str]:
    """(heading, the text it runs into) for the words after an item number, or at the
    start of a table row or paragraph. The heading is None when the words are a sentence."""
    printed = text
    text, strong = _before_attachment(text)
    if strong is not None:
        return _trim(strong) or None, text
    bullet = text.find(" • ")  # a bullet after a heading starts its text: "Welcome • The Chair"
    if 0 < bullet < 120 and (whole := split_run_in(text[:bullet], numbered))[0] and not whole[1]:
        return whole[0], text[bullet + 3 :].strip()
    if closed := closed_by_if_any(text):  # "Petitions (if any) To discuss any petitions"
        return closed
    if numbered and text[:1] in "(I":  # the agenda's number after the minute's: "221 (28)
        # SCRUTINY", "2786/12 Item 1 OPENING AND WELCOME"
        text = SECOND_NUMBER.sub("", text, count=1)
    if "-" in text or "–" in text or "—" in text:
        text = GLUED_DASH.sub(lambda m: f" {m.group()} ", text)
    if numbered and ":" in text:  # ("Dispensations:none required.": a converter lost the space)
        text = GLUED_COLON.sub(r"\g<head>: ", text, count=1)
    if "(" in text:  # ("ELECTION OF MAYOR(Agenda item 2)": the bracket an aside of its own)
        text = GLUED_BRACKET.sub(" (", text)
    if numbered and (cells := TABLE_CELLS.match(text)):  # ("Declaration of      None")
        head, rest = split_run_in(cells["head"], numbered)
        if head and not rest:
            return head, cells["rest"]
    if first := APPLICATIONS_FIRST.match(text):  # ("Planning Applications DC/21/2258/FUL: ...")
        return first["head"], text[first.end("head") :].lstrip(" :-–—")
    if "  " in text:  # (the heading's end is counted in words a space apart)
        text = SPACE_RUN.sub(" ", text)
    words = text.split()
    if numbered and words and titled_colon(words):  # ("6.1 The Minutes: PT read the ...")
        head, _, rest = text.partition(":")
        return head.strip(), rest.strip()
    if not words or (words[0] in SENTENCE_FIRST and not (numbered and heading_anyway(words))):
        return None, text
    if KEYWORD_LINE.match(text):
        return None, text  # a decision, no heading: "3 DECIDED: That this presentation be ..."
    if not numbered and _DATE_FIRST.match(text):
        return None, text  # a date listed: "Thursday 6 March 2014, 2.00 pm, venue TBC"
        # (after a minute's number a heading may open with one: "60/19 2 May 2019 Elections")
    if not numbered and DESCRIPTION.match(text):
        return None, text
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or words[0][:1] in "‘'\"“"):
        return None, text
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2,3}", words[0]) and INITIALS_ACT.match(words[1]):
        return None, text  # a member's initials as the subject: "1.1 JB welcomed all"
    if len(words) > 1 and words[0] in _STATUS_WORDS and not is_caps(words[1]):
        # (a status in capitals before a mixed-case heading: "CONFIDENTIAL Report- Burntwood
        # Care Home Appeal Minutes: ...")
        after = len(words[0]) + 1
        cut = after + _mixed_end(text[after:], words[1:])
    else:
        cut = caps_end(words) if caps_heading(words) else _mixed_end(text, words)
        if APPLICATION_HEADING.match(text):  # (up to a sentence's end: what is applied for is the
            cut = stop.start() if (stop := MIXED_STOP.search(text)) else len(text)  # heading's)
    if statute := _STATUTE.search(text, 1, cut):  # (the law it is held under is agenda text)
        cut = statute.start()
    head, rest = text[:cut], text[cut:]
    mark = _LIST_MARK.search(head) if rest else None  # "Announcements 1) To receive ..."
    before = head[: mark.start()] if mark else ""
    if mark and before.split()[-1][0].isupper() and before.count("(") <= before.count(")"):
        head, rest = head[: mark.start()], head[mark.start() :] + rest  # (not "(Item 5)")
    if rest.strip() in ROLE_ENDS:  # a heading that names a post: "WSCC Councillor"
        head, rest = text, ""
    head = COLUMN_LABEL.sub("", _trim(head))  # ("Apologies ACTION": the actions' column)
    if not head or (not numbered and not _title_like(head)) or head in NAME_TITLES:
        return None, text  # (nor a person's title cut at its stop: "Cllr. Alan Goggin")
    if _sentence(head, numbered):
        return None, text
    if rest and f"{head}:" in printed and minutes_dated(head, rest.strip(" .:")):
        return printed.strip(" .:"), ""  # ("Minutes of previous meetings: 26th July and 30th")
    # (or those dates and then the text: "Council meeting minutes: 4th March 2019 RESOLVED ...")
    dated = _DATES_THEN_TEXT.match(rest) if rest and f"{head}:" in printed else None
    if dated and minutes_dated(head, dated["dates"]):
        return f"{head}: {dated['dates']}", rest[dated.end("dates") :].strip()
    # (the text keeps its full stop, and its spacing as printed: "Mr Hunt- Grubbe")
    rest = as_printed(printed, rest).lstrip(" -–—:;,.…").rstrip()
    return with_aside(head, rest, printed)


# A list's first marker where the heading's text starts, the agenda's points numbered:
# "Announcements 1) To receive any announcements from the Chair; 2) ...".
# (not after a small word, the points the heading's own: "Declaration of Interest for a) The
# Meeting and b) ...")
_LIST_MARK = re.compile(rf"(?<=\w)\s{MARKER}\)\s*$")


def _before_attachment(text: str) -> tuple[str, str | None]:
    """A "PDF 115 KB" marks where a ModernGov heading ends, whatever it says."""
    m = re.search(r"(?i)\b(?:pdf\s+e?icon|PDF\s+\d[\d.,]*\s*[KMG]?B?\b)", text)
    if not m or m.start() == 0 or len(text[: m.start()].split()) > 30:
        return text, None
    rest = strip_attachment(text[m.start() :])[0]
    return rest, text[: m.start()]


_OWN_POINT = re.compile(r"\(?[a-h1-9]\)")


def _mixed_end(text: str, words: list[str]) -> int:
    """Where a mixed-case heading stops: a sentence starter, a label, a full stop, or a
    dash followed by words that are no heading."""
    # ("To Note: Asset of Community Value": the agenda's verb is no heading of its own)
    verb = AGENDA_VERB.match(text)
    m = MIXED_STOP.search(text, verb.end() if verb else 0)
    while m and "." in m.group() and _INITIALS.search(text, 0, m.start()):
        m = MIXED_STOP.search(text, m.end())  # ("Co-option of Mr M.J.J. Tribe to ...")
    m = _past_colon(text, m)
    limit = m.start() if m else len(text)
    if m and m.group()[:1] == "." and (who := _WHO_STOPPED.search(text, 0, m.start())):
        limit = who.start()  # ("Open Forum Mr. David Smith was present", "Local Interest a. ...")
    again = heading_again(words)
    if again is not None:  # "Urgent Business Urgent business, if any, introduced by the Chair"
        limit = min(limit, sum(len(w) + 1 for w in words[:again]))
    pos = 0
    for k, w in enumerate(words):
        if pos >= limit:
            break
        last = (k == len(words) - 1 or w.endswith(".")) and one_word_minutes(words, k)
        tier = k and w in NAME_TITLES and TIERS.issuperset(words[k - 1].split("/"))
        initials = initials_subject(words, k)
        starter = w.rstrip(":") in STARTERS or w in PARTICIPLES or initials
        # (its verb shows the text: "Roy sent ...", "... Vice Chair JA started the meeting";
        # not initials after a verb, its object: "Rob Ward to contact RCC to invite ...")
        named = k and (opens_text(words, k) or (words[k - 1][:1].isupper() and initials))
        named = named or body_decided(words, k)
        starter = starter or w in ("Chair", "Chairman")  # ("Welcome Chair welcomed all")
        # (not after a point the heading lists: "Declaration of Interest for a) The Meeting
        # and b) Any Changes to be notified ...")
        own_point = k > 1 and _OWN_POINT.fullmatch(words[k - 1]) and words[k - 2] in SMALL
        if not own_point and (
            named or (k and (starter or last) and not tier and starts_sentence(words, k))
        ):
            return min(pos, limit)
        if (
            k
            and w in ("-", "–", "—")
            and (
                text_after_dash(text[pos + len(w) : limit])
                or WHO_HEADING.match(text[:pos])
                or _NEXT_MEETING.search(text[:pos])
            )
        ):
            # (after "Apologies", names: "Apologies – John Belcher"; after the next meeting's
            # heading, its date: "Date of next meeting – May 12th 2014 7.30pm"; but a paper
            # laid before the meeting, "Submitted – Minutes of ...", is all text)
            return 0 if k == 1 and words[0] in ("Submitted", "SUBMITTED") else pos
        if (cut := who_heading_end(text, pos, w)) is not None:
            return cut  # ("Apologies, Will Bullough", "Apologies received from Cllr Ash")
        pos += len(w) + 1
    return limit


# A person's title, or a part's letter, before the stop that seemed to end a heading: the
# text starts there, the heading before it ("Open Forum Mr. David Smith was present", "Local
# Interest a. Local bridge closures", "Planning i. Re-direction of ..."; not a heading that
# names the person, "Co-option of Mr. Tribe").
_WHO_STOPPED = re.compile(
    r"(?<!\sof)(?<!\sby)(?<!\sto)(?<!\sfor)(?<!\sand)(?<!\sfrom)(?<!\swith)"
    r"\s(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Messrs|Revd?|[a-h]|i)$"
)
# A person's initials before a stop, which ends no heading: after a title, "Mr M.J.J.",
# "Cllr A.B.", or one before a surname, "Formal adoption of J. Lawrence as full member".
_INITIALS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.){1,3}[A-Z]$"
    r"|(?<=\s(?:of|by|to))\s+[A-Z]$|(?<=\s(?:for|and))\s+[A-Z]$"
    r"|(?<![\w.])St$"  # (a saint's, or a street's, stop: "St. Serf’s Church Wall – KA ...")
)


def _past_colon(text: str, stop: re.Match[str] | None) -> re.Match[str] | None:
    """The stop after a colon where the words after it go on the heading, words in its
    case joined by its small words up to the text's own stop ("Declarations of Interest:
    Code of Local Government Conduct Members are reminded ..."); else the colon."""
    if stop is None or not stop.group().lstrip().startswith(":"):
        return stop
    after = MIXED_STOP.search(text, stop.end())
    sub = text[stop.end() : after.start() if after else len(text)]
    if text[stop.start() - 1 : stop.start()] == ")":
        # (a bracket's colon before a subtitle: "Neighbourhood Development Plan (NDP):
        # Regulation 14 Consultation" is one heading)
        words = sub.split()
        if 0 < len(words) <= 8 and title_case(words) and not FINITE_VERB.search(sub):
            return after if words[0] not in ("Minute", "Item") else stop  # (not a cited one)
    if WHO_HEADING.match(text[: stop.start()]):
        return stop
    if after and titled_phrase(sub.split()):
        return after
    # (or a short subtitle before a sentence run on: "... Commission: Code of Conduct The ...")
    end = subtitle_end(text, stop.end(), stop.end() + len(sub))
    return _GAP.search(text, end) if end is not None else stop


_GAP = re.compile(r"\s+")
_STATUS_WORDS = frozenset("CONFIDENTIAL EXEMPT URGENT RESTRICTED PRIVATE".split())
_NEXT_MEETING = re.compile(r"(?i)\bnext\s+meeting\s*$")


def _title_like(head: str) -> bool:
    words = head.split()
    return 1 <= len(words) <= MAX_TITLE_WORDS and not FINITE_VERB.search(head)


def _sentence(head: str, numbered: bool) -> bool:
    words = head.split()
    if len(words) > (40 if numbered and is_caps(words[0]) else 24 if numbered else MAX_TITLE_WORDS):
        return True
    if len(words) >= 4 and title_case(words):
        return False  # "To Note: Asset of Community Value Application Approved"
    last = words[-1].strip(".,;:").lower()
    if last in DECISION_WORDS or is_caps(words[0]):
        return last in DECISION_WORDS
    # ("matters to be discussed": an infinitive and its participle make no sentence; nor a
    # thing and what was done with it: "Questions received from members of the public")
    head = _TO_BE.sub(" ", head) if "to be" in head else head
    # (nor a heading's closing clause on what it covers: "Matters arising from the minutes,
    # which are not included on this agenda")
    head = _WHICH_CLAUSE.sub("", head) if numbered and ", which" in head else head
    return bool(FINITE_VERB.search(DONE_TO.sub(" ", head, count=1)))


_TO_BE = re.compile(r"\bto\s+be\s+\w+(?:\s+and\s+\w+ed\b)?")  # ("to be confirmed and signed")
_WHICH_CLAUSE = re.compile(r",\s+which\s+(?:is|are)\s+[^,]*$")
_DATES_THEN_TEXT = re.compile(
    r"[:\s]*(?P<dates>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\s+(?=[A-Z])"
)


def _trim(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*(?:\.\.\.|…)\s*$", "", text)
    return text.strip(" .:;,-–—").strip()


LETTER = re.compile(r"[^\W\d_]")
