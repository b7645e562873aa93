"""Actions: the requests a meeting made and the undertakings given to it, with owner and
due date, found in an item's minutes.

1. Resolution parts that request, ask or instruct; that say something "be" circulated,
   arranged, added to the work programme ...; or that "X to do Y"; every part under a
   request lead-in ("the following items be added to the Work Programme:").
2. The narrative, sentence by sentence, by the cues of cues.NARRATIVE_CUES; the bullets
   under "Further information was requested including:"; "ACTION:" lines; and a paragraph
   whose owner line follows it ("Action SH").
The same request stated twice (narrative and resolution, Decision: and Minutes:) is one
action. Each action's text is the sentence or part that states it, as the minutes word it.
"""

from __future__ import annotations

import re

from ..model import Action, Item, Resolution
from ..read.text import fold
from .action_lines import action_lines
from .action_lists import not_carried, request_lists, this_meetings_ids
from .audience import elsewhere
from .cues import (
    IN_RESOLUTIONS,
    NARRATIVE_CUES,
    REPORT_TO_MEETING,
)
from .narrative import narrative
from .not_tasks import NOT_A_TASK, THIS_MEETINGS_BUSINESS
from .own_business import BODY_THAT_MET
from .owners import (
    THAT,
    owner_of,
    owner_tagged,
    same_person,
    statement,
    strip_article,
    tidy_owner,
)
from .parts import imperative_lines
from .patterns import PART_MARKER
from .requests import (
    ACTION_VERBS,
    BODY_OWNER,
    MANDATIVE_PASSIVE,
    NOT_A_REQUEST,
    OWNER_VERB,
    PASSIVE_REQUEST,
    PLANNED,
    REQUEST_LEAD_IN,
    REQUEST_VERB,
    TASK_VERBS,
)
from .terse import told_apart
from .wording import contained, content_words, due_of, similar, tidy

# (not a planning response: "raise no objection", "raise an objection to the application")
_INFINITIVE_TASK = re.compile(
    # (or who is to do it, any task's verb then: "RESOLVED for the Clerk to write to the
    # landowner", "All agreed for Cllr Skinner to review the existing policy")
    r"(?:for\s+(?!(?:the\s+)?(?:council|committee|board|panel|members)\b)(?:the\s+)?"
    rf"(?P<who>(?:[\w'’-]+\s+){{1,8}}?)to\s+(?:{ACTION_VERBS})\b|"
    rf"(?:to\s+)?(?:{TASK_VERBS})\b(?!\s+(?:of|that|no|an?\s+objection|objections?)\b))",
    re.I,
)
# All of them agreeing, with how between: "All agreed, following the vote, to ..."; or the
# body itself, "The Committee agreed to schedule ...", "In addition, the Panel agreed that it
# would be helpful for the Chair to meet ...": what they agreed to is read after it.
_ALL_AGREED = re.compile(
    # (or after what the sentence told first: "... was unwell and Council agreed to write")
    r"^(?:[^.;:]{3,200}?,?\s+and\s+(?=(?:the\s+)?[A-Z]))?"
    r"(?:(?:In\s+addition|Also|Further|Finally),\s+)?"
    rf"(?:All|(?:the\s+)?(?:{BODY_THAT_MET}|Group|Cabinet|Members))\s+(?:also\s+|further\s+)?"
    r"agreed(?:,[^,.;]{3,40},)?\s+(?:that\s+it\s+would\s+be\s+(?:helpful|useful|beneficial|"
    r"appropriate|sensible)\s+)?(?=to\s|for\s)",
    re.I,
)
_RESOLUTION_CUES = [rule for rule, _ in NARRATIVE_CUES if rule.name in IN_RESOLUTIONS]
# A parish's terse decision to ask for prices or advice, no verb to be: "Resolved: Estimates
# requested for the work required.", "Quotes sought for the tree work."
_TERSE_ASKED = re.compile(
    r"(?i)(?:further\s+)?(?:estimates|quotes|quotations|tenders|prices|costings?|advice)\s+"
    r"(?:to\s+be\s+)?(?:requested|sought|obtained)\b"
    # (not prices had, a verb after them: "Quotes obtained from three contractors were considered")
    r"(?![^.;]*\b(?:was|were|had|has|have|is|are|remain\w*)\b)"
)
# What the body noted would be sent its members, not another body's: "to note that further
# information would be circulated to members by means of email", "to all members of the Council".
_TO_MEMBERS = re.compile(
    r"\b(?:would|will)\s+be\s+(?:circulated|sent|provided|e-?mailed|forwarded)\s+"
    r"(?:[^.;]{0,40}?\s)?to\s+(?:all\s+)?(?:the\s+)?(?i:committee\s+)?(?i:members|councillors)\b"
    r"(?!\s+of\s+(?!(?:the|this)\s+(?i:council|committee|board|panel)\b))"
)
# Before "asked" where a person is the one asked: "That the Head of Finance be ", "the Clerk is ".
_ASKED_SUBJECT = re.compile(r"^\s*(?:that\s+)?(?P<who>\S.*?)\s+(?:be|is|are)\s+(?:also\s+)?$", re.I)


