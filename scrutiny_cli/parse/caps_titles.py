"""Headings printed in capitals: whether a run-in heading is one ("CCTV Camera Upgrade"
opens with an acronym, "MINUTES OF THE LAST MEETING" is one) and where it meets the text
it runs into ("... MEETING RESOLVED: The minutes")."""

from __future__ import annotations

import itertools
import re

from .dates import MONTH_NAMES, MONTHS, council_year
from .title_words import STARTERS, WHO_HEADING

# What a member's initials do as a sentence's subject ("JB welcomed", "RL to check"), where
# an acronym opening a heading is followed by a noun ("CIL receipts").
INITIALS_ACT = re.compile(
    # (an irregular past too: "Nomination for Approval RMW left the meeting.")
    r"(?:to|will|would|had|has|was|is|said|sent|gave|took|made|met|spoke|read|left|came|went|"
    r"told|brought|thought|felt|kept|got|[a-z]+ed)\b"
)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.\d{1,2}(?:\.\d{1,2})?$")
# A police officer's rank before a name, as a community council's minutes report them.
_RANKS = frozenset("PC PCSO Sgt Sergeant Insp Inspector".split())
_CAPITALS = re.compile(r"[A-Z]{2,3}")  # a member's initials (tried at every word of a heading)
_PLACED = frozenset("to at in on from by into onto".split())
REPORTED = frozenset(
    "reported advised asked stated explained noted agreed confirmed updated informed suggested "
    "proposed requested thanked welcomed raised outlined presented replied responded".split()
)
# What a line in capitals over a minute's number holds that no heading does: a sum, a task.
RESOLUTION_WORD = re.compile(r"^(?:RESOLVED|AGREED|RECOMMENDED|NOTED|DECIDED|DECISION|ORDERED)\b")


def _initial_after_who(words: list[str], k: int) -> bool:
    """Whether words[k] is a name's initial after a heading of who came or sent apologies:
    "APOLOGIES J Webb – holiday" (not "PLAN B Members discussed ...")."""
    name = words[k + 1 : k + 2]
    return (
        len(words[k].rstrip(".")) == 1
        and words[k][:1].isupper()
        and bool(name)
        and name[0][:1].isupper()
        and not is_caps(name[0])
        and WHO_HEADING.match(" ".join(words[:k])) is not None
    )


def _initials_telling(bare: str, words: list[str], k: int) -> bool:
    """Whether words[k] is a member's initials before what they told, after a heading in
    capitals: "SUSTRANS RJ explained that ...", "DECLARATIONS OF INTEREST SB declared ..." (not
    "COUNCIL TAX was set")."""
    told = words[k + 1 : k + 2]
    return bool(told) and _CAPITALS.fullmatch(bare) is not None and _TOLD.match(told[0]) is not None


_TOLD = re.compile(
    r"(?:explained|reported|said|advised|confirmed|stated|informed|presented|updated|"
    r"introduced|outlined|gave|declared|welcomed|thanked|reminded|asked|requested|suggested)\b"
)


# Who agrees the business a heading names: "TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE
# CHAIR(PERSON)" (the agenda's words, no decision).
_BY_THE_CHAIR = re.compile(r"BY\s+THE\s+(?:CHAIR|MAYOR|PRESIDING)")


def _heading_word(bare: str, before: str) -> bool:
    """A resolution's word that is the heading's own: "DECISION" after a small word ("ITEMS
    FOR DECISION"), "NOTED" after "BE" ("MATTERS TO BE NOTED"); not "... AND RESOLVED TO"."""
    before = before.lower()
    if bare.startswith("DECISION"):
        return before in ("for", "of", "on", "the")
    return before == "be" and bare in ("NOTED", "AGREED")


