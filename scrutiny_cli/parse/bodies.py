"""Who the meeting is of, when no header says: the body the text names as meeting ("Cabinet
RESOLVED", "The Executive Board considered", "informed the Council"), and the council whose
name heads the page."""

from __future__ import annotations

import re
from collections import Counter

from ..read.text import fold
from .body_names import clean_committee, tidy_case
from .dates import MONTHS
from .rules import near_miss, rule

COUNCIL_LINE = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+){0,5}(?i:Council|Borough|County Council|Authority)$|"
    r"^(?:London Borough|Royal Borough|City|County|Borough) of [A-Z][\w ]+$"
)

# Bodies named in the text, for a page whose header names none: "Cabinet RESOLVED",
# "The Executive Board considered", "informed the Council", "Link: View Council Meeting".
_BODY = (
    r"(?P<name>(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,6}"
    r"(?:Council|Cabinet|Executive|Board|Committee|Sub-Committee|Panel|Forum|Commission|Assembly|Authority)"
    r"(?![\w-])"  # (the whole word: not "Council" of "Councillor")
    # (a numbered or named board of several: "Scrutiny Board (3)", "Scrutiny Board
    # (Environment, Housing and Communities)"; not its initials, "(AGC)", nor a note in
    # brackets, "(Minute 45 refers)", "(Councillor Smith in the Chair)")
    r"(?:\s+\((?:\d|(?!(?:Item|Minute|Appendix|Agenda|Councillor|Cllr|Report|Paper)\b)"
    r"(?=[^)]{0,80}[a-z])[A-Z][A-Za-z,&'’ -]{2,80})\))?)"
)
BODY_AS_SUBJECT = rule(
    "body-as-subject",
    # (in a house style's capitals too: "Council CONFIRMED the minutes of ..."; its members
    # too: "Executive Members considered the proposal")
    rf"\b{_BODY}(?:\s+[Mm]embers)?\s+(?:RESOLVED|resolved|considered|received|discussed|NOTED|AGREED|approves|"
    r"CONFIRMED|APPROVED|ENDORSED|agreed|noted|had before it|was informed"
    # (a paper, not an award: "The Cabinet was presented with the Panel's recommendations",
    # not "The Youth Council was presented with certificates")
    r"|was presented with(?=\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|recommendation|"
    r"petition|finding|proposal|paper|update|option|business case|draft|minute)s?\b))\b",
    "header",
    "the Executive Board considered a report",
    flags=0,
)
BODY_AS_OBJECT = rule(
    "body-as-object",
    # (not another meeting: "presented to the next meeting of Council", "That a Special
    # Meeting of the Council be convened"; this one in its title's capitals, "Minutes of the
    # Meeting of the Council held on ...")
    r"\b(?:informed|informing|advised|advising|welcomed to|attention of|"
    r"(?<![Nn]ext )(?<![Ff]uture )(?<![Ff]ollowing )(?<![Ss]pecial )(?<![Ee]xtraordinary )"
    r"[Mm]eeting of|(?P<minutes>[Mm]inutes of)|View|[Mm]embers of)"
    # (its previous meeting's minutes name it too: "the minutes of the previous Health
    # Overview & Scrutiny Committee meeting", "Minutes of Previous Planning Committee")
    # ("the Minutes of a Planning Committee meeting", never "informed a Council officer")
    rf"\s+(?:the\s+|(?<=inutes of )a\s+)?(?:(?:[Pp]revious|[Ll]ast)\s+)?{_BODY}",
    "header",
    "Councillor Grant informed the Council that",
    flags=0,
)
# The body as the one whose chair a meeting elects, or whose last meeting's actions or
# minutes it looks back to: "be elected Vice Chair of the Licensing Committee", "Actions
# from the previous Overview Committee Meeting" (not "reported on the last Cabinet meeting").
BODY_AS_OWN = rule(
    "body-as-own",
    r"\b(?:(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:Vice[- ]?)?"
    r"(?:Chair|Chairman|Chairperson|Chairwoman)\s+of\s+(?:the\s+)?"
    r"|(?:[Aa]ctions?|[Mm]inutes)\s+(?:arising\s+)?(?:of|from)\s+(?:the\s+)?"
    rf"(?P<last>[Pp]revious|[Ll]ast)\s+){_BODY}(?(last)\s+[Mm]eeting\b)",
    "header",
    "RESOLVED that Councillor Ash be elected Vice-Chair of the Licensing Committee",
    flags=0,
)
# The body as the subject of a motion put to it ("moved ... that the Customer Focus Scrutiny
# Committee agree ..."; not one a recommendation names, named_body checks), and the body
# whose own work programme the meeting reviews ("Forward Work Plan for the Performance &
# Scrutiny Committee"; not "Overview & Scrutiny Committee Work Programme" on a Cabinet's
# agenda, nor the Cabinet's or Executive's own, which others' minutes review too).
BODY_IN_MOTION = rule(
    "body-in-motion",
    rf"\bthat\s+(?:the\s+)?{_BODY}\s+(?:agree|approve|note|endorse|accept|support)\b",
    "header",
    "It was moved that the Customer Focus Scrutiny Committee agree to add the proposal",
    flags=0,
)
# The body a decision is recorded of, in any tense and before its parts: "RESOLVED: That
# Cabinet (1) Endorsed ...", "Decision made (Unanimously): That Cabinet approved ...". Out of
# a resolution, "X approved" is as often another body's act ("the District Council approved
# the application"), so BODY_AS_SUBJECT does not take it.
BODY_RESOLVED = rule(
    "body-resolved",
    # (or a part on a line of its own, under a heading the line above holds)
    r"(?:^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:That|THAT)|"
    r"\b(?:RESOLVED|Resolved|resolved|DECISION|Decision(?:\s+made)?(?:\s*\([^)]{0,30}\))?)"
    r"\s*[:,-]?\s*(?:\(?[a-z0-9]{1,3}\)\s*)?(?:That|THAT|that))"
    rf"\s+(?:the\s+)?{_BODY}\s+(?:\(?[a-z0-9]{{1,3}}\)\s*)?"
    r"(?i:agreed|approved|noted|endorsed|accepted|supported|considered|adopted|confirmed|"
    r"received|requested|welcomed|recommends|agrees|approves|notes|endorses|accepts|supports|"
    r"adopts|confirms|receives|requests|welcomes|(?:re)?affirm(?:s|ed)|instruct(?:s|ed)|"
    r"authori[sz](?:es|ed)|delegat(?:es|ed)|resolv(?:es|ed)|thank(?:s|ed)|decide[sd])\b",
    "header",
    "Decision made (Unanimously): That Cabinet approved that the meeting remain in public",
    flags=0,
)
# The same with the verb in the subjunctive, after the keyword only: "Resolved: That
# Executive approve:", "RESOLVED UNANIMOUSLY: That the Strategy and Resources Committee note
# that:-" (a line "That Council approve ..." alone is as often a recommendation to another).
BODY_RESOLVED_THAT = rule(
    "body-resolved-that",
    r"\b(?:RESOLVED|Resolved|resolved)(?:\s+(?i:unanimously))?\s*[:,-]?\s*(?:That|THAT|that)"
    rf"\s+(?:the\s+)?{_BODY}\s+(?i:agree|approve|note|endorse|accept|support|adopt|confirm|"
    r"receive|request|welcome|instruct|authori[sz]e|delegate|thank|decide)\b",
    "header",
    "RESOLVED UNANIMOUSLY: That the Strategy and Resources Committee note that:-",
    flags=0,
)
near_miss("body-resolved-that", "RECOMMENDED: That Council approve the budget")
# The same with its parts below, the line "That Cabinet" alone over "1. Noted ...".
BODY_LEADS_PARTS = rule(
    "body-leads-parts",
    rf"^\s*(?:That|THAT)\s+(?:the\s+)?{_BODY}\s*:?\s*$",
    "header",
    "That Cabinet",
    flags=0,
)
# The body an agenda's words put the business to: "Cabinet is asked to approve as a correct
# record the minutes of the last meeting" (never "the Committee", a generic name).
BODY_ASKED = rule(
    "body-asked",
    rf"\b{_BODY}\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\b",
    "header",
    "Cabinet is asked to approve as a correct record the minutes of the last meeting",
    flags=0,
)
BODY_WORK_PLAN = rule(
    "body-work-plan",
    r"\b(?:Forward\s+)?Work\s+(?:Plan|Programme)\s+(?:[Ff]or|[Oo]f)\s+(?:[Tt]he\s+)?"
    rf"(?!Cabinet\b|Executive\b){_BODY}",
    "header",
    "Forward Work Plan for the Performance & Scrutiny Committee for 2015/16",
    flags=0,
)
GENERIC_BODIES = frozenset(
    "committee board panel forum commission assembly sub-committee group members".split()
)


