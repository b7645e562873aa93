"""Words a converter ran together on a line, set apart before it is read: a minute's
number and its heading ("363/01APOLOGIES", "1Apologies", "1.1Apologies from ..."), a
keyword and the word before it ("it wasRESOLVED"), a date's parts and the words about them
("held on16 May 2023", "8th August 2016commencing 7pm"), a heading printed twice, a word
spaced out ("M I N U T E S"), a time's digits spaced out ("7. 3 0 pm"), and a number
spaced about its slash ("2017 / 22 – Minutes")."""

from __future__ import annotations

import re

from .dates import DAY_NAMES, MONTH_NAMES
from .rules import near_miss, rule

# A heading's short first words in capitals, which a converter may glue to the number before
# them: no committee's letters.
GLUED_WORDS = r"(?:TO|ANY|THE|FOR|AND|ALL|OF|ON|IN|AT|BY|NO|AN|A|NEW|OUR|MR|MRS|DR)"

# A minute number, its heading in capitals and the heading's text run together by a PDF's
# text layer, its columns' spaces lost: set apart, they read as any numbered heading.
GLUED_HEADING = rule(
    "glued-heading",
    # (with its prefix: "A23/024COMMITTEE SERVICE FEES 2024/25"; and the year's two parts
    # after it: "FC49/08/9APOLOGIES – Apologies ...")
    r"^(?P<number>(?:[A-Z]{1,3})?\d{1,4}/\d{1,4}(?:/\d{1,2})?)"
    # (a word of four letters at least first, or a short word of a heading's: two or three
    # glued on are the committee's, "22/21PD Open Forum", "22/21PD PLANNING APPLICATIONS";
    # "12/21TO RECEIVE APOLOGIES" is a heading's)
    rf"(?P<title>(?:[A-Z]{{4}}|{GLUED_WORDS}\s+[A-Z])(?:[A-Z '&,-]*[A-Z])?)(?=[A-Z][a-z]|\s|$)",
    "page",
    "363/01APOLOGIESApologies were received from Cllr Mills",
    flags=0,
)
near_miss(
    "glued-heading",
    "21/00123/FUL Land at Mill Lane",
    "12/3A Station Road",
    "12/03 Apologies",
    "22/21PD Apologies for absence",
    "22/21PD PLANNING APPLICATIONS",
)

# The same heading, its number spaced, run into its text: "57/19 ELECTION OF CHAIRJohn Hume
# was proposed" (a transcription that lost its line breaks).
GLUED_TEXT = rule(
    "glued-text",
    # (or after a number and its stop, the heading's stop too: "1. APOLOGIESApologies
    # received from ...", "2. MINUTE APPROVAL.The draft minute ...")
    r"^(?P<head>(?:[A-Z]{1,3})?\d{1,4}(?:/\d{1,4}|\.)\s+[A-Z][A-Z '&,-]*[A-Z]{2}\.?)"
    r"(?=[A-Z][a-z])",
    "page",
    "57/19 ELECTION OF CHAIRJohn Hume was proposed and elected",
    flags=0,
)
near_miss("glued-text", "57/19 ELECTION OF CHAIR John Hume", "21/00123 LAND AT MILL LANE", "1. NHS")


# A decision's keyword run into the word or colon before it: "following a vote it wasRESOLVED to".
GLUED_KEYWORD = rule(
    "glued-keyword",
    # (or to a heading's colon: "... ON 28th JUNE 2017:RESOLVED that the minutes be signed")
    # (or the word after it glued on: "it was:- RESOLVEDto note the contents")
    r"(?<=[a-z:])(?=(?:RESOLVED|AGREED|RECOMMENDED)\b)"
    r"|(?<=\bRESOLVED)(?=[a-z]{2})|(?<=\bAGREED)(?=[a-z]{2})|(?<=\bRECOMMENDED)(?=[a-z]{2})",
    "page",
    "following a vote of the board it wasRESOLVED to elect",
    flags=0,
)
near_miss(
    "glued-keyword", "it was RESOLVED to elect", "UNRESOLVED", "Decision: RESOLVED", "RESOLVED."
)


