"""The cues of requests and undertakings in a minute's narrative, kept as data (actions.py
applies them sentence by sentence): the body's own business (own_business.py), undertakings
("Cllr X would send ..."), agreements ("It was agreed that the Clerk would contact ..."),
requests ("Councillor X requested that ... be forwarded"), promises in the passive ("a
response would be provided to ..."), reports intended for a later meeting, terse parish
forms (terse.py), business put to a later meeting (later_meetings.py), deferrals to a named
meeting and invitations to Members. Each rule has an example and near-misses (tests check
both); requests.py holds their words.
"""

from __future__ import annotations

from .dates import MONTH_NAMES, MONTHS
from .invitations import INVITATION_CUES, SEND_IN_VERBS
from .later_meetings import LATER_MEETING_CUES
from .own_business import OWN_BUSINESS_CUES
from .patterns import NO_MODAL_BEFORE
from .promised import PROMISED_PASSIVE
from .requests import _ASKED_FOR, _IRREGULAR, ACTION_VERBS, UNDERTAKING
from .rules import M, near_miss, rule
from .terse import BARE_VERBS, JUDGED, TERSE_CUES

# --- Cues in the narrative: (rule, the origin stored with the action) ------------------------
# A report or a group that will come back to a named meeting: an undertaking even inside a
# noted resolution ("To note that the working group will report to the October meeting").
REPORT_TO_MEETING = rule(
    "report-to-meeting",
    # ("would be reporting back to the next meeting", "brought back to Council at a Special
    # Council Meeting")
    r"\b(?:will|would|should|shall)\s+(?:[\w',]+\s+){0,8}?(?:(?:report(?:ing)?|com(?:e|ing)|"
    r"return(?:ing)?|brought)\s+(?:back\s+)?to\s+"
    r"(?:[A-Z]\w+\s+at\s+|(?:the|this)\s+(?:Committee|Board|Panel)\s+(?:in|at)\s+)?"
    rf"(?:the\s+|a\s+|this\s+)?(?:next|future|following|special|{MONTH_NAMES})\b"
    # (or what they bring, to the body in a month or to its meeting: "would be bringing a new
    # Strategy to the Committee in January"; not "bringing forward savings", "bringing cakes
    # to the May Day event")
    r"|bring(?:ing)?\s+(?!forward\b)(?:[\w'’-]+\s+){1,8}?(?:back\s+)?to\s+(?:the|this)\s+"
    rf"(?:(?:Committee|Board|Panel)\s+(?:in|at)\s+(?:the\s+|its\s+)?(?:next|{MONTH_NAMES})\b"
    rf"|(?:next|future|{MONTH_NAMES})\s+meeting\b))",
    "undertaking",
    "a report on the elections should come to the July meeting of this committee",
)