_RECOMMENDED = re.compile(r"(?i)recommend")
# Every noun _BODY ends on, but the two named_body looks for as text (each cue needs one).
_BODY_NOUN = re.compile(r"Board|Committee|Panel|Executive|Authority|Forum|Commission|Assembly")
_CUES = (
    (BODY_AS_SUBJECT, 2),
    (BODY_IN_MOTION, 2),
    (BODY_RESOLVED, 2),
    (BODY_RESOLVED_THAT, 2),
    (BODY_LEADS_PARTS, 2),
    (BODY_ASKED, 1),
    (BODY_AS_OBJECT, 1),
    (BODY_AS_OWN, 1),
    (BODY_WORK_PLAN, 1),
)


_LABEL_BEFORE = re.compile(
    r"^(?:(?:(?:[A-Z]{2,}\s+)+|(?:Decisions?|Outcome|Resolved|Agreed)\s+)(?=[Tt]he\s))?"
    r"(?:The|THE|That|THAT)\s+"
)


def named_body(lines: list[str]) -> str | None:
    """The body the text itself names as meeting, when the header names none."""
    counts: Counter[str] = Counter()
    for line in lines:
        if "Council" not in line and "Cabinet" not in line and not _BODY_NOUN.search(line):
            continue  # (a cheap test first: most lines name no body)
        folded = fold(line)
        for cue, weight in _CUES:
            for m in cue.regex.finditer(folded):
                if cue is BODY_IN_MOTION and _RECOMMENDED.search(folded, 0, m.start()):
                    continue  # ("... Committee recommend that the Council approve ...")
                # (nor a heading in capitals before it: "RECOMMENDED The Health Board", nor a
                # row's label, "Decision The Policy and Resources Committee agreed to")
                name = _LABEL_BEFORE.sub("", m["name"]).strip()
                if re.search(r"(?i)\bmeeting\b", name):  # "First Meeting of Community Council"
                    name = clean_committee(name) or ""
                # (an authority's too after "the minutes of the meeting of")
                minutes = m.groupdict().get("minutes") or (
                    name.endswith("Authority") and _MINUTES_BEFORE.search(folded, 0, m.start())
                )
                if not name or (minutes and _RECEIVED.match(folded, m.end())):
                    continue  # (another body's minutes, received: no name of this one)
                if (
                    name.endswith("Authority")
                    and cue not in (BODY_RESOLVED, BODY_RESOLVED_THAT, BODY_LEADS_PARTS)
                    and not _OWN_AUTHORITY.match(m.group().lstrip())
                ):
                    continue  # (what an authority did or was told is another body's)
                if (
                    name.lower() not in GENERIC_BODIES
                    and name.split()[0] not in _NOT_NAMES
                    and not _ROLE.fullmatch(name)
                    and not _TWO_BODIES.search(name)
                ):
                    counts[name] += weight
    # ("the Joint Committee" is the "Chilterns Crematorium Joint Committee" named in full)
    # (not a body's noun alone: "Council" is the full council, whatever else is named)
    for short in sorted((n for n in counts if " " in n), key=len):
        longer = [n for n in counts if n != short and n.endswith(f" {short}")]
        if longer:
            counts[max(longer, key=len)] += counts.pop(short)
    if not counts:  # (else the council a parish's minutes keep naming: "the Parish Council")
        mentioned = Counter(m.group(1) for line in lines for m in _COUNCIL_MENTIONED.finditer(line))
        own = {m["behalf"] or m["acting"] for line in lines for m in _OWN_VOICE.finditer(line)}
        counts = Counter({name: n for name, n in mentioned.items() if n >= 2 or name in own})
        counts.update(name for name in own if name not in mentioned)  # (named in lower case)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


