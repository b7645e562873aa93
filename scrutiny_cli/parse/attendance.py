"""The "Present:" block of formal minutes: who came, in what role, and who sent apologies."""

from __future__ import annotations

import re

from ..model import Attendee
from ..read.text import fold
from .attendance_cues import (
    ATTENDANCE_SECTIONS,
    CHAIR_MARK,
    HONORIFIC,
    LABEL_THEN_NAMES,
    PRESENT_START,
    SUBSTITUTE_MARK,
)
from .titles import FINITE_VERB

# Words that make the right of "J Gregg, People Directorate" an organisation, not a person.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:Directorate|Department|Service|Services|Team|Council|Officer|Manager|Director|Head|"
    r"Lead|Clerk|Solicitor|Advis[eo]r|Legal|Democratic|Governance|Finance|Planning|Executive|"
    r"Co-?ordinator|Partnership|Trust|Board|NHS|Police|Group|Unit|Authority)\b",
    re.IGNORECASE,
)
# "P Lindqvist, Law and Governance Directorate", "J Doe – Head of Housing".
_NAME_COMMA_ORGANISATION = re.compile(r"^(?P<name>[^,;()]+?)(?:,|\s+[-–]\s+)\s*(?P<org>[^,;()]+)$")
# A person's name as written in brackets after a post: "(J Doe)", "(Mrs K Lee)".
_BRACKETED_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s*){0,2}\s*[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?$"
)
_NOT_A_PERSON = re.compile(
    r"(?i)^(?:\d+|several|two|three|four|five|many)\b.*\bpublic\b|^\d"
    # a table's column headers after the list: "ITEMS Action", "Minute Owner"
    r"|^(?:(?:items?|actions?|minutes?|agenda|owner|by|who|date|ref|no\.?)\s*)+$"
    # an item's heading under an empty "APOLOGIES": "MINUTES OF THE MEETING 25th August 2021"
    r"|^minutes\s+of\b"
)
_OTHER_TIER = re.compile(
    r"(?i)^(?P<tier>district|county|borough|city|town|parish|unitary)\s+(?:Cllrs?\.?|Councillors?)\s+"
)
# A chair's title after a name and a comma: "Convener", "Vice-Convener", "Chair".
_POST_AFTER_NAME = re.compile(
    r"(?i)(?:(?P<deputy>(?:vice|depute|deputy)[- ])?(?:convener|convenor|chair(?:man|person)?"
    r"|provost|mayor)|(?P<officer>treasurer|secretary|minute\s+secretary))"
    # (the member's initials after it, as a community council lists them: "Ann Ash, Chair
    # (AA); Ben Birch, Treasurer (BB)")
    r"(?:\s*\([A-Z]{1,4}\))?"
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
# A post in square brackets or capitals after a name, as the round brackets give it:
# "Alan Smith [Chair]", "Cathy Fleet CLERK".
_SQUARE = re.compile(r"\[([^\]]{1,30})\]")
_CAPITAL_POST = re.compile(
    r"(?<=[a-z] )(CLERK|RFO|CHAIR(?:MAN|PERSON)?|VICE[- ]CHAIR(?:MAN)?)(?=\s*(?:[,;]|$))"
)


def _post_bracketed(line: str) -> str:
    line = _SQUARE.sub(r"(\1)", line) if "[" in line else line
    return _CAPITAL_POST.sub(lambda m: f"({m.group(1).title()})", line)


# A sub-heading of the block printed alone on its line, without its colon.
_LABEL_ALONE = re.compile(
    r"(?i)(?:also\s+present|(?:(?:also|officers?|officials?)\s+)?in\s+attendance|public\s+present"
    r"|members\s+of\s+the\s+public(?:\s+present)?)"
)
_NOBODY = re.compile(r"(?i)(?:none|nil|n/a)\.?")
_PROCEEDINGS = re.compile(r"(?i)\b(?:commenced|proposed|seconded)\b")
_OTHER_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’ ]{1,30}?)\s*:-?\s*")
_OFFICER_LABEL = re.compile(r"(?i)\b(?:clerk|taker|secretary|officer|treasurer|rfo|minutes)\b")


