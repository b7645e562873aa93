"""Welsh header sentences, read as the English they say. A community council minuting in
Welsh writes "Cynhaliwyd cyfarfod o Gyngor Cymuned Salem am 7.30pm ar y 14eg Medi 2016 yn
yr Ystafell Ddarllen, Cwmifor." for "A meeting of Cyngor Cymuned Salem was held at 7.30pm
on the 14th September 2016 in Ystafell Ddarllen, Cwmifor."; the header's rules then
read it as any other. (dates.py reads the months and ordinals in Welsh.)
"""

from __future__ import annotations

import re

# "Cynhaliwyd cyfarfod (o) BODY am TIME ar y DATE yn (yr) PLACE": "A meeting (of) ... was
# held at ... on the ... in (the) ...".
_HELD = re.compile(
    r"^Cynhaliwyd\s+cyfarfod\s+(?:o\s+)?(?P<body>\S.{2,120}?)\s+(?P<rest>(?:am|ar)\s.*)$"
)
# "Cofnodion (o) gyfarfod BODY a gynhaliwyd yn PLACE am TIME DATE": "Minutes of a meeting of
# ... held in ... at ..." (in capitals too, as a printed header sets it).
_MINUTES_HELD = re.compile(
    r"(?i)^Cofnodion\s+(?:o\s+)?[gc]yfarfod\s+(?:o\s+)?(?P<body>\S.{2,120}?)\s+"
    r"a\s+[gc]ynhaliwyd\s+(?P<rest>(?:yn|ym|yng|am|ar)\s.*)$"
)
_OCLOCK = re.compile(r"(?i)\s+o['’]r\s+gloch\b")  # ("am 7.30 o'r gloch": "at 7.30")
# Its words, each with its English (the place keeps its article): (Welsh, English, example).
_MINUTES_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"(?i)\bam\b", "at", "AM 7.30"),
    (r"(?i)\bar\s+(?=\d)", "on ", "ar 12 Mawrth 2024"),
    (r"(?i)\byng?\b", "in", "YN YR HEN LYFRGELL"),
)
# The words of the sentence's rest, each with its English: (Welsh, English, example).
_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"\bam\b", "at", "am 7.30pm"),
    (r"\bar\s+yr?\b", "on the", "ar y 14eg Medi 2016"),
    (r"\byng\b|\byn\s+yr?\b|\byn\b", "in", "yn yr Ystafell Ddarllen"),
)
# A body's name after "o" takes the soft mutation: "o Gyngor Cymuned" is of "Cyngor Cymuned".
_MUTATED = {"Gyngor": "Cyngor", "Bwyllgor": "Pwyllgor", "Gyd-bwyllgor": "Cyd-bwyllgor"}


# A bilingual header on one line, Welsh then English: "Cyngor Cymuned Llanbadrig Community
# Council Cofnodion o gyfarfod a gynhaliwyd nos Lun 18/1/2016 Minutes of the meeting held on
# Monday evening 18/1/2016": the body's name and the English sentence.
# (the body's name first: not an item's "3. Cofnodion / Minutes of the last meeting")
# (nor a Welsh and English item heading: "Pwyllgor Cyllid / Finance Committee Cofnodion
# 11/1/2016 / Minutes of ...": no slash or figure in the name, a Welsh word after "Cofnodion")
_BOTH = re.compile(
    r"^(?P<name>[^\d\W][^/\d]{0,80}?\b(?:Council|Committee))\s+Cofnodion\s+(?=[^\W\d]).*?\s"
    r"(?P<english>(?i:minutes\s+of)\b.*)$"
)


# A Welsh ModernGov page's title and fields: "Cyngor Sir Ynys Môn - Dydd Iau, 9fed Hydref,
# 2014 2.00 o'r gloch", "Lleoliad: Council Chamber" (the day's name and the field's label in
# English; dates.py reads the month and ordinal, and an hour with no "pm" as any other).
_WEEKDAY = re.compile(r"\bDydd\s+(Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)\b")
_WEEKDAYS = {
    "Llun": "Monday", "Mawrth": "Tuesday", "Mercher": "Wednesday", "Iau": "Thursday",
    "Gwener": "Friday", "Sadwrn": "Saturday", "Sul": "Sunday",
}  # fmt: skip
_FIELD = re.compile(r"^(Lleoliad|Cyswllt)(?=\s*:)")
_FIELDS = {"Lleoliad": "Venue", "Cyswllt": "Contact"}


# A meeting's name on one line and how and when it is held on the next: "Cyfarfod o Gyngor
# Cymuned Aberffraw" / "a gynhelir trwy ZOOM, am 7 pm ddydd Mercher 30 Medi 2020" ("A
# meeting of ... held via ZOOM, at 7 pm on Wednesday 30 September 2020").
_MEETING_OF = re.compile(r"^Cyfarfod\s+(?:o\s+)?(?P<body>[A-Z]\S*(?:\s+\S+){0,8})$")
_HELD_LINE = re.compile(r"^a\s+(?:gynhelir|gynhaliwyd)\s+(?P<rest>\S.*)$")
_HELD_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"\btrwy\b", "via", "trwy ZOOM"),
    (r"\bam\b(?=\s+\d)", "at", "am 7 pm"),  # (not the hour's own "am": "am 10 am")
    (r"\bddydd\s+", "on Dydd ", "ddydd Mercher"),
)