# A parish's, town's or community's council named in its own minutes' words: "On behalf of
# the Parish Council, the Chairman ...", "... to the Town Council's website".
_COUNCIL_MENTIONED = re.compile(r"\b[Tt]he\s+((?:Parish|Town|Community)\s+Council)\b")
# Once is enough where the minutes speak for it: "On behalf of the Parish Council, the
# Chairman ...", "The Parish Council recorded its thanks", "that the Parish Council agree"
# (not a consultee named in another council's minutes: "... between the applicant and the
# Parish Council").
_OWN_VOICE = re.compile(
    r"\b[Oo]n\s+behalf of the (?P<behalf>(?:Parish|Town|Community) Council)"
    # (in lower case too where it acts: "The parish council agreed to accept ...")
    r"|\b[Tt]he\s+(?P<acting>(?:[Pp]arish|[Tt]own|[Cc]ommunity)\s+[Cc]ouncil)\s+(?:agree|agreed|agrees|"
    r"recorded|records|thanked|resolved|resolves|decided|noted|approved|approves|wishe[sd])\b"
)
# Minutes of another body, received or noted rather than approved: "That the minutes of the
# Conservation Advisory Panel meeting held on 5th December 2019 be received".
_RECEIVED = re.compile(r"[^.;]{0,80}?\b(?:be|were|was)\s+(?:received|noted)\b")
# Two bodies joined, no one body's name: "members of Ashby District Council and Wessex County
# Council", "the Cabinet and Council" (unlike "Policy and Resources Committee").
_TWO_BODIES = re.compile(r"\b(?:Council|Cabinet|Committee|Board|Panel|Authority)\s+(?:and|&)\s")
# An authority named by its role, another body the minutes deal with ("the Local Planning
# Authority", "the Highway Authority"), not a meeting's: a fire or combined authority is.
_ROLE = re.compile(
    r"(?:[\w&'’-]+\s+)*(?:Local|Planning|Highways?|Licensing|Housing|Education|Unitary|Lead|"
    r"Relevant|Statutory|Parent|Health|Police|Water|Waste|Harbour|Port|Billing|Precepting)"
    r"\s+Authority"
)
# An authority is the meeting's own only where its meeting, minutes or members are named.
_OWN_AUTHORITY = re.compile(r"(?i)(?:meeting|minutes|members)\s+of\b")
_MINUTES_BEFORE = re.compile(r"(?i)\bminutes\s+of\s+(?:the\s+)?$")
# Capitalised words that start a sentence rather than a body's name.
_NOT_NAMES = frozenset(
    "That This These Members Member Councillor Councillors Cllr Previous Last Next Preceding "
    "Future Past January February March April May June July August September October "
    "November December".split()
)  # ("Minutes of Next Planning Committee", "Minutes of February Committee meeting": no name)