def caps_heading(words: list[str]) -> bool:
    """An upper-case heading, not a mixed-case one that opens with an acronym ("CIL
    Payment and Amberol Planters", "CCTV Camera Upgrade", "CIL receipts"): a short
    upper-case word followed by a capitalised word that starts no sentence, or by a word in
    lower case that is no verb, is the acronym."""
    if not is_caps(words[0]):
        return False
    if len(words) == 1 or max(map(len, re.findall(r"[^\W\d_]+", words[0])), default=0) > 5:
        return True  # (a word longer than an acronym's letters, its figures aside: "COVID-19
        # Impacts and Recovery", or two acronyms a slash apart, "CRB/DBS Checks")
    # (acronyms and figures, each short, before a word in lower case that is no verb: "CIL
    # receipts", "UEFA EURO 2020 postponement"; after one alone, a verb as initials act)
    k = next((j for j, w in enumerate(words) if not _SHORT_CAPS.fullmatch(w)), len(words))
    verb = _VERB if k > 1 else INITIALS_ACT
    if 0 < k < len(words) and words[k][:1].islower() and not verb.match(words[k]):
        return False
    second = words[1].strip("–-—,.;:()'’\"")
    if len(words) > 2 and _WORD_ASIDE.fullmatch(words[1]):  # (a word's aside, no list's
        after = words[2]  # mark: "AONB (shared) Planning Officer", not "AOB (a) Footpaths")
        if after[:1].isupper() and not is_caps(after) and after not in STARTERS:
            return False
    if second in ("&", "and") and len(words) > 2:  # "TCWG & Speed watch": mixed case after
        third = words[2].strip("–-—,.;:()'’\"")
        if third[:1].isupper() and not is_caps(third) and third not in STARTERS:
            return False
    if _POSSESSIVE.search(words[1]) and not is_caps(second):
        return False  # (whose, no sentence's subject: "SWTC Councillors’ Report. No report.")
    return not (second[:1].isupper() and not is_caps(second) and second not in STARTERS)


_SHORT_CAPS = re.compile(r"[A-Z]{2,5}|\d{1,4}")
# A word's aside in brackets, no list's mark: "(shared)", "(new)"; not "(a)", "(ii)".
_WORD_ASIDE = re.compile(r"\((?![ivx]{1,4}\))[a-z]{2,}\)")
_VERB = re.compile(rf"{INITIALS_ACT.pattern}|(?:were|are|have|be|been|can|could|should|may|must)\b")
_POSSESSIVE = re.compile(r"[’']s?[,.;:]?$")


def is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def caps_end(words: list[str]) -> int:
    """Where an upper-case heading meets mixed case, a RESOLVED, a label or a paragraph
    number: "MINUTES OF THE LAST MEETING RESOLVED: The minutes" -> after "MEETING". A
    short aside in brackets goes on ("ANNOUNCEMENTS (if any) FROM THE MAYOR"), and one in
    square brackets closing the line ends it ("INTERESTS [PCC of C 2001/LGA 2000]")."""
    pos, aside = 0, -1
    for k, w in enumerate(words):
        bare = w.strip("–-—,.;:()'’\"")
        if k > aside and w.startswith("(") and not is_caps(bare):
            aside = _aside_end(words, k)
        elif k > aside and w.startswith("[") and words[-1].endswith("]") and len(words) - k <= 8:
            aside = len(words) - 1  # the Act it is held under: "... [LGA 1972 Sch. 12]"
        elif k > aside and w in "-–" and (n := _agenda_item_after(words, k)):
            return pos + len(" ".join(words[k : k + 1 + n]))  # "... – agenda item 3 The ..."
        if (
            k
            and k > aside
            and (
                (
                    RESOLUTION_WORD.match(bare)
                    and not _heading_word(bare, words[k - 1])
                    and not _BY_THE_CHAIR.match(" ".join(words[k + 1 : k + 4]))
                )
                or _PARAGRAPH_NUMBER.match(bare)
                or (
                    bare
                    and not is_caps(bare)
                    and not bare.isdigit()
                    and not _upper_ok(bare)
                    and not _joining(words, k)
                    and not _closing_date(words, k)
                    and not _minutes_date(words, k)
                    and not _to_minutes_date(words, k)
                )
                or (bare in ("A", "I") and words[k + 1 : k + 2] and words[k + 1][:1].islower())
                or _initial_after_who(words, k)
                or _initials_telling(bare, words, k)
                or _MARGIN_CODE.fullmatch(" ".join(words[k : k + 3]))
                or _year_in_margin(bare, words, k)
                or (  # ("MAER 25 July"; not the minutes' date: "MINUTES 12 April 2020")
                    bare.isdigit()
                    and len(bare) <= 3
                    and _text_next(words, k)
                    and not _minutes_date(words, k)
                )
            )
        ):
            if k >= 2 and _MONTH.match(bare) and _DAY.match(words[k - 1]):
                pos -= len(words[k - 1]) + 1  # (a date opens the text: "UPDATE 23rd May 2017")
            break  # (the sentence's first word: "NORTH YORKSHIRE POLICE A written report")
        pos += len(w) + 1
        if w.endswith(":") and not _heading_goes_on(words, k):
            break
    return pos