def parse_attendance(lines: list[str]) -> list[Attendee]:
    """Attendees from the lines of a Present block (the "Present:" line included)."""
    role: str | None = "member"
    status = "present"
    out: list[Attendee] = []
    # A list that turns to another in mid-line: "... Patel. Apologies received from ...".
    for raw in (piece for line in lines for piece in _SECTION_TURN.split(line)):
        line = _post_bracketed(raw.strip().lstrip("• ").strip())
        if not line or _NOBODY.fullmatch(line):
            continue  # ("PUBLIC PRESENT" / "None")
        if _LABEL_ALONE.fullmatch(line):
            line = f"{line}:"  # a sub-heading alone on its line: "Also present" / "5 Members ..."
        elif (lead := LABEL_THEN_NAMES.match(line)) and _LABEL_ALONE.fullmatch(
            lead.group().strip()
        ):
            line = f"{lead.group().strip()}: {line[lead.end() :]}"  # "IN ATTENDANCE Keir Bloomer"
        start = PRESENT_START.regex.match(fold(line))
        if start:  # ("Present:" after "PRESENT IN THE CHAIR: ...": the members, not chairs)
            line, role, status = line[start.start("rest") :], "member", "present"
        for section, section_role, section_status in ATTENDANCE_SECTIONS:
            m = section.regex.match(fold(line))
            if m:
                role, status = section_role, section_status
                line = line[m.end() :]
                break
        else:
            if not start and len(line.split()) >= 8 and FINITE_VERB.search(line):
                break  # prose after the list: "The agenda ... are published on ..."
            if not start and _CAPS_HEADING.fullmatch(line):
                break  # a heading in capitals after the list: "UNRESTRICTED ITEMS"
            if not start and _PROCEEDINGS.search(line):
                break  # the meeting under way: "Meeting Commenced at 20.03hrs", "Seconded SB."
            other = _OTHER_LABEL.match(line)
            if other and not start:
                # a label the sections do not know ends the list before it: "Minute taker:
                # J Foster" is an officer present; "Members of the Public: 3" names nobody
                if not _OFFICER_LABEL.search(other["label"]):
                    continue
                role, status = "officer", "present"
                line = line[other.end() :]
        out.extend(_people(line, role, status))
    return _dedupe(out)


def _people(line: str, role: str | None, status: str) -> list[Attendee]:
    line = line.strip().rstrip(".")
    single = _NAME_COMMA_ORGANISATION.match(line)
    if single and _is_organisation(single["org"]):
        # "P Lindqvist, Law and Governance Directorate": one person, whose "and" is no list.
        person = _person(single["name"], role, status)
        if person:
            person.organisation = single["org"].strip()
        return [person] if person else []
    people: list[Attendee] = []
    for chunk in _split_names(line):
        post = _POST_AFTER_NAME.fullmatch(chunk)
        if people and post:  # "Councillor Macleod, Convener": the post of the name before
            if post["officer"]:  # (an office the member holds: "Ben Birch, Treasurer (BB)")
                people[-1].organisation = people[-1].organisation or post["officer"].title()
            else:
                people[-1].role = "member" if post["deputy"] else "chair"
            continue
        if people and _HONOURS.fullmatch(chunk):
            continue  # "Mr R C Love, OBE": the honours of the name before, no one's name
        if people and _is_organisation(chunk):
            # "J Gregg, People Directorate": the organisation of the name before it.
            people[-1].organisation = chunk
            continue
        person = _person(chunk, role, status)
        if person:
            people.append(person)
    return people


# A heading in capitals, of an agenda's words ("UNRESTRICTED ITEMS", "PART 1 - PUBLIC
# BUSINESS"); not a name in capitals ("MARY JONES").
_CAPS_HEADING = re.compile(
    r"(?:[A-Z\d&-]+\s+)*(?:ITEMS?|BUSINESS|AGENDA|MINUTES|SESSION|PART)(?:\s+[A-Z\d&-]+)*"
)
# Honours printed after a name's comma: "OBE", "MBE". (Not two letters: a parish's lists
# give its members by their initials, "Cllrs AS, JP, DL, KC".)
_HONOURS = re.compile(r"(?:(?:KBE|DBE|CBE|OBE|MBE|BEM)\b[\s.]*)+")