def find_actions(
    item: Item, meeting_date: str | None, committee: str | None = None
) -> list[Action]:
    """Every request in an item, once each. A request sent on to another body (a referral
    to Council, a report to another committee) is not this meeting's action."""
    actions: list[Action] = []
    for index, resolution in enumerate(item.resolutions):
        for action in _from_resolution(resolution):
            action.resolution_index = index
            actions.append(action)
    stated = len(actions)
    text = item.minutes.rsplit("\n\n", 1)[0] if item.truncated else item.minutes
    labelled, prose = action_lines(this_meetings_ids(text, meeting_date))
    for action in request_lists(text) + narrative(prose) + labelled:
        same = next((a for k, a in enumerate(actions) if _same(action, a, k < stated)), None)
        if same is None:
            actions.append(action)
        elif same.owner is None:
            same.owner = action.owner  # "... he was asked to contact ..." / "Action GP"
    actions = [a for a in actions if not elsewhere(a.text, committee)]
    actions = not_carried(actions, item.title, text)
    for action in actions:
        action.due_date, action.due_text = due_of(action.text, meeting_date)
        action.owner = tidy_owner(action.owner)
        action.text = " ".join(action.text.split())  # (one line, as a tracker shows it)
    return [a for k, a in enumerate(actions) if k < stated or not _restates(a, actions[:stated])]


def _restates(action: Action, stated: list[Action]) -> bool:
    """ "Members requested that this be discussed at the next meeting" beside a resolution
    that puts the matter on the next agenda: the same request, once."""
    if not re.search(r"(?i)\b(?:this|it)\b(?:\s+(?:item|matter|issue))?\s+be\b", action.text):
        return False
    return action.due_text is not None and any(a.due_text == action.due_text for a in stated)


def _same(new: Action, old: Action, from_resolution: bool) -> bool:
    """One request stated twice: the narrative and a resolution say it alike, or an owner
    line repeats a sentence ("Action: Clerk to contact Milestone Society"). Two people's
    tasks are two, however alike ("... hazard. Cllr Beech to investigate." after a task of
    the Clerk's read as its scene)."""
    told = not from_resolution and "action-line" not in (new.origin, old.origin)
    if told and new.owner and old.owner and not same_person(new.owner, old.owner):
        return False  # (an owner's label names the same person otherwise: "Action: PA")
    if from_resolution:  # a Member's request that the resolution then makes is looser worded
        if new.origin == "terse" and _apart_on_topic(new.text, old.text):
            return False  # (the same task on two matters: "... agenda item for next month in
            # respect of Travellers site", "... agenda item for next month to discuss
            # playground improvements")
        share = 0.5 if new.origin == "request" else 0.75
        return similar(new.text, old.text) or contained(new.text, old.text, share)
    if new.origin == old.origin == "action-line":  # two labels, two tasks
        # (however alike their words: "ACTION: That an update be provided for the next
        # Area Forum." under one matter, "... at the next Area Forum." under another)
        return fold(new.text).lower().split() == fold(old.text).lower().split()
    if new.origin in ("action-line", "terse"):  # a summary line restating the prose
        # (or the prose read with the sentence before it: "The kerb was reported. LM will
        # follow this up." / "LM will follow this up. LM Action.")
        return similar(new.text, old.text) or contained(new.text, old.text) or new.text in old.text
    return content_words(new.text) == content_words(old.text)


def _apart_on_topic(a: str, b: str) -> bool:
    """Whether each text has words of its own, two or more, that the other lacks."""
    wa, wb = content_words(a), content_words(b)
    return len(wa - wb) >= _OWN_WORDS and len(wb - wa) >= _OWN_WORDS


_OWN_WORDS = 2


# --- Resolutions -----------------------------------------------------------------------------


# A list's entry that reports what was done, no task: "Leaflets have been personalised ...".
_TOLD_DONE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+\w+(?:ed|en|t)\b")