# A number glued to a heading in mixed case ("1Apologies for absence", "5Caretaker's
# report", "A1Declarations of interest") or in capitals ("105DECLARATIONS OF INTEREST"), or
# spaced before its year ("68 /17 Declaration of Interest").
GLUED_NUMBER = rule(
    "glued-number",
    # (or with its year and parts: "2016/27Declarations of Members Interest", "2016/32/01Current
    # Balances")
    # (a parish's running number of four figures too, not a year: "3847NEW MEMBERS",
    # "1042Election of Chairman")
    r"^(?P<number>[A-Z]?\d{1,3}|(?!(?:19|20)\d\d)\d{4}(?=[A-Z]{3}|[A-Z][a-z]{2}|To\s[a-z])"
    # (or its year and a stop: "17.146Apologies for Absence", "17.147To receive ...")
    # (agenda words too: "39/17To receive apologies for absence"; the committee's letters
    # before: "NP/27/20Matters Arising")
    r"|(?:[A-Z]{1,4}/)?\d{1,4}(?:/\d{1,4}){1,2}(?=[A-Z][a-z]{2}|To\s[a-z])|\d{2}\.\d{2,3}(?=[A-Z][a-z])"
    # (or its committee's letters in lower case after it: "16/26osApologies for absence")
    r"|\d{1,4}/\d{2,3}(?!st|nd|rd|th)[a-z]{2,3}(?=[A-Z][a-z]{2})"
    # (or a paragraph's: "1.1Apologies from Cllrs ...", "2.1RESOLVED", "2.1.1That the ...")
    r"|\d{1,2}(?:\.\d{1,2}){1,2}(?=[A-Z]))"
    r"(?:(?=[A-Z][a-z]{2}|To\s[a-z]|[A-Z]{4,}\b|[A-Z]{3}\s+[A-Z]{3,}\b)|(?<=\d)\s+/(?P<year>\d{2})\s)",
    "page",
    "1Apologies for absence",
    flags=0,
)
near_miss(
    "glued-number",
    "4G mast at the school",
    "2nd reading",
    "10 / 12 Members present",
    "3RD PARTY",
    "2012ANNUAL REPORT",
    "2012Annual Report",
)