def council_line(lines: list[str]) -> int | None:
    """Where the council's name stands alone at the top ("Fenmarsh District Council")."""
    for i, line in enumerate(lines):
        if line and len(line) < 60 and COUNCIL_LINE.match(line.strip()):
            return i
    return None


def council_over(lines: list[str], used: set[int]) -> int | None:
    """The line just above one of the header's that is a council's name alone, if any."""
    for k in sorted(used):
        above = next((j for j in range(k - 1, -1, -1) if lines[j]), None)
        if above is not None and above not in used and council_line([lines[above]]) == 0:
            return above
    return None


# A meeting body's name alone on a line of the header ("Overview & Scrutiny Committee",
# "Cerrigydrudion Community Council", "West Lancashire Community Safety Partnership"): a
# committee, board, panel, forum or partnership, or a parish's, town's or community's own
# council. A district's or county's name there is the publisher's.
BODY_ALONE = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*|&|and|of|for|the|on)\s+){1,8}"
    r"(?:Committee|Sub-Committee|Board|Panel|Authority|Forum|Partnership"
    r"|(?:Parish|Town|Community)\s+Council)$"
    r"|^(?:Cabinet|Executive)$"
)
# A heading's first word, not a body's: "Report of the Audit Committee", "Minutes of ...",
# the public's session, "Public Forum".
_NOT_A_NAME = re.compile(
    r"^(?:Reports?|Minutes|Recommendations?|Appointments?|Referrals?|Updates?|Membership|"
    r"Matters|Questions?|Items?|Agenda|Notes?|Terms|Review|Annual|Dates?|To|From|Draft|"
    r"(?:Public|Open)\s+(?:Forum|Session|Participation))\b"
)
# Where the header ends: the attendance, the apologies, or a numbered item.
_HEADER_END = re.compile(
    r"^\s*(?:\d|(?i:present|in attendance|attendance|attendees|committee members|members present|"
    r"councillors present|apologies)\b)"
)


