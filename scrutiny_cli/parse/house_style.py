"""The body as the subject of a decision verb, the item's only decision record: "The
Council approves as accurate ...", "The Board agreed to note ...", "Members agreed that
...", "All agreed to ...", kept as one rule with its near misses (motions.py reads it)."""

from __future__ import annotations

from .rules import M, near_miss, rule

# A body as the subject of a decision verb, the item's only decision record: "The Council
# approves as accurate ...", "The Board agreed to note ...", "Members agreed that ...",
# "The Committee considered and noted the work programme", "The Committee discussed the work
# programme and agreed that ...".
HOUSE_STYLE = rule(
    "house-style",
    # (not in a clause that concedes or sets a condition: "While the Panel supported ...")
    # (a match opens with "the", a body's capital, "council", "councillors", "meeting" or
    # "members": looked at first, it spares the look-behinds at every character)
    r"(?=[A-Zcmt])(?:^|(?<=[\s(]))(?<!While )(?<!Whilst )(?<!Although )(?<!Though )(?<!If )(?<!As )"
    r"(?<!While the )(?<!Whilst the )(?<!Although the )(?<!Though the )(?<!If the )(?<!As the )"
    r"(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){0,5}"
    r"(?:Committee|Council|council|Board|Panel|Cabinet|Executive|Sub-Committee|Group|Forum|"
    r"Members|Councillors|Cllrs|Commission|Assembly|Trustees|Governors|Commissioners|"
    # (its whole name in lower case too, "The overview and scrutiny committee ... agreed")
    r"(?<=[Tt]he\s)(?:meeting|members|councillors|(?:(?!(?:other|previous|next|last|former)\b)"
    r"[a-z][\w&'’-]*\s+){0,4}(?:sub-committee|committee|board|panel|council|commission))"
    # ("All community councillors agreed to continue their previous roles.")
    r"|(?<=All\s)(?:(?:community|parish|town)\s+)?(?:councillors|members)"
    # (or a council by its initials, as community and parish clerks write: "CC approved the
    # spending for the noticeboard")
    # (only with a verb that decides: "CC confirmed all Councillors had seen the minutes" is
    # a Chair's initials, "CC")
    r"|(?-i:[CPT]C)(?=\s+(?:(?:unanimously|also|then)\s+)?(?-i:approved|agreed|decided|resolved|"
    r"adopted|authori[sz]ed|ratified|endorsed|voted)\b)"
    # (or all of them, unnamed, over what they agreed: "All agreed this was a true record
    # and were signed."; not a motion's adoption told after it, "All agreed, the Resolution
    # was passed.")
    # (an aside between, on when or how: "All agreed, following the vote, to approve ...")
    r"|(?<![\w,] )All(?=\s+agreed(?:,[^,.;]{3,40},)?\s+(?:that|this|to|the|for)\b)"
    # (or "We", as a club's or a society's committee writes: "We unanimously decided to get
    # Replay to rejuvenate Court 3"; not what it agreed with, "We agreed with the speaker")
    r"|(?<![\w,] )(?-i:We)(?=\s+(?:(?:unanimously|all|then|also)\s+)?"
    r"(?:agreed|decided|resolved|voted)\s+(?:that|to)\b))"
    # (its remit after it, as a policy committee names itself: "The Committee for Transport
    # and Connectivity noted the update report")
    r"(?:\s+for\s+[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’-]*){0,4})?)"
    # (or after what it weighed first: "The Parish Council discussed the two quotations and
    # all agreed to award ...", "... discussed the Precept and after a debate decided to")
    # (or after what it noted: "Members noted the bank reconciliations ... and approved cheque
    # payments for the same period")
    r"\s+(?:then\s+)?(?:(?:considered|discussed|debated|received|reviewed|noted)\s+"
    r"(?:[^.;:\n]{1,150}?\s+)?and\s+(?:(?:all|then)\s+|after\s+(?:a\s+|some\s+|further\s+)?"
    r"(?:debate|discussion),?\s+)?)?"
    # (the verb in capitals too, as some councils print it: "Council CONFIRMED the minutes")
    # (with how wholly it decided: "The Board fully supported the proposal"; not when:
    # "previously agreed" is another meeting's decision)
    # (or why, or in turn: "the Committee therefore agreed to adjourn", "Members also agreed")
    r"(?:(?:unanimously|fully|formally|duly|broadly|strongly|warmly|wholeheartedly|therefore|"
    r"also|subsequently|accordingly)\s+)?"
    # ("Council authorised the Chair to sign the minutes", "The Board ratified the decision",
    # and the Scots for it: "The Committee homologated the action taken by the Chief Executive")
    r"(?P<verb>(?i:approves?|approved|agreed|agrees|noted|notes|endorsed|endorses|"
    r"adopted|accepted|decided|confirmed|supported|authori[sz]ed|ratified|homologated|"
    # (or whom it elected, what it turned down or recommended of an application: "Members
    # elected Councillor Lyn Evans as Chairman", "The Council rejected the application on the
    # grounds ...", "the Council unanimously recommended refusal")
    r"elected|rejected|recommended(?=\s+(?:refusal|approval|that\s+(?:the\s+)?(?:application|"
    r"permission|consent)\b))|"
    r"voted(?=\s+(?:unanimously\s+)?to\b))"
    # (or what it received, printed in capitals as its decisions are: "Council RECEIVED Cllr
    # Rumsey's Declaration of Acceptance of Office"; "received" in lower case is narrative)
    r"|RECEIVED)\b"
    # (a preamble's, deciding nothing itself: "... and agreed as set out below"; nor a bare
    # answer of what was so: "The councillors confirmed that it had not.", where "agreed
    # that it had no objection" decides)
    r"(?!\s+(?:as\s+(?:set\s+out|follows|detailed)|below)\b)"
    r"(?!\s+that\s+(?:it|they|he|she)\s+(?:had|did|was|were|has|have)(?:\s+not|n['’]t)?\s*(?:[.;]|$))"
    # (nor what was so, confirmed: "Members confirmed that there were no conflicts of interest")
    r"(?!(?<=confirmed)\s+that\s+there\s+(?:was|were|is|are|had|has)\b)"
    r"(?:\s+unanimously|\s+in\s+princip(?:le|al))?(?P<what>\s+\S+)?",
    "resolution",
    "The Board agreed to note the changes in membership",
    flags=M,
)
near_miss(
    "house-style",
    "Council had agreed that Councillor Judi Ellis be appointed",
    "While the Panel supported efforts to reduce costs, it was concerned about the timescale",
    "The Board previously agreed the plan", "The councillors confirmed that it had not.",
    "Members confirmed that there were no conflicts of interest.",
    "Once the vote was taken, All agreed", "All agreed, the Resolution was passed.",
    "CC confirmed all Councillors had seen the minutes of the meeting held on 3 May 2017.",
    "We agreed with the speaker about the hedge.", "As we decided to wait, nothing was done.",
)  # fmt: skip