# A date run into the next by a page's two spans of it: "7 March 2024Thursday, 7th March".
_YEAR_WEEKDAY = re.compile(rf"(?<=(?:19|20)\d\d)(?=(?:{DAY_NAMES})\b)")
# Where a letter and a figure meet with no space: what each of the three below needs
# (figure first, the letter looked back to, so that the search skips from figure to figure).
_RUN_TOGETHER = re.compile(
    r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Z][a-z]{2})|\d(?:[a-z]{3}|AT\s|(?:in|on|at)\s|\d{1,2}[.:]\d\d\s?[AaPp]))"
)
# A time whose minutes' digits a PDF set apart: "at 7. 3 0 pm" (read "at 7.30 pm").
_SPACED_TIME = re.compile(r"\b(\d{1,2}[.:])\s?(\d)\s(\d)(?=\s*[ap]\.?\s?m\b)", re.I)
# "at" run into the time after it: "At7.30pm in the Village Hall".
_AT_TIME = re.compile(r"(?i)(?<=\bat)(?=\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b)")
# A year run into the word after it, or a month into its year: "held on Monday 8th August
# 2016commencing 7pm", "FRIDAY, 13 NOVEMBER2015at6.45 p.m.", "8th January 2018at the Hall".
_YEAR_WORD = re.compile(
    r"(?<=\b(?:19|20)\d\d)(?=[a-z]{3,}|AT\s|(?:in|on|at)\s)|(?<=(?:19|20)\d\d)(?=at\s?\d)"
    # (or the time after it: "12th JUNE 20147.00 PM")
    r"|(?<=\s(?:19|20)\d\d)(?=\d{1,2}[.:]\d{2}\s?[AaPp]\.?\s?[Mm])"
    r"|(?i:(?<=[a-z]{3})(?=(?:19|20)\d\d(?!\d)))"
)
# A month's day run into its year: "December 6th2016" (not "minutes_dec_6th2016.pdf").
_DAY_YEAR = re.compile(
    rf"(?i)(\b(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th))(?=(?:19|20)\d\d(?!\d))"
)
# A form's label in capitals run into the value after it: "MEETINGOpen Space and Amenities
# Committee", "VENUEParish Office" (only those labels: "NHSEngland" is a name's).
_LABEL_GLUED = re.compile(r"(MEETING|VENUE|DATE|TIME|PLACE|PRESENT|APOLOGIES)(?=[A-Z][a-z]{2})")
# A day run into its month: "DATE Tuesday 28June 2016" (not "3G", "4Sight").
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?=(?:{MONTH_NAMES})\b)")
# A date whose words a converter ran together, in capitals: "HELD ON WEDNESDAYAUGUST8TH2017"
# (its weekday, month, day and year).
_GLUED_DATE = re.compile(
    rf"(?i)\b({DAY_NAMES})?({MONTH_NAMES})(\d{{1,2}}(?:st|nd|rd|th)?)((?:19|20)\d\d)\b"
)
# A body's name run into the date after it: "Humberside Fire Authority25 May 2012", or
# "on": "held on16 May 2023".
_NAME_DATE = re.compile(
    rf"(?:(?<=[a-z]{{3}})|(?<=\bon))(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b)"
)
# A heading's colon run into its text: "Ashes Wall:Currently awaiting quotes", "Minutes:RJ
# proposed" (not a time's, "19:30", nor an address's, "https://").
_BULLETS = frozenset(("- ", "• ", "· "))  # (a bullet's heading glued too: "- Club:SB had")
_GLUED_COLON = re.compile(r"[A-Z][^:]{2,80}?[a-z]:(?=[A-Z])")
# A day's ordinal run into its month: "held on16thApril2014".
_ORDINAL_MONTH = re.compile(rf"(?i)(?<=\d(?:st|nd|rd|th))(?=(?:{MONTH_NAMES})(?:\b|\d))")
# A day's name run into its date by a converter that lost the space: "on Tuesday12 June 2012".
_WEEKDAY_DATE = re.compile(rf"\b(?P<day>{DAY_NAMES})(?=\d{{1,2}}(?:st|nd|rd|th)?\s)")


_PREFIXED = re.compile(r"[A-Z]{1,4}/?\d")  # ("A23/024COMMITTEE", "NP/27/20Matters")
# A heading in capitals printed twice, a table's item and description cells run together:
# "22/01DECLARATIONS OF INTERESTDECLARATIONS OF INTEREST".
_WORD = re.compile(r"[A-Z]{3}")
_DOUBLED = re.compile(r"^(?P<lead>.*?)(?P<heading>[A-Z][^a-z]{5,}?)(?P=heading)\s*$")


_STRAY_STOP = re.compile(r"\.(?=\d{1,4}/\d{2}\s+[A-Z])")
# A word printed with its letters spaced out, as a title is: "M I N U T E S".
_SPACED_OUT = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")
# A word in capitals spaced out inside a line: "RESOLVED - T H A T Councillor Lloyd be ...".
_SPACED_WORD = re.compile(r"(?<!\S)[A-Z](?: [A-Z]){3,}(?!\S)")
SPACED_LETTERS = re.compile(r"[A-Z] [A-Z] [A-Z] [A-Z]")  # what a spaced word needs


# A minute book's folio and page of pages, run into the next minute's number: "1406 2 of 10
# 7) Appointments to Outside Bodies".
_PAGE_OF = re.compile(r"^(?:\d{1,5}\s+)?\d{1,3}\s+of\s+\d{1,3}\s+(?=\(?\d{1,3}[.)]\s+[A-Z])")
# A minute book's margin date before a minute's number and heading: "21.01.20 423.
# Declarations of Interest".
_MARGIN_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+(?=\d{1,4}\.\s+[A-Z])")


