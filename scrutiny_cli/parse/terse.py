"""Terse parish forms of a task, kept as data (cues.py reads them among the narrative's
cues): a post or a member "to" do something ("Clerk to write to Highways", "SV to request
that ...", "the clerk is to ask ..."), a clerk's task without "to" ("Clerk ask MCC ..."),
a thing "to be" done ("Lengthsman to be reminded."), and a bare imperative ("Contact
THC."). Each rule has an example and near-misses (tests check both). Also the task such a
form gives someone else in a decision's later sentence (told_apart).
"""

from __future__ import annotations

import re

from ..model import Action
from . import sentences
from .owners import same_person, statement
from .people import COUNCILLOR, INITIALS_RUN, JOINT_POST
from .requests import _IRREGULAR, ACTION_VERBS
from .rules import M, near_miss, rule

# Who a terse task names without a verb list to vouch for it: a post, a member, or two
# letters of initials ("SV", "IK/RW"; three letters are as often a body: "MCC").
# After a comma only a post ("..., the Clerk to write"): "to appoint, by notice, Councillor
# X to fill the office" names the one appointed.
OFFICE = (
    r"(?:(?:(?:Parish|Town|Deputy|Assistant)\s+)?[Cc]lerk|RFO|Treasurer|[Ss]ecretary|"
    # (a chair or secretary in lower case too: "chair to report back on any progress")
    rf"(?:[Vv]ice[- ])?[Cc]hair(?:man|person)?){JOINT_POST}?"
)
MEMBER = (
    rf"{COUNCILLOR}\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    # (or a named helper: "Club hut – Mr Hince to look at cost of replacing hut")
    # (with initials, with or without their stops: "Mr T Chapman to create an agenda")
    r"|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z](?:\.\s*|\s+))*[A-Z][\w'’-]+"
    rf"|{INITIALS_RUN}"
)
# What a thing "is to be" that is a judgement of it, no task: "detritus is to be expected".
JUDGED = r"(?:expected|anticipated|welcomed|commended|applauded|congratulated|regretted)"
# What a clerk is told to do in the subjunctive, without "to" ("Clerk notify the owner").
BARE_VERBS = (
    "ask|inform|notify|e-?mail|write|contact|chase|check|arrange|send|forward|obtain|order|"
    "investigate|reply|respond|liaise|liase|speak|circulate|remind|request|invite|book"
)
# For a post or a member, "do" only with what is to be done after it ("RB to do a ballpark
# estimate"), and "have" only to have something done ("Cllr Bennison to have this looked
# at"); not a body's plan: "Highways England to do the resurfacing".
_DO = r"do(?=\s+(?:a|an|the|some)\s)"
_HAVE_DONE = (
    r"(?=\s+(?:this|it|that|them|(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"\s+(?:\w+ed|cut|done|seen|made|put|set)\b)"
)
# A word of a thing's name before "to be" done, not a verb or a state: not "Cllr Jones was
# due to be elected", "Mr B Harris requesting to be added", "Rev Holt happy to be contacted".
_SUBJECT_WORD = (
    r"(?!(?:was|were|is|are|has|had|have|asked|due|expected|likely|going|needs?|needed|"
    r"appears?|seems?|wish\w*|want\w*|hoped?|able|unable|said|thought|considered|felt|"
    r"requesting|asking|hoping|waiting|seeking|happy|willing|pleased|keen|prepared|"
    r"[a-z]+ed)\b)"
)
# Every member, as owners of a task each does: "All Parish Councillors to fill in their forms".
_EVERY_MEMBER = r"All\s+(?:(?:Parish|Town)\s+)?(?:Councillors|Cllrs|[Mm]embers)"
# The council itself, named in lower case: "The parish council to contact the owner".
_COUNCIL_ITSELF = r"(?:parish|town|community)\s+council"
# A paragraph's number before a line's task: "1.2 Clerk to chase the contractor".
_PARA_NUMBER = r"\d{1,3}(?:\.\d{1,3})+\.?\s+"
_PARAGRAPH = rf"(?:{_PARA_NUMBER})?"  # ("4.1.3 Clerk to ...")
# (or a bullet before a post or a member: "• Clerk to recontact the County Council"; or a
# list's mark: "b) Clerk to check the grant scheme", "(ii) Clerk to ...", "c. Clerk to ...")
_BULLETED = rf"(?:{_PARA_NUMBER}|[•·▪]\s*|\(?(?:[a-z]|\d{{1,2}}|[ivx]{{2,4}})\)\s*|[a-z]\.\s+)?"
# A bullet before a named owner of a word or two ("- Hazel to check with Sam Haines ...";
# not a topic before the name, "- Pat Testing of Fans Roy to discuss ..."), not a tracker's
# row of an earlier task, citing its minute or closed by its state ("• Chief Executive to
# circulate the results (Minute 79) - Done", "- Jo to order the bins: completed").
_BULLET_ROW = (
    r"^[-–•·▪][ \t]*(?=(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:(?:is|are)[ \t]+)?to[ \t])"
    r"(?![^\n]*\((?i:minute)\b)"
    r"(?![^\n]*[-–:]\s*(?i:done|completed?|ongoing|closed|actioned)\W*$)"
)
# What a council does in telling or asking someone, a task whoever is named.
_TOLD = (
    r"(?:further\s+|also\s+)?(?:contacted|informed|notified|asked|approached|chased|reminded|"
    r"invited|consulted|told|written\s+to|kept\s+informed|advised)"
)
CLERK_BARE = re.compile(rf"\bClerk\s+(?:{BARE_VERBS})\b")
# The bare imperative of a terse list, a task whoever does it: "Ask contractor for advice
# regarding treatment with moss killer.", "Verges – Email KS to clarify ...", "Contact THC."
# Only verbs no heading opens with as a noun ("Request from ...", "Order of business"), and
# never before what a noun takes ("Email from the school", "Contact details", "Check of the
# play area was carried out"), nor in a sentence told in the past.
IMPERATIVE_VERBS = (
    "Ask|E-?mail|Contact|Chase up|Invite|Inform|Notify|Remind|Obtain|Arrange|Seek|"
    "Investigate|Write to|Liaise with|Speak to|"
    # ("Check to see if the Piano lady from last year is available this year.")
    "Check to see if|Check if|Check whether|Check with|Find out"
)

