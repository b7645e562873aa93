"""The phrase tables of minute references, kept as data: the printed forms of a minute's
number ("Minute No. 45", "article 19", "(Cab.12.7.2017/6)"). What a later minute says of
an earlier request (done, pending, reported back) is ref_effects.py's.

Every rule carries an example it must match, and near-misses that must not match
(tests/test_patterns.py checks both); rules match text folded by read.text.fold.
"""

from __future__ import annotations

import re

from .numbers import ROMAN_NUMERAL as _ROMAN
from .rules import M, near_miss, rule

# A minute number as printed: "5/18", "45", "P/147", "CO57", "CL.72", "289.1", "16 (b)",
# "56/9/2003", "24/25.095" (a municipal year, then the number: a parish council's numbering),
# "58/15/1b", "C104/Feb/20" (the month between number and year).
# A council's year, its two years' last figures, one after the other: "10/11", "99/00".
_COUNCIL_YEAR = "(?:" + "|".join(f"{y:02d}/{(y + 1) % 100:02d}" for y in range(100)) + ")"
_REF = (
    # (a minute's number and the council's year after a space: "Minute No 101 10/11")
    rf"\d{{1,4}}\s{_COUNCIL_YEAR}(?![\d/])|"
    # (a space either side of one slash, as a typist left it, "Min 12/ 65", "Min 12 / 66";
    # not a list, "Minutes 5 / 6", nor a date, "04 / 06 / 2019")
    r"(?:\d{1,4}(?:\s/\s?|/\s)\d{2,4}(?![\d/]|\s/)|"
    # (a parish's meeting, month and number joined by hyphens, one minute: "03-09-13")
    r"\d{1,2}-\d{1,2}-\d{1,3}(?![\d-])|"
    # (a minute's number and the council's year after a hyphen, "111-23/24", or its date's)
    r"\d{1,4}-\d\d/\d\d(?:/\d\d(?:\d\d)?)?(?![\d/])|"
    # (a meeting's code and its item's number, the second the smaller, no range: "minute
    # 0220-4", "(minute 0220–5a)"; not a year's span, "2019-20")
    r"(?!(?:19|20)\d\d[-–]\d\d\b)\d{3,4}[-–]\d{1,2}[a-z]?(?![\d/.\-–])|"
    # (a committee's letters before it, with a space where a slash follows: "*HC 20/24",
    # "Fin 20/24"; never a small word: "minutes of 01/12/2020" is a date's)
    # (or the asterisk alone, as a minute a decision's call-in may touch is marked: "*359")
    # (or its letter and stop set apart from the number: "Further to minute B. 762")
    r"\*?(?:[A-Z]{1,3}(?:[/.](?:\s(?=\d{2,4}\b))?)?|(?!(?i:of|on|in|at|to|no|by|as|or)\s)[A-Z]{1,3}\s(?=\d{1,4}/))?"
    # (a running number of five figures too, counted since the council began: "Min 10142")
    r"\d{1,5}[a-z]?(?:\.\d{1,3}){0,3}(?:/(?:\d{1,4}[a-z]?(?:\.\d{1,3}){0,2}|"
    r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=/\d)|"
    # (a committee's letters in capitals after the number alone: "Minute reference 87/P";
    # or in either case between number and year: "Minute 99/fa/94")
    r"(?<=\d/)(?-i:[A-Z]{1,5})\b(?!/)|(?<=\d/)[A-Za-z]{1,4}(?=/\d))){0,2}"
    # (a committee's letters after the number and year: "14/64/WAC"; a part glued on with
    # its closing bracket only, "99bii)")
    r"(?:(?<=\d/\d\d)/(?-i:[A-Z]{2,5})\b)?(?:(?<=\d[a-z])(?-i:[ivx]{1,4})\))?"
    r"(?:(?<=\d)\.(?-i:[a-z])\))?"  # (or after a stop: "Minute Number 8.a)")
    # (its part, and the part's own: "16 (b)", "423(b)(vi)")
    r"(?:\s?\((?:[a-z]|\d{1,2}|[ivx]{2,4})\)(?:\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))?)?"
    r"(?:(?<=\d)\s(?-i:[a-z])\)(?=\s))?"  # (or its letter closed alone: "DM.47/19 b) the ...")
    # (or its part in small Roman numerals after a space: "(Min ref 18/011 xii)")
    r"(?:(?<=\d)\s(?-i:[ivx]{1,4})(?=[.)]))?"
    r"(?:(?<=/\d\d)-\d{1,3}(?![\d/]))?"  # (the item's after the meeting's: "11/16-04")
    r")"
)
# A date with a two-figure year after "Minutes" or "Mins", as a running header names the minutes of
# a day ("APM Mins 24.04.19", "Approval of minutes 05.10.10"): its month or its day padded, or its
# day past twelve. After "Minute" it is one minute's number ("Minute 21.05.03", a year's month's
# third), and a paragraph's "10.11.12" or a minute with its part, "Minutes 21.12.11 (b)", stays one.
_SHORT_DATE = (
    r"(?:(?<=[sS]\s)|(?<=[sS]\.\s))"
    r"(?:(?:0[1-9]|[12]\d|3[01])\.0[1-9]|(?:0[1-9]|1[3-9]|2\d|3[01])\.1[0-2])\.\d\d(?![\d.]|\s?\()"
)
# A minute's further part alone, after one with its part: "117/17 (a), (d) and (i)".
_PART_ALONE = r"\((?-i:[a-z]|[ivx]{1,4})\)"
# What joins the numbers of a list or a range: "11 and 18", "789 - 796", "12 to 15".
_JOIN = r"(?:,|and|&|[-–]|to)"
# A minute's title in brackets after its number in a list: "minute items 52 (Final draft of the
# Plan), 53 (Revised Core Strategy) and 54 (...)". (or a note with figures that starts with a word:
# "P/151 (Planning Application No. SL/2017/0979) and P/155"); and the year or session the minute is
# of: "Minute 418 of 19/19 and 393 of 18/19".
_TITLED = (
    r"(?:\s*\((?:[^()\d]{3,120}|(?!Min|Item|Para)[A-Z][a-z][^()]{1,118})\))?"
    r"(?:\s+of\s+\d\d/\d\d(?![/\d]))?"
)
# "minute 5/18", "Minute No. 45", "Minute Nos. P/151 and P/155", "minutes 5/18 and 6/18",
# "(minute 33 refers)", "minute item 67", "Minute Reference 289.1", "minute number 10",
# "(Min 96/24 refers)", "Min. 45" (the abbreviation only with its capital, or before its
# label, or a number with its stop or slash: "min.ref.383/3144", "Min.No. 45/19", "after min
# 125.2 was changed"; not a decision's "Minutes ref: 303").
MINUTE_REF = rule(
    "minute-ref",
    # (not a date: "The Minutes 04.06.2019 were signed")
    r"(?=m)"  # (its first letter, looked at first; see rules.py)
    # (or "Min:" and its number, as a declarations table cites it: "Min:669 /19: Planning")
    # (or in brackets, a number alone: "Resources 18/04/12 (min 9)")
    rf"\b(?:Minutes?|(?-i:Mins?)\.?|(?-i:min)\.?(?=\s*(?:ref|nos?)\b|\s+\d{{1,4}}[./]\d)"
    rf"|(?<=\()(?-i:min)\.?(?=\s+\d{{1,4}}\)))"
    # (or glued to a minute's number with its year's part: "Further to minute138/16(a)")
    r"(?:\s+|(?<=\.)|(?<=(?-i:Min)):\s*|(?<=[Mm]inute)(?=\d{1,4}/\d))"
    # (or two labels: "Minute Item No. 27/21")
    # (with its colon after one minute's label: "Minute ref: 111-23/24"; not the plural's,
    # a document's number, "Minutes ref: 303")
    rf"(?:Nos?\.?\s*|Numbers?\s+|Reference\s+|items?\s+(?:Nos?\.?\s*)?"
    rf"|Refs?\.?(?:(?<=minute\sref):|(?<=min\sref):)?\s*)?"
    # (nor a year after the plural, a title's: "Annual Parish Meeting Mins 2017")
    rf"(?!\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b|{_SHORT_DATE}|(?<=(?i:tes|ins)\s)(?:19|20)\d\d(?![\w./-]))"
    rf"(?P<ref>{_REF})"
    rf"(?![\w/]|\\\w|[-–]\d{{1,4}}\\\w){_TITLED}"
    # (and a range: "Minute Nos. 789 - 796", "minutes 12 to 15"; never a folder's name in a
    # document's path, "\Council minutes 14-15\COUN122.doc", though a converter's escape
    # may follow: "\[see minute 9.2.4\]")
    # (and further parts of the one minute: "Minute Nos. 117/17 (a), (d) and (i)")
    rf"(?P<more>(?:\s*{_JOIN}\s*(?:{_REF}(?![\w/]|\\\w){_TITLED}|{_PART_ALONE}))*)",
    "ref",
    "Further to minute 14/19 'Education Performance'",
)
# Each further number of a list or range, with what joins it to the one before.
# (in any case, as the rule it reads after: "Cl/47/11/18 to Cl/59/11/18"; or a further part
# of the minute before: ", (d)")
NEXT_REF = re.compile(rf"\s*(?P<join>{_JOIN})\s*(?:(?P<ref>{_REF})|(?P<part>{_PART_ALONE}))", re.I)
MAX_RANGE = 30  # minutes a range after any label may span ("789 - 796", not "45 - 2019")
MAX_ENDS = 200  # and to be named by its ends ("1484 - 1520"; not "Minute 45 - 2019 budget")
# Scottish minutes are divided into articles: "article 19 of this minute", "interests in Article
# IX" (Roman only after an interest or a reference, or before "of this minute"; not "Article VIII").
ARTICLE_REF = rule(
    "article-ref",
    rf"\b(?:(?:(?:(?<=interest in )|(?<=interests in )|(?<=reference to ))[Aa]rticles?|Articles?"
    rf"(?=\s+{_ROMAN}\s+of\s+(?:this|the)\s+minute\b))(?P<roman>)(?=\s+(?!I\s+[a-z]){_ROMAN})|"
    # (or a paragraph, as some number theirs, where an interest is declared in it or a motion
    # refers to it: "declared an interest in paragraph 15", "with reference to paragraph 300")
    r"articles?|(?:(?<=interest in )|(?<=reference to ))"
    rf"paragraphs?)\s+(?P<ref>\d{{1,3}}[a-z]?\b(?![.\d])|(?(roman){_ROMAN}|(?!)))"
    r"(?!\s+of\s+(?:the|a|an)\s+(?!minute))"
    # (a list or a range of them: "the applications listed in articles 3 to 17 of this minute")
    r"(?P<more>(?:\s*(?:,|and|&|to|[-–])\s*\d{1,3}[a-z]?\b(?![.\d]))*)",
    "ref",
    "In relation to article 27, resolution (iii)",
    flags=M,
)
# Where earlier minutes are reviewed, the paragraph a correction is made to: "approved
# subject to minor amendment to 7.1 (Priory) and 7.4", "with the following addition in 2/14
# Village Reports", "amendments made to 1096" (never a time, a year or a measure: "an
# amendment to 7.30pm", "changes to 2024 fees").
_CORRECTED = (
    r"(?:\d{1,4}(?:[./]\d{1,3}){1,2}[a-z]?|(?!(?:19|20)\d\d\b)\d{3,4}[a-z]?)"
    r"(?![\w/.]|\s?(?:[ap]\.?m\b|%|metres?\b|miles?\b|hours?\b|days?\b|weeks?\b))"
    r"(?:\s?\((?:[a-z]|\d{1,2}|[ivx]{2,4})\))?"  # (and its part: "Item 751/09 (e)")
)
CORRECTION_REF = rule(
    "correction-ref",
    r"\b(?:amendments?|additions?|corrections?|alterations?)\s+(?:(?:was|were|made|being)\s+)?"
    rf"(?:to|in|at|under)\s+(?:(?:item|minute)\s+)?(?P<ref>{_CORRECTED})"
    rf"(?P<more>(?:(?:\s*\([^()]{{1,60}}\))?\s*(?:,|and|&)\s*{_CORRECTED})*)",
    "ref",
    "approved subject to minor amendment to 7.1 (Priory) and 7.4 (Steering not sub)",
)
near_miss(
    "correction-ref", "an amendment to 7.30pm for the start", "changes to 2024 fees",
    "amendment to 7.1 metres",
)  # fmt: skip
# Each entry of a list of corrections to the minutes read, led by the paragraph it corrects
# and a dash: "subject to the amendments below:" / "- 70.13 – the word County be corrected
# to “Country”." (refs.py reads it only under an item that reviews earlier minutes, beside
# a word of amending).
CORRECTED_ENTRY_REF = rule(
    "corrected-entry-ref",
    rf"^[ \t]*(?:[-•·*][ \t]*)?(?P<ref>{_CORRECTED})[ \t]+[–-][ \t]+(?=\S)",
    "ref",
    "-        70.13 – the word County be corrected to “Country”.",
    flags=M,
)
near_miss("corrected-entry-ref", "- 7.30pm – the meeting started", "- 2021 – the year")
# A correction of the minutes read, naming the earlier minute or paragraph alone: "the
# second sentence of 32.4 should read: ...", "noted that 34.5 should have stated ..." (not
# a time, a sum or a measure, "7.30pm should read 8pm", "£1.50 should read £1.75").
SHOULD_READ_REF = rule(
    "should-read-ref",
    rf"(?:\b(?:sentence|line|paragraph|bullet(?:\s+point)?)\s+(?:\d{{1,2}}\s+)?of\s+"
    rf"(?:(?:minute|item)\s+)?(?P<ref>{_CORRECTED})"
    rf"|(?<![\w£$.,/])(?P<read>{_CORRECTED})\s+should\s+(?:have\s+(?:\w+\s+)?)?"
    r"(?:read|state|stated|say|said|include|included|record|recorded|show|shown|been)\b)",
    "ref",
    "Councillor Mac Cafferty noted that the second sentence of 32.4 should read: “Whilst",
)
near_miss(
    "should-read-ref",
    "the start time of 7.30pm should read 7pm",
    "the cost of £1.50 should read £1.75",
    "the date 2019 should read 2020",
    "the last line of 2019 was",
)
# A minute declared an interest in by its number and year, no word before it: "Cllr Roberts
# declared an interest in 08/2011; ... in 07g/2011" (not a date, "interest in 5/6/2019").
INTEREST_REF = rule(
    "interest-ref",
    r"\binterests?\s+in\s+(?:minutes?\s+)?(?P<ref>\d{1,4}[a-z]?/(?:19|20)?\d\d)\b(?![/.]\d)"
    r"(?P<more>(?:\s*(?:,|and|&)\s*\d{1,4}[a-z]?/(?:19|20)?\d\d\b(?![/.]\d))*)",
    "ref",
    "Cllrs Hosken and Roberts declared an interest in 08/2011",
    flags=M,
)
near_miss("minute-ref", "Annual Parish Meeting Mins 2017", "Approved Minutes 2019")
near_miss("interest-ref", "declared an interest in 5/6/2019 correspondence", "interest in 3.5/10")
# A paragraph's part in brackets: "paragraph 3.2(g) of the Minute", "item 7 (b)". (Taken
# whole where it is printed, in an atomic group, so that what follows it is read after it:
# "paragraph 6.3 (c) of the Scheme of Delegation" is the scheme's, not "6.3".)
_PART = r"(?:\s?\((?:[a-z]|\d{1,2}|[ivx]{2,4})\))"
# The same with a capital, or a paragraph or section, where "of the minute" says what it
# numbers ("Article 4 Direction" or "Article 8" of a convention are no minute's): "With
# reference to Article 3 of the minute of meeting of this Committee of 14 June 2001",
# "paragraph 4 of the Minute of 27 May 2021", "In respect of paragraph 8 of the minutes",
# "items 6, 7 and 9 of this Minute", "paragraph 3.1 of the Minute", "in section 136 of the
# draft minutes".
OF_THE_MINUTE_REF = rule(
    "of-the-minute-ref",
    r"(?=[AIMPSaimps])(?:"  # (the first letter of every form, looked at first; see rules.py)
    r"\b(?:Articles?|[Pp]aragraphs?|[Ii]tems?|[Ss]ections?)\s+(?P<ref>\d{1,3}[a-z]?(?:\.\d{1,2}){0,2}"
    rf"{_PART}?)(?P<more>(?:\s*(?:,|and|&)\s*\d{{1,3}}[a-z]?(?:\.\d{{1,2}}){{0,2}}{_PART}?)*)"
    r"\s+of\s+(?:the|this|that)\s+"
    # (or a body's minutes named: "item 3 of the Corporate Property minutes of 27th October")
    r"(?:(?:draft|previous|last|approved|signed)\s+)?(?-i:(?:[A-Z][\w&'’-]*\s+){0,4})(?i:minutes?)\b"
    # (or a paragraph's number alone: "information requested at 2.4 of the minutes", "the
    # minute at 10.5")
    r"|\b(?:at|in)\s+(?P<para>\d{1,3}\.\d{1,2})\s+of\s+(?:the|this|that)\s+(?i:minutes?)\b"
    r"|\b(?i:minute)\s+at\s+(?P<para2>\d{1,3}\.\d{1,2})\b)",
    "ref",
    "With reference to Article 3 of the minute of meeting of this Committee of 14 June 2001",
    flags=M,
)
near_miss(
    "of-the-minute-ref",
    "the land is subject to an Article 4 Direction",
    "Article 8 of the European Convention on Human Rights",
    "section 106 of the Town and Country Planning Act",
)
# Not this meeting's agenda: "item 9 on the agenda", "Item 6 of the meeting agenda", "item 4
# on today's agenda".
_THIS_AGENDA = r"(?!\.?\s+(?:of|on)\s+(?:the|today[’']s|this)\s+(?:meeting(?:[’']s)?\s+)?agenda)"
# Items of earlier minutes, where an item reviews them (minutes, matters arising): "Arising
# from item 10", "With reference to Item No. 5", "In respect of item 5", "Item 9.1 -",
# "Item 17, paragraph 17.3", "paragraph 10.4.1".
ITEM_REF = rule(
    "item-ref",
    # ("item 8c", "item 19/12/151": a parish's own numbers) ("item number 129 on page 91")
    # (not the agenda's number in brackets under a printed minute's heading: "86. Minutes of
    # the Meeting held on 9th January 2025" / "(Item 3)")
    r"(?<!\bagenda )(?<!\bAgenda )\b(?!(?<=\()Item\s+\d{1,3}[a-z]?\))"
    r"(?:Item(?P<plural>s)?\s+(?:(?:No\.?|number)\s*)?"
    # (and its part in brackets: "Item 5.9 (E)", "item 7(b)")
    # (its letter in capitals too, a word's first never: "Item 1J in the minutes refers to")
    r"(?P<item>\d{1,3}(?:\.\d{1,2}){0,2}(?-i:[a-z]|[A-Z](?![A-Za-z]))?"
    r"(?:\s?\((?:[a-z]|\d{1,2}|[ivx]{2,4})\))?"
    r"(?![\d/A-Za-z])|\d{1,2}/\d{1,2}/\d{3,4})"  # (never a number cut short: "item 1Ha")
    # (the others listed with it, after "Items", where the paragraph's words follow the list:
    # "Items 6 & 8 Councillor Atkins asked ..."; not "Items 5 and 6 are dealt with below")
    r"(?P<more>(?(plural)(?>(?:\s*(?:,|and|&)\s*\d{1,3}(?:\.\d{1,2}){0,2}(?![\d/]))*)"
    r"(?=\s*[-–:]?\s*(?-i:[A-Z]))|))"
    rf"(?:,\s*paragraph\s+(?P<para>(?>\d{{1,3}}(?:\.\d{{1,2}}){{1,2}}{_PART}?)))?"
    # (and the range's other end: "Paragraph 77.14 – 77.15 amend band to ban"; a whole
    # number only with its part in brackets, "paragraph 15(c)", and of no other document:
    # not "paragraph 6(c) of the Clerk's report", "of the Terms of Reference")
    rf"|paragraph\s+(?P<para2>(?>\d{{1,3}}(?:\.\d{{1,2}}){{1,3}}{_PART}?"
    r"|\d{1,3}"
    rf"{_PART}(?!\s+of\s+(?!(?:the\s+)?minutes?\b))))"
    r"(?:\s*[-–]\s*(?P<to>\d{1,3}(?:\.\d{1,2}){1,3}))?)"
    rf"{_THIS_AGENDA}(?!\s+of\s+(?:report|the\s+report))(?![\d/]|\.\d)"
    # (nor a paragraph of the rules: "Under paragraph 4.2.1 of the Council Procedure Rules")
    r"(?!\s+of\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,4}(?:Rules|Orders|Constitution|Code|Act|"
    r"Regulations|Schedule|Scheme|Protocol)\b)",
    "ref",
    "Arising from item 10, Membership of ACHA Board",
)
near_miss(
    "item-ref",
    "declared an interest in Agenda item 8",
    "item 9 on the agenda",
    "the matter was addressed in Item 6 of the meeting agenda",
    "a member spoke regarding item 12.4.1. on the agenda (the car park)",
    "Under paragraph 4.2.1 of the Council Procedure Rules, the Chair altered the order",
    "(Item 3)",
)
# An item by a minute's number with its year or sequence after a slash, which no agenda's
# item number has: "Cllr Barrett declared a Personal Interest in Item 36/10", "Item 746/09
# (Old Recreation Ground) Cllr Brett reported ...", "Item 17/2: Audit Committee Report", and
# its part: "With the alteration to Item 751/09 (e) ...".
_SLASHED = r"(?:\d{1,4}/\d{1,2}|\d{2}/\d{3}|\d{2,4}/(?:19|20)\d\d)"
SLASHED_ITEM_REF = rule(
    "slashed-item-ref",
    r"(?=item)"  # (the word, looked at first; see rules.py)
    # (or the year first, "item 16/210"; after "number", "item number 049/23"; or several,
    # "voted against items 16/8 and 16/9"; a committee's code after, "item 72/19/F&R", or its
    # letters before, "item CS/14/51"; the year in full after two figures, "item 142/2014")
    r"(?<!\bagenda )(?<!\bAgenda )\bItems?\s+(?:Nos?\.?\s*|numbers?\s+)?"
    r"(?P<ref>(?-i:[A-Z]{1,4}/)?"
    # (or the year first spaced about its slash, as a converter leaves it: "Item 2016 / 116")
    rf"(?:{_SLASHED}|(?:19|20)\d\d\s/\s\d{{1,3}})"
    r"(?:/(?-i:[A-Z][A-Z&]{1,4})\b|(?<=/\d\d)(?-i:[A-Z]{1,3})\b)?"  # (or glued: "20/21PD")
    r"(?![\d/])"
    r"(?:\.[a-z]\b|\s?\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))?)"
    # (all of them, before the agenda's words are looked for: "items 5/2 and 6/2 on the agenda")
    rf"(?P<more>(?:\s*(?:,|and|&)\s*{_SLASHED}(?![\d/]))*+)"
    rf"{_THIS_AGENDA}(?!\s+PDF\b)",  # (nor a document's link: "item 67/21 PDF 110 KB")
    "ref",
    "declared a Personal Interest in Item 36/10",
)
near_miss(
    "slashed-item-ref", "declared an interest in Agenda item 5/2", "Item 5/2019", "item 12/20191"
)
# A declarations table whose "Minute Number" column cites this meeting's minutes, or a
# Scottish exclusion's table of the minute's paragraphs and the Act's ("Paragraph No. of
# Minute    Paragraph No. of Schedule 7A" / "12     2 and 3").
# (its other columns' heads may follow on the line, a table flattened: "Minute No.  Report
# title" / "  53  Disposal of Small Surplus Sites")
# (the table's rows a line each, or flattened a cell a line: "Minute Nos." / ... / "3 and
# 16" / ... / "14" / "Personal"; a cell may list more than one)
# (in Welsh too: "Rhif y Cofnod", the minute's number; its rows "8.1 – Y Fersiwn Ddrafft ...")
MINUTE_COLUMN = re.compile(
    r"(?im)^\s*(?:Minute\s+(?:Numbers?|Nos?\.?)|Paragraph\s+(?:Number|No\.?)\s+of\s+(?:the\s+)?"
    r"Minute|Rhif\s+y\s+Cofnod)(?:\s{2,}[A-Za-z][\w. ]*)?\s*$"
)
COLUMN_REF = re.compile(
    r"(?m)^\s*(?P<ref>\d{1,4}(?:\.\d{1,2})?)(?P<more>(?:[ \t]*(?:,|and|&)[ \t]*\d{1,4})*)"
    r"(?:\s+[-–]\s+\S|\s{2,}(?=[A-Z\d]))"
)
# A margin reference before a paragraph: "56/9/2003 2.1 He did advise ..." (not a date).
MARGIN_REF = re.compile(r"(?m)^(?P<ref>(?:3[2-9]|[4-9]\d|\d{3})/\d{1,2}/\d{4})\s")
# An earlier minute's number before its topic, in an item that reviews earlier minutes:
# "Matters arising 58/15/1b Provision of additional street light", "65/15/12 Dog fouling"
# (number, year, part; not a date: the first figure is over 31).
ARISING_REF = rule(
    "arising-ref",
    r"(?<![/\d.])(?P<ref>(?:3[2-9]|[4-9]\d|\d{3,4})/\d{2}/\d{1,3}[a-z]?)\s+(?=[A-Z])",
    "ref",
    "Matters arising 58/15/1b Provision of additional street light",
    flags=0,
)
near_miss("arising-ref", "on 12/05/19 The Clerk", "application 21/00123/FUL")
# The same, numbered year, month and number with stops, at a row's start: "17.9.3 a)
# Invitation to Mr Radcliffe, the Clerk had telephoned", "17.7.9 (3) Daffodil Bulbs".
DOTTED_ARISING_REF = rule(
    "dotted-arising-ref",
    r"^(?P<ref>\d{2}\.\d{1,2}\.\d{1,3})(?:[ \t]*(?:(?P<part>[a-z])\)|(?P<sub>\(\d{1,2}\))))?"
    r"[ \t]+(?=[A-Z])",
    "ref",
    "17.9.3 a) Invitation to Mr Radcliffe, the Clerk had telephoned",
)
near_miss("dotted-arising-ref", "1.2 The Clerk", "Minutes 17.9.3 were approved")
# A paragraph's own number, then the earlier minute it reports on: "136.1 122.5 There was
# discussion of the newsletter" (under an action log or matters arising; refs.py keeps it
# only where its minute is numbered lower: "2.1 12.50 The meeting resumed" is a time).
PAIRED_ARISING_REF = rule(
    "paired-arising-ref",
    r"^(?P<own>\d{1,4})\.\d{1,2}[ \t]+(?P<ref>(?P<earlier>\d{1,4})\.\d{1,2}[a-z]?)[ \t]+(?=[A-Z])",
    "ref",
    "136.1 122.5 There was discussion of the newsletter",
)
near_miss("paired-arising-ref", "136.1 There was discussion", "2.1 £12.50 The budget")
# The same in brackets, after the paragraph's own number if any: "3.2 (5.4) Clearance of
# gulley outside the farm", "(10.5.1) Clerk to organise a visit" (a stop inside: a bare
# "(4)" marks a list).
BRACKETED_ARISING_REF = rule(
    "bracketed-arising-ref",
    # (after a paragraph's number, glued or spaced, a minute of one figure too, and spaces
    # inside the brackets: "5.1 (2) Payback Scheme.", "5.4(8.1) The sign ...", "5.5 ( 8.2)")
    r"^(?:\d{1,3}\.\d{1,2}[ \t]*|(?=\([ \t]*\d{1,3}\.\d))"
    r"\([ \t]*(?P<ref>\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)[ \t]*\)[ \t]+(?=[A-Z])",
    "ref",
    "3.2 (5.4) Clearance of gulley outside the farm",
    flags=M,
)
near_miss("bracketed-arising-ref", "(4) Clearance of gulley", "The gulley (5.4) was cleared")
# Under a review of earlier minutes, the number of the minute each paragraph takes up, then
# a dash: "MATTERS ARISING 4(18iii) – Cllr Collinson reported ... 5 – The Clerk reported
# ...", "– 10/524 – noted that ..." (at a line's or a sentence's start, after a heading in
# capitals or another dash; a bare number before a capital only).
DASHED_ARISING_REF = rule(
    "dashed-arising-ref",
    r"(?:^|(?<=[.!?:;]\s)|(?<=[A-Z]{2}\s)|(?<=[–-]\s))(?<!\b(?i:no)\.\s)"
    r"(?P<ref>\d{1,3}(?:\([0-9a-z]{1,6}\))?(?=\s+[–-]\s+[A-Z])|\d{1,3}/\d{1,4}(?=\s+[–-]\s))"
    r"\s+[–-]\s",
    "ref",
    "MATTERS ARISING 4(18iii) – Cllr Collinson reported that the pole had been removed.",
    flags=M,
)
near_miss(
    "dashed-arising-ref",
    "The road at junction 9 – The Street – was closed.",
    "The vote was carried 7 – 2 in favour.",
    "1 – 2 Meadow Cottages",
    "Action No. 87 – Items referred from other Committees",
)
# An action log's row under a review of earlier minutes, led by the minute it came from:
# "- 17/06. Ask the owners of the Esso Station whether ..." (a bullet and a stop: no date).
LOGGED_REF = rule(
    "logged-ref",
    r"^[-•·*][ \t]*(?P<ref>\d{1,4}/\d{2,4})\.[ \t]+(?=[A-Z])",
    "ref",
    "- 17/06. Ask the owners of the Esso Station whether they can include some planting",
)
near_miss("logged-ref", "- 17/06 Ask the owners", "17/06. Ask the owners")


near_miss("minute-ref", "The minutes of the meeting held on 19th September, 2019 were approved.")
near_miss("minute-ref", "a ten minute presentation")
near_miss("minute-ref", "after a 10 min break, 20 min 14 members stayed")
near_miss("minute-ref", "22/09/2020 - Minutes ref: 303    Recommendations Approved")
near_miss("minute-ref", "The Minutes 04.06.2019 were signed as a correct record.")
near_miss("own-form-ref", "Planning Application 19/1187/FUL, conversion of barn")
