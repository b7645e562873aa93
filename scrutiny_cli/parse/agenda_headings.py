"""Item headings in the agenda's own words: "2. To record Declarations of Interest", "304-1.
To receive apologies from Members:". Alone such a line reads as a decision's part ("1. To
note the report"), so segment.py leaves it out of its chain of item numbers; here it is put
back where its number runs on from an item of the chain, or, on a page whose every heading
is so worded, where three or more run on from one another.
"""

from __future__ import annotations

import itertools
import re

from .numbers import MONTH_STAMP, NUMBER_LEAD, Numbered, best_chain, family, number_key, runs_on
from .sentence_starts import heading_again, text_after_dash
from .title_words import all_capitals
from .titles import FINITE_VERB

AGENDA_WORDED = re.compile(r"^(?:To\s+[a-z]+|TO\s+[A-Z]+)\b")  # ("To note ...", "TO APPROVE ...")
# A decision's keyword standing over a list ("IT WAS resolved:", "RESOLVED"): what follows
# is its parts, however worded.
_DECISION_LEAD = re.compile(
    r"(?i)^(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)\b(?:.*:|\W*)$"
)
MIN_RUN = 3  # headings in the agenda's words alone that make a page's items


def _lists_earlier(lines: list[str], i: int) -> bool:
    """Whether the lead-in above line i names earlier minutes or their matters."""
    j = _line_above(lines, i, 6)
    return j is not None and _EARLIER_MINUTES.search(lines[j]) is not None


_EARLIER_MINUTES = re.compile(r"(?i)\b(?:matters|arising|previous|earlier|last|outstanding)\b")


def after_colon(lines: list[str], i: int) -> bool:
    """Whether the line before (within three, or six over blank lines) ends with a colon,
    or in a word that leads into a list ("... which comprises"), or heads a table's column
    of minute numbers ("Minute No.  Report title" over "53 Disposal of Small Surplus
    Sites"): a lead-in to a list."""
    j = _line_above(lines, i, 6)
    if j is None:
        return False
    if _NUMBER_COLUMN.match(lines[j]):
        return True
    if _LINK_LEAD.search(lines[j]):  # (a link the copy dropped: "... by following this link:")
        return False
    if _LEADS_IN.search(lines[j], max(0, len(lines[j]) - 30)):  # (its last words only)
        return True
    if _COLUMN_HEADS.search(lines[j]) or _ITEMS_LABEL.fullmatch(lines[j].strip()):
        return False  # a table's column headings run into the line: "... ITEM MINUTES ACTION NO:"
        # (or the label over the items themselves: "Agenda Items:" / "1. To appoint ...")
    # (or a semicolon over a list's first entry: "He gave her 3 messages to consider;" / "1.
    # Transport: ...")
    ends = (":", ":-", ";") if _FIRST_ENTRY.match(lines[i]) else (":", ":-")
    return j >= i - 3 and lines[j].rstrip().endswith(ends)


_FIRST_ENTRY = re.compile(r"\s*\(?1[.)]\s")
_LINK_LEAD = re.compile(r"(?i)\b(?:this|the|following)\s+link\s*:-?\s*$")


# A label over the meeting's items, no list's lead-in: "Agenda Items:", "Order of Business:".
# (nor an owner column's label alone, a table's: "Action by:" / "1 Apologies for absence")
_ITEMS_LABEL = re.compile(
    r"(?i)(?:agenda(?:\s+items?)?|items?\s+of\s+business|(?:order\s+of\s+)?business"
    r"|actions?(?:\s+by)?|by\s+whom)\s*:-?"
)
# The headings of a minutes table's columns, closed by a colon where a converter ran them
# into one line: "AGENDA ITEM MINUTES ACTION NO:", "Item Discussion Action By whom:".
_COLUMN_HEADS = re.compile(
    r"(?i)(?:\b(?:agenda|items?|minutes?|actions?|no\.?|who(?:m)?|owner|by|when|date|details|"
    r"discussion|responsible|decisions?)\s*){3,}:\s*$"
)
# A sentence that leads into a list without its colon: "... any disclosable pecuniary
# interest they have in any item on the agenda which comprises" / "1 Details of any ...".
_LEADS_IN = re.compile(
    r"(?i)\b(?:comprises?|comprising|includes?|including|namely|as\s+follows)\s*$"
)