def welsh_two_lines(top: list[str]) -> list[str]:
    """The lines, a meeting's Welsh name over how and when it is held (a blank line or two
    between) joined as one header sentence in English, the second line left blank."""
    out = list(top)
    for i, line in enumerate(top):
        if not line.startswith("Cyfarfod") or not (m := _MEETING_OF.match(line.strip())):
            continue
        j = next((k for k in range(i + 1, min(len(top), i + 4)) if top[k].strip()), None)
        held = _HELD_LINE.match(top[j].strip()) if j is not None else None
        if j is None or held is None:
            continue
        first, _, others = m["body"].partition(" ")
        body = " ".join(w for w in (_MUTATED.get(first, first), others) if w)
        rest = held["rest"]
        for welsh, english, _example in _HELD_WORDS:
            rest = re.sub(welsh, english, rest)
        out[i], out[j] = f"A meeting of {body} held {rest}", ""
    return out


# A Welsh ModernGov decision page's title and fields, each with its English: "Manylion y
# penderfyniad" (Decision details), "Y sawl sy'n gwneud penderfyniad : Pwyllgor Gwaith"
# (Decision Maker: ...), "Penderfyniadau:" (Decision:), "Dyddiad y penderfyniad: 18/09/2017".
_DECISION_FIELDS: tuple[tuple[str, str], ...] = (
    (r"Manylion\s+y\s+penderfyniad\s*$", "Decision details"),
    (r"Y\s+sawl\s+sy['’]n\s+gwneud\s+penderfyniad\s*:", "Decision Maker:"),
    (r"Statws\s+Penderfyniad\s*:", "Decision status:"),
    (r"Penderfyniadau\s*:", "Decision:"),
    (r"Dyddiad\s+cyhoeddi\s*:", "Publication date:"),
    (r"Dyddiad\s+y\s+penderfyniad\s*:", "Date of decision:"),
    (r"Penderfynwyd\s+yn\s+y\s+Cyfarfod\s*:", "Decided at meeting:"),
)
_DECISION_LABELS = [(re.compile(rf"^\s*{w}", re.I), english) for w, english in _DECISION_FIELDS]


def decision_fields_in_english(lines: list[str]) -> list[str]:
    """The lines, a Welsh decision page's title and field labels put into English (the
    values and the text stay as printed); only on a page whose title says it is one."""
    title = _DECISION_LABELS[0][0]
    if not any(title.match(ln) for ln in lines[:8]):
        return lines
    out = []
    for line in lines:
        label = next(((p, english) for p, english in _DECISION_LABELS if p.match(line)), None)
        out.append(label[0].sub(label[1], line, count=1) if label else line)
    return out


# A header set in pairs, each Welsh phrase before its English after a slash: "Cofnodion 3 Medi
# 2019 / Minutes 3rd September 2019 Cyfarfod y Cyngor / Meeting of the Council". Each Welsh
# phrase, from its first word up to its slash, is left out (not a date's own slashes,
# "Cofnodion 11/1/2016 / Minutes ...", which this leaves for _BOTH); only a title that opens
# so, never an item's heading in both tongues, "Pwyllgor Cyllid / Finance Committee ...".
_PAIRED_TITLE = re.compile(r"^Cofnodion\s[^/]{1,60}?\s/\s+Minutes\b")
_WELSH_PAIRED = re.compile(
    r"(?:^|(?<=\s))(?:Cofnodion|Cyfarfod|Pwyllgor)\s[^/]{1,60}?\s/\s+(?=[A-Z])"
)


def in_english(line: str, both: bool = True) -> str:
    """The line in English where it is a Welsh header sentence (or, where both, a header in
    both tongues on one line); else as it is."""
    if line.startswith("Cofnodion") and _PAIRED_TITLE.match(line):
        line = _WELSH_PAIRED.sub("", line)
    if "Dydd" in line:
        line = _WEEKDAY.sub(lambda m: _WEEKDAYS[m[1]], line)
    if line.startswith(("Lleoliad", "Cyswllt")):
        line = _FIELD.sub(lambda m: _FIELDS[m[1]], line)
    if both and "Cofnodion" in line and (m := _BOTH.match(line)):
        return f"{m['name']} {m['english']}"
    if line[:9].lower() == "cofnodion" and (m := _MINUTES_HELD.match(line)):
        rest = _OCLOCK.sub("", m["rest"])
        for welsh, english, _example in _MINUTES_WORDS:
            rest = re.sub(welsh, english, rest)
        return f"Minutes of a meeting of {m['body']} held {rest}"
    m = _HELD.match(line) if line.startswith("Cynhaliwyd") else None
    if m is None:
        return line
    first, _, others = m["body"].partition(" ")
    body = " ".join(w for w in (_MUTATED.get(first, first), others) if w)
    rest = m["rest"]
    for welsh, english, _example in _WORDS:
        rest = re.sub(welsh, english, rest)
    return f"A meeting of {body} was held {rest}"