_AFTER_COLON = 3  # words in capitals after a colon, to the line's end, that go on a heading
# The minute's own code in the margin after its heading: "APOLOGIES PTLRW107 - 2015".
_MARGIN_CODE = re.compile(r"[A-Z]{2,8}\d{1,4}\s[-–]\s(?:19|20)\d\d\b.*")
_YEAR_PAIR = re.compile(r"(\d\d)/(\d\d)")


def _year_in_margin(bare: str, words: list[str], k: int) -> bool:
    """The council's year in the margin before the text: "150 OPEN FORUM 14/15 No one ..."."""
    m = _YEAR_PAIR.fullmatch(bare)
    if m is None:
        return False
    after = words[k + 1] if k + 1 < len(words) else ""
    return council_year(m[1], m[2]) and after[:1].isupper() and not is_caps(after)


def _heading_goes_on(words: list[str], k: int) -> bool:
    """Whether the words after a colon in an upper-case heading are the heading's too: a
    few, all in capitals, and the last of the line ("LICENSING ACT 2003: EXERCISE OF
    DELEGATED FUNCTIONS BY OFFICERS"; not "APOLOGIES: NONE RECEIVED")."""
    if _AGENDA_ASIDE.match(" ".join(words[k + 1 :])):
        return True  # the agenda's number closing the line: "APOLOGIES: (Agenda item 1)"
    rest = [w.strip("–-—,.;:()'’\"") for w in words[k + 1 :]]
    # (or run on into the text in mixed case: "MOTION: ACCURACY OF MINUTES Cllr D. Watts
    # requested that ...")
    capped = list(itertools.takewhile(lambda w: is_caps(w) or w in _JOINING, rest))
    if len(capped) < len(rest) and len(capped) >= _AFTER_COLON:
        rest = capped
    return (
        len(rest) >= _AFTER_COLON
        and all(is_caps(w) or _upper_ok(w) or w in _JOINING for w in rest if w)
        and not any(RESOLUTION_WORD.match(w) for w in rest)
        and not _TEXT_WORDS.search(" ".join(rest))
    )


_AGENDA_ASIDE = re.compile(r"(?i)\((?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\)$")


# What marks words after a heading as the minutes' text, not more of the heading: a
# finite verb ("NONE WERE DECLARED", "THE CLERK REPORTED THE BALANCE"), a person named by
# title ("Cllr Smith and Cllr Jones"), or a nil return ("NONE", "No members ...").
_TEXT_WORDS = re.compile(
    r"(?i)\b(?:was|were|is|are|has|had|have|been|reported|received|declared|cllrs?|"
    r"councillors?|mr|mrs|ms|dr)\b|^\W*(?:none|nil)\b|^\W*no\s+[a-z]"
)