# An entry of a list nested in a numbered list's entry: "(a) Under which goods ...".
_SUB_ENTRY = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})\)\s")


def sub_entry(line: str) -> bool:
    """Whether a line is a nested list's entry, which leaves the list around it open."""
    return bool(_SUB_ENTRY.match(line.lstrip()))


# The last entry of a list after "...:": its number, its numbering style, and whether its
# words start in lower case (a resolution's parts: "1. the policy be approved;").
Listing = tuple[tuple[int, ...], tuple[str, str, bool], bool]


def continues(listing: Listing | None, lead: re.Match[str], line: str) -> bool:
    """Whether a numbered line is the list's next entry: the next number, in the same
    style, and in lower case if the entries were ("3. Any other business" after "2. the
    Head of Housing consult tenants." is the next item)."""
    if listing is None:
        return False
    last, style, lower = listing
    return (
        runs_on(last, number_key(lead["number"]))
        and family(lead["number"], line) == style
        and (not lower or lead["rest"][:1].islower())
    )


def wrapped_entry(lines: list[str], i: int, listing: Listing) -> bool:
    """Whether a line is a list's entry wrapped onto it, the list's next entry below it: a
    few words and no sentence's end ("WC1 Christ's Pieces" / "Residents Association Two
    talks" / "WC2 Friends of Midsummer Common")."""
    for line in lines[i : i + _WRAPPED_LINES + 1]:
        lead = NUMBER_LEAD.match(line)
        if lead:
            return continues(listing, lead, line)
        if len(line) > _WRAPPED or line.rstrip().endswith((".", ":")) or line.isupper():
            return False
        if FINITE_VERB.search(line):
            return False  # (an entry's text, no wrap: "1 Apologies" / "There were none" / "2 ...")
    return False


_WRAPPED = 40  # characters at most of a list entry's wrapped line
_WRAPPED_LINES = 2  # lines an entry may wrap onto


def list_entry(lines: list[str], i: int, lead: re.Match[str]) -> bool:
    """Whether a numbered line is an entry of a list a colon above leads into; not when the
    line above is the item before it ("02:11/23 Apologies:" over "03:11/23 Adoption of
    Minutes:")."""
    if not after_colon(lines, i) or _MINUTE_NUMBER.fullmatch(lead["number"]):
        return False  # (a minute's number with its year is no list's: "Public speaking time:"
        # / "10/555 The Chairperson welcomed everyone")
    if all_capitals(lead["rest"], 8):
        return False  # (a heading in capitals alone: "... reached as follows:-" / "1. MINUTES")
    head = _line_above(lines, i, 6) if lead["number"].rstrip(".") == "1" else None
    if head is not None and _NUMBER_COLUMN.match(lines[head]):
        return False  # (the minutes' own table from its first item: "Item No Item" / "1
        # Apologies: ..."; the minutes a decision cites are numbered as they were)
    j = _line_above(lines, i, 3)
    above = NUMBER_LEAD.match(lines[j]) if j is not None else None
    if j is None or above is None:
        return True
    return not (
        family(above["number"], lines[j]) == family(lead["number"], lines[i])
        and runs_on(number_key(above["number"]), number_key(lead["number"]))
    )


# (or a dash before the year: "001-18 1 APOLOGIES ..."; not an application's "21/0123"; or
# a running number of three figures and its part: "... matters:" / "490.1 Commercial Trade")
_MINUTE_NUMBER = re.compile(r"\d{1,4}[/-]\d{2,3}|[1-9]\d{2,3}\.\d{1,2}")


def _line_above(lines: list[str], i: int, reach: int) -> int | None:
    """The nearest line above line i that is not blank, within reach lines."""
    return next((j for j in range(i - 1, max(-1, i - reach - 1), -1) if lines[j]), None)


_NUMBER_COLUMN = re.compile(r"(?i)^(?:Minute|Item)\s+(?:No\.?|Number)\s+\S(?<!\d)")