def _from_resolution(resolution: Resolution) -> list[Action]:
    # (an owner's tag closing it names who does its task: "... maps. Clerk to action")
    text, tagged = owner_tagged(tidy(resolution.text))
    actions = _resolution_tasks(resolution, text)
    if tagged and not actions and not NOT_A_TASK.search(fold(text)):
        return [Action(text=statement(text), origin="resolution", owner=tagged)]
    for action in actions:
        action.owner = tagged or action.owner  # (the tag names who does it)
    return actions


def _resolution_tasks(resolution: Resolution, text: str) -> list[Action]:
    lead_in = fold(resolution.lead_in or "")
    if resolution.part and REQUEST_LEAD_IN.search(lead_in):
        if _TOLD_DONE.search(text):
            return []  # (an entry that reports what was done: "Leaflets have been delivered")
        return [Action(text=text, origin="resolution", owner=_lead_in_owner(lead_in))]
    if resolution.part and _NOTED_LEAD_IN.search(lead_in):
        return []  # (what a decision notes is no task: "RESOLVED to note:" / "1. The actions
        # set out in the report, which will be undertaken across the Council")
    bullets = _infinitive_bullets(text)
    if bullets:
        return bullets
    lead, _, rest = text.partition("\n")
    if tasks := imperative_lines(lead, rest):  # ("... agreed to:" / "Seek ..." / "Request ...")
        return [Action(text=statement(t), origin="resolution", owner=None) for t in tasks]
    if REQUEST_LEAD_IN.search(fold(text)) and "\n" in text:  # "DEFERRED for the following reasons:"
        lines = [ln for ln in text.split("\n")[1:] if ln.strip()]  # (not one told done)
        lines = [ln for ln in lines if not (NOT_A_TASK.search(fold(ln)) or _TOLD_DONE.search(ln))]
        return [Action(text=statement(ln), origin="resolution", owner=owner_of(ln)) for ln in lines]
    out = []
    for clause in _clauses(text):
        action = _request(clause)
        if action and not NOT_A_TASK.search(fold(clause)):
            out.append(action)
    task = _AND_TASK.search(text) if not out and _DECIDED_FIRST.match(text) else None
    if task and not NOT_A_TASK.search(fold(text)):
        # (a task after what was decided: "to approve the quote ... and issue the invoice")
        return [Action(text=statement(text[task.end() :]), origin="resolution", owner=None)]
    out = out[:1] if len(out) > 1 and similar(out[0].text, out[1].text) else out
    return out + (told_apart(text, out[0]) if len(out) == 1 else [])


_NOTED_LEAD_IN = re.compile(r"(?i)\bnote[sd]?(?:\s+the\s+following)?\s*:-?\s*$")
# What was decided first, then a task after "and", the infinitive's second verb.
_DECIDED_FIRST = re.compile(
    r"(?i)(?:that\s+)?(?:to\s+)?(?:approve|accept|agree|note|endorse|adopt)\b"
)
_AND_TASK = re.compile(rf"\s+and\s+(?:also\s+)?(?=(?:{TASK_VERBS})\b(?!\s+(?:of|that|no)\b))")


# A motion's movers before what it decides: "Proposed by Cllr Smith, seconded by Cllr
# Jones, that the Clerk obtains quotes ...".
_MOVERS = re.compile(
    r"^(?:It\s+was\s+)?(?:proposed|moved)\b.{0,160}?\bseconded\b.{0,80}?"
    r"(?:,\s*|\s+and\s+(?:(?:unanimously\s+)?(?:agreed|resolved)\s+)?|\s+)that\s+(?=\S)",
    re.I | re.S,
)


def _clauses(text: str) -> list[str]:
    """ "X be noted and that Y be forwarded": two clauses, each judged on its own, as are
    those "but" sets against each other ("the proposal be not pursued but the Portfolio
    Holder consider ways to improve ..."); a motion's decision without its movers."""
    text = _MOVERS.sub("", text, count=1)
    parts = _CLAUSE_BREAK.split(text)
    return [text] if len(parts) == 1 else [p for p in parts if p.strip()]


_CLAUSE_BREAK = re.compile(
    r"\s+and\s+that\s+|,?\s+but\s+(?:that\s+)?(?=(?:the\s+)?[A-Z]"
    # (or a subjunctive of its own: "no action be taken at present but the matter be
    # reviewed in six months' time")
    r"|(?:the|this|a|an)\s+[^,;.]{1,60}?\s+be\s+[a-z]+ed\b)"
)


