"""The cues a page's header names its meeting by, as rules with examples: ModernGov's
"Committee - Tuesday, 3rd October, 2019 7.00 pm" line and prose headers ("Minutes of the
meeting of X held at VENUE on DATE"), with the word lists they share (a building's words,
an online platform's names, how minutes stand). The labels and lines of when and where
("Venue:", "7.30pm in the Village Hall") are header_where.py's. header.py decides which
cue gives which field, trusted how much.
"""

from __future__ import annotations

import re

from .dates import DAY_NAMES, MONTH_NAMES
from .rules import near_miss, rule

_W = rf"(?:{DAY_NAMES}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri)"

# An online meeting's platform by its name as printed (any case where a rule ignores case).
NAMED_PLATFORM = r"(?:Zoom|ZOOM|Microsoft\s+Teams|MS\s+Teams|Teams|Skype|Webex)"
# How minutes stand, printed before "Minutes": "Approved Minutes of the ...".
STANDING = "approved|unapproved|unconfirmed|confirmed|provisional|adopted|signed|ratified|agreed"
# A document's stamp before a date, never a place's name: "Issued, 3 March 2021".
STAMP_WORDS = "issued|published|printed|dated|updated|revised|circulated|posted"
# A letterhead's postcode and telephone number, never a meeting's words: "TN4 0ND", "SW1E
# 6QP"; "07711 898080", "(0115) 977 4897".
POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
TELEPHONE = r"\(?\b0\d{3,4}\)?\s?\d{3}\s?\d{3,4}\b"
# A body's name in capitals ends: "TEES VALLEY CABINET Friday 2nd July 2021 at 10am",
# "SNOWDONIA NATIONAL PARK AUTHORITY WEDNESDAY 25th APRIL 2018"; or is the noun alone, as a
# city's minute book heads a full council's pages: "COUNCIL Monday 3 February 2014".
_CAPS_BODY_END = "(?:{}|{})".format("|".join(
    f"(?<=[A-Z] {w})" for w in ("COUNCIL", "AUTHORITY", "CABINET", "COMMITTEE", "BOARD",
                                 "PANEL", "PARTNERSHIP", "FORUM", "TRUST", "EXECUTIVE",
                                 "SENATE", "COURT", "TRUSTEES", "GOVERNORS")
), "|".join(f"(?<=^{w})" for w in ("COUNCIL", "CABINET", "EXECUTIVE")))  # fmt: skip
# The same in mixed case, only where the date alone follows: "Wexbridge Fire Authority 25 May
# 2012".
# (or in lower case, as a site's page title prints a committee's: "Christmas illuminations
# committee 30 November 2022")
_BODY_END = "(?:{})".format("|".join(f"(?<=[a-z] {w})" for w in (
    "COUNCIL", "AUTHORITY", "CABINET", "COMMITTEE", "BOARD", "PANEL", "FORUM", "EXECUTIVE",
    "SENATE") for w in (w.title(), w.lower())
))  # fmt: skip
# A body's noun in capitals closing its name before a comma and the date, as a printed
# minute book heads its pages: "COUNCIL, 22nd November 2017" (a web page's title in mixed
# case, "Wyvern Parish Council, 8th July 2008", yields to the header sentence below it).
_NOUN_END = "(?:{})".format("|".join(
    f"(?<={w})" for w in ("COUNCIL", "COMMITTEE", "CABINET", "BOARD", "PANEL", "EXECUTIVE")
))  # fmt: skip
# The words that name a building: "Village Hall", "Committee Room", "Community Centre" (a
# place has one, a name or a note has not).
BUILDING_WORDS = (
    "Hall|Room|Suite|Centre|Center|Library|Chamber|Offices?|House|School|Church|Pavilion|"
    "Institute|Hotel|Academy|College|Club(?:house)?"
)
# A comma or a colon after a title's "Meeting" ("Steering Group Meeting: 15th May 2020"), not
# a label's colon ("Date of Meeting: 22nd March 2021").
_AFTER_MEETING = r"(?:,|(?<!of Meeting)(?<!OF MEETING):)?"
# "Education Scrutiny Board (2) - Thursday, 3rd October, 2019 10.00 am", or a name in
# capitals and no dash (above); without the day's name, only a name and a date: "Corporate
# Scrutiny Panel – 30 January 2014".
MODERNGOV = rule(
    "header-moderngov",
    # ("X Parish Council – Ordinary Meeting Tuesday 3rd April 2018, 7.30pm Village Hall")
    # (or "COMMUNITY COUNCIL MINUTES Tuesday August 13th 2013, at 8pm, Village Hall")
    # ("Extra-Ordinary Full Council Meeting Minutes Wednesday 24th March 2021 at 7.30pm")
    # ("Wyvern Parish Council Minutes Wednesday 16th July 2008": a body's noun, "Minutes")
    rf"^(?P<committee>[^\s-].{{1,150}}?)(?:\s*[-–]\s+"
    # ("meeting" in lower case only before its comma: "Board of Trustees meeting, Thursday")
    r"|(?:(?<=Meeting|MEETING)|(?<=[a-z] meeting)(?=,)"
    rf"|{_BODY_END}(?=\s+(?i:minutes)\s)){_AFTER_MEETING}\s+"
    r"(?P<mmin>(?i:minutes)\s+)?"
    rf"|{_CAPS_BODY_END}\s+(?:(?:(?:UN)?(?:DRAFT|APPROVED|CONFIRMED)\s+)?MINUTES\s+)?"
    r"|\s+(?i:minutes)\s*[-–:]\s*"
    # (or "for" after a body's name: "Parish Council DRAFT minutes for Thursday 12 September")
    r"|(?P<mfor>(?:(?<=Council)|(?<=Committee)|(?<=Board)|(?<=Panel)|(?<=Forum)|(?<=Authority))"
    r"\s+(?:(?i:draft)\s+)?(?i:minutes)\s+for\s+))"
    # (the time may come first: "Community Council Meeting 7:00pm, Thursday 27th September")
    rf"(?P<when>(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*(?i:[ap]\.?m\.?),?\s+)?(?i:{_W})\b.*?\d{{4}}.*)$"
    # ("Governance Committee Minutes 4 March 2019", "PLANNING COMMITTEE MINUTES: 4 March",
    # "Parish Council Meeting 12th Sept 2016 – Minutes", "... Meeting 11th August 2025 Minutes")
    rf"|^(?!(?i:(?:(?:draft|{STANDING})\s+)?(?:minutes?|notes?)\s+of)\b)"
    # (a town's name with its hyphens first: "STRATFORD-UPON-AVON TOWN COUNCIL ... MEETING 21
    # March")
    # (its parts a comma apart: "Customer Services, Sport & Leisure Cabinet Members")
    r"(?P<name>(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)+\s)?[A-Z](?:[A-Za-z&'’. ]|,(?=\s[A-Z&])){2,100}?"
    r"(?:\s\(\d{1,2}\))?)"
    # (or a name in capitals ending in its body's noun: "PLANNING COMMITTEE 11 July 2011")
    # (or "Minutes" between dashes: "Planning Committee – Minutes – 11 July 2014", or the
    # minutes' words after a dash: "X Community Council – Minutes of Meeting 17th December")
    r"(?:\s*[-–]\s+(?:(?i:minutes)\s+[-–]\s+"
    r"|(?i:minutes\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?meeting)[,:]?\s+)?"
    r"|\s+(?i:minutes)\s*[-–:,]?\s+"
    rf"|(?<=Meeting|MEETING){_AFTER_MEETING}\s+"
    r"(?:(?i:minutes)\s+)?"
    rf"|{_CAPS_BODY_END}\s+|{_BODY_END}\s+|{_NOUN_END}(?P<comma>,)\s+)"
    # (the time, or the hours, may come first: "... MEETING MINUTES 7:00 to 9:30pm, 13th August
    # 2019 Invercarron Resource Centre")
    r"(?P<at>\d{1,2}(?:[.:]\d{2})?\s*(?:(?:to|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s*)?(?i:[ap]\.?m\.?),?\s+)?"
    # (or a date in figures after a dash: "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23";
    # or after "Minutes": "Full Council Meeting Minutes 15.10.20")
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}"
    # (or the month first: "Monthly Minutes, November 9th 2021")
    rf"|(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|(?:(?<=[-–] )|(?<=[Mm]inutes )|(?<=MINUTES )|(?<=Meeting )|(?<=MEETING ))"
    r"\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))"
    r"(?P<tail>\s*[-–]?\s*(?i:minutes))?"
    # (and the place after "at": "WICKHAMBREAUX PARISH COUNCIL 17 SEPTEMBER 2019 AT VILLAGE HALL",
    # or alone after a time before the date)
    # (a building's word in it: not "Page 1 of 3", "Unconfirmed", "Cllr Ash in the Chair")
    r"(?:\s+(?i:at)\s+[A-Z][^\n]{2,120}"
    # (or the hour and the place after dashes: "... Meeting, 24th July 2014 - 19.00pm – All
    # Saints Church")
    r"|\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?)(?:\s*[-–]\s*[A-Z][^\n]{2,120})?"
    # (or the hour after the date, and how it met: "... MINUTES - 28th January 2021 11.30am
    # Virtual Meeting (not held in public)")
    r"|\s+\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?)"
    r"(?:\s+(?P<met>(?i:virtual|remote|online|hybrid)\s+(?i:meeting)(?:\s*\([^()\n]{2,60}\))?))?"
    # (or a building after a comma: "... Meeting Minutes: 27th November 2018, Scopwick Village
    # Hall")
    rf"|,\s+(?=[^\n]*\b(?i:{BUILDING_WORDS})\b)[A-Z][^\n]{{2,120}}"
    rf"|(?(at)\s+(?=[^\n]*\b(?i:{BUILDING_WORDS})\b)[A-Z][^\n]{{2,120}}|(?!)))?"
    # (and the platform it was held on, in brackets: "PC Meeting Minutes 18th May 2021 (via
    # Zoom)"; not "(by email)", "(on Wyvern Green)")
    r"(?P<how>\s+\((?i:via|by|on|using)\s+(?i:(?:an?\s+)?(?:online|virtual|remote)\s+)?"
    rf"{NAMED_PLATFORM}"
    r"(?i:\s+(?:meeting|video\s+conference|conference\s+call))?\))?\s*$",
    "header",
    "Planning Committee - Tuesday, 5th March, 2019 7.30 pm",
    flags=0,
)
near_miss(
    "header-moderngov",
    "Meeting: 07/12/2021 - Cabinet (Item 61)",
    "Minute no. 5 - Signing of the Minutes - 7th November 2018 Meeting",
    "(i) To note the Minutes of meetings held between 1 October 2021 - 30 November 2021",
    "To approve the minutes for Tuesday 3 May 2022",
)
# "Minutes of the Meeting of X held at 2.00 pm on ...", "MINUTES OF A MEETING OF FULL COUNCIL
# HELD ON ...", "Minutes from the X meeting held at ...", "Minute of the site inspection ...",
# "Notes of the X meeting held on ..." (a panel's or working group's own word for minutes).
MINUTES_HELD = rule(
    "header-minutes-held",
    # (no "Minutes" in the body: "Minutes for approval X Minutes of meeting held on ...")
    # (or "Minutes to" a body's name: "Minutes to Wyvern Parish Council Meeting held in ...";
    # not "Minutes to be ...", "Minutes to note: ...", "Notes to the Accounts ...")
    # (or its "of" left out before the meeting's: "Minutes the Meeting of the Parish Council
    # held at the Filmer Hall on ...")
    r"\b(?:Minutes?|Notes?)\s+(?:(?:of|from|for|(?<=minutes\s)to(?!\s+be\b)(?=\s+(?-i:[A-Z])[\w'’&-]*"
    r"(?:\s+[\w'’&-]+){0,6}?\s+(?:council|committee|board|panel|forum|meeting)\b))\s+"
    r"|(?=the\s+meeting\s+of\s))"
    r"(?P<body>(?:(?!\bminutes?\b).){0,160}?)\s*,?\s+"
    r"held\b(?P<rest>.*)$",
    "header",
    "Minutes of the Meeting of Education Scrutiny Board (2) held at 2.00 pm on Thursday",
)
# "MINUTES OF LLANGERNYW COMMUNITY COUNCIL MEETING 7:30PM 28TH NOVEMBER 2018",
# "Minutes of the Council Meeting, 14th May 2024", "Minutes for Scrutiny Committee meeting,
# Nov 30 2009, 6.00PM" (a mirror's title)
MINUTES_MEETING = rule(
    "header-minutes-meeting",
    # (and "of the Council" after it: "Minutes of the Meeting of the Council / On Monday ...")
    # (or a Scottish "Minute" before the meeting's name: "Minute General Meeting of the
    # Council Tuesday, 8 December 2020, 10:30.")
    # ("Minutes from the Parish Council Meeting, ...", not an item's "Minutes from the meeting
    # of 3 February")
    # (or a dash or colon after "Minutes": "Draft Minutes – Parish Council meeting 1st
    # December 2020, 7pm, via Zoom")
    # (or a body's word in lower case: "Minutes from council meeting on April 12th 2021 7pm";
    # not "Minutes from the previous meeting", nor a sentence about them, its verb right after
    # the date: "Minutes from the town council meeting on 1 March 2021 were noted.")
    r"^(?:Minutes?|Notes?)(?:\s+[-–—]|:)?\s+(?:(?:of|for)\s+|from\s+(?=the\s+(?-i:[A-Z]))"
    r"|from\s+(?=(?:the\s+)?(?:(?:full|parish|town|community|annual|monthly|ordinary)\s+)?"
    r"council\s+meeting\b(?!.*?\d{4},?\s+(?:were|was|are|is|to\s+be|have\s+been)\b))"
    # (a longer name of capitalised words: "Minutes Kinnersley Group Parish Action Plan
    # Working Party meeting held at ...")
    r"|(?=(?-i:[A-Z])\w+\s+(?:(?:\w+\s+){0,2}|(?:(?-i:[A-Z])[\w'’&-]*\s+|(?-i:and|of|&)\s+)"
    r"{3,6})meeting\b))"
    r"(?P<body>.{0,120}?\bmeeting\b(?:\s+of\s+(?:the\s+)?"
    rf"(?-i:(?!(?:On|At|In|Held|Commencing|Virtually|Remotely|{MONTH_NAMES}|{DAY_NAMES})\b)[A-Z][\w'’&-]*)"
    # (its small words too: "Minutes of a meeting of the Finance and Audit Committee on ...")
    # (nor a day's name in capitals: "... OF TOTNES TOWN COUNCIL" / "MONDAY 18th MAY 2015")
    rf"(?:\s+(?:(?-i:and|&|of|for)\s+)?(?-i:(?!(?:On|At|In|Held|Commencing|Virtually|Remotely|{DAY_NAMES})\b)"
    rf"(?!(?-i:{DAY_NAMES.upper()})\b)"
    r"[A-Z][\w'’&-]*)){0,5})?)"
    r"(?:[,:]|\s[-–—])?\s*(?P<rest>.*)$",
    "header",
    "Minutes of the Parish Council Meeting, 25th October 2023",
)
# "Minutes of Parish Council 22 November 2023": the body's name, then the date at once
# (no "held", no "meeting"); the name ends in a body's noun.
MINUTES_OF_BODY = rule(
    "header-minutes-of-body",
    # (or the Scottish "Minute" with no "of": "Minute Planning Committee Wednesday, 13 ...")
    r"^(?:Minutes?|Notes?)\s+(?:(?:of|for)\s+|(?=(?-i:[A-Z])))"
    # (its small words too after its first: "Minutes of Ash Parish Council’s Finance and
    # General Purposes Committee, At The Millennium Hall on Tuesday 27th October 2020")
    r"(?P<body>(?:the\s+)?(?-i:[A-Z][\w'’&-]*,?\s+(?:(?:[A-Z][\w'’&-]*,?|and|of|for|&)\s+)"
    r"{0,7})?(?-i:(?:Council|Committee|Sub-Committee|Board|Panel|Forum|Cabinet|Authority|Group|"
    r"Partnership|Assembly|Executive)))\s*[,:–-]?\s+"
    # (or "on" before its day: "Minutes of the Allotments Committee on Tuesday 16 January";
    # or the place first, after a comma: "..., At The Millennium Hall on Tuesday ...")
    r"(?P<rest>(?=(?:on\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"|(?<=,\s)(?:at|in)\s+(?-i:[A-Z])).*)$",
    "header",
    "Minutes of Parish Council 22 November 2023",
)
near_miss("header-minutes-of-body", "Minutes of Parish Council meetings are published")
# A header that names the meeting without "Minutes of": "Ordinary Meeting of the Council
# held in the School Room, on ...", "Minera Community Council Meeting held on ...", "Salem
# Community Council held their meeting at 7.30pm on ...".
MEETING_HELD = rule(
    "header-meeting-held",
    # (a letterhead's name before it: "HEBDEN ROYD TOWN COUNCIL MEETING of the TOWN COUNCIL")
    # (under "Minutes", after "For the": "For the Council Meeting held on Wednesday ...";
    # not a sentence about that meeting: "For the Annual Meeting held on ... the Chairman
    # will prepare ...")
    r"^(?:(?:For|FOR)\s+(?:the|THE|an?|AN?)\s+(?!.*\b(?:will|would|shall|should|must|was|were|"
    r"is|are)\b))?"
    # (or "A meeting", as a site's page opens: "This is a meeting of the Cabinet of ...")
    r"(?!(?:This\s+is\s+)?[Aa]n?\s+meeting\b.*\bbe\s+held\b)"  # (not a notice: "... will be held")
    r"(?:(?:This|THIS)\s+(?:is|IS)\s+(?=an?\s+meeting\b))?"
    r"(?P<body>(?:an?\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:Meeting|MEETING|(?<=[Aa]\s)meeting)\s+(?:of|OF)\s+"
    r".{1,120}?"
    # ("Publow with Pensford Parish Council Extra Ordinary meeting." / "Held at ...")
    # (an acronym in brackets among its words: "LEISURE (PFI) BOARD MEETING held at ...")
    r"|(?!(?:The|THE|A|An|This|That)\s)[A-Z][\w'’&()-]*\s+(?:(?:[A-Z][\w'’&()-]*|\([A-Z]{2,6}\)|"
    r"with|and|of|upon|on|in|under|by)\s+){0,7}(?:Meeting|MEETING|meeting)"
    # "Wyvern and Salem Community Council held their meeting at 7.30pm on ..."
    r"|(?!(?:The|THE|A|An|This|That|It|They|Members)\s)[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){1,7}"
    r"(?=\s+held\s+(?:their|its)\s)"
    # (or the word alone, the body named above it: "Meeting held on 4th January 2012 at ...")
    r"|(?:Meeting|MEETING)(?=\s+(?:held|Held|HELD)\s+(?:on|at|in)\b)"
    # (or a body's name alone, its noun last: "Finance & General Purposes Committee Held at
    # Guildhall ... At 6.00pm Monday 10 April 2017"; not a sentence, "The Finance Committee
    # held in May agreed ...", "Planning Committee held at the hall was cancelled")
    r"|(?!(?:The|THE|A|An|This|That|It|They|Members)\s)[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|"
    r"and|of|&|for)){0,7}?\s+[\w-]*(?i:committee|council|board|panel|forum|group|authority)"
    r"(?=\s+(?:held|Held|HELD)\s+(?i:on|at|in)\b(?!.*\b(?:was|were|is|are|will|would|agreed|"
    r"decided|resolved)\b))"
    # (or the body's name and the page's "Minutes" before "held": "Wyvern Parish Council
    # Minutes held on ...", "Wyvern's Annual Parish meeting Minutes held on ...")
    # ("Wyvern OC Minutes held on ...": a name of two words or more, whatever the last; not a
    # sentence: "The Finance Committee Minutes held at the office were inspected ...")
    r"|(?!(?:The|THE|A|An|This|These|Our|Approved|Draft|Signed)\s)[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|and|of|&)){1,6}"
    # ("Held" in capital too: "Steering Group Minutes Held on Wednesday 3rd September ...")
    r"(?=\s+Minutes\s+(?:held|Held)\s(?!.*\b(?:was|were|is|are|will|would)\b)))"
    r"(?:\s+(?:Minutes|MINUTES)(?=\s+(?:held|Held|HELD)\s+(?:on|at|in)\b))?"
    r"\s*[,.]?\s+(?:held|Held|HELD)\b(?:\s+(?:their|its)\s+(?:\w+\s+)?meeting\b)?(?P<rest>.*)$",
    "header",
    "Inaugural Meeting of the Campbeltown Community Council held in the Town Hall on 25 May 2022",
    flags=0,
)
near_miss(
    "header-meeting-held",
    "The meeting held on 5 March was adjourned",
    "The Annual Meeting held in May elected the Chair",
    "Members discussed the meeting held in May",
    "For the meeting held on 5 March the Clerk prepared a report",
    "The Finance Committee held in May agreed the budget",
    "Planning Committee held at the hall was cancelled",
)
# The Scottish form: "At a MEETING of the DUNDEE CITY COUNCIL held at Dundee on 24th
# February, 2020."
AT_A_MEETING = rule(
    "header-at-a-meeting",
    # (or "hosted", "convened": "... Drainage Board hosted at the Middle Level Offices")
    # (or after a document's title or a letterhead on its line, with its capital: "Minutes
    # 060717.Pdf At a Meeting of ...")
    # (or the body named above it, after the minutes' "Proceedings": "Proceedings at a
    # meeting held on 18 April 2018.")
    r"(?:^|(?<=\s)(?=(?-i:A))|(?<=^proceedings\s))At\s+(?:an?|the)\s+(?:\w+\s+)?meeting\s+"
    # (or "duly convened": "... of the Town Council of the Borough of X, duly convened and")
    r"(?:of\s+(?P<body>.{1,150}?)\s*,?(?:\s+duly)?\s+|(?<=^proceedings\sat\sa\smeeting\s))"
    r"(?:held|hosted|convened)\b(?P<rest>.*)$",
    "header",
    "At a MEETING of the DUNDEE CITY COUNCIL held at Dundee on 24th February, 2020.",
)
near_miss("header-at-a-meeting", "At the meeting the Chair welcomed the new members.")
# The body named before "Meeting": "At the Council Meeting held, pursuant to notice on Monday
# 18th April 2016 at 7.15 pm in the Council Chamber, ..." (not a later clause about one, "At
# the last meeting held in March it was agreed ...").
AT_THE_BODY_MEETING = rule(
    "header-at-the-body-meeting",
    r"^At\s+(?:an?|the)\s+(?!(?i:last|next|previous|same|special)\b)"
    r"(?P<body>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4})\s+meeting\s+held\b,?"
    r"(?:\s+pursuant\s+to\s+(?:the\s+)?notice,?)?(?P<rest>.*)$",
    "header",
    "At the Council Meeting held, pursuant to notice on Monday 18th April 2016 at 7.15 pm",
)
near_miss("header-at-the-body-meeting", "At the last meeting held in March it was agreed.")
AGENDA_FOR = rule(
    "header-agenda-for",
    # (or after the council's name and a dash, as a web page's title gives it: "The Forest
    # of Dean District Council - Agenda for Full Council on Thursday, 23rd February, 2012")
    r"^(?:[^-–:]{3,80}?\b(?:Council|Authority|Borough|City)\s[-–]\s)?"
    r"Agenda\s+for\s+(?P<body>.{1,150}?)\s+on\s+(?P<rest>.*\d{4}.*)$",
    "header",
    "Agenda for Cabinet on Tuesday, 5th March, 2019, 7.00 pm",
)
near_miss("header-agenda-for", "Item 5 - Agenda for the next meeting on 5 May 2023")
# A page's title, which names no body: "Draft Minutes", "Agenda and Meeting Minutes".
TITLE_WORDS = re.compile(  # (or the minutes' status alone before "minutes": "Approved")
    r"(?i)(?:draft\s+|approved\s+)?(?:minutes|agenda|notes)\b(?:\s+and\s+meeting(?:\s+minutes)?\b)?"
    r"|(?i:draft|approved|confirmed|unconfirmed|signed|monthly)"  # ("Monthly Minutes, ...")
)
# Who was there, never a place: "Present:", "Councillors Present: ...", "In attendance".
WHO_LINE = re.compile(r"(?i)(?:present|councillors?|cllrs?|apologies|in\s+attendance)\b")