# A number with letters before it: "F03:04/24", "TC/754".
_PREFIXED = re.compile(r"[A-Z]{1,4}[\s/]?\d")


def agenda_worded(lines: list[str]) -> list[Numbered]:
    """Every numbered line headed in the agenda's words that no lead-in or decision
    introduces."""
    out: list[Numbered] = []
    for i, line in enumerate(lines):
        numbered = (
            line[:1].isdigit() or line[1:2].isdigit() or bool(_PREFIXED.match(line))
            or line[:5].lower() == "item "  # "Item 3:To consider ..."
        )  # fmt: skip
        lead = NUMBER_LEAD.match(line) if numbered else None
        if not lead:
            continue
        words = lead["rest"]
        if lead["number"][:1].isalpha() and words[:1].isdigit():
            words = MONTH_STAMP.sub("", words, count=1)  # ("HR3. 01/16 To receive ...")
        if not AGENDA_WORDED.match(words):
            continue
        # (a list's entry after a lead-in; not a minute's number with its year, "25/101 To
        # receive apologies ..." after "Meeting commenced; Standing Orders invoked:", unless
        # the lead-in lists earlier minutes: "Matters arising from the previous minutes:")
        if after_colon(lines, i) and ("/" not in lead["number"] or _lists_earlier(lines, i)):
            continue
        if _after_decision(lines, i):
            continue
        number = lead["number"]
        # (the heading is its first sentence, or what stands before a colon: "To approve the
        # minutes. Chair to sign.", "To receive apologies: Cllr Todd sent apologies"; the
        # rest of the line is the item's text)
        # (or what stands before a dash and the minutes' words: "To consider apologies for
        # absence - apologies were accepted from Cllr Locke")
        end = _TITLE_END.search(words)
        cut = next((d for d in _DASH.finditer(words, 0, end.start() if end else len(words))
                    if text_after_dash(words[d.end() :])), end)  # fmt: skip
        title = (words[: cut.start()] if cut else words).rstrip(" .:;…")
        rest = words[cut.end() :] if cut else ""
        # (or, before any of those, where the text repeats the heading's word: "TO RECEIVE
        # APOLOGIES Apologies were received ... from the following: Cllr Mark")
        again = _heading_again(words)
        if again is not None and (cut is None or again < cut.start()):
            title, rest = words[:again].rstrip(), words[again:]
        # (or the item's own first paragraph: "2. To receive declarations of interest 2.1
        # Cllr Park declared ...")
        own = re.search(rf"\s{re.escape(number.rstrip('.'))}\.1\s+(?=[A-Z])", words)
        if own and len(title) > own.start():
            title, rest = words[: own.start()], words[own.start() :].strip()
        fam = family(number, line)
        out.append(Numbered(i, number, number_key(number), fam, 0.0, title=title, rest=rest))
    return out


def _heading_again(words: str) -> int | None:
    """Where the minutes' text starts by repeating the heading's first word after the
    agenda's verb: "To receive Apologies for absence Apologies were received from ..."."""
    verb = AGENDA_WORDED.match(words)
    after = words[verb.end() :] if verb else ""
    if verb is None or not after.lstrip()[:1].isupper():
        return None  # (a heading's own word, not "any" or "the": "To receive any ... any")
    k = heading_again(after.split())
    if k is None:
        return None
    starts = [m.start() for m in re.finditer(r"\S+", after)]
    return verb.end() + starts[k]