# A referral to Council, which decides it ("recommends to Council the revised Council
# Plan"): no task. (A recommendation to Cabinet asks the executive to act, and is one.)
# (or its object first: "... and recommends it to Council for approval", "agreed to
# recommend a standstill budget and no increase in the precept to Full Council"; or for the
# council to approve: "RECOMMEND the Reserves Policy for approval at the next PC meeting"; or
# the council the subject: "resolved to recommend that the Parish Council take on ...")
_REFERRAL = re.compile(
    r"(?i)recommend(?:s|ed)?\s+(?:that\s+(?:the\s+)?(?:Full\s+)?(?:(?:Parish|Town|Community)\s+)?"
    r"Council\b|(?:(?!that\b)[^.;]{1,80}?\s+)?(?:to\s+(?:the\s+)?(?:Full\s+)?Council\b|"
    r"for\s+(?:approval|adoption|ratification)\s+(?:at|by)\s+(?:the\s+)?(?:next\s+)?"
    r"(?:full\s+)?(?:(?:Parish|Town|Community)\s+)?(?:Council|PC|TC|CC)\b))"
)
# (or the council the subject of the passive: "2. Council be recommended to delegate ...")
_RECOMMENDED = re.compile(r"(?i)recommended\b")
_COUNCIL_BE = re.compile(r"(?i)\bCouncil\s+be\s+$")
# A decision recommended, for whoever decides it, no task: "recommends that the Final
# Annual Governance Statement ... be approved by the Chief Executive and Leader".
_RECOMMENDED_DECISION = re.compile(
    r"(?i)recommend(?:s|ed)?\s+that\s+[^;]{1,200}?\bbe\s+(?:approved|adopted|endorsed|agreed|"
    r"accepted|noted|signed)\b"
)


# The verb of a clause whose subject holds a noun a task's verb is spelt like ("the Outturn
# report for 2018/19 be approved"; not "to be": "report on the costs to be incurred").
# Where the clause's own words end: "and", a semicolon, or a clause of its own ("the Town
# Clerk write to the landowner requesting that the hedge be trimmed").
_MAIN_CLAUSE = re.compile(r"\s+and\s+|;|\b(?:that|which|who|requesting|asking|so)\b")
_NOUN_BEFORE_BE = re.compile(r"(?<!\bto )\bbe\s+(?:\w+ed|given|held|made|taken|sent|noted)\b")
_REMITTED_TO = re.compile(r"^(?:back\s+)?to\s+(?=(?:the\s+)?[A-Z])")


# A role's or a duty's terms a decision quotes after its colon, in the infinitive, to their
# closing mark or the text's end: no request of this meeting's (": "to give preliminary
# consideration to and recommend to the Authority ..."); not a request quoted whole, ":
# "that the Clerk be asked to obtain three quotations"".
_QUOTED = re.compile(r'(?<=:)\s*"(?i:to)\s+[a-z][^"]*(?:"|$)')


