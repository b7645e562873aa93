"""A heading's words as the page printed them: the end of a printed line that a heading's
search read with its spaces closed up or a glued dash spaced ("Mr Hunt- Grubbe"), a table's
heading cell beside its text ("108      Declaration of      None"), a short
aside in brackets between dashes after a heading ("Deferment of Business - (for comment by
the public) - ..."), and a heading's subtitle after its dash ("Access to the Allotments –
agreement with landowners").
"""

from __future__ import annotations

import re

SPACE_RUN = re.compile(r"[ \t]{2,}")
# A printed table's heading cell and the text beside it, after the minute's number, a wide
# gap between: "108      Declaration of            None" (the heading's words wrapped in its
# cell, whatever word ends them).
TABLE_CELLS = re.compile(r"(?P<head>[A-Z]\S*(?: \S+){0,5}?)\s{4,}(?P<rest>\S.*)")
_NON_SPACE = re.compile(r"\S+")


def as_printed(printed: str, rest: str) -> str:
    """The end of the printed line that rest is, its dashes and brackets spaced as printed
    (the heading's search spaces out a glued one: "Mr Hunt- Grubbe"), its runs of spaces
    closed up as the search closes them; rest itself when the two differ in more."""
    want = len(squeezed := "".join(rest.split()))
    if not "".join(printed.split()).endswith(squeezed):
        return rest
    at = len(printed)  # (where printed's last `want` characters other than spaces start)
    for m in reversed(list(_NON_SPACE.finditer(printed)) if want else []):
        want -= m.end() - m.start()  # (a word at a time, not a character)
        if want <= 0:
            at = m.start() - want
            break
    tail = printed[at:]
    return SPACE_RUN.sub(" ", tail) if "  " in tail else tail


# A short aside in brackets between dashes after a heading: "(for comment by the public) -".
_ASIDE = re.compile(r"(?P<aside>\([^()]{1,50}\))\s*[-–—]\s+(?=\S)")


def with_aside(head: str, rest: str, printed: str) -> tuple[str, str]:
    """The heading with the aside in brackets its dashes set off, where one follows it
    ("Deferment of Business - (for comment by the public) - There were no members ...")."""
    aside = _ASIDE.match(rest) if rest[:1] == "(" else None
    dash = printed[: printed.find(aside["aside"])].rstrip()[-1:] if aside else ""
    if not aside or not dash or dash not in "-–—":
        return head, rest
    return f"{head} {dash} {aside['aside']}", rest[aside.end() :]


# A heading's subtitle after its dash, closing its line over its text (segment.py): "14.43
# Access to the Allotments – agreement with landowners" (not the minutes' words: "– none",
# "– all present", "– apologies received from ...").
SUBTITLE = re.compile(
    r"(?!(?i:none|nil|no|all|see|n/a|noted|agreed|approved|deferred|cllrs?|councillors?|mrs?|"
    r"ms|miss|dr|the|it|this|that|there|these|an?|he|she|they|we)\b)"
    # (capitalised too, up to ten words and a note in brackets: "Remarks, Notices and
    # Information – Parishioners and other members of the public", "Mancroft – update on
    # damage to play equipment and fencing (January 2022)")
    r"[A-Za-z][a-z'’-]*(?:\s+(?![a-z]+(?:ed|ing)\b)[\w'’&-]+){1,9}(?:\s+\([^()]{1,40}\))?"
)


# A planning application's or a case's reference: "PL/2022/04098", "19/01754/F", "DC/15/0123".
APPLICATION_REF = r"(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,}"
# A heading that names a place, then an application's reference (or its number alone,
# "20060770") and, after a dash, what is applied for, all of it the heading up to its
# sentence's end: "LANGHAM - 20060770 - Conversion and extension of buildings ...",
# "WYVERN - PL/2024/0153 - Erection of a garage".
# (or the reference first, with its kind's letters, then the site after a dash:
# "TM/07/04164/FL - White Lodge, 70 Chatham Road, Aylesford", "19/01263/MFUL - 7 High
# Street"; not a decision's number, "24/00109 - Transfer the ...")
APPLICATION_HEADING = re.compile(
    rf"^(?:[A-Z][\w'’. ]{{1,40}}?\s[-–—]\s+(?:\d{{6,}}|{APPLICATION_REF}(?:/[A-Z]{{1,4}})?)"
    rf"|{APPLICATION_REF}/[A-Z]{{1,5}})\s+[-–—]\s+[A-Z0-9]"
)
# The heading of a section of applications in the plural, run into the first of them: the
# heading is "Planning Applications", the application its text ("Planning Applications
# DC/21/2258/FUL: 84 Fairfield Road ..."; one application's heading keeps its reference,
# "Planning Application DC/21/2258/FUL Land at Mill Lane").
# (the word in capitals, never a sentence's count or article, nor a year after it: "Five
# applications 24/00123 ...", "Community Grant Applications 2025/26")
APPLICATIONS_FIRST = re.compile(
    r"(?!(?i:the|these|those|both|all|any|such|other|some|several|many|no|new|two|three|four|"
    r"five|six|seven|eight|nine|ten)\b)"
    r"(?P<head>(?:[A-Z][\w&]*\s+){0,2}(?-i:Applications|APPLICATIONS))\s*[:\-–—]?\s+"
    r"(?=[A-Z]{1,4}/\d{2,4}/\d{2,}|(?!(?:19|20)\d\d/\d\d\b)\d{2,4}/\d{3,})"
)