# (or a paragraph's number after it, its part alone: "... may be of interest .1 The County")
_TITLE_END = re.compile(
    r"(?<=[a-z0-9)])\.\s+(?=[A-Z])|(?<=\w):-?\s*(?=[A-Z])|(?<=\w)\s+\.\d{1,2}\s+(?=[A-Z])"
    # (or a sentence run on with no stop: "To receive and accept apologies It was resolved",
    # "... Meeting held on 19 July 2017 It was RESOLVED")
    r"|(?<=[a-z0-9])\s+(?=(?:It|There|This|These|They)\s+(?:was|were|is|are|had|has|have)\b)"
    # (or a member's: "To elect a Deputy Chair Cllr Cohen was elected with ...")
    r"|(?<=[a-z])\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    # (or two members: "To receive Cllr Ash and Cllr Cox declared a personal interest")
    r"(?:and\s+(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?"
    r"(?:was|were|had|has|is|proposed|reported|said|agreed|asked|gave|declared)\b)"
    # (or the names of those who sent apologies: "To receive apologies Mr M Ash, Mrs B ...")
    r"|(?:(?<=pologies)|(?<=bsence))\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+"
    r"(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+\s*(?:,|and\b))"
    # (or a thing's: "To receive and approve apologies for absence Apologies had been
    # received from ..."; or a bullet: "To consider Planning Applications • 3/2018/1069 ...")
    r"|(?<=[a-z])\s+(?=[A-Z][a-z]+\s+(?:had|has|have|was|were)\s+(?:been\s+)?"
    r"(?:received|given|made|declared|noted|tendered|circulated)\b)|\s+[•·]\s+"
    # (or the meeting's or the minutes': "To consider accepting apologies Members received
    # and accepted ...", "To approve the minutes of the last meeting The minutes of the
    # meeting held on 18th March 2013 were agreed ...")
    r"|(?<=[a-z])\s+(?=(?:The|Members)\s+(?:[\w'’,-]+\s+){0,10}?(?:was|were|had|has|have|"
    r"received|agreed|noted|accepted|resolved|reported)\b)"
)  # (a lead-in's ":-" too: "To discuss expansion of the play park:- Agreed to install ...")
_DASH = re.compile(r"\s[-–—]\s+|(?<=[a-z])[–—]\s+(?=[A-Z])")  # (glued: "meeting– The")


def with_agenda_worded(chain: list[Numbered], agenda: list[Numbered]) -> list[Numbered]:
    """The chain with each agenda-worded heading whose number runs on from the item before
    it (in the chain's style, before the chain's next item) or leads into the chain's first;
    with no chain, the longest run of such headings, if long enough."""
    if not chain:
        return _longest_run(agenda)
    out = _leading(chain[0], agenda)
    for cur, nxt in itertools.pairwise([*chain, None]):
        assert cur is not None
        out.append(cur)
        for a in agenda:
            if a.line <= cur.line or (nxt is not None and a.line >= nxt.line):
                continue
            last = out[-1]
            # (or the next number's first part, "67-10-24/25a To review ..." after "66-10-24/25")
            first_part = a.key[-1:] == (1,) and runs_on(last.key, a.key[:-1])
            if (
                a.family == last.family
                and (runs_on(last.key, a.key) or first_part)
                and (nxt is None or a.key < nxt.key)
            ):
                out.append(a)
    return out


def lone_yields(
    chain: list[Numbered], cands: list[Numbered], agenda: list[Numbered]
) -> list[Numbered]:
    """A lone number (a count in the attendance: "3 Members of the Public") yields to one
    of another style that runs on with headings in the agenda's words, three or more
    together ("17.146 Apologies for Absence", "17.147 To receive ...", "17.148 ...")."""
    if len(chain) != 1:
        return chain
    alone = len(with_agenda_worded(chain, agenda))
    for cand in cands:
        if cand.family != chain[0].family and len(with_agenda_worded([cand], agenda)) > max(
            alone, MIN_RUN - 1
        ):
            return [cand]
    # (or to such headings alone, none of them a candidate of its own: "15 Minute Public
    # Question Time" over "20/017 To receive apologies ...", "20/018 To receive ...")
    run = _longest_run(agenda)
    if len(run) > alone and run[0].family != chain[0].family:
        return []
    return chain


def _leading(first: Numbered, agenda: list[Numbered]) -> list[Numbered]:
    """The agenda-worded headings just before the chain's first item that lead into it
    ("304-1.To receive apologies", "304-2.To receive declarations", then "304-3. ...")."""
    head: list[Numbered] = []
    expect = first
    for a in reversed([a for a in agenda if a.line < first.line]):
        if a.family == expect.family and runs_on(a.key, expect.key):
            head.insert(0, a)
            expect = a
    return head


