"""The words of requests and undertakings, kept as data (actions.py applies them).

A request is found in a resolution's part ("requests that ...", "X be circulated", "the
Clerk to write ...", "a letter is sent ...") by the rules here, or in the narrative by the
cues of cues.py, which share the words kept here (the verbs of tasks, who can be asked).
Each rule has an example and near-misses (tests check both).
"""

from __future__ import annotations

import re

from .people import FIRST_NAME, INITIALS, PERSON
from .rules import I, M, near_miss, rule

# Verbs in the base form that follow an owner: "the Chair give ...", "ACE to further report".
ACTION_VERBS = (
    "add|address|advertise|amend|append|approach|arrange|ascertain|ask|assess|attend|book|bring|"
    "brief|evaluate|"
    "carry out|chase|check|circulate|clarify|collect|commission|compile|complete|confirm|"
    "commence|consider|consult|contact|convene|convey|co-?ordinate|create|"
    "determine|deliver|develop|discuss|distribute|draft|draw up|e[- ]?mail|engage|ensure|escalate|"
    "establish|examine|expedite|explore|extend|fix|inspect|facilitate|"
    # ("follow this up", "follow the matter up", "follow-up"; "keep members informed", "keep
    # in touch")
    "come back|enquire|inquire|feed ?back|find out|"
    r"follow(?:\s+(?:it|them|(?:this|that|these|the)(?:\s+(?:matter|issue|query|point)s?)?))?"
    r"[\s-]+up|"
    # ("have a word with the tenant", "pick this up with Highways", "put Wynn in touch with")
    "forward|get in (?:touch|contact)|give|go back|have a word|hold|identify|instigate|"
    # (or "apprised", and its common misspelling, "keep Members appraised")
    r"keep\s+in\s+touch|keep\s+(?:\w+\s+){1,2}(?:informed|updated|up\s+to\s+date|apprised|"
    r"appraised|briefed)|"
    "include|inform|instruct|apply|"
    # (not what a thing would make of another: "would make attendance by some Members
    # difficult", "make it easier to ...")
    r"make(?! sure)(?![^.;]{0,50}?\b(?:difficult|easier|harder|(?:im)?possible|simpler|worse|"
    r"better|unlikely|likely|impractical|unworkable)\b)|"
    "investigate|invite|invoice|issue|install|lay|let|liaise|liase|look into|look at|look for|meet|"
    "monitor|"
    # ("he will look and see if he has any suitable end caps"; "see if" alone is the words of
    # "Check to see if ...", a bare imperative)
    r"look\s+and\s+see|"
    "notify|obtain|order|organi[sz]e|pass|place|prepare|present|produce|purchase|repair|replace|"
    r"pick\s+(?:this|it|that|these|them)\s+up|pick\s+up|put\s+(?:[\w'’]+\s+){1,4}?in\s+touch|"
    "(?-i:post|re-?post)|progress|promote|provide|publish|pursue|raise|re-?circulate|re-?consider|refer|"
    # ("would reflect on the points of drafting detail")
    r"reflect\s+on|remind|research|reschedule|rearrange|"
    # ("read through the existing policy", "W. Burditt to cost this"; never what a thing costs,
    # "will cost the council £500")
    r"read\s+(?:through|over)|cost\s+(?:this|it|these|them|up|out)\b|"
    "reply|report|request|resolve|respond|return|review|scan|seek|send|set up|share|source|speak|"
    "submit|supply|survey|thank|transfer|undertake|update|verify|visit|write|work with|"
    r"talk\s+(?:to|with)|"  # ("would talk to Stephen Cade"; never a talk given, "talk about")
    # ("take this forward", "take the matter up with Highways", "take photographs of ...")
    r"take\s+(?:[\w']+\s+){0,3}?(?:forward|up\s+with)|take\s+(?:photo(?:graph)?s|pictures)|"
    # ("take up the poor condition of the barn with the Council")
    r"take\s+up\s+(?:the\s+)?(?:[\w'’-]+\s+){1,8}?with"
)
# What a body decides to have done outside the meeting ("RESOLVED to write to the police",
# "It was resolved to obtain quotes"), unlike what it does in it (consider, confirm, review).
TASK_VERBS = (
    "add|advertise|approach|arrange|ask|book|bring back|chase|check|(?:re-?)?circulate|commission|"
    "consult|contact|draft|e-?mail|explore|find out|follow up|forward|inform|install|issue|"
    "investigate|invite|liaise|liase|look into|notify|obtain|offer|order|organi[sz]e|prepare|"
    "publish|"
    "purchase|pursue|raise|remind|repair|replace|reply|report back|request|(?:re-?)?schedule|"
    "seek|send|source|speak|submit|survey|take forward|verify|visit|write"
)
# Past participles that end neither in -ed nor -en: "a letter be sent", "a meeting be held".
_IRREGULAR = "sent|held|made|brought|put|set|sought|kept|told|paid|read|shown|drawn|built|bought"
# What a Member asks to be given: "requested a report on ...", "asked for a breakdown of ...".
_ASKED_FOR = (
    r"report|update|information|details?|briefing|breakdown|figures|data|cop(?:y|ies)|"
    r"analysis|response|note|paper|presentation|summary|list|timeline|plan"
)
# Someone who can be asked: "the Director of Housing", "Cllr Sandhu", "ACE", "Officers", and
# a post named without "the", as action lines and resolutions' parts name them ("Head of
# Housing to arrange ...", "Cabinet Member for Adult Care to ...").
OWNER = (
    r"(?:(?:Cllrs?\.?|Councillors?)\s+(?:Mrs?\s+|Ms\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|[Oo]fficers?|Members|[Tt]he\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z(][\w'’&().-]*|of|for|and|the|&))*"
    r"|[A-Z][A-Z]{1,6}(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+(?:of|for)\s+[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|and|&))*"
    # (a name, with its title: "Mr Phil Cooper will collect ...")
    r"|(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+|[Tt]he\s+[Cc]lerk|[Cc]lerk"
    r"|(?:the\s+)?council)"
)
# "<owner> to (further) <verb>", "<owner> would <verb>" or "<owner> <verb>" at the start of
# a resolution's part.
OWNER_VERB = rule(
    "owner-verb",
    rf"^(?P<owner>{OWNER})\s+(?:to\s+|would\s+|will\s+|should\s+|shall\s+)?(?:also\s+|further\s+|then\s+)?"
    rf"(?P<verb>{ACTION_VERBS})(?:e?s)?\b",
    "action",
    "ACE to further report on their work with support to birth parents",
    flags=M,
)
# "requests that ...", "asks the Head of Finance to ...", "recommends to Cabinet that ...".
REQUEST_VERB = rule(
    "request-verb",
    # (not the noun: "the request be declined"; not a planning response: "recommend approval")
    # (the verb's first letter before the look-behinds, which are costly to try everywhere)
    r"(?=(?i:[ari]))"
    r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]his )(?<!\b[Hh]is )(?<!\b[Hh]er )"
    r"(?<!\b[Ii]ts )(?<!\b[Tt]heir )(?<!\b[Oo]ur )"
    r"\b(?i:request(?:s|ed)?|ask(?:s|ed)?|recommend(?:s|ed)?|instruct(?:s|ed)?|"
    # "it be remitted to the Director of Finance to submit a further report"
    r"remit(?:s|ted)?(?=\s+(?:back\s+)?to\b))\b"
    # (nor the noun after its own: "the further funding request not being approved")
    r"(?!\s+(?i:from|for|of|by|was|were|is|are|being|not\s+being)\b)"
    # (nor a list's heading of such: "(ii) Recommended Refusals" / "(iii) Recommended Approvals")
    r"(?!\s+(?i:approvals?|refusals?|permission|no\s+objection|objection|support)\b)"
    r"(?:\s+to\s+(?P<recipient>[A-Z][\w'’&-]*(?:\s+(?:of|and|the)\s+[A-Z][\w'’&-]*|"
    r"\s+[A-Z][\w'’&-]*)*))?"
    r"\s*(?:(?i:that)\s+)?(?P<what>\S.*)",
    "action",
    "the Scrutiny Board requests that the e-newsletter also be circulated to co-opted Members",
    flags=re.DOTALL,
)
near_miss(
    "request-verb",
    "More detail requested by the Board regarding return home interviews",
    "The review request from Ofsted",
    "the request be declined",
    "AGREED to recommend APPROVAL",
    "(ii) Recommended Refusals",
    "The expenditure to fund the shortfall from the funding request not being approved",
)
# What a decision asks to have done, in the passive: "X be circulated", "a meeting be arranged".
_ASKED_DONE = (
    r"(?:further\s+|also\s+|now\s+)?(?:arranged|circulated|sent|considered|added|provided|held|"
    r"given|brought|submitted|presented|reported|invited|shared|distributed|emailed|forwarded|"
    # (not what a decision's own terms take in: "the three sites be included in the agreement")
    r"scheduled|included(?!\s+(?:in|within)\s+(?:the\s+)?(?:agreement|scheme|contract|lease|"
    r"policy|budget|precept|strategy)\b)|investigated|explored|prepared|produced|written|"
    r"made (?:publicly |widely )?available|"  # ("be made publicly available on the website")
    # (either spelling: "organised", "organized"; good wishes sent: "congratulations be
    # passed to those concerned", "the thanks of the Council be conveyed to the volunteers")
    r"conveyed|passed\s+(?:on\s+)?to|"
    r"organi[sz]ed|requested|sought|obtained|updated|reviewed|set up|amended|supplied|"
    r"re-?considered|revisited|deferred|referred back|clarified|undertaken|contacted|notified|"
    r"advertised|discussed|explained|(?<!\bto be )consulted|"  # (not "wishes to be consulted")
    # (someone told of something: "that Network Rail are made aware of the height restrictor
    # barriers", "the landowner be informed of the decision", "the owners of the site be
    # informed accordingly")
    r"informed\s+(?:of|accordingly|in\s+writing|that)\b|made\s+aware|"
    # (work ordered done: "the equipment be removed and WIFI be installed", "the room be
    # monitored for three months")
    # (not a sum taken off a budget, "the £1500 be removed from the budget", nor done
    # actions off a tracking sheet, "completed actions be removed from the Matters Arising
    # sheet")
    r"removed(?!\s+from\s+(?:the\s+)?(?:budget|accounts?|precept|reserves?|"
    r"(?:[\w'’-]+\s+){0,4}(?:sheet|list|log|tracker))\b)|"
    r"installed|monitored|replaced|repaired|inspected|erected|rearranged"
    # (or made to a later meeting: "a presentation be made to a future meeting on Diabetes")
    r"|made\s+to\s+(?:a|the)\s+(?:future|next|later|subsequent)\s+meeting"
    # (or given, or its consideration carried on, there: "this presentation be delivered at
    # a future meeting of the Group", "consideration of the report be continued to the next")
    r"|(?:delivered|continued)\s+(?:to|at|until)\s+(?:a|the)\s+(?:future|next|later|subsequent)"
    r"\s+meeting"
    # (or put on a later agenda or the work plan: "this item be put on the Work Plan for 27
    # November", "be placed on the Finance and General Purposes Committee agenda")
    r"|(?:put|placed|listed)\s+on(?:to)?\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’&]+\s+){0,5}?"
    r"(?:agenda|work\s*(?:plan|programme)|forward\s+plan))\b"
)
PASSIVE_REQUEST = rule(
    "passive-request",
    # (or arrangements for something, as a decision asks them: "that arrangements for future
    # evidence gathering interviews are made"; not as it judges them: "is satisfied that the
    # arrangements ... are made in accordance with Standing Orders")
    # (not what should not be done: "the item should not be put on the agenda until ...")
    # (after another participle too: "the draft letter ... be signed and sent")
    rf"(?<!\bnot )(?<!\bnever )\bbe\s+(?:[a-z]+ed\s+and\s+)?(?:re-?)?{_ASKED_DONE}"
    r"|(?:^|(?<!satisfied )\bthat\s+)(?:the\s+)?arrangements\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:be|is|are)\s+made\b(?!\s+in\s+accordance)"
    # (or what is to come back, in the participle: "... should proceed with the findings being
    # reported to the next meeting of the Committee")
    r"|\bbeing\s+(?:reported|brought|presented|submitted)\s+(?:back\s+)?to\s+(?:the\s+|a\s+)?"
    r"(?:next|future|following)\s+meeting\b",
    "action",
    "an opportunity to speak to Social Workers be arranged",
)
# The same in the indicative, as many councils word a decision: "RESOLVED that a letter is
# sent to Highways". Only as a decision's main clause: its subject holds no comma and no
# relative pronoun ("the minutes, which are circulated with the agenda, be approved"); and
# not a standing arrangement ("the Plan is reported annually to the Partnership").
MANDATIVE_PASSIVE = rule(
    "mandative-passive",
    # (a bracketed aside in the subject is part of it: "the minutes of the meeting held on 18
    # March (and reconvened on 18 May) are re-submitted to a future meeting")
    r"^(?:that\s+)?(?:(?!\b(?:which|who|whom|whose|that|when|where|if|as)\b)"
    r"(?:[^,;:()\n]|\([^()\n]{0,80}\))){1,80}?"
    # (or "were" and what is given them, as a subjunctive: "That the Committee were provided
    # with a breakdown"; not what was done, "Quotes ... were considered")
    rf"\s(?:(?:is|are)\s+(?:re-?)?{_ASKED_DONE}|were\s+(?:provided|given|sent|supplied|"
    r"updated|informed|briefed|shown)\b)"
    r"(?!\s+(?:annually|quarterly|monthly|regularly|each|every)\b)",
    "action",
    "two half day training and development sessions are arranged throughout the year",
)
near_miss(
    "mandative-passive",
    "the minutes, which are circulated with the agenda, be approved",
    "the report as it is presented be noted",
    "the delivery of the Plan is reported annually by the Board to the Care Partnership",
    "the information that is provided by the police be noted",
)
near_miss(
    "passive-request",
    "the report be noted",
    "the Head of Property Services be authorised to award the contract",
)
# What a decision plans for this body's later business: a further report it is to receive
# ("To receive a further report from the Director following a full review"), a review or
# visit to take place ("an extended internal review of scrutiny take place during
# 2014/15"), items put on or taken off its plans ("remove items 4 and 5 from the business
# planner").
PLANNED = rule(
    "planned",
    r"^(?:that\s+)?(?:the\s+\w+\s+)?(?:to\s+)?receive\s+(?:a|an)\s+"
    r"(?:further|progress|follow[- ]up|update|updated|full|final)\b[^.;]{0,40}?\breport\b"
    r"|\b(?:review|visit|inspection|survey|workshop|training|audit|site\s+meeting)\b[^.;,]{0,80}?"
    r"\btake\s+place\b"
    r"|\b(?:add|remove|delete)\b[^.;]{0,160}?\b(?:to|from|on)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:work\s*(?:programme|plan)|business\s+planner|forward\s+plan)\b",
    "action",
    "To receive a further report from the Director following a full review of the assets",
)
near_miss(
    "planned",
    "To receive the report of the Director of Finance",
    "The review had taken place in March",
)
# Resolution parts that are never requests.
NOT_A_REQUEST = rule(
    "not-a-request",
    # (but a letter or card of thanks to be sent is: "a letter of congratulation be sent")
    r"^(?!(?:the\s+)?[\w ]{0,40}?\b(?:letters?|cards?|messages?|e-?mails?)\s+of\s)"
    # (the verb, not a noun after its determiner: "Cllr Watson investigate what support ...")
    r"(?:(?:the\s+)?[\w ]{0,40}?\b)?(?<!\bwhat )(?<!\bany )(?<!\bthe )(?<!\bof )(?<!\bfor )"
    r"(?:notes?|noted|thanks?|thanked|welcomes?|welcomed|"
    r"congratulat\w*|approves?|approved|endorses?|endorsed|adopts?|adopted|accepts?|accepted|"
    # (not the good wishes to be sent: "congratulations be passed to those concerned")
    r"receives?|received|supports?|supported)\b(?!\s+be\s+(?:passed|conveyed|sent|forwarded)\b)"
    r"(?!.*\b(?:and|but)\s+(?:that\s+)?(?:request|ask|recommend|[\w ]{1,60}?\bbe\s+(?:forwarded|"
    r"circulated|sent|provided|added|brought|submitted|presented))\w*)",
    "action",
    "Notes the briefing note.",
    flags=I | re.DOTALL,
)
near_miss(
    "not-a-request",
    "request that the Chair give further consideration to how",
    "a letter of congratulation be sent to the team on their promotion",
)
# A lead-in whose every part is a request: "the following items be added to the Work Programme:".
REQUEST_LEAD_IN = rule(
    "request-lead-in",
    r"\b(?:be\s+added\s+to\s+the\s+(?:work\s+programme|next\s+agenda|agenda)|"
    r"following\s+(?:items?|topics?|issues?|matters?)\s+be\s+(?:added|considered|included|scheduled)|"
    r"(?:request|ask|recommend)s?\s+(?:that\s+)?(?:the\s+following|[\w ]{0,60}\bto)\s*:|"
    r"deferred\s+for\s+the\s+following\s+reasons|"
    r"the\s+following\s+(?:actions|tasks)\b[^:\n]{0,60}:)",  # ("approve the following actions:")
    "action",
    "RESOLVED that the following items be added to the Work Programme:",
)
# "Further information was requested including:" and the like: each bullet below is a request.
REQUEST_LIST_LEAD = rule(
    "request-list-lead",
    r"^(?:Further\s+)?(?:information|details?|data|clarification|figures)\s+(?:was|were)\s+"
    r"requested\b[^:\n]*:|^(?:Members|The\s+(?:Scrutiny\s+)?(?:Board|Committee|Sub-Committee|"
    # (its list marked or numbered: "The Committee requested:" / "1. that in future ...")
    r"Panel|Forum))\s+(?:also\s+)?(?:requested|asked\s+for)(?:\s+(?:the\s+following|that)\b"
    r"[^:\n]*)?\s*:|^(?:The\s+following\s+)?"
    r"(?:actions?|information|requests?)\s+(?:was|were)\s+(?:agreed|requested)\s*:",
    "action",
    "Further information was requested including:",
)
near_miss(
    "request-list-lead",
    "The briefing note also provided information about the following:",
    "The Board questioned officers on the following:",
)
# What someone "would be doing" as a promise: "he would be sending out new forms".
_DOING = (
    r"(?:sending|writing|arranging|contacting|circulating|providing|forwarding|chasing|"
    r"investigating|preparing|organi[sz]ing|updating|submitting|liaising|following\s+up|"
    r"looking\s+(?:into|at)|speaking\s+(?:to|with)|checking|obtaining|drafting)"
)
# "Cllr Sandhu would follow up ...", "Officers agreed to provide ...", "she would be happy to
# recirculate ...", "the Panel agreed for the Convener and the Scrutiny Officer to write ...".
# Any verb after a word that is itself a promise: "undertook to get him along", "offered to
# help", "will endeavour to get updates", "committed to discussing the detail with ..." (after
# "would" or "agreed to", only a task's verbs).
_PROMISED = (
    r"(?:(?<=undertook to )|(?<=undertaken to )|(?<=offered to )|(?<=promised to )"
    r"|(?<=volunteered to )|(?<=endeavour to )|(?<=committed to ))"
    r"(?!be\b)[a-z]{2,}"
    # and a parish's practical tasks, agreed to: "Cllr Hunter agreed to store the documents"
    # (not what would be done, as an applicant or a policy says it: "he would clear the site")
    # (not a member or an item removed: "agreed to remove Cllr Hart from the Finance
    # Committee", "to remove the item from the agenda")
    r"|(?<=agreed to )(?:buy|clean|clear|collect|cut\s+back|display|erect|fix|mow|order|paint|"
    r"purchase|put\s+up|repair|replace|store|tidy|trim"
    r"|remove(?!\s+(?:Cllr|Councillor|Mr|Mrs|Ms)\b)(?![^.;]{0,60}\bfrom\s+(?:the\s+)?(?:agenda|"
    r"[\w\s]{0,30}Committee|membership)\b)"
    r"|get(?=\s+(?:a|an|the|some|two|three|quotes?|prices?|estimates?)\b))\b(?!\s+the\s+(?:date|precept|time)\b)"
)
# The words between a promise and its verb: "will also write", "will then inform", "would
# formally write to Mr Garner".
_ADVERBS = "also|further|now|then|formally|personally|again|shortly|jointly"
# A matter taken away, to come back on it: "he would take the question away and respond".
_TAKEN_AWAY = (
    r"take\s+(?:this|(?:the|these|those|this|that)\s+(?:question|matter|point|"
    r"issue|query|comment|concern|suggestion)s?)\s+away"
)
UNDERTAKING = rule(
    "undertaking",
    # (a match opens with a capital, "the", "he", "she", "clerk", "council", "officers", "and",
    # "but", "also", "would", "agreed", a bullet or a semicolon: that is looked at first, as the
    # names below are costly to try at every character)
    # (never inside a word's capitals: "TTC Officers", not "C Officers"; glued after "The",
    # "TheClerk will send", the clerk's)
    r"(?<![A-Z])(?=[A-Zabchostw•;])"
    rf"(?:(?:(?P<person>{PERSON})|(?P<first>{FIRST_NAME})|(?P<initials>{INITIALS}))\s+"
    # (or a plan told as one: "The PC are going to ask Matt Jones to assist")
    rf"(?:would|will|shall|should|(?:is|are)\s+going\s+to)\s+"
    rf"(?:(?:{_ADVERBS})\s+)?"
    rf"(?:be\s+(?:happy|pleased|willing)\s+to\s+|aim\s+to\s+|seek\s+to\s+|endeavour\s+to\s+|"
    rf"continue\s+to\s+|"
    rf"try\s+(?:and|to)\s+|be\s+(?={_DOING}))?"
    # (past a relative clause: "Councillor Bailey who was to take the inspection book for the
    # forthcoming month agreed to look at the hoop")
    # (not the clause's own promise, one made before: "thanked Cllr X who had also offered";
    # nor a clause past someone else or a report: "... who organised the fete and the
    # residents who offered", "Councillor Green who chairs the group reported the group agreed")
    rf"|(?:(?P<owner>{OWNER}|{PERSON})|(?P<named>{FIRST_NAME}))"
    r"(?:,?\s+who\s+(?!(?:had|has|have)\s+(?:\w+\s+)?(?:agreed|offered|promised|volunteered)\b)"
    r"(?=\S+\s+\S)(?:(?!\b(?:and|but|who|which|reported|said|stated|objected|advised|explained|"
    r"thanked)\b)[^.;]){3,80}?,?"
    # (or whose promise the clause is: "a design created by Cllr Martin who undertook to
    # supply the headed stationery")
    r"|,?\s+who(?=\s+(?:agreed|undertook|offered|promised|volunteered)\b))?"
    r"\s+(?:also\s+|has\s+)?(?:agreed|undertook|(?<=has )undertaken|"
    rf"offered|promised|committed|volunteered)\s+(?:himself\s+|herself\s+|themselves\s+)?"
    rf"(?:unanimously\s+)?(?:for\s+.{{3,80}}?\s+)?to\s+(?:also\s+|further\s+)?"
    rf"(?:try\s+(?:and|to)\s+)?"  # ("agreed to try and source a smaller bin")
    # (or the subject carried on: "... has received funding for 2016-17 and will apply for
    # 2017-18", "PC Camus advised ..., but will make further enquiries")
    rf"|(?:^|[•;]\s*|\b(?:and|but)\s+)(?:also\s+)?(?:would|will|agreed\s+to)\s+(?:also\s+)?)"
    # (a promise to deal with a matter; not "they were asked to deal with 161 incidents")
    rf"(?P<verb>{ACTION_VERBS}|forward\s+on|deal\s+with|{_DOING}|{_PROMISED}|{_TAKEN_AWAY})\b",
    "undertaking",
    "Cllr Sandhu would follow up further signs of safety training",
    flags=M,
)
# What every undertaking ends with, the promise and its verb ("would follow up", "agreed to
# provide"): a far cheaper pattern than the rule, which tries a name at every word, so a
# sentence without it is never tried with the rule. (A gate must match whatever its rule
# matches: tests/test_patterns.py checks.)
CUE_GATES: dict[str, re.Pattern[str]] = {
    "undertaking": re.compile(
        r"(?:would|will|shall|should|going|agreed|undertook|undertaken|offered|promised|committed|"
        r"volunteered)\s+"
        rf"(?:(?:{_ADVERBS}|unanimously|himself|herself|themselves)\s+|"
        r"be\s+(?:happy|pleased|willing)\s+to\s+|"
        rf"(?:aim|seek|endeavour|continue)\s+to\s+|try\s+(?:and|to)\s+|be\s+(?={_DOING})|"
        rf"for\s+.{{3,80}}?\s+|to\s+)*"
        rf"(?:{ACTION_VERBS}|forward\s+on|deal\s+with|{_DOING}|{_PROMISED}|{_TAKEN_AWAY})\b",
        re.I | re.M,
    ),
}
near_miss(
    "undertaking",
    "The next Improvement Board would be on 18th October, 2017.",
    "The LSCB would report on progress made",
)
# Owners that are bodies, not people: "The Improvement Board would work ..." is narrative.
BODY_OWNER = rule(
    "body-owner",
    r"\b(?:Board|Group|Committee|Panel|Partnership|Services?|Plan|Team|Agency|Trust|"
    r"Authority|Forum|Network|Programme|Report)$",
    "action",
    "The Continuous Improvement Executive Group",
)
# Where a sentence turns from its task to something else: "... and hoped that ...", or to
# the motion that carried it ("Clerk to draft a letter proposed PW; seconded DT; ...").
TASK_END = rule(
    "task-end",
    r",?\s+(?:and|but|while|whilst)\s+(?:also\s+)?(?:hoped|said|noted|added|explained|stated|"
    # (not the task going on: "options would be looked at and reported back to Members")
    r"reported(?!\s+back)|suggested|thought|felt|believed|acknowledged|emphasi[sz]ed|highlighted|"
    r"stressed|welcomed|thanked)\b"
    r"|[,;]?\s+(?-i:[Pp]roposed)\s+(?:by\s+)?(?:Cllrs?\.?\s+|Councillors?\s+)?(?-i:[A-Z])"
    r"[\w.' ]{0,40}[,;]\s*(?-i:[Ss]econded)\b",
    "action",
    "Officers offered to provide further context and hoped that the workshop would help",
)
near_miss("task-end", "Clerk to write to the owner of the proposed development")