# A number that opens the text after a heading: a paragraph's or list's ("447. Matters
# arising ...", "1) To receive"), or a day before its month ("25 July Civic Service").
_NUMBER_OPENS = re.compile(r"^\d{1,3}[.)]$")
_MONTH = re.compile(rf"^(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _closing_date(words: list[str], k: int) -> bool:
    """Whether words[k] is in a date that closes the heading's line ("... MEETING 11 October
    2022"; not a list's first date: "PLANNING COMMITTEE 5 April 2017 39 – 43 24 May 2017")."""
    if len(words) - k > 3 or len(words) < 3:
        return False  # (the cheap test first: this is asked of a heading's every word)
    if not _dated(words[-3:], _DIGITS):
        return False
    # (the date is the item's text: "DATE OF NEXT MEETING 6 April 2021")
    return not _NEXT_MEETING & {w.strip(":").upper() for w in words[:-3]}


def _dated(words: list[str], day: re.Pattern[str]) -> bool:
    """Whether three words are a day, a month and a year ("11 October 2022,"), or the
    month first ("Sept 27th 2022.")."""
    date = [w.strip(",.;:") for w in words]
    if len(date) != 3 or not _YEAR.fullmatch(date[2]):
        return False
    return bool(day.match(date[0]) and _MONTH.match(date[1])) or bool(
        _MONTH.match(date[0]) and day.match(date[1])
    )


_DIGITS = re.compile(r"^\d+$")
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_OF_MINUTES = frozenset({"MINUTES", "MINUTE", "MEETING"})
_NEXT_MEETING = frozenset({"NEXT", "DATE", "DATES"})  # (a date that is the item's text)


def _minutes_date(words: list[str], k: int) -> bool:
    """Whether words[k] is in the date of the minutes a heading names, text after it or not
    ("12. MINUTES 12th April 2012 It was PROPOSED ..."; not "DATE OF NEXT MEETING 6 May")."""
    for start in (k - 2, k - 1, k):
        if start > 0 and _dated(words[start : start + 3], _DAY):
            before = {w.strip(":,").upper() for w in words[:start]}
            return bool(_OF_MINUTES & before) and not _NEXT_MEETING & before
    return False


def _to_minutes_date(words: list[str], k: int) -> bool:
    """Whether words[k] leads a heading that names the minutes (the word itself, not only a
    meeting) straight on to their date, a small word: "MINUTES OF THE MEETING on 9th June
    2014 were ACCEPTED" (not a clause, "... held on 3 February were agreed", the text's)."""
    named = any(w.strip(":,.").upper() in ("MINUTE", "MINUTES") for w in words[:k])
    return named and words[k] in ("on", "of", "dated") and _minutes_date(words, k + 1)


def _text_next(words: list[str], k: int) -> bool:
    """Whether the number words[k] opens the text, not ends the heading: it is a
    paragraph's number or a day of the month, and the word after it, with letters, is not in
    capitals. A heading's own number stays ("SECTION 106 Contributions", "PHASE 2 The")."""
    after = words[k + 1].strip("–-—,.;:()'’\"") if k + 1 < len(words) else ""
    if _closing_date(words, k):
        return False  # the heading's date, closing its line: "MINUTES – MEETING 11 October 2022"
    if not (_NUMBER_OPENS.match(words[k]) or _MONTH.match(after)):
        return False
    return any(c.isalpha() for c in after) and not is_caps(after) and not _upper_ok(after)


_JOINING = frozenset("of and the for to in on at from with last previous next".split())


def _joining(words: list[str], k: int) -> bool:
    """A small word in lower case, or two, between words in capitals: "DECLARATIONS of
    INTEREST", "REPORT of the CLERK"; or a slash between a heading and its translation,
    "CONFIRMATION OF MINUTES / CADARNHAU'R COFNODION"."""
    if words[k] == "/" and 0 < k < len(words) - 1:
        return is_caps(words[k - 1]) and is_caps(words[k + 1].strip("–-—,.;:()'’\""))
    if words[k] not in _JOINING:
        return False
    first = k
    while first > 0 and words[first - 1] in _JOINING:
        first -= 1
    last = k
    while last + 1 < len(words) and words[last + 1] in _JOINING:
        last += 1
    before = words[first - 1].strip("–-—,.;:()'’\"") if first else ""
    after = words[last + 1].strip("–-—,.;:()'’\"") if last + 1 < len(words) else ""
    return (
        last - first < 3  # ("MATTERS ARISING from the last MEETING")
        and is_caps(before)
        and len(after) >= 2
        and is_caps(after)
        and not RESOLUTION_WORD.match(after)
    )


def _aside_end(words: list[str], k: int) -> int:
    """The last word of a bracketed aside opening at words[k] and closing within four
    words, with an upper-case word after it, or closing the heading's line within eight
    ("CORPORATE PLAN (Agenda Item 6)", "NAMED SUBSTITUTES (if any)"); else -1. A webcast's
    time of the item goes on its heading whatever follows: "APOLOGIES (0.03.55) To receive"."""
    if _WEBCAST_TIME.fullmatch(words[k]):
        return k
    for j in range(k, min(k + _ASIDE_WORDS, len(words))):
        if words[j].endswith(")"):
            if _TEXT_WORDS.search(" ".join(words[k : j + 1])):
                return -1  # (the text in brackets: "APOLOGIES (Cllr Smith and Cllr Jones)")
            if _PERIOD.fullmatch(" ".join(words[k : j + 1])):
                return j  # the months it covers, whatever follows: "ACCOUNTS (July – October 2015)"
            if j == len(words) - 1:
                return j
            return j if j < k + 4 and is_caps(words[j + 1]) else -1
    return -1


_ASIDE_WORDS = 8  # words of a bracketed aside that closes a heading's line
# A period in brackets, months and years: "(July – October 2015)", "(Q1 2019/20)".
_PERIOD = re.compile(
    rf"(?i)\((?:(?:{MONTHS})\b\.?|(?:19|20)\d\d(?:/\d\d)?|Q[1-4]|to|and|[-–—/&,]|\s+)+\)"
)
_AGENDA_ITEM = re.compile(
    r"(?i)agenda\s+item\s+\d{1,2}[a-z]?|\((?:agenda\s+)?item\s+\d{1,2}[a-z]?\)"
)


def _agenda_item_after(words: list[str], k: int) -> int:
    """How many words after the dash at words[k] name the agenda's item ("– agenda item 3",
    "– (Item 1)"); 0 for none."""
    return next(
        (n for n in (3, 2) if _AGENDA_ITEM.fullmatch(" ".join(words[k + 1 : k + 1 + n]))), 0
    )


_WEBCAST_TIME = re.compile(r"\(\d{1,2}[.:]\d{2}[.:]\d{2}\)")  # "(0.03.55)", "(01:12:40)"


def _upper_ok(word: str) -> bool:
    """Digits, ordinals and one-letter words go on an upper-case heading ("19 JULY 2017")."""
    return bool(
        re.fullmatch(r"\d+(?:st|nd|rd|th|ST|ND|RD|TH)?|\d+(?:[/\-–]\d+)+|[A-Z&]|[IVX]+", word)
    )


def initials_subject(words: list[str], k: int) -> bool:
    """Whether words[k] opens a sentence whose subject is a member's initials or an
    officer's rank and name, as a flattened page runs it on after a heading ("Declaration
    of Interests IH advised the CC ...", "... and local issues PC McGibbon advised ...")."""
    w, after = words[k], words[k + 1 : k + 3]
    if _CAPITALS.fullmatch(w) and after and INITIALS_ACT.match(after[0]):
        # (not a thing's acronym and a participle: "Speed Sign VAS relocated to Church Lane")
        placed = after[0] not in REPORTED and after[1:] and after[1] in _PLACED
        return not (after[0].endswith("ed") and placed)
    named = words[k + 1 : k + 4]  # (in one word or two: "... Sergeant Martin Arbuckle provided")
    return w in _RANKS and any(
        len(named) > n and all(x[:1].isupper() for x in named[:n]) and INITIALS_ACT.match(named[n])
        for n in (1, 2)
    )  # fmt: skip