def unglued(line: str, spaced: bool = True) -> str:
    """ "363/01APOLOGIESApologies were ..." as "363/01 APOLOGIES Apologies were ...",
    "1Apologies" as "1 Apologies", "68 /17 Apologies" as "68/17 Apologies", "it
    wasRESOLVED to" as "it was RESOLVED to", and a heading printed twice once. A word
    spaced out is looked for only where spaced (the page has letters so spaced; the space
    put before a keyword puts none between capitals)."""
    if line[:1] == "." and _STRAY_STOP.match(line):
        line = line[1:]  # (a stray stop a typist left before a minute's number: ".178/17 ...")
    if "RESOLVED" in line or "AGREED" in line or "RECOMMENDED" in line:
        line = GLUED_KEYWORD.regex.sub(" ", line)
    if line[1:2] == " " and _SPACED_OUT.match(line):
        return line.replace(" ", "")
    if spaced and _SPACED_WORD.search(line):
        line = _SPACED_WORD.sub(lambda m: m.group().replace(" ", ""), line)
    if line[:2].isupper() and (m := _LABEL_GLUED.match(line)):  # ("MEETINGOpen Space ...")
        line = f"{m[1]} {line[m.end() :]}"
    if ":" in line[:84] and (m := _GLUED_COLON.match(line, 2 if line[:2] in _BULLETS else 0)):
        line = f"{line[: m.end()]} {line[m.end() :]}"
    if " " in line[1:] and (m := _SPACED_TIME.search(line)):
        line = f"{line[: m.start()]}{m[1]}{m[2]}{m[3]}{line[m.end() :]}"
    if "day" in line:
        line = _WEEKDAY_DATE.sub(r"\g<day> ", _YEAR_WEEKDAY.sub(" ", line))
    if _RUN_TOGETHER.search(line):  # (one cheap test first: most lines have none of these)
        # (the month from its year first: "held13th August2015")
        # (twice: a year run into both its month and the word after, "JULY2017AT 7.30PM")
        line = _YEAR_WORD.sub(" ", _YEAR_WORD.sub(" ", line))
        line = _AT_TIME.sub(" ", _NAME_DATE.sub(" ", _ORDINAL_MONTH.sub(" ", line)))
        line = _DAY_YEAR.sub(r"\1 ", _DAY_MONTH.sub(r"\1 ", line))
        if line.isupper():
            line = _GLUED_DATE.sub(lambda m: " ".join(g for g in m.groups() if g), line)
    # (or, after a minute's number, ending in a year's figures: "22/21APPROVAL OF WORK
    # PROGRAMME 2022-2023APPROVAL OF WORK PROGRAMME 2022-2023"; not a reference's "ABC123ABC123")
    figures = line[-1:].isdigit() and line[:1].isdigit() and line.upper() == line
    m = (
        _DOUBLED.match(line)
        if (line[-1:].isupper() or figures) and 12 <= len(line) <= 200
        else None
    )
    if m and (not figures or (m["lead"][:1].isdigit() and _WORD.search(m["heading"]))):
        line = m["lead"] + m["heading"]
    if "RESOLVED " in line[:24] and (m := _MARGIN_KEYWORD.match(line)):
        line = f"{m['number']} {m['heading']} RESOLVED {line[m.end() :]}"
    if " of " in line[:20] and (m := _PAGE_OF.match(line)):
        line = line[m.end() :]  # (a minute book's page stamp before the next minute's number)
    if line[:1].isdigit() and (m := _MARGIN_DATE.match(line)):
        line = line[m.end() :]  # (the meeting's date in the margin: "21.01.20 423. ...")
    if " / " in line[:20] and (m := _COLUMN_HEADS.match(line)):
        line = line[m.end() :]  # (a table's column headings glued to its first row's number)
    elif line[:1] in "MINARminar" and (m := _COLUMN_WORDS.match(line)):
        line = line[m.end() :]  # (or before it with spaces alone between)
    if "/ " in line[:16] and (m := _SPACED_PART.match(line)):
        return m["head"] + line[m.end() :]  # "GBP/2122/ 216: Declarations"
    if " / " in line[:12] and (m := _CELL_SLASH.match(line)):
        return f"{m['number']} {line[m.end() :]}"  # "1.  / Minutes"
    if not line[:1].isdigit() and not _PREFIXED.match(line):
        return line  # (a number first, or after a prefix in capitals: "A23/024COMMITTEE")
    if "/" in line[4:6] and (m := _SPACED_YEAR_RUN.match(line)):
        return f"{m[1]}/{m[2]}{line[m.end() :]}"  # "2017 / 22 – Apologies"
    if m := GLUED_TEXT.regex.match(line):
        return f"{m['head']} {line[m.end() :]}"
    if m := GLUED_HEADING.regex.match(line):
        return f"{m['number']} {m['title']} {line[m.end() :].lstrip()}".rstrip()
    if m := GLUED_NUMBER.regex.match(line):
        number = f"{m['number']}/{m['year']}" if m["year"] else m["number"]
        return f"{number} {line[m.end() :].lstrip()}"
    return line


