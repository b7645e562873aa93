"""Rows numbered under an item, each a topic run in before its colon: "1. Area Board: There
has not been ...", "2. Highways: Mrs Ash reported ...", or numbered under the parent's own
number, "3.1 Parish Plan Review: A visit ...", "3.1:Bilsthorpe Incinerator update:Nothing
to report." (subitems.py makes each a sub-item). Not the entries of a list: tasks by
owner, payments by payee, a post and its holder.
"""

from __future__ import annotations

import re

from .titles import FINITE_VERB, split_run_in

MIN_ROWS = 2  # rows so numbered that make them sub-items

_NUMBERED_ROW = re.compile(r"^(?P<d>[1-9]\d?)[.)]\s+(?P<rest>\S.*)$")
# A row's first word that is whose task or what kind of line it is, not a subject's name:
# "1. Clerk: to write to the Highways team", "2. Action: ML", "1. For: 5".
_NO_SUBJECT = frozenset(
    "action actions clerk chair chairman chairperson mayor proposed seconded resolved agreed "
    "noted note decision decisions minutes present apologies for against abstained "
    "abstentions rfo".split()
)
# The parents whose numbered rows are a list's entries, not topics: tasks by owner, payments
# by payee, applications by site, meetings by date, votes.
_LIST_PARENT = re.compile(
    r"(?i)\b(?:actions?|payments?|accounts?|invoices?|cheques?|planning|applications?|"
    r"dates?|votes?|voting|elections?|nominations?|precept|budget)\b"
)
# A row's text that is an entry's value, not a topic's minutes: a task in the infinitive or
# lower case ("JB: write to WDC"), a sum or figure, a day, a decision's keyword.
_ENTRY_TEXT = re.compile(
    r"^(?:[a-z]|[£$€\d]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|RESOLVED|AGREED|Resolved)"
)


# Words a heading under its parent's decimal may run to before its colon: "3.3:Response from
# Southwell Diocese to letter sent requesting update on repairs to wall ...: The meeting ..."
_LONG_HEAD = 30


def _colon_closed(text: str) -> str | None:
    """The words before the first colon where they are a heading: no verb, a capital first,
    _LONG_HEAD words at most."""
    head = text.split(":", 1)[0].strip() if ":" in text else ""
    words = head.split()
    if not words or len(words) > _LONG_HEAD or not head[0].isupper() or FINITE_VERB.search(head):
        return None
    return head


# A topic's minutes that there was nothing to say: "Nothing to report.", "No update."
_NOTHING = re.compile(
    r"(?i)(?:nothing\s+(?:to\s+report|further|new)|no\s+(?:update|report|news|"
    r"change|progress)|none)\b"
)


def numbered_run_in(
    body: list[str], parent: str = "", number: str | None = None
) -> list[tuple[int, str, str, str]]:
    """(line, number, heading, the text run into it) of each of "1. Area Board: There has
    not been ...", "2. Highways: Mrs Ash reported ..." in turn (or numbered under the
    parent's own number: "3.1 Parish Plan Review: A visit ..." under item 3): all or none,
    the first opening the body, each heading a short title closed by a colon over a sentence
    of its own; a line between them without a number is the text of the one before. Not
    under a parent that lists (Actions, Payments, Planning): its rows are entries."""
    if _LIST_PARENT.search(parent):
        return []
    own = (number or "").rstrip(".")
    # (its colon glued on too: "3.1:Bilsthorpe Incinerator update:Nothing to report.")
    decimal = (
        re.compile(rf"{own}\.(?P<d>[1-9]\d?)(?::\s*|\s+)(?P<rest>\S.*)$") if own.isdigit() else None
    )
    style: re.Pattern[str] | None = None  # (the first row's numbering, which the rest keep)
    found: list[tuple[int, str, str, str]] = []
    for i, line in enumerate(body):
        text = line.strip()
        m = style.match(text) if style else _NUMBERED_ROW.match(text)
        m = m or (decimal.match(text) if decimal and not style else None)
        if not m:
            if not found and text:
                return []  # the parent's own text first
            continue
        head = split_run_in(m["rest"], numbered=True)[0]
        if head is None and m.re is decimal:  # (a long heading, closed by its colon)
            head = _colon_closed(m["rest"])
        colon = re.match(rf"{re.escape(head)}\s*:\s*(?=\S)", m["rest"]) if head else None
        rest = m["rest"][colon.end() :].lstrip(" -–—;,") if colon else ""  # (as printed)
        if (
            int(m["d"]) != len(found) + 1
            or not head
            or not rest
            or len(head.split()) > (_LONG_HEAD if m.re is decimal else 8)
            or not head[:1].isalpha()  # (a site's number or an application's: "3 Mill Lane")
            or "," in head  # (an address: "Rose Cottage, Church Road")
            or head.split()[0].lower() in _NO_SUBJECT
            or _ENTRY_TEXT.match(rest)
            # (a post and its holder, "6.1 Tree Officer: Cllr Ash", not "3.2 Wind Farm update:
            # Nothing to report.", "3.4 New Solicitor:We hope to visit ...")
            or (
                m.re is decimal
                and not (FINITE_VERB.search(rest) or len(rest.split()) >= 4)
                and not _NOTHING.match(rest)
            )
        ):
            return []
        style = m.re
        found.append(
            (i, text[: m.start("rest")].rstrip(" :") if m.re is decimal else m["d"], head, rest)
        )
    return found if len(found) >= MIN_ROWS else []