# What "The Minutes of X held ..." opening a page names where it is the page's title
# (header_prose._own_title): a body (or "a" before it: "The minutes of a Parish council
# Meeting held in the church on ...")
NAMED_BODY = re.compile(r"(?:(?i:an?)\s+)?(?!(?i:the|a|an|this|that|its|their)\b)(?-i:[A-Z])")
# (or a meeting of a body named: "The Minutes Of The Ordinary Council Meeting of Shipley
# Parish Council Held On ...")
# (in capitals too, its "OF" lost or not: "THE MINUTES OF THE MEETING (OF) WYVERN PARISH
# COUNCIL HELD IN ...")
MEETING_OF_NAMED = re.compile(r"(?i:meeting\s+(?:of\s+)?)(?:(?i:the)\s+)?(?-i:[A-Z])")
# (or the body named before "meeting": "The draft minutes of the Withernsea Town Council
# meeting held on ...", "The minutes of the full Council meeting held on ..."; not the last)
BODY_MEETING = re.compile(
    r"^(?i:the)\s+(?:(?!(?:previous|last|next|prior|preceding)\b)[a-z]+\s+)?"
    r"(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s+(?i:meeting)$"
)
THE = re.compile(r"(?i)the(?:\s+(?:draft|approved|unconfirmed|confirmed))?")  # ("The draft")