# A margin's "RESOLVED" flattened between a minute's number and its heading in capitals:
# "14/63 RESOLVED THATCHAM PHOTOGRAPHIC CLUB To suspend Standing Orders ..." (it marks the
# decision after the heading).
_MARGIN_KEYWORD = re.compile(
    r"^(?P<number>\d{1,4}(?:[./]\d{1,4})?\.?)\s+RESOLVED\s+"
    r"(?P<heading>[A-Z][A-Z'’&,-]+(?:\s+[A-Z][A-Z'’&,-]*){0,9})\s+(?=[A-Z][a-z])"
)
# A flattened table's column headings glued to its first row's number: "Min No /
# Action4715 / Apologies for absence", "MIN / Action2319 / Mayor's welcome.".
_COLUMN_HEADS = re.compile(
    # (or the action column's head alone: "Action1 / Welcome: Wendy welcomed everyone")
    r"(?i)^(?:min(?:ute)?s?\.?(?:\s+(?:no|number|ref)\.?)?\s+/\s+)?actions?(?=\d{1,5}\s+/\s)"
)
# (or the headings with spaces alone between, two or more before the first row's number:
# "Minute Item ACTION Number 048/09/17 Apologies for Absence Resolved: ...", or a number
# alone before a heading in capitals, the heads of two rows interleaved: "Minute Report
# Business No No 1435 MINUTES OF THE MEETING HELD ON ..."; or three or more before a plain
# number and a heading in mixed case: "MINUTE ITEM ACTION NO. 19 Apologies for Absence")
_COLUMN_WORD = r"(?i:(?:min(?:ute)?s?|no|number|item|action|ref|report|business|subject)\.?\s+)"
_COLUMN_WORDS = re.compile(
    rf"{_COLUMN_WORD}{{2,6}}"
    r"(?=\d{1,4}(?:/\d{2}){1,2}\s+[A-Z]|\d{1,4}\.\s+[A-Z]|\d{1,5}\s+[A-Z]{2,}\b)"
    rf"|{_COLUMN_WORD}{{3,6}}(?=\d{{1,4}}\s+[A-Z][a-z])"
)
# A year's running number spaced about its slash, a dash after it: "2017 / 22 – Minutes".
_SPACED_YEAR_RUN = re.compile(r"^((?:19|20)\d\d) ?/ ?(\d{1,3})(?=\s+[-–]\s+[A-Z])")
# A number's last part set apart by a space after its slash, where two parts come before
# it ("GBP/2122/ 216", "12/34/ 5"); "10/ 12 Members present" is a count.
_SPACED_PART = re.compile(r"^(?P<head>(?:[A-Z]{1,4}|\d{1,4})/\d{1,4}/)\s+(?=\d{1,4}\b)")


# A table's cells run onto a line with a slash between them, an item's number and its
# heading: "1.  / Minutes", "4.  / Appointments to Licensing Hearing Sub Committees".
_CELL_SLASH = re.compile(r"^(?P<number>\d{1,3}[.)]?)\s+/\s+(?=[A-Z])")
