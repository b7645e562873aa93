"""Where a request goes: to this meeting's own body and people, or on to another body
("be submitted to the Constitution Committee", "recommended to Council"), which makes it a
referral, not this meeting's action.
"""

from __future__ import annotations

import re

from ..read.text import fold
from .wording import STOPWORDS

# Sent on to a body: "be submitted to the county council's Constitution Committee", "to the
# August meeting of the Policy and Resources Committee", "referred to Council".
REFERRAL = re.compile(
    r"\b(?:(?:submitted|referred|reported|sent|(?i:recommend(?:s|ed)?)|forwarded|presented|"
    r"taken)\s+(?:back\s+)?to|(?-i:RECOMMEND(?:S|ED)?\s+TO)"  # (and "RECOMMEND TO FULL COUNCIL")
    # (or left for it to decide: "Any objections would be considered by the County's
    # Highways & Community Infrastructure (CHCI) Committee", "considered by the Courts")
    r"|(?:considered|determined|decided|heard)\s+by)\s+"
    r"(?:both\s+)?(?:the\s+)?"  # ("reported to both the Planning Committee and Council")
    r"(?:\w+\s+meeting\s+of\s+(?:the\s+)?)?(?!Members\b)"
    # a body's name, in capitals but for the words of a council ("the county council's
    # Constitution Committee", "the CHCI committee"); not "the band on behalf of the Council"
    r"(?P<body>(?:(?:[A-Z0-9][\w'’&()-]*|\([A-Z]{2,8}\)|and|of|for|&|county|city|borough|"
    r"district|council['’]s)\s+){0,6}?"
    # (not its members, as a committee's own are named: "be sent to Audit Committee members",
    # unless for them to decide: "to Planning Committee members for determination")
    # (not its Councillors: "Briefing to be sent to T&C Councillors")
    r"(?:Committee|(?<=[A-Z]\s)committee|Council(?!lor)|Cabinet|Board|Panel|Executive|Co\b|Courts?\b|"
    r"(?-i:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|EXECUTIVE)\b))"  # ("TO FULL COUNCIL")
    r"(?!\s+(?:meeting|[Mm]embers(?!\s+for\s+(?:determination|decision|approval))))"
    r"|\bmeeting\s+of\s+the\s+(?P<body2>(?:[\w'’&()-]+\s+){0,6}?(?:Committee|Co\b))"
)
# Who a promise in the passive is made to, when it names someone: this body, its Members,
# a person, a meeting; not an outside body ("submitted to Ofsted", "shared with staff").
# (not what it is done for: "would be amended to include two columns")
_PURPOSE = (
    "include|show|reflect|allow|enable|ensure|highlight|explain|clarify|demonstrate|cover|"
    "capture|outline|inform|help|support|give|provide|address|identify|set|make|take|see|"
    "understand|consider|assess|determine|improve|reduce|increase|avoid|prevent|confirm"
)
PROMISED_TO = re.compile(
    # (a choice of meetings too: "invited to either the September or October meeting")
    rf"\b(?:to(?!\s+(?:{_PURPOSE})\b)|with)\s+(?:either\s+)?"
    rf"(?P<to>(?:the\s+)?\w+(?:\s+(?:or\s+)?\w+){{0,3}})"
)
OWN_AUDIENCE = re.compile(
    r"(?i)\b(?:members?|board|committee|panel|council|cabinet|meeting|meetings(?!\s+of\b)|"
    r"councillors?|cllrs?|chair\w*|"
    r"him|her|them|questioner|participants?|ward|executive|group|mr|mrs|ms|agenda|work\s+programme|"
    # (or a record it keeps: "added to the public questions document", "the action log")
    r"document|log|register|tracker)\b"
    r"|(?-i:^[A-Z][a-z]+\s+[A-Z][a-z]+$)"
)


def elsewhere(text: str, committee: str | None) -> bool:
    """ "be submitted to the Constitution Committee", "to the August meeting of the Policy
    and Resources Committee", "be recommended to Council": sent to a body other than this
    one. A body named by generic words only is this one ("the Board"), unless it is a
    council or cabinet and this meeting is not ("recommended to Council" by a committee)."""
    folded = fold(text)
    for m in REFERRAL.finditer(folded):
        if _LETTER.search(folded, max(0, m.start() - 80), m.start()):
            continue  # "A letter to be sent to Suffolk County Council": someone here writes it
        if m["body2"] and committee is None and _DEFERRED_TO.search(folded, 0, m.start()):
            continue  # "deferred to a future meeting of the Planning Committee", on a page that
            # names no body: its own again (where it names one, the names say)
        body = m["body"] or m["body2"]
        named = _distinctive(body)
        if named and not (committee and named & _distinctive(committee)):
            return True
        kind = body.split()[-1].lower()
        if not named and kind in _OTHER_KINDS and committee and kind not in committee.lower():
            return True
    return False


_LETTER = re.compile(r"(?i)\b(?:letter|e-?mail|correspondence|reply|invitation|message|card)s?\b")
# A decision put off to a later meeting comes back to the body that put it off.
_DEFERRED_TO = re.compile(
    r"(?i)\b(?:deferred|postponed|adjourned)\s+(?:until|to)\s+(?:a|the)\s+(?:\w+\s+){0,2}$"
)
# Bodies that a committee sends things on to, which are never the committee itself.
_OTHER_KINDS = frozenset({"council", "cabinet", "executive"})


_GENERIC_WORDS = frozenset("committee council board panel cabinet executive scrutiny overview co "
                           "full the county city borough district".split())  # fmt: skip


def _distinctive(name: str) -> set[str]:
    """The words that tell one body from another: "Constitution" of "Constitution Committee"."""
    return {w for w in re.findall(r"[a-z]+", fold(name).lower()) if w not in _GENERIC_WORDS
            and len(w) > 2 and w not in STOPWORDS}  # fmt: skip


# What a promise in the passive sends to someone, whose recipient may be outside this
# meeting ("would be submitted to Ofsted"); a thing organised, moved or queried goes to a
# place or a body this meeting acts on ("would be relocated to the allotments", "queried
# with the county").
_SENT = re.compile(
    r"\b(?:circulated|provided|sent|forwarded|submitted|presented|reported|supplied|shared|"
    r"notified|written|emailed|made\s+available|brought|added|invited|given)\b"
)


_INVITED_HERE = re.compile(r"\binvited\b")
_TO_COME = re.compile(r"\s*to\s+(?:attend|speak|join|address|talk)\b")


def sent_outside(promise: str, after: str, before: str = "") -> bool:
    """A passive promise to send something to someone outside: "would be submitted to
    Ofsted" (the promise's words, then the words after it, and before it the words of its
    clause). A letter or a reply is written here, whoever it goes to: "A letter of
    condolence would be sent to the family"."""
    if not _SENT.search(promise) or _LETTER.search(before):
        return False
    if _INVITED_HERE.search(promise) and _TO_COME.match(after):
        return False  # invited to come and do something: "to attend a meeting with Highways"
    to = PROMISED_TO.match(after.strip()) or PROMISED_TO.search(after[:40])
    return bool(to and not OWN_AUDIENCE.search(to["to"]))
