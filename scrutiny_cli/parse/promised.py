"""A promise told in the passive, the one who acts left unsaid: "a response would be
provided to Andy Buck", "A litter pick would be organised", "An update will be published in
the next newsletter", "a full written reply was promised". One of the narrative cues
(cues.py); kept apart for its length, with its example (tests check it).
"""

from __future__ import annotations

from .dates import MONTH_NAMES
from .rules import rule

PROMISED_PASSIVE = rule(
    "promised-passive",
    # (how fully, after "be": "The complaint ... will be fully investigated")
    # (or "could" where it was confirmed or agreed that something be sent: "Mr Watts confirmed
    # that copies of the reports could be circulated to Members"; not a possibility, "the
    # premises could be made available")
    r"\b(?:confirmed|agreed)\s+that\s+[^.;]{1,120}?\bcould\s+be\s+(?:circulated|sent|provided|"
    r"forwarded|shared|supplied|distributed|e-?mailed)\b|"
    # (an update "given", where it is one: "an update would be given to this committee"; not
    # "consideration would be given to ...")
    r"\b(?:update|report|briefing|presentation|feedback|response)s?\s+(?:would|will)\s+"
    r"(?:also\s+)?be\s+given\b|"
    r"\b(?:would|will)\s+(?:also\s+|now\s+|all\s+)?be\s+(?:(?:fully|further|formally|properly|"
    r"duly|promptly)\s+)?(?:re-?)?(?:circulated|provided|sent|"
    r"chased(?:\s+up)?|followed\s+up|"
    r"forwarded|considered|amended|invited|added|brought|submitted|presented|reported|"
    r"supplied|shared|arranged|updated|notified|reviewed|contacted|written|emailed|prepared|"
    r"produced|revisited|deferred|requested|sought|explored|investigated|"
    r"made\s+(?:publicly\s+|widely\s+)?available|"
    # ("A litter pick would be organised", "A review of the signage would be undertaken",
    # "The width of the path would be queried with the county")
    r"organi[sz]ed|undertaken|queried|relocated|checked|incorporated|distributed|"
    # ("answers would be obtained from the NHS", "the report would be rescheduled for
    # December's meeting")
    r"obtained|rescheduled|communicated|"
    # (or a link put on the body's own later agendas: "a hyperlink would be attached to the
    # agendas for future meetings")
    r"attached(?=\s+to\s+(?:the\s+|all\s+)?(?:future\s+)?agendas?\b)|"
    # ("The resident will be informed", not "informed by"; "... would be approached")
    # ("The complainant will be advised accordingly", not "advised by", "advised that")
    r"informed(?!\s+by\b)|advised(?!\s+(?:by|that|of\s+the\s+need)\b)|revised|rectified|"
    r"approached|"
    # ("A group will be set up to organise the celebrations", "A committee will be formed
    # to deal with the details": a body formed for a task; not a reorganisation, "it is
    # likely that unitary councils will be formed")
    r"(?:set\s+up|formed)(?=\s+to\s+[a-z])|"
    # ("Model Standing Orders will be issued to all councillors"; not a penalty's
    # "issued against")
    r"issued(?=\s+to\b)|"
    # (or a later agenda of the body's own: "An item electing a Chair would be included
    # on the agenda for the next meeting")
    r"included(?=\s+(?:on|in)\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}(?:agenda|work\s*programme|"
    r"forward\s+plan)\b)|"
    # ("Royal Mail would be hastened", "The post will be advertised", "An article would
    # be placed in The Round", "the Committee would be consulted in October"; not
    # what another does, "consulted by the developer", nor a condition "placed on"
    # a permission; and a matter taken up at a later meeting, "dealt with at the
    # September meeting", not at this one's start or end)
    rf"hastened|advertised|placed(?=\s+in\b)|"
    # (or told in the parish's own news: "An update will be published in the next
    # newsletter", "details will be given in the newsletter", "put on the website", "put on
    # the PC website"; never another body's initials, "the SDC website")
    # (not another's: "... on the website of the District Council", "... in the
    # magazine by the PCC")
    rf"(?:published|given|put|placed)(?=\s+(?:in|on)\s+(?:the\s+)?"
    rf"(?:next\s+|council'?s\s+|parish\s+|village\s+|(?-i:PC|TC)\s+)?(?:newsletter|website|"
    rf"web[\s-]site|"
    rf"magazine|Facebook|bulletin)\b(?!\s+of\b)(?![^.;]{{0,60}}\bby\s+(?:the\s+)?(?:(?-i:[A-Z])(?!\w*\s+\d)|(?:\w+\s+)?"
    rf"(?:authority|council|church|pcc|police)\b)))|"
    rf"(?:consulted|looked\s+(?:into|at))(?!\s+by\b)|"
    rf"dealt\s+with(?=\s+at\s+(?:the|a)\s+(?:next|future|later|following|"
    rf"{MONTH_NAMES})\b)"
    # (an announcement or update at a later meeting of this body: "would be made at
    # the next Ordinary Council meeting")
    # (or offered to one: "A Paper would be offered to the next meeting for approval")
    r"|(?:made|given|offered)(?=\s+(?:at|to)\s+(?:the\s+|a\s+)?(?:next|future|later)\b))"
    # (not what the council or its executive will do with it: "would be considered by
    # Cabinet on 6th September")
    r"\b(?!\s+by\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive)\b)"
    # (or a request or an application to be made, to someone or for something: "A larger
    # request from the Common Good Fund will be made to help support this venture"; not
    # "no application would be made", nor why, "The request would be made because ...")
    r"|(?<!\bno\s)\b(?:request|application|bid|claim|complaint)s?\b[^.;]{0,60}?\b(?:will|would)\s+"
    r"(?:also\s+|now\s+)?be\s+made(?=\s+(?:to|for|in)\b)"
    # (or an answer promised, in the past: "a full written reply was promised")
    r"|\b(?:reply|response|answer|report|update|briefing|information)\s+(?:was|were|had\s+"
    r"been)\s+(?:promised|offered)\b",
    "undertaking",
    "a response would be provided to Andy Buck",
)