def _request(text: str) -> Action | None:
    """The request a resolution's words make, if any."""
    folded = fold(text)
    if NOT_A_REQUEST.regex.match(folded) and not (
        REPORT_TO_MEETING.search(folded) or PLANNED.search(folded) or _TO_MEMBERS.search(folded)
    ):
        return None  # "Notes the report", but not "Notes that the group will report to ..."
    if THIS_MEETINGS_BUSINESS.search(folded):
        return None  # "That all items be considered in public"
    asked = REQUEST_VERB.regex.search(_QUOTED.sub(lambda m: " " * len(m.group()), folded))
    if asked:
        recipient = asked["recipient"]
        council_asked = _COUNCIL_BE.search(folded, 0, asked.start()) is not None
        if _REFERRAL.match(folded, asked.start()) or (
            council_asked and _RECOMMENDED.match(folded, asked.start())
        ):
            return None  # "recommends to Council the revised Plan": a referral, no task
        if _RECOMMENDED_DECISION.match(folded, asked.start()):
            return None  # "recommends that the Statement be approved by the Leader": a decision
        what = tidy(text[asked.start("what") :])
        # ("remitted to the Director of Place to submit ...": the one it is remitted to)
        owner = strip_article(recipient) if recipient else owner_of(_REMITTED_TO.sub("", what))
        # "That the Director of Place be asked to report ...": the one asked is the subject.
        asked_subject = _ASKED_SUBJECT.match(folded[: asked.start()])
        if owner is None and asked_subject:
            owner = owner_of(
                text[asked_subject.start("who") : asked_subject.end("who")] + " to report"
            )
        return Action(text=text, origin="resolution", owner=owner)
    asked_to = _after_that(text)  # "Agrees that X be held ..." -> "X be held ..."
    if PASSIVE_REQUEST.search(folded) or MANDATIVE_PASSIVE.regex.match(fold(asked_to)):
        return Action(text=asked_to, origin="resolution", owner=owner_of(asked_to))
    if PLANNED.search(folded):
        return Action(text=asked_to, origin="resolution", owner=owner_of(asked_to))
    # (its part's mark aside: "b) The Committee agreed to schedule ...")
    bare = _ALL_AGREED.sub("", PART_MARKER.regex.sub("", folded, count=1), count=1)
    if (task := _INFINITIVE_TASK.match(bare)) or _TERSE_ASKED.match(folded):
        who = task["who"] if task else None  # ("RESOLVED to write ...": no one named)
        owner = strip_article(who) if who else None
        return Action(text=statement(text), origin="resolution", owner=owner)
    # ("The Council agreed that the Clerk write ...": the one asked, after the body's word)
    clause = THAT.sub("", fold(asked_to), count=1)
    clause = _WHEN_ASIDE.sub("", clause, count=1)  # ("That, upon receipt, the Clerk circulate")
    subject = OWNER_VERB.regex.match(clause)
    if subject and _NOUN_BEFORE_BE.search(_MAIN_CLAUSE.split(clause[subject.end() :])[0]):
        subject = None  # "the Outturn report for 2018/19 be approved": a noun, not a verb
    if subject and not BODY_OWNER.search(re.split(r"\s+(?:of|for)\s+", subject["owner"])[0]):
        owner = owner_of(_WHEN_ASIDE.sub("", asked_to, count=1))
        return Action(text=_past_preamble(text), origin="resolution", owner=owner)
    for rule in _RESOLUTION_CUES:
        if rule.regex.search(folded):  # an agreement, a terse "X to ...", a deferral
            return Action(text=text, origin="resolution", owner=owner_of(text))
    return None


def _infinitive_bullets(text: str) -> list[Action]:
    """ "That the Head of Finance be asked to: • provide ...; • circulate ..." is one request
    a bullet, each owned by whoever the lead names."""
    lead, _, rest = text.partition("\n•")
    if not rest or not re.search(r"\bto\s*[:\-]?\s*$", fold(lead)):
        return []
    asked = re.search(
        r"(?:that\s+)?(?P<owner>.+?)\s+(?:be\s+asked|be\s+requested|to)\b", lead, re.I
    )
    owner = (
        strip_article(asked["owner"]) if asked and owner_of(asked["owner"] + " to report") else None
    )
    bullets = [b.strip() for b in ("•" + rest).split("•") if b.strip()]
    return [Action(text=tidy(b), origin="resolution", owner=owner) for b in bullets]


def _lead_in_owner(lead_in: str) -> str | None:
    m = re.search(r"\b(?:request|ask)s?\s+(?:that\s+)?(?P<what>.+?)\s+to\s*:", lead_in, re.I)
    return owner_of(m["what"] + " to report") if m else None


# When the task is to be done, set apart before its subject: ", upon receipt, ", "following
# the meeting, " (not a condition on a decision: "subject to the amendment, the Council
# confirms ...").
_WHEN_ASIDE = re.compile(
    r"^(?:that)?,?\s*(?:upon|following|after|once|when)\b[^,;.]{1,60},\s+", re.I
)


def _after_that(text: str) -> str:
    """ "Agrees that X be held ..." -> "X be held ..."; and after a long preamble, the body's
    own decision after its comma ("..., bearing in mind that ..., the Council agreed that
    the Clerk write ...")."""
    folded = fold(text)
    m = _AGREED_THAT.match(folded) or _BODY_AGREED_THAT.search(folded)
    return tidy(text[m.end() :]) if m else text


def _past_preamble(text: str) -> str:
    """A decision told after a long preamble, from the body's own words: "..., bearing in
    mind that ..., the Council agreed that the Clerk write ..." -> "the Council agreed that
    the Clerk write ..."."""
    folded = fold(text)
    m = None if _AGREED_THAT.match(folded) else _BODY_AGREED_THAT.search(folded)
    return tidy(text[m.start() :].lstrip(",; ")) if m else text


_AGREED_THAT = re.compile(
    r"^(?:.{0,60}?\b(?:agrees?|agreed|resolves?|decides?|decided|asks?)\s+)?that\s+", re.I
)
_BODY_AGREED_THAT = re.compile(
    r"[,;]\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Council|Committee|Members|Board|Panel|Group)"
    r"\s+(?:then\s+|therefore\s+|also\s+|unanimously\s+)?(?:agreed|resolved|decided)\s+that\s+"
)