TERSE_CUES = (
    (
        rule(
            "terse-to",
            # (or after a topic's dash or a closing bracket: "Water bottle leaflets – Sheena to
            # speak to her about ...", "(Although it was said they would) David to respond")
            # (or the council itself after a bullet: "• The parish council to send ...", or
            # a member, never an action tracker's row, "• Director of Resources to arrange
            # ... - Done")
            rf"(?:^{_PARAGRAPH}|^[•·▪][ \t]*(?=[Tt]he\s+{_COUNCIL_ITSELF})|{_BULLET_ROW}"
            r"|[.;,]\s+|\)[ \t]+"
            # (or after "and", one who "is to" act: "... by a local joiner and Dylan is to
            # purchase a piano cover")
            rf"|\s[-–—][ \t]+|\band[ \t]+(?=(?:[A-Z][\w'’-]*[ \t]+){{1,2}}(?:is|are)[ \t]+to[ \t]))"
            rf"(?:A(?:ction|CTION)S?\s*:?\s*)?"
            # (the council itself in lower case: "The parish council to contact the owner")
            rf"(?P<owner>(?:The|the)\s+{_COUNCIL_ITSELF}\s+|"
            rf"(?:The\s+)?(?!(?:Meeting|Minutes|Agenda|"
            rf"It|This|That|The|To|Report|Nothing|None|Nil|Little|Everything|Anything|Also|Then|"
            # (nor a sentence's adverb before its purpose: "Therefore to ensure that ...")
            rf"Therefore|However|Thus|Hence|Finally|Further|Furthermore|Instead|Meanwhile|"
            # (an initial may be glued to its name: "P.Copland and T.Hughes to arrange ...")
            # (the owner's words on one line: not a heading over "Nothing to report")
            rf"He|She|We|They)\b)"
            # (two named apart by a slash too: "Sharon Ash / George West to attend ...")
            rf"(?:(?:[A-Z]\.)?[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|/)[ \t]+)?){{1,4}})"
            rf"(?:(?:is|are)\s+(?:also\s+)?)?to\s+(?:also\s+)?(?P<verb>{ACTION_VERBS})\b"
            r"(?!(?<=hold)\s+(?:the\s+)?(?:post|office|role)\b)",  # (a post held, no task)
            "terse",
            "Clerk to arrange a meeting during August to discuss the above",
            flags=M,
        ),
        "terse",
    ),
    (
        rule(
            "terse-post",
            # A post or a member's initials is an owner, whatever the verb after "to" ("Clerk
            # to place on May agenda", "SV to request that ..."), also mid-sentence after a
            # comma, colon, bracket or dash ("Fete Accounts – Clerk to circulate"), or after
            # "and" a post or initials ("welcomed the talk and CP to send a poster"), or "is
            # to" with a task's verb ("The clerk is to ask Hustlers to cut the verge", not "is
            # to receive a pay rise"); not
            # "the Clerk to the Council", nor the Chairman authorised "to sign".
            # ("Clerk asked (instructed) to send" is the Clerk's task; "Cllr X asked to attend",
            # her wish)
            rf"(?:(?:^{_BULLETED}|[.;:(]\s*|\s[-–—]\s+|\band\s+(?=(?:the\s+)?(?:{OFFICE}|{INITIALS_RUN})\s+to\s"
            # (or after "and" a member who "is to": "... was brought up and Councillor Hunt is
            # to look into signs")
            rf"|(?:{MEMBER})\s+is\s+to\s))"
            rf"(?:[Tt]he\s+)?(?:(?P<owner>{OFFICE})"
            rf"(?:\s+(?:is\s+|was\s+)?(?:asked|instructed|requested|directed|tasked))?|(?P<person>(?:{MEMBER}|{OFFICE})"
            rf"(?:\s+(?:and|&)\s+(?:the\s+)?(?:{MEMBER}|{OFFICE}))+|{MEMBER}|{_EVERY_MEMBER}))"
            # (the owner may take a colon, as a list's label: "The clerk: to obtain quotes")
            rf"|,\s*(?:[Tt]he\s+)?(?P<first>{OFFICE}))(?:\s*:)?\s+"
            rf"(?:(?:is|was)\s+(?:also\s+)?to\s+(?:also\s+)?(?=(?:{ACTION_VERBS})\b)(?!hold\s+(?:the\s+)?(?:post|office|role)\b)|to\s+)(?:also\s+|then\s+)?(?!(?:be|become|note|have(?!{_HAVE_DONE})|sign|"
            # (nor the post's own name: "The clerk to council had arranged ...")
            r"the|a|an|whom|which|what|date|this|that|all|any|his|her|their|its|our|each|council|"
            # (a task's verb in capitals too, as some clerks type it: "Clerk to Chase")
            rf"every|them|him|us|me)\b)(?:(?:re-)?[a-z]{{3,}}|{_DO}|(?=[A-Z])(?i:{ACTION_VERBS}))\b",
            "terse",
            "Clerk to put a note in Tintern News about the litter pick.",
            flags=M,
        ),
        "terse",
    ),
    (
        rule(
            "clerk-bare",
            # The subjunctive without "to": "Clerk ask MCC what is happening", "Clerk inform
            # Shaun Pritchard."
            rf"(?:^|[.;,:(]\s*|\s[-–—]\s+)(?:[Tt]he\s+)?(?P<owner>(?:Parish\s+|Town\s+)?Clerk)\s+"
            rf"(?:{BARE_VERBS})\b(?!\s+(?:that|whether|if|how|why)\b)",
            "terse",
            "Clerk ask MCC what is happening with the bus shelter.",
            flags=M,
        ),
        "terse",
    ),
    (
        rule(
            "terse-passive",
            # "Lengthsman to be reminded.", "Matter to be listed at next meeting.", "This to be
            # further discussed at the next meeting.", "Website – Equipment proposals to be
            # reviewed in December."; after a dash, the task on what the line named ("Pot holes
            # after the bad weather – to be reported to Highways"); "... clarification to be sought"
            # (the dash glued to the word before too: "... requires barriers– all to be passed")
            # (after a list's mark too: "b) Practice leaflets to be handed out at next meeting")
            r"(?:(?:^(?:\(?(?:[a-z]|[ivx]{2,4})\)[ \t]*)?|[.;:]\s+|(?:\s[-–—]|(?<=[a-z])[-–—])\s+)"
            r"(?:[Tt]his|[Aa]ll|[A-Z][\w'’-]*"
            # (the subject's words may be capitals before its noun, "Casual Vacancy notices to
            # be displayed", not a place's name, news of others' works: "Station Road to be
            # resurfaced in July")
            rf"(?:(?:\s+{_SUBJECT_WORD}[A-Za-z][\w'’-]*){{0,2}}\s+{_SUBJECT_WORD}[a-z][\w'’-]*"
            # (but a name, in capitals, told or asked is the council's task: "Borough Council
            # to be contacted again", "PC Jackson to be asked to monitor the situation")
            rf"|(?:\s+{_SUBJECT_WORD}[A-Za-z][\w'’.-]*){{1,3}}(?=\s+to\s+be\s+(?:{_TOLD})\b))?)\s+"
            r"|(?:\s[-–—]|(?<=[a-z])[-–—])\s+|\b(?:clarification|advice|quotes|quotations|confirmation)\s+)"
            r"to\s+be\s+"
            r"(?:further\s+|also\s+)?(?!(?:signed|noted|approved|agreed|received|adopted|confirmed|"
            rf"held|used|paid|based|aware|made\s+aware|funded|allocated|spent|met|named|called|"
            rf"known|{JUDGED})\b)"
            rf"(?:\w+ed|{_IRREGULAR}|cut|done|taken(?!\s+(?:into|as|at)\b))\b"
            # (not the subject of a verb after it: "Topics to be discussed will include ...")
            r"(?!\s+(?:will|would|are|is|were|was|include[sd]?|can|could|may|might)\b)",
            "terse",
            "Lengthsman to be reminded.",
            flags=M,
        ),
        "terse",
    ),
    (
        rule(
            "terse-imperative",
            rf"(?:^(?:[•·▪]\s*)?|[.;]\s+|\s[-–—]\s+)(?:{IMPERATIVE_VERBS})\s+"
            r"(?!(?:from|of|by|to|with|was|were|is|are|has|had|have|received|sent|details|"
            # (nor a noun's compound, "Contact Centre Dilapidations" listed)
            r"number|address|list|form|dated|re|and|or|(?i:centre|center|point))\b)(?=[A-Za-z])"
            r"(?![^.\n]*\b(?:was|were|had)\b)",
            "terse",
            "Ask contractor for advice regarding treatment with moss killer.",
            flags=M,
        ),
        "terse",
    ),
)
near_miss(
    "terse-imperative",
    "Email from the school about the crossing.",
    "Contact details for the hall are on the website.",
    "Contact Centre Dilapidations",
    "Invite to the Mayor's reception on 3 May.",
    "Arrange was made for the hall to be cleaned.",
    "Obtained quotes were considered.",
    "Seek advice had been taken from the county.",
)
near_miss(
    "terse-passive",
    "Members were asked to be prepared for the budget",
    "The minutes to be signed by the Chair.",
    "Cllr Jones was due to be elected",
    "Mr B Harris requesting to be added to the allotment waiting list",
    "Minutes of the last meeting – to be signed by the Chair.",
    "Topics to be discussed will include the Mill Farm site.",
    "Station Road to be resurfaced in July.",
    "Rev Jane Holt happy to be contacted about the churchyard wall.",
)
near_miss(
    "terse-post",
    "The Clerk to the Council reported on the audit.",
    "The clerk to council had arranged for this to be carried out.",
    "The Chairman to sign the minutes as a true record.",
    "Clerk to note the correspondence.",
    "MCC to repair the road.",
    "Cllr Baptiste asked to attend the October course.",
    "A new chair to replace the broken one was bought.",
    "The report was proposed by Cllr Amos and Cllr Bell to note.",
    "All Councillors to note the dates of the training.",
)
near_miss(
    "terse-to",
    "Therefore to ensure that the group is effective it was agreed to meet monthly.",
    "However to avoid any delay the matter was left with the Chair.",
)
near_miss("clerk-bare", "The Clerk checked the accounts.", "Clerk asked whether the hall was free")