def _is_organisation(chunk: str) -> bool:
    return (
        "(" not in chunk
        and bool(_ORGANISATION_WORDS.search(chunk))
        and not re.match(r"^(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+|[A-Z]\.?\s)", chunk)
    )


def _split_names(line: str) -> list[str]:
    """Split on commas and "and", keeping "(substitute for Cllr A, B)" marks whole."""
    chunks, depth, current = [], 0, ""
    for token in re.split(r"(\(|\)|,|;|\band\b|&)", line):
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token is not None and _LIST_SPLIT.fullmatch(token or ""):
            chunks.append(current)
            current = ""
        else:
            current += token or ""
    chunks.append(current)
    parts = [p for c in chunks for p in (_RUN_ON_NAME.split(c) if "(" not in c else [c])]
    return [p.strip() for p in parts if p.strip()]


# A name run on after a post without a comma, as flattened PDFs print lists: "Councillor
# Ashby, Mayor Councillors Bellamy", "Ms R Lowther, Chief Executive Mr S Maddox".
_RUN_ON_NAME = re.compile(
    r"(?<=[a-z])(?<!District)(?<!County)(?<!Borough)(?<!City)(?<!Town)(?<!Parish)"
    r"\s+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z])"
)


def _person(text: str, role: str | None, status: str) -> Attendee | None:
    organisation = None
    if _NOT_A_PERSON.match(text.strip()):
        return None  # "3 members of the public"
    tier = _OTHER_TIER.match(text.strip())
    if tier:  # "District Cllr R Gatley": a councillor of another council
        text = text.strip()[tier.end() :]
        organisation = f"{tier['tier'].title()} Councillor"
        role = "other member"
    if role == "officer" and HONORIFIC.regex.match(fold(text)):
        role = "other member"  # a councillor "in attendance" among officers
    for bracket in re.findall(r"\(([^()]*)\)", text):
        role, note = _bracket_role(bracket, role)
        organisation = organisation or note
    councillor = re.match(r"(?i)\s*(?:Councillors?|Cllrs?)\b", text)
    if role == "other member" and organisation and not councillor:
        # "Also present: Mrs A Griffiths (Clerk)": an officer, by the post in brackets
        role = "officer" if _ORGANISATION_WORDS.search(organisation) else role
    name = re.sub(r"\s*\([^()]*\)", "", text)
    name = HONORIFIC.regex.sub("", name).strip(" ,;:-")
    if organisation and _BRACKETED_NAME.match(organisation) and _is_organisation(name):
        name, organisation = organisation, name  # "Head of Housing (J Doe)": the post first
    if not name or len(name) > 60 or not re.search(r"[A-Za-z]", name):
        return None
    return Attendee(name=name, role=role, status=status, organisation=organisation)


def _bracket_role(bracket: str, role: str | None) -> tuple[str | None, str | None]:
    """What "(Chair)", "(Vice-Chair)", "(substitute for ...)", "(Co-opted Member)" or
    "(Head of Finance)" after a name says: the role, or else an organisation or post."""
    folded = fold(bracket).strip()
    if SUBSTITUTE_MARK.regex.match("(" + folded):
        return "substitute", None
    if re.search(r"(?i)\b(?:vice|deputy)\b", folded):
        return (role if role not in (None, "chair") else "member"), None
    if CHAIR_MARK.regex.fullmatch("(" + folded + ")"):
        return "chair", None
    if re.fullmatch(r"(?i)co-?opted(?: member)?", folded):
        return "co-opted", None
    if re.fullmatch(r"(?i)(?:parish\s+|town\s+)?clerk(?:\s+and\s+rfo)?|rfo|minute\s+taker", folded):
        return "officer", bracket.strip()  # "(Clerk)": the council's officer, not a member
    return role, bracket.strip() or None


def _dedupe(people: list[Attendee]) -> list[Attendee]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in people:
        key = (p.name.lower(), p.status)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# An item that records who came: "Members Present", "Present", "Attendance".
_PRESENT_ITEM = re.compile(
    r"(?i)^(?:members\s+|those\s+)?present\b|\bpresent$|^(?:in\s+)?attendance\b"
)
# Where a run-in attendance text turns to another list: "... S Powell. Also present: ...".
_SECTION_TURN = re.compile(
    r"(?<=[.;])\s+(?=(?:Also present|In attendance|Officers?(?: present)?|Apologies)\b)", re.I
)


