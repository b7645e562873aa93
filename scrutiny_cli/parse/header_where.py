"""The cues of when and where a meeting was, as rules with examples: a header's labels
("Venue: Committee Room 3", "Date 22 January 2007"), the line of a time and a place under
a header ("7.30pm in the Village Hall"), the place and the hours in brackets, and a body's
sentence that says where or how it met ("The panel met at Pittwood House", "This meeting
was held via Zoom"). header.py decides which cue gives which field, trusted how much.
"""

from __future__ import annotations

from .dates import DAY_NAMES, MONTH_NAMES
from .header_cues import BUILDING_WORDS, NAMED_PLATFORM
from .rules import near_miss, rule

LABEL = rule(
    "header-label",
    # (and "Date and Time:", "Date of meeting:", "Minutes of Meeting of: Council")
    # (and "Meeting: ICP Board" / "Meeting Date: 13 May 2021", a form's two fields)
    # (and a bulleted field: "• Date: 13th June 2023", "• Duration: 19:00 - 21:35")
    # (and "Meeting Location: Temple Cloud Village Hall", "Meeting Venue: ...", "Location of
    # Meeting: The Village Hall")
    # (and both: "Date & time of Meeting: Monday 6th February 2017 at 6pm")
    r"(?:^(?:[•·]\s+)?|\s)(?P<label>(?:Meeting\s+)?Date(?:\s+(?:and|&)\s+[Tt]ime)?(?:\s+of\s+(?:the\s+)?[Mm]eeting)?|"
    r"Time(?:\s+of\s+(?:the\s+)?[Mm]eeting)?|Start(?:\s+[Tt]ime)?|Duration|"
    r"(?:Meeting\s+)?(?:Venue|Place)(?:\s+(?:of|for)\s+[Mm]eeting)?|"
    r"(?:Meeting\s+)?Location(?:\s+(?:of|for)\s+(?:the\s+)?[Mm]eeting)?|Contact|DATE(?:\s+(?:AND|&)\s+TIME|\s+OF\s+(?:THE\s+)?MEETING)?|TIME|VENUE|PLACE|"
    r"LOCATION|"  # (a form's fields in capitals too)
    # (and when it was called for: "Meeting called for: 7:30pm, Thursday 4th February 2021")
    r"Meeting\s+(?:called|held)\s+(?:for|on)|"
    # (or "Held:" alone before the date: "HELD: 3rd May 2017 Commenced: 6.00 pm", or "Held
    # on:", a form's label whose colon header_labels.form_row put back)
    r"(?:Held|HELD)(?:\s+on)?(?=\s*:)|"
    # (or "Title of Meeting: Board Meeting (Business)")
    # (or "Meeting Title: London Safeguarding Children Board Meeting", a template's field)
    r"Meeting\s+(?:Title|Name)|"
    r"(?:Minutes\s+of\s+)?(?:the\s+)?Meeting(?:\s+of)?|(?:Name|Title)\s+of\s+(?:the\s+)?[Mm]eeting)"
    r"\s*[:,]\s*(?P<value>.*)$",
    "header",
    "Venue: Committee Room 3 - Council House. View directions",
    flags=0,
)
near_miss("header-label", "the time is right")
# The same labels without their colon, each at a line's start before what it labels, where
# a table's two cells ran together: "Date 22 January 2007", "Venue Lowther Pavilion", "Time
# 7.00 pm" (not "Place": a directorate's name, "Place Scrutiny Committee").
BARE_LABEL = rule(
    "header-bare-label",
    r"^(?P<label>Date|Time|Venue|DATE|TIME|VENUE|MEETING(?=\s+[A-Z][a-z]))\s+(?P<value>[A-Z0-9].*)$",
    "header",
    "Date 22 January 2007",
    flags=0,
)
near_miss(
    "header-bare-label",
    "Venue hire charges were reviewed.",
    "Time was short.",
)
# The line under a header that gave the date: when and where alone, either way round ("7.30pm
# in the Village Hall", "Comrie Community Centre at 19.30"). The place named first must read
# as a name (capitalised words), not a sentence ("Members met at 7pm").
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|\d{1,2}[.:]\d{2}(?:\s*(?:hrs|hours))?"
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|of|the|and|&|on|\d+)"
TIME_AND_PLACE = rule(
    "header-time-and-place",
    rf"^(?:(?:[Aa]t|[Cc]ommencing\s+at)\s+)?(?P<time>{_CLOCK}),?\s+(?:in|at)\s+"
    rf"(?P<venue>(?:the\s+)?[A-Z][^.;:!?]{{2,80}}?)\.?$"
    # ("Comrie Community Centre at 19.30", "Held at Cowdray Hall, at 10:30am")
    # (or a dash before the hour: "St Julian’s Church, Church Lane - 7:30pm")
    rf"|^(?:(?i:held)\s+(?:at|in)\s+)?(?P<place>[A-Z][\w'’&-]*(?:,?\s+{_NAME_WORD}){{0,8}}),?\s+"
    rf"(?:at|[-–])\s+(?P<at>{_CLOCK})\.?$"
    # (or a building alone after "At": "At Foulden Village Hall.")
    rf"|^(?:[Aa]t|(?i:held)\s+(?:at|in))\s+(?P<building>(?:the\s+)?[A-Z][\w'’&-]*"
    rf"(?:\s+{_NAME_WORD}){{0,6}}?\s+(?:{BUILDING_WORDS}))(?:,\s+[A-Z][\w'’-]+)?\.?$"
    # (or the platform alone: "via zoom", "By Microsoft Teams")
    # (or the platform alone on its line, "Microsoft Teams.")
    # (or held remotely on it, a rule under it: "Held remotely via Zoom ------")
    rf"|^(?:(?i:held)\s+(?=(?i:remotely|virtually|online)\s))?"
    rf"(?P<online>(?:(?i:remotely|virtually|online)\s+)?(?:(?i:via|by|on|using)\s+)?"
    rf"(?i:{NAMED_PLATFORM})(?:\s+[\w-]+){{0,3}}?)[.\s\-–—]*$",
    "header",
    "7.30pm in the Village Hall",
    flags=0,
)
near_miss(
    "header-time-and-place", "Members met at 7pm", "7.30pm in the evening", "at 7pm",
    "via the website", "At the meeting the Chairman welcomed the new Clerk.",
)  # fmt: skip
# The place and the hours in brackets on a line of their own, under the attendance:
# "(National Park Offices: 10.00am – 2.10pm)", "(Memorial Hall, Burry Port, 7.00pm – 9.00pm)".
PLACE_HOURS = rule(
    "header-place-hours",
    # (a building's word in the place; never who left or which item: "(Councillor Ash left
    # the meeting: 8.15pm – 8.30pm)", "(Item 5: 7.30pm – 8.00pm)")
    rf"^\((?=[^():]*\b(?:{BUILDING_WORDS})\b)(?![^():]*\b(?:left|Item|Cllr|Councillor|Adjourned)\b)"
    r"(?P<venue>[A-Z][^():]{2,100}?)[:,]\s*(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?)"
    r"\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?\)$",
    "header",
    "(National Park Offices: 10.00am – 2.10pm)",
    flags=0,
)
near_miss(
    "header-place-hours", "(2.08 p.m. – 2.12 p.m.)",
    "(Councillor Ash left the meeting: 8.15pm – 8.30pm)", "(Item 5: 7.30pm – 8.00pm)",
    "(Public Session, 7.00pm – 7.15pm)",
)  # fmt: skip
# Where a body says it met, on a line of its own under the header: "The panel met at
# Pittwood House, Scunthorpe."
MET_AT = rule(
    "header-met-at",
    # (or "Meeting was held at the Village Hall, North Thoresby.", after another sentence)
    r"(?:^|[.]\s+)(?:The\s+(?:[\w-]+\s+){0,3}?(?i:panel|committee|sub-committee|board|council|"
    # (a word of the name after its noun too: "The Area Forum East met ...")
    r"forum|group|cabinet|executive)(?:\s+[A-Z][\w-]*)?\s+met|(?:The\s+)?(?i:meeting)\s+was\s+held)"
    # (on its day, printed again: "The Parish Council met on Tuesday, 7th March in the ...")
    rf"(?:\s+on\s+(?:{DAY_NAMES}),?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{{4}})?,?)?"
    # (or its hour first: "The Area Forum East met at 6.30pm at The Friends Meeting House")
    r"(?:\s+at\s+(?P<hour>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?))?"
    r"\s+(?:at|in)\s+(?P<venue>(?:the\s+)?[A-Z][^.;:!?]{2,80}?)"
    r"(?:,?\s+at\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?))?\.?$",
    "header",
    "The panel met at Pittwood House, Scunthorpe.",
    flags=0,
)
near_miss(
    "header-met-at", "The panel met at 7pm.", "The panel met in private to consider the bids.",
    "The meeting was held in private.", "Meeting was held at 7.30pm.",
)  # fmt: skip