# A task in the terse form at a sentence's or a line's head, a post or a member "to" its verb:
# "Clerk to chase Highways", "RT to find out who is responsible for the verge".
OWNER_TO = re.compile(rf"(?:{OFFICE}|{MEMBER})\s+to\s+[a-z]")


# A later sentence of a decision that gives someone else a task of their own, in a parish's
# terse form: "... the Clerk should write to Cllr Lee asking ... Cllr Lee to be asked to
# report back formally to the September meeting."
_TERSE_OPENING = re.compile(
    rf"(?P<owner>{MEMBER}|(?:[Tt]he\s+)?(?:{OFFICE}))\s+(?:is\s+)?to\s+(?:be\s+asked\s+to\s+)?"
    rf"(?:{ACTION_VERBS})\b"
)


def told_apart(text: str, first: Action) -> list[Action]:
    """The tasks the decision's later sentences give others than the one its first task is
    given to (not the same task told again with its owner: "... a meeting needs to be
    arranged. Clerk to arrange a meeting during August ...", whose first has none). The
    first task's words end where the first of theirs begins."""
    if first.owner is None:
        return []
    found = []
    for sentence in sentences.split(text)[1:]:
        m = _TERSE_OPENING.match(sentence)
        if m and not same_person(m["owner"], first.owner):
            found.append(Action(text=statement(sentence), origin="resolution", owner=m["owner"]))
            if len(found) == 1 and (at := first.text.find(sentence)) > 0:
                first.text = statement(first.text[:at])
    return found