# A line of dates under the name, no item's number: "21 and 25 May 2021", "3rd June 2019".
_DATES_FIRST = re.compile(
    r"(?i)^\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|&|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?"
    rf"\s+(?:{MONTHS})\b"
)


def body_alone(lines: list[str]) -> str | None:
    """A meeting body's name standing alone on a line above the attendance and the first
    item, for a page whose header names no body in a sentence or beside its date; in
    capitals too ("WISBECH TOWN COUNCIL")."""
    for line in lines:
        if _HEADER_END.match(line) and not _DATES_FIRST.match(line):
            return None
        name = tidy_case(line.strip())
        # (not a generic noun, the text's subject on a line of its own: "The Committee" /
        # "Recommended That Members approve ...")
        generic = re.sub(r"(?i)^the\s+", "", name).lower() in GENERIC_BODIES
        if (
            len(name) < 70
            and not generic
            and BODY_ALONE.match(name)
            and not _NOT_A_NAME.match(name)
        ):
            return name
    return None


# A local council named in a page's title line among other words, which no header cue
# reads: "Approved Minutes 135 Cambusbarron Community Council May 2021", "CCC Minutes
# February 2021 Callander Community Council Minutes of the meeting: ...".
_COUNCIL_IN_TITLE = re.compile(
    r"(?<![\w'’&-])"
    # (its small word between capitals too: "Auchterarder and District Community Council")
    r"(?P<name>(?:(?!(?i:minutes|approved|draft|meeting|agenda|notes|of|the)\b)[A-Z][\w'’&-]*\s+"
    r"(?:(?:and|&)\s+(?=[A-Z]))?){1,4}(?:Parish|Town|Community|Village)\s+Council)\b"
)


def council_in_title(lines: list[str]) -> str | None:
    """A parish's, town's or community's council named on one of the page's first lines
    that also calls the page minutes, when nothing else names the body."""
    for line in [ln for ln in lines if ln.strip()][:3]:
        if _HEADER_END.match(line) or not re.search(r"(?i)\bminutes\b", line):
            continue
        m = _COUNCIL_IN_TITLE.search(line)
        if m:
            return m["name"]
    return None