# A sentence that says how the meeting was held online, its platform named: "This meeting
# was held via Zoom in accordance with ...", "This meeting was held remotely by Zoom."
HELD_ONLINE = rule(
    "header-held-online",
    # (or after a clause and its comma: "Under the ... Regulations 2020, this meeting was held
    # by video conference.")
    r"(?:^|[.,]\s+)(?:(?:[Tt]his|[Tt]he)\s+)?(?i:meeting)\s+was\s+held\s+"
    rf"(?P<venue>(?:(?i:remotely|virtually|online)\s+)?(?i:via|by|on|using)\s+{NAMED_PLATFORM}"
    r"|(?i:by|via)\s+(?i:video\s*conference|video\s+link|telephone\s+conference))\b",
    "header",
    "This meeting was held via Zoom in accordance with the Regulations 2020",
    flags=0,
)
near_miss("header-held-online", "The meeting was held in the Village Hall.")


# A header's three lines run onto one, as a flattened page prints them: the body's name, the
# place with a building's word, and the weekday's date ("Tealing Community Council Tealing
# Small Hall, Inveraldie Wednesday 15th August 2012 @ 6.30pm").
NAME_PLACE_DATE = rule(
    "header-name-place-date",
    # (not a header sentence, "Minutes of the Cemetery Committee Meeting of X held at ...")
    r"^(?!.*\b(?:held|met|Meeting|MEETING)\b)(?!(?i:minutes|notes)\b)"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,7}?\s+(?:Council|Committee|Board|Authority|"
    r"Trust|Forum|Panel))\s+"
    rf"(?P<venue>[A-Z][^\n@]{{2,80}}?\b(?:{BUILDING_WORDS})\b[^\n@]{{0,40}}?),?\s+"
    # (the minutes' words between: "... Panel Wyvern Community Centre Minutes of meeting
    # Tuesday 25th March 2014")
    r"(?:(?i:minutes)(?:\s+of\s+(?:the\s+)?meeting)?,?\s+)?"
    rf"(?P<when>(?:{DAY_NAMES}),?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES}),?\s+\d{{4}}.*)$",
    "header",
    "Tealing Community Council Tealing Small Hall, Inveraldie Wednesday 15th August 2012 @ 6.30pm",
    flags=0,
)
near_miss(
    "header-name-place-date",
    "The Parish Council met in the Village Hall on Wednesday 15th August 2012",
    "Minutes of the Cemetery Committee Meeting of Bardney Group Parish Council held at The "
    "Parish Office, Silver Street, on Tuesday 6th August 2024",
)