def attendance_in_items(titles_and_minutes: list[tuple[str, str]]) -> list[Attendee]:
    """Who came, from a "Members Present" item where the page has no Present block."""
    for title, minutes in titles_and_minutes:
        if title and _PRESENT_ITEM.search(title.strip()) and minutes.strip():
            lines = _SECTION_TURN.split(minutes.strip())
            return parse_attendance(["Present: " + lines[0], *lines[1:]])
    return []


def attendance_of(lines: list[str]) -> list[Attendee]:
    """Attendees of the "Present:" block among a page's opening lines, if there is one."""
    opening = (PRESENT_START, ATTENDANCE_SECTIONS[0][0], ATTENDANCE_SECTIONS[1][0])
    for i, line in enumerate(lines):  # "Present:", "Presiding:", "Members Present:"
        if any(rule.regex.match(fold(line.strip())) for rule in opening):
            return parse_attendance(lines[i:])
    for line in lines:  # a page flattened onto one line: "... Wyvernbury Members Present: ..."
        m = _PRESENT_INSIDE.search(line)
        if m:
            listed = _MEETING_GOES_ON.split(line[m.start() :])[0]
            return parse_attendance(_LABEL_INSIDE.split(listed))
    return []


_PRESENT_INSIDE = re.compile(r"\b(?:Members\s+)?Present\s*:")
_LABEL_INSIDE = re.compile(
    r"(?<!Officers)(?<!Officer)\s+"
    r"(?=(?:Officers?|Also Present|Other Members|In Attendance|Apologies)"
    r"(?:\s+in\s+attendance|\s+present)?\s*:)",
    re.I,
)
_MEETING_GOES_ON = re.compile(r"\s+(?=The meeting (?:commenced|started|began|opened)\b)")


_APOLOGIES_SENTENCE = re.compile(
    r"Apologies(?: for absence)? (?:were|was) (?:received|submitted|given|reported)"
    r" (?:from|by|on behalf of)"
    r"\s+(?P<names>[^.]+?)(?:\.(?:\s|$)|$)",  # the full stop may be lost with a table's pipe
    re.IGNORECASE,
)


# Names alone, a list's commas and "and" between: "Cllr B Singleton, Cllr S King", "J
# Bartram, J Bell, A Vipond and A Hirst" (every word a name's, capitalised, a post in
# brackets, or a joining word; never "None", "Everyone present", "Paul Brown sent his
# apologies", "Hill due to family commitments", a label in capitals over them).
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|\([^()]{1,30}\)|and|&|ab|ap|de|van|von|le|la|du)"
_NAMES_ONLY = re.compile(
    r"(?!(?:The|There|None|Nil|No|All|Everyone|Committee|Members?)\b|[A-Z]{3,}\s+[A-Z]{2,}\b)"
    rf"{_NAME_WORD}(?:[ ,]+{_NAME_WORD}){{1,40}}\.?"
)
_APOLOGIES_FROM = re.compile(r"(?i)^apologies(?:\s+for\s+absence)?\s*(?:from\b|[:\-–])\s*")


def apologies_in_items(
    titles_and_minutes: list[tuple[str, str]], known: list[Attendee]
) -> list[Attendee]:
    """Apologies given in an "Apologies" item rather than in the Present block."""
    names = {a.name.lower() for a in known}
    found: list[Attendee] = []
    for title, minutes in titles_and_minutes:
        opens = re.match(r"(?i)(?:\d+(?:\.\d+)*\s+)?apologies\b", minutes.lstrip())
        if not (re.match(r"(?i)apolog", title or "") or opens):
            continue  # an apologies item, or an untitled one that opens with them
        given = [m["names"] for m in _APOLOGIES_SENTENCE.finditer(minutes)]
        first = _APOLOGIES_FROM.sub("", minutes.strip().split("\n", 1)[0].strip(), count=1)
        if not given and title and _NAMES_ONLY.fullmatch(first) and not FINITE_VERB.search(first):
            given = [first]  # (the item's minutes its names alone: "J Bartram, J Bell")
        for names_given in given:
            for person in parse_attendance([f"Apologies: {names_given}"]):
                if person.name.lower() not in names:
                    names.add(person.name.lower())
                    found.append(person)
    return found