def _longest_run(agenda: list[Numbered]) -> list[Numbered]:
    best: list[Numbered] = []
    run: list[Numbered] = []
    for a in agenda:
        run = [*run, a] if run and a.family == run[-1].family and _next(run[-1], a) else [a]
        if len(run) > len(best):
            best = run
    return best if len(best) >= MIN_RUN else []


def _next(before: Numbered, after: Numbered) -> bool:
    """Whether after runs on from before, a lettered item's letters counted in ("1a", "1b",
    "2": keyed (1, 1), (1, 2), (2,))."""
    b, a = before.key, after.key
    if runs_on(b, a):
        return True
    lettered = before.number[-1:].isalpha() or after.number[-1:].isalpha()
    return lettered and ((len(b) == 2 and a == (b[0] + 1,)) or (len(b) == 1 and a == (b[0] + 1, 1)))


def _after_decision(lines: list[str], i: int) -> bool:
    j = _line_above(lines, i, 3)
    return j is not None and bool(_DECISION_LEAD.match(lines[j].strip()))


def items_over_sub_items(
    chain: list[Numbered], cands: list[Numbered], lines: list[str]
) -> list[Numbered]:
    """The items where a chain of sub-items ("6.1 Tree Warden", "6.2 ...", "7.1 ...") won only
    because most of its items are headed in the agenda's words ("6. To appoint
    representatives to outside bodies"), left out of the chain as a decision's parts might
    be: those items, with the page's others, where they hold the sub-items' first numbers."""
    if not chain or chain[0].family[1] != ".":
        return chain
    tops = best_chain([c for c in cands if c.family[:2] == (chain[0].family[0], "")])
    merged = with_agenda_worded(tops, agenda_worded(lines))
    keys = {c.key for c in merged}
    worded = len(merged) - len(tops)  # (the agenda-worded headings are why it lost)
    if worded >= 2 and len(merged) >= MIN_RUN and all(c.key[:1] in keys for c in chain):
        return merged
    # (or because the page was cut short under them: "1. Minutes" / "2. Matters Arising" /
    # "2.1 Resignation of Chairman" / ... "2.5 Speeding" at the page's end; all the
    # sub-items under the last item, which stands over them)
    last = tops[-1] if tops else None
    if (
        last is not None
        and len(tops) >= 2
        and tops[0].key == (1,)
        and all(b.key == (a.key[0] + 1,) for a, b in itertools.pairwise(tops))
        and all(c.key[:1] == last.key and c.line > last.line for c in chain)
    ):
        return tops
    # (or all of one item's, its number alone just before them: "[1] White Lion" / "[1.1] ...")
    before, whole = [c for c in cands if c.line < chain[0].line], chain[0].key[:1]
    if before and before[-1].key == whole and chain[0].key[1:] == (1,) and len(chain) >= 2:
        return [before[-1], *chain] if all(c.key[:1] == whole for c in chain) else chain
    return chain


def listed_before(agenda: list[Numbered], lines: list[str]) -> tuple[list[Numbered], range]:
    """The headings in the agenda's words less an agenda listed above the minutes, a line an
    entry with nothing between ("1. To receive apologies." / "2. To co-opt a member ..." /
    ... / "17. Date of next meeting."), where the minutes number theirs from the same first
    number below it; and the lines the listing takes (an empty range with none)."""
    restarts = [k for k in range(1, len(agenda)) if agenda[k].key <= agenda[k - 1].key]
    if not restarts or agenda[restarts[0]].key != agenda[0].key:
        return agenda, range(0)
    listing = agenda[: restarts[0]]
    bare = all(
        not any(lines[j] for j in range(a.line + 1, b.line)) for a, b in itertools.pairwise(listing)
    )
    if len(listing) < MIN_LISTED or not bare:
        return agenda, range(0)
    end, last = listing[-1].line + 1, listing[-1].key
    while end < len(lines) and (lead := NUMBER_LEAD.match(lines[end])):
        if number_key(lead["number"]) != (last[0] + 1,):
            break  # (and its entries in other words after them: "17. Date of next meeting.")
        end, last = end + 1, (last[0] + 1,)
    return agenda[restarts[0] :], range(listing[0].line, end)


MIN_LISTED = 4  # entries of an agenda listed above its minutes