# What a meeting does to a thing by deciding it: "that the minutes be approved" asks no one.
_DECIDED = (
    "approved|noted|acknowledged|accepted|adopted|received|endorsed|ratified|confirmed|signed|"
    "supported|welcomed|agreed"
)
# What a thing is judged to be, no task: "... should be appropriate", "... would be sufficient".
_FIT = "(?:appropriate|sufficient|adequate|acceptable|suitable|preferable|best|fine)"
NARRATIVE_CUES = (
    *OWN_BUSINESS_CUES,
    (UNDERTAKING, "undertaking"),
    (
        rule(
            "agreed-impersonal",
            # (what the meeting itself decides is no task: "It was agreed that the decisions
            # ... be approved as a correct record", "... be acknowledged"; nor is "to" between
            # numbers: "decision numbers CAB 21 to CAB 31")
            # (nor what was judged fit: "that 1 meeting with stakeholders ... should be
            # appropriate")
            r"\b[Ii]t\s+was\s+(?:also\s+|further\s+|unanimously\s+|then\s+)*(?:agreed|resolved|decided)"
            # (an aside on how between: "It was agreed under Delegated Power 1 to progress ...")
            r"(?:\s+(?:under|by|in|with)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+to\s+[a-z]))?"
            rf"\s+(?:that\b.{{3,160}}?\b(?:(?:would|should|will)(?!\s+be\s+{_FIT}\b)"
            rf"|be\s+(?!(?:{_DECIDED}|{_FIT})\b)|to\s+[a-z])"
            rf"|to\s+(?:{ACTION_VERBS}|defer|refer)\b"
            # (or to have a thing done: "It was agreed to have the Local Account scheduled into
            # the future work programme")
            r"|to\s+have\s+(?:[\w'’-]+\s+){1,8}?(?:scheduled|added|placed|included|brought|put|"
            r"circulated|sent|arranged)\b"
            # (or who is to do it: "It was agreed for the Chairman to contact the school")
            rf"|for\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,4}}?to\s+(?:{ACTION_VERBS})\b)",
            "agreement",
            "It was agreed that the Clerk would contact the board",
            flags=M,
        ),
        "agreement",
    ),
    (
        rule(
            "asked-to",
            # (or to be asked: "Cllr Burrows will be asked to oversee the asset transfer"; or
            # the bare "be" of a decision's clause, "The Town Clerk be instructed to write")
            r"\b(?:(?:was|were)\s+(?:also\s+)?|(?:will|would)\s+be\s+(?=asked\b)"
            # (no modal, nor a negative, before it: "could not be asked", "will be instructed")
            rf"|{NO_MODAL_BEFORE}(?<!\bnot )(?<!\bnever )(?<!\bshall )be\s+"
            r"(?=(?:asked|instructed|requested|directed)\b))"
            r"(?:(?:asked|invited|requested|encouraged|reminded|instructed|tasked|directed)\s+to\s+"
            # (nor to start at once: "was asked to commence with his presentation")
            rf"(?!review\b|consider\b|ask\b|discuss\b|comment\b|commence\b)"
            rf"(?:{ACTION_VERBS}|let|put|email|"
            r"e-mail|direct|continue|oversee)\b"
            # (or the task as what they do: "the Secretary was tasked with asking the police")
            r"|tasked\s+with\s+[a-z]{2,}ing\b)",
            "request",
            "Officers were asked to append a copy of the Joint Policy to the agenda",
        ),
        "request",
    ),
    (
        rule(
            "welcome-to",
            # Members told they may send something after the meeting: an invitation ("Committee
            # members were welcome to highlight anything missing from the report"), not the
            # public's ("Members of the public were welcome to attend")
            # (nor a club's or anyone's to come: "club members are welcome to book the hall",
            # "members were welcome to attend the Christmas lunch")
            r"(?:^|\b(?i:committee|panel|board|all|the|that|said|and)\s+)(?i:members|councillors)\s+(?:were|are)"
            rf"\s+(?:very\s+|most\s+)?welcome\s+to\s+(?:{SEND_IN_VERBS})\b",
            "request",
            "Committee members were welcome to highlight anything missing from the report",
        ),
        "request",
    ),
    (
        rule(
            "comments-by",
            # Members asked to send their comments by a day: "If they had any comments to make
            # on the paper could they send them to the Democratic Services Officer by Friday
            # 10 July" (not the public's, whom a consultation asks: "residents can send ...")
            r"\b(?i:members|councillors|they)\s+(?:\w+\s+){0,2}?(?:send|e-?mail|forward|submit)\s+"
            r"(?:them|(?:any|their)\s+(?:further\s+)?comments)\b[^.;]{0,90}?\bby\s+(?=[A-Z\d])",
            "request",
            "If they had any comments could they send them to the Governance Manager by Friday",
        ),
        "request",
    ),
    (
        rule(
            "invited-to-meeting",
            # Someone invited by the meeting to a later one: "The Committee invited Sergeant
            # Fraser to the next meeting of the Licensing Committee" (not what a report invites)
            r"(?<!\breport\s)\binvited\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}to\s+(?:attend\s+)?"
            r"(?:the|a|its)\s+(?:next|future|following)\s+meeting\b",
            "request",
            "The Committee invited Sergeant Fraser to the next meeting of the Licensing Committee",
        ),
        "request",
    ),
    (
        rule(
            "remitted",
            # A Scottish committee's instruction: "The Committee noted the report and remitted
            # the Director of Environment to progress the measures", "remitted to officers to
            # report back".
            r"\bremit(?:ted|s)?\s+(?:to\s+)?(?:the\s+)?(?:[\w&'’-]+\s+){1,8}?to\s+"
            rf"(?:{ACTION_VERBS})\b",
            "request",
            "The Committee noted the report and remitted the Director of Environment to progress "
            "the further improvement measures",
        ),
        "request",
    ),
    (
        rule(
            "member-request",
            # (each form opens with one of these letters, looked at first: it spares trying
            # them all at every character)
            r"(?=[acdimrsu])(?:"
            # (or whom by, in the passive: "It was also requested by Members that ...")
            r"\b(?:requested|asked|ask|suggested|urged|(?:(?<=Members\s)|(?<=Councillors\s))request)"
            r"(?:\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+that\s+"
            # (not an opinion told, its verb "is" or "were" before no deed: "He suggested that
            # the proposals were very weak on details of how ... will be delivered")
            r"(?:(?!\b(?:would|could|should|might|had)\b"
            rf"|\b(?:is|are|was|were)\s+(?!(?:\w+ed|{_IRREGULAR}|to)\b))[^.])"
            rf"{{3,160}}?\b(?:(?:be|was|were)\s+(?:\w+(?:ed|en)|{_IRREGULAR})|{ACTION_VERBS})\b"
            # (a request's "should" too, not a suggestion's: "Members requested that members of
            # the Local Pension Board should also be included in invitations")
            r"|(?<!had\s)\b(?:requested|asked)\s+that\s+(?:(?!\b(?:would|could|might|had)\b)[^.])"
            rf"{{3,160}}?\bshould\s+(?:also\s+)?(?:be\s+(?:\w+(?:ed|en)|{_IRREGULAR})|{ACTION_VERBS})\b"
            # (not one asked before, "he has asked for the matter to be on the agenda", nor
            # leave sought, "asked for the parish council's approval to publicise ...")
            rf"|(?<!has\s)(?<!had\s)(?<!have\s)\b(?:requested|asked)\s+for\b"
            r"(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:approval|permission|consent|agreement)\b)"
            rf".{{3,120}}?\b(?:to\s+be\s+\w+|{_ASKED_FOR})\b"
            # (a request made, as a noun: "There was also a request that responsible officers
            # provide updates")
            r"|(?<=\b[Aa] )(?:further\s+)?request\s+that\s+(?:(?!\b(?:would|could|should|might|"
            rf"had)\b)[^.]){{3,160}}?\b(?:(?:be|was|were)\s+(?:\w+(?:ed|en)|{_IRREGULAR})|{ACTION_VERBS})\b"
            # (or for what it asks: "There was also a request for a presentation on Key
            # Performance Indicators by the Property team")
            rf"|(?<=\b[Aa] )(?:further\s+)?request\s+for\b.{{0,40}}?\b(?:{_ASKED_FOR})\b"
            # "requested a report on ...", "requested further information", "requested sight of
            # the plan" (not "had requested ...": what was asked before)
            # (or in the present, as a parish minutes it: "Members request sight of the plan";
            # and sight of anything: "requested sight of the survey before it was sent")
            r"|(?<!had )\b(?:requested|(?:(?<=Members\s)|(?<=Councillors\s))request)\s+sight\s+"
            r"of\s+\w"
            r"|(?<!had )\b(?:requested|(?:(?<=Members\s)|(?<=Councillors\s))request)\s+"
            r"(?:(?:a|an|the|some|further|more|additional|updated|written|"
            rf"regular|detailed|sight\s+of)\s+){{1,3}}(?:[\w-]+\s+){{0,2}}?(?:{_ASKED_FOR})s?\b"
            # (or asked the one who could: "asked the clerk if he could prepare a summary")
            r"|\basked\s+(?-i:(?:the\s+)?(?:[Cc]lerk|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+)?"
            rf"(?:if|whether)\s+[^.]{{3,160}}?\bcould\s+(?:be\s+\w+|{ACTION_VERBS})\b"
            # "Cllr Davies requested to be informed", "Members asked to be kept updated"
            r"|\b(?:Councillors?|Cllrs?\.?|Members?|Chair(?:man)?|Mayor)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
            r"(?:requested|asked)\s+to\s+be\s+(?:kept\s+)?(?:informed|updated|notified|advised|"
            r"consulted|copied)\b"
            # (or to receive what is to be sent them: "The Committee requested to receive a longer
            # training session", "Members asked to receive the results of the consultation"; not
            # to see, "Members asked to see the timetable", which the decision after may grant)
            # (the body by a word the letters above open with: "Committee", not "Board")
            r"|\b(?:Councillors?|Cllrs?\.?|Members?|Committee)\s+"
            r"(?:requested|asked)\s+to\s+receive\s+(?:a|an|the|further|more|regular|"
            r"sight|copies|details)\b"
            # (not a question: "asked the Leader how he proposed to provide more money")
            # (or instructed: "... noted the progress; and instructed the Director of Children's
            # Services to bring back a progress report in April")
            rf"|\b(?:asked|requested|instructed|directed)\s+(?P<asked>(?:the\s+)?(?:(?!(?:how|what|why|whether|when|"
            rf"where|who|which|if)\b)(?:[A-Z][\w'’-]*|officers?)"
            # (not to start at once: "asked him to commence with his presentation")
            rf"(?:\s+(?:of|for|and))?\s+){{1,4}})(?:members?\s+)?to\s+(?!commence\b)"
            rf"(?:{ACTION_VERBS})\b"
            # (the clerk asked in the subjunctive: "The Chairman requested the Clerk look into
            # this", "... requested the Clerk ask if she could revisit")
            rf"|\brequested\s+(?:the\s+)?(?:Clerk|RFO)\s+(?:{BARE_VERBS}|look)\b)",
            "request",
            "Councillor McLean requested that a letter of congratulations be forwarded",
        ),
        "request",
    ),
    (PROMISED_PASSIVE, "undertaking"),
    (
        rule(
            "report-intended",
            r"\b(?:intention|intend\w*|expect\w*|plann\w*|with\s+a\s+view)\s+to\s+(?:bring|submit|"
            r"present|report|circulate)\w*\b|\bthere\s+would\s+be\s+an?\s+(?:\w+\s+)?report\b"
            # (or an update promised for a later meeting: "it was confirmed that there would be
            # a Property Services update at the next meeting")
            r"|\bthere\s+(?:would|will)\s+be\s+an?\s+(?:[\w-]+\s+){0,3}?(?:update|briefing|"
            r"presentation)\s+(?:at|to|for)\s+the\s+(?:next|following|future)\s+meeting\b",
            "undertaking",
            "It was the intention to submit a report on the Glassworks to the April meeting",
        ),
        "undertaking",
    ),
    (REPORT_TO_MEETING, "undertaking"),
    *TERSE_CUES,
    *LATER_MEETING_CUES,
    (
        rule(
            "obligation",
            # (a match opens a line, or with a stop, "is", "are", "and", "needed" or "to": looked
            # at first, it spares trying the look-behinds below at every character)
            r"(?:^|(?=[.:;aint]))(?:"
            # ("the fence needed to be repaired"; not "There needed to be a shared approach")
            r"(?:^|[.:]\s+)(?:Need|Needs)\s+to\s+\w+|"
            # ("The matter is to be placed on the next agenda")
            # (not a judgement: "surface detritus is to be expected", "... is to be welcomed";
            # nor a relative clause's plan: "equipment similar to that which is to be installed")
            r"(?<!\bwhich\s)(?<!\bthat\s)"
            rf"\b(?:is|are)\s+to\s+be\s+(?:further\s+|also\s+)?(?!{JUDGED}\b)(?:\w+ed|{_IRREGULAR})\b|"
            # (told in the past tense, a task's verb only: "A Members' Information Session
            # was also to be arranged"; not a plan undone, "The fete was to be held in May")
            r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bwas\salso\s)|(?<=\bwere\salso\s))"
            r"to\s+be\s+(?:arranged|organi[sz]ed|circulated|sent|"
            r"chased|contacted|written|investigated|checked|obtained|requested|forwarded|"
            # ("Information on Green Burial sites was to be passed on to the church")
            r"prepared|drafted|added|included|passed|posted|e-?mailed|raised|displayed|copied)\b|"
            # (not a standing condition: "public benefit is needed to be demonstrated")
            r"(?<!There )(?<!\bis )(?<!\bare )"
            rf"\bneeded\s+to\s+be\s+(?:\w+ed|{_IRREGULAR}|cut|done)\b|"
            # ("a report to be prepared by officers", near its clause's start; not "one of
            # the most complex to be handled by trading standards")
            r"(?:^|[.;:]\s+|\band\s+)(?:[\w'’-]+\s+){1,5}?to\s+be\s+(?:set\s+up|\w+ed)\s+by\s+\w+|"
            r"\bto\s+be\s+(?:updated|informed|"
            r"provided|sent|circulated)\b.{0,40}?\b(?:next|future)\s+meeting\b)",
            "terse",
            "Need to create a Flyer to promote the event.",
            flags=M,
        ),
        "terse",
    ),
    (
        rule(
            "deferral",
            r"\b(?:defer(?:red|s)?|postponed)\b.{0,80}?\b(?:to|until|for|at)\s+(?:the\s+)?(?:next|"
            rf"following|future|later|one\s+month|(?:{MONTH_NAMES})\b)|\bdeferred\s+to\s+allow\b"
            # (or until an event: "Defer the decision ... until after the elections in May 2019")
            r"|\b(?:defer(?:red|s)?|postponed)\b.{0,80}?\buntil\s+after\s+the\b"
            # "ITEM DEFERRED TO Parish Council meeting scheduled for 29 August 2021"
            r"|\b(?:defer(?:red)?|postponed)\s+(?:to|until)\b[^.]{0,60}?\bmeeting\b[^.]{0,30}?\b\d{1,2}"
            rf"(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b"
            # "carried forward to the next meeting", "... to next month" (not a budget carried
            # to the next year)
            r"|\b(?:carried\s+forward|brought\s+forward|held\s+over)\b.{0,40}?\b(?:(?:next|following|"
            r"future|later)\s+meeting|next\s+month)\b",
            "deferral",
            "The response would be deferred to the June meeting of Cabinet",
        ),
        "deferral",
    ),
    (
        rule(
            "next-meeting-consideration",
            # ("will be discussed again at the April meeting", "To be placed on the June
            # agenda.", "Re-agenda for April.")
            # (or settled there: "This will be ratified at the next meeting")
            # (each form opens with one of these, looked at first: "be", "to", "next", "Re-
            # agenda" or a stop)
            r"(?=[.:;bnrt])(?:"
            r"\b(?:being|be|to\s+be)\s+(?:re-?)?(?:considered|discussed|reviewed|revisited|ratified|"
            r"finalised|finalized)\b.{0,60}?"
            rf"\b(?:(?:next|future|following)\s+meeting|(?:{MONTHS})\.?\s+meeting)\b"
            r"|(?:^|[.;:]\s+)(?:To\s+be\s+(?:placed|put|added|included|listed)\s+on\s+(?:the\s+)?"
            r"(?:\w+\s+){0,2}agenda|Re-?agenda\b)"
            # ("The possibility of a recreation ground to be on the next agenda", "The next
            # agenda would include a discussion on ...")
            r"|\b(?:to\s+be|be|being)\s+on\s+(?:the\s+)?(?:next|following|future)\s+agenda\b"
            # (or given a later meeting: "An item on the capital outturn to be included for the
            # July meeting", "to be brought to the next meeting")
            r"|\bto\s+be\s+(?:included|added|placed|put|listed|brought)\s+(?:on|in|for|to|at)\s+"
            rf"(?:the\s+)?(?:next|following|future|{MONTH_NAMES})\s+(?:\w+\s+)?(?:meeting|agenda)\b"
            r"|\bnext\s+(?:meeting'?s\s+)?agenda\s+(?:would|will|should|to)\s+include\b)",
            "deferral",
            "prior to them being considered for formal approval at the next meeting",
        ),
        "deferral",
    ),
    *INVITATION_CUES,
)
near_miss("welcome-to", "Members of the public were welcome to attend the exhibition")
near_miss(
    "promised-passive",
    "Remembrance commemorations would be held virtually in November",
    "It is likely that Unitary Councils will be formed.",
    "It was noted that no application would be made to the fund.",
    "The request would be made because councillors are council tax payers.",
    "Ruby confirmed that the premises could be made available.",
)
near_miss(
    "deferral",
    "This item was deferred.",
    "The underspend would be carried forward to the next financial year.",
)
near_miss("report-to-meeting", "The officer would report to Cabinet in due course")
# The cues a resolution's own words are read with when no request verb asks.
near_miss(
    "obligation",
    "There needed to be an equitable level of service provision across the county",
    "There needed to be at least three councillors present",
    "The case was one of the most complex to be handled by trading standards",
    "equipment similar to that which is to be installed at the Crematorium",
)
IN_RESOLUTIONS = frozenset(
    {
        "agreed-impersonal",
        "report-to-meeting",
        "terse-to",
        "terse-post",
        "terse-passive",
        "obligation",
        "deferral",
        "work-plan",
    }
)
near_miss(
    "work-plan",
    "The meeting was moved to the Village Hall",
    "Items were added to the list",
    "Cllr Ash presented a schedule of figures to the meeting",
)
near_miss(
    "agreed-impersonal",
    "It was agreed that the decisions numbered CAB 21 to CAB 31 be approved as a correct record",
    "It was agreed that the Scrutiny Committee's endorsement of the decision be acknowledged.",
)
