"""A page's items: where each starts, its printed number and its heading.

Candidates come from every numbering style (numbers-only lines, "32. Title", running
numbers inline in flattened PDF text) and from unnumbered headings (short title lines,
"pdf icon" titles, table rows, headings run into their text). The numbered reading is
the longest chain of numbers of one style that run on; without one, unnumbered headings;
without those, paragraph numbers (1.1, 2.1 ...) group the text; and a page with no
headings at all is one item.
"""

from __future__ import annotations

import re

from .agenda_headings import (
    MIN_RUN,
    Listing,
    agenda_worded,
    continues,
    items_over_sub_items,
    list_entry,
    listed_before,
    lone_yields,
    sub_entry,
    with_agenda_worded,
    wrapped_entry,
)
from .alone import LABEL, unnumbered
from .bullet_headings import bulleted_headings, bullets_in_gaps
from .chain_gaps import headings_in_gaps, numbers_in_gaps, numbers_twice
from .chains import (
    YEAR_MONTH_RUN,
    YEAR_RUN,
    dated_from_one,
    list_in_last_item,
    lower_heading,
    paragraph_of,
    restyled_run,
    without_lists_between,
    without_nested_lists,
    without_padded_lists,
    without_repeats,
    without_whole_numbers_paragraphs,
)
from .cuts import Segment, cut, public_first
from .flattened import MONTH_START, MONTH_TITLED, YEAR_TITLE
from .headings_above import AGENDA_LABEL, bracketed_number, heading_above, heading_of
from .label_rows import Start, label_rows, rows_run_together, table_starts
from .listings import (
    a_list_among_icons,
    a_sentence_list,
    a_tight_list,
    agenda_listing,
    list_under_one,
    restarts_under_headings,
)
from .lone_numbers import caps_headings_joined, number_alone, number_below, owner_cells_dropped
from .numbers import (
    AGENDA_NUMBER,
    MONTH_STAMP,
    NUMBER,
    NUMBER_LEAD,
    Numbered,
    best_chain,
    earlier_item_cited,
    earlier_minutes_cited,
    family,
    is_date,
    paragraph_groups,
    paragraph_number,
    without_council_year,
)
from .numbers import number_key as number_key
from .own_numbers import without_own_number, year_glued
from .printed_titles import SUBTITLE
from .ref_rules import COLUMN_REF, MINUTE_COLUMN
from .restarts import all_ones, lost_parents, ones_instead, ones_restarted, runs_from_one
from .roman import roman_lead
from .run_in import all_bulleted, in_capitals, run_in, under_empty_headings
from .run_on_headings import RUNNING_MINUTE
from .running_paragraphs import paragraphs_under_headings
from .sentence_starts import undated
from .spaced_numbers import spaced_number
from .subitems import lettered_items
from .title_words import WHO_HEADING, is_minutes_sentence
from .titles import FINITE_VERB, LETTER, heading_line, split_run_in
from .trackers import tracker_line
from .two_part_numbers import numbers_like_dates, year_first
from .whole_headings import heading_alone, heading_over_text, other_language, text_below

# A first sub-item's letter on its parent's line, after the number: "112/12 a) PUBLIC SPEAKING
# - None" / "b) POLICE MATTERS - None" (split_run_in leaves it no heading, the text its own).
_FIRST_LETTERED = re.compile(r"\(?a\)\s+[A-Z]")
# "1. That the report be noted.", "2. To enable officers to ...": parts of a resolution.
_PART_START = re.compile(r"^(?:That|To\s+[a-z]+)\b")


def segment(lines: list[str], rows: set[int], header: set[int]) -> tuple[list[str], list[Segment]]:
    """(the lines before the first item, the items) of a whole-meeting page; the header's
    lines are neither."""
    lines = ["" if i in header else ln for i, ln in enumerate(lines)]
    if len(rows) >= 3:  # a table: one item a row (some rows' "|" lost)
        rows = rows | rows_run_together(lines, rows)
        return cut(lines, table_starts(lines, rows))
    lines = caps_headings_joined(lines)
    if "ction" in "".join(lines):  # (a cheap test: most pages have no action column)
        lines = owner_cells_dropped(lines)
    above = min(header, default=0)  # (a number alone above the header is the page's: "53")
    # (the header's lines stand between: a lead-in's colon above it leads into no list below)
    walled = [_WALL if i in header else ln for i, ln in enumerate(lines)] if above else lines
    cands = year_glued([c for c in _numbered(walled) if not (c.alone and c.line < above)])
    cands = without_whole_numbers_paragraphs(cands, lines)
    cands = without_lists_between(without_nested_lists(without_padded_lists(cands), lines))
    chain = restyled_run(items_over_sub_items(best_chain(cands), cands, lines), cands)
    chain = lost_parents(chain, cands, lines)
    ones = all_ones(cands)
    keys = {c.key for c in cands}
    if (1,) in keys and (2,) not in keys:  # (some in the agenda's words too, among the rest)
        taken = {c.line for c in cands}
        worded_ones = [a for a in agenda_worded(lines) if a.key == (1,) and a.line not in taken]
        ones = all_ones(sorted([*cands, *worded_ones], key=lambda c: c.line)) or ones
    if ones and len(ones) > len(chain) and ones_instead(chain, ones):
        chain = ones
    chain = runs_from_one(ones_restarted(chain, cands, lines), cands)
    if agenda_listing(chain, lines, cands):  # the agenda printed above the minutes: their items
        after = best_chain([c for c in cands if c.line > chain[-1].line])
        before = best_chain([c for c in cands if c.line < chain[0].line])
        if len(after) >= 2 and not agenda_listing(after, lines, cands):
            listed = range(chain[0].line, chain[-1].line + 1)  # (nor its lines minutes)
            lines = ["" if i in listed else ln for i, ln in enumerate(lines)]
            chain = after
        elif len(before) >= 3 and not agenda_listing(before, lines, cands):
            chain = before  # (a legend listed inside the last item: "1 Conditional consent")
    elif (outer := list_in_last_item(chain, cands, lines)) is not None:
        chain = outer
    agenda, listing = listed_before(dated_from_one(year_first(agenda_worded(lines)), cands), lines)
    if listing:  # (the agenda listed above the minutes: its numbers, and its lines, are none)
        chain = [c for c in chain if c.line not in listing]
        lines = ["" if i in listing else ln for i, ln in enumerate(lines)]
    chain = lone_yields(chain, cands, agenda)
    merged = with_agenda_worded(chain, agenda)
    # (an untitled number among headings in the agenda's words it runs on with is theirs)
    usable = _usable(chain) or (bool(chain) and len(merged) >= MIN_RUN + len(chain) - 1)
    chain = merged if usable else with_agenda_worded([], agenda)
    if bulleted := bulleted_headings(lines, chain):  # (a list's numbers lost to bullets)
        return cut(lines, bulleted)
    if chain and restarts_under_headings(chain, cands, lines):
        chain = []  # (paragraphs numbered afresh under each heading: the headings are items)
    elif chain and (headed := paragraphs_under_headings(chain, lines)):
        return cut(lines, headed)  # (or numbered on through the page under them)
    # (or one number alone among them, a row's heading opening with a year: "2021/22 Budget,
    # Fees and Charges" / "Minutes: ...")
    if (
        len(chain) <= 1
        and (labelled := label_rows(lines))
        and (not chain or any(s[0] in (chain[0].line, chain[0].line + 1) for s in labelled))
    ):
        return cut(lines, labelled)
    cited = earlier_minutes_cited(chain, cands)
    top = max((h for h in header if h < 15), default=-1)  # (a page's title over its header)
    tight = a_tight_list(chain, lines)
    a_list = tight or a_sentence_list(chain, lines) or a_list_among_icons(chain, lines)
    wanted = len(chain) <= 1 or cited or a_list
    starts = [s for s in unnumbered(lines) if s[0] > top] if wanted else []
    if a_list and (under := list_under_one(chain, starts, lines, tight)):
        return cut(lines, under)  # (a list numbered afresh under one of the page's headings)
    # One number in a page of headings without ("APOLOGIES", ... "1. Policy"), or one
    # "Item 8 - ..." (or "Minute 285:" rows) citing earlier items, among such headings.
    if len(chain) == 1 or cited:
        worded = chain[0].family[2]  # ("Item" or "Minute" before the number)
        above = sum(worded or s[0] < chain[0].line for s in starts)
        if above >= 2:
            chain = []
        elif not cited and above and len(starts) >= 3 and chain[0].title:
            # (or one among headings before and after it, an item among them: "REPORTS" /
            # "1. PARISH INFORMATION BOARDS" / "HIGHWAYS" / ...)
            one = chain[0]
            starts = sorted([*starts, (one.line, one.number, one.title, one.rest)])
            chain = []
    if chain:
        found: list[Start] = [(c.line, c.number, c.title, c.rest) for c in chain]
        # (numbers lost to bullets, or skipped as a decision's parts)
        found = sorted(
            found
            + bullets_in_gaps(lines, chain)
            + numbers_in_gaps(lines, chain)
            + headings_in_gaps(lines, chain)
            + numbers_twice(chain, cands)
        )
        preamble, items = cut(lines, found, {c.line: c.top for c in chain if c.top is not None})
        return public_first(preamble, items, header)
    starts = starts or lettered_items(lines)  # ("(a) Appointment of Chairman" / ...)
    runs = run_in(lines, starts)
    if len(capitals := in_capitals(runs)) >= 3 and len(capitals) > len(starts):
        # paragraphs led by headings in capitals ("FINANCE. A cheque was signed ..."), more
        # than the lines standing alone like headings (a page's title, a payments list):
        # those, with the headings in capitals that stand alone
        # (or all of them, a list flattened to bullets: "• MATTERS ARISING:" / "• Website – ")
        colon_led = all(lines[s[0]].lstrip().startswith(f"{s[2]}:") for s in runs)
        colon_led = colon_led or all_bulleted(runs, lines)
        starts = sorted((runs if colon_led else capitals) + in_capitals(starts))
    elif (len(starts) <= 1 and not _labelled(lines, starts)) or under_empty_headings(runs, starts):
        starts = runs or starts  # one heading alone (a council's name) over run-in headings
    groups = paragraph_groups(lines)
    if starts and not (groups and len(starts) <= 1):
        return cut(lines, starts)
    if groups:
        return lines[: groups[0][0]], [Segment(None, None, b) for _, b in groups]
    if not any(is_minutes_sentence(ln) for ln in lines):
        return lines, []  # an attendance list, a header: no item
    return [], [Segment(None, None, lines)]


_WALL = "\x00"  # (a header's line to the numbers: no blank line, and nothing they read)


def _numbered(lines: list[str]) -> list[Numbered]:
    out: list[Numbered] = []
    dated: list[Numbered] = []  # numbers shaped as dates ("19.09.01")
    listing: Listing | None = None
    column, tracker = False, 0
    for i in range(len(lines)):
        line = lines[i]
        if not line or not (line[0].isdigit() or line[0] in "*M([" or line[:1].isupper()):
            continue
        lead = NUMBER_LEAD.match(line)
        if lead and (list_entry(lines, i, lead) or continues(listing, lead, line)):
            # "The Mayor has three options:" / "1. ..."
            entry = (number_key(lead["number"]), family(lead["number"], line))
            listing = (*entry, lead["rest"][:1].islower())
            continue
        if listing is not None and (sub_entry(line) or wrapped_entry(lines, i, listing)):
            continue  # ("1 Details of any contract" / "(a) Under which ..." / "2 Details ...")
        listing = None
        column = bool(MINUTE_COLUMN.match(line) or (column and COLUMN_REF.match(line)))
        if column:
            continue  # a table's minute-number column: "Minute No.  Title" / "12  Planning"
        tracker = tracker_line(lines, i, tracker)
        if tracker:
            continue  # an action tracker's head and rows of earlier items: "14b MQ To take ..."
        cand = bracketed_number(line, i) if "(" in line[:70] else None
        cand = cand or number_alone(lines, i) or _lead(lines, i) or number_below(lines, i)
        cand = cand or roman_lead(line, i)
        if cand and _ACTION_LOG.fullmatch(cand.number):
            continue  # an earlier meeting's numbered action, its state: "13/08/15-05 Review ..."
        if cand and is_date(cand.number):
            dated.append(cand)
        elif cand and not earlier_item_cited(cand, line, out):
            out.append(cand)
    # (dated numbers and a year's running ones run on with headings in the agenda's words
    # too: "15/12/01 To receive Apologies ...", "15/12/02 To receive ...", "15/12/03 In
    # consideration of ..."; "17.146 Apologies for Absence", "17.147 To receive ...")
    running = any(YEAR_RUN.search(c.number) for c in out)
    worded = agenda_worded(lines) if dated or running else []
    out = without_repeats(
        [c for c in out if not paragraph_of(c, [*out, *worded] if running else out)], lines
    )
    near = [*out, *worded] if dated else out
    # (those in the agenda's words among them are candidates too, where they run on with
    # them: "10/06/04 To check ..." / "10/06/05 Report from the Police" / "10/06/06 To ...")
    dated_lines = {c.line for c in dated}
    dated += [w for w in worded if is_date(w.number) and w.line not in dated_lines]
    dated_lines |= {w.line for w in worded if is_date(w.number)}
    near = [c for c in near if c.line not in dated_lines]
    return sorted(year_first(out) + numbers_like_dates(dated, near), key=lambda c: c.line)


# An action numbered by the date of the meeting that set it: "13/08/15-03", "13/08/15- 02".
_ACTION_LOG = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*-\s*\d{1,3}")
# A minute's number, never a part's: with its year's four figures ("2017/24", "115/2018"), or
# with a prefix in capitals and the year between slashes ("AM/17/24 To elect the Mayor").
_WITH_YEAR = re.compile(r"(?:19|20)\d\d/\d|\d{1,4}/(?:19|20)\d\d$|[A-Z]{1,4}/\d\d/\d")
# A vote's count, its figure before or after its word: "For: 5", "12 For" / "00 Against" /
# "01 Abstentions".
_VOTES = re.compile(
    r"(?i)(?:For|Against|Abstentions?|in\s+favour)\b[,;:]?\s+\d"
    r"|(?:For|Against|Abstentions?|Abstained|Abstaining|in\s+favour)\W*$"
)


def _lead(lines: list[str], i: int) -> Numbered | None:
    line = lines[i]
    m = NUMBER_LEAD.match(line)
    if not m:
        return None
    number, rest = spaced_number(lines, i, m["number"], m["rest"])
    own = _OWN_MINUTE.match(rest)  # (the minute's own number after the agenda's)
    if own:
        number, rest = own["number"], rest[own.end() :]
    # (the agenda's number after a minute's with its year: "2167/21 3. To approve ...")
    agenda = "/" in number and AGENDA_NUMBER.match(rest) is not None
    rest = without_own_number(AGENDA_NUMBER.sub("", rest, count=1))
    if number[:1].isalpha() and rest[:1].isdigit():  # ("HR1. 01/16 Apologies: ...")
        rest = MONTH_STAMP.sub("", rest, count=1)
    elif number.isdigit() and rest[:1].isdigit():  # ("50. 23-24 Apologies")
        rest = without_council_year(rest, lines)
    if (MONTH_START.match(rest) and not MONTH_TITLED.match(line)) or YEAR_TITLE.match(line):
        return None
    lower = not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "‘“'\"(")
    if lower and not lower_heading(number, rest):
        return None
    parted = _PART_START.match(rest) and not (own or agenda or _WITH_YEAR.match(number))
    if parted or _VOTES.match(rest):
        # a resolution's part, not an item (a number with its year's four figures is a
        # minute's: "2017 / 24 – To receive the Declarations"); a vote's count ("5 For")
        return None
    lower = lower and not _FIRST_LETTERED.match(rest)  # ("112/12 a) PUBLIC SPEAKING - None")
    title, text = (rest.strip(), "") if lower else split_run_in(rest, numbered=True)
    if title and not LETTER.search(title) and (whole := heading_alone(lines, i, rest)):
        title, text = whole, ""  # (a decision's number before its heading: "24/00109 - ...")
    elif (
        title
        and SUBTITLE.fullmatch(text)
        and not FINITE_VERB.search(line)
        and not WHO_HEADING.match(title)  # (names after it: "Apologies Received – Cllr Ash")
        and text_below(lines, i)
    ):
        at = rest.find(title)  # (past the agenda's number in brackets before it: "(20.06)")
        tail = rest[at + len(title) :] if at >= 0 else text
        title, text = f"{title} {tail.strip()}", ""  # ("– agreement with ...")
    elif title and (other := other_language(title, rest)) and text_below(lines, i):
        # (a heading printed in two languages: "Croeso’r Cadeirydd a Materion Personol. The
        # Chair’s Welcome and Personal Matters.")
        title, text = f"{title}. {other}", ""
    depth = len(number_key(number))
    long = len(_BRACKETED.sub("", undated(title)).split()) > 8 if title else False
    long = long and not _MINUTES_HEADING.match(title or "")  # "14.41 Minutes of the meeting ..."
    long = long and not heading_over_text(lines, i, title or "", text)
    if long and paragraph_number(number) and not YEAR_MONTH_RUN.match(number):
        title = None  # "2.2 Submitted letter of thanks from ...": a paragraph
    if title is None:
        dotted = re.search(r"\d\.\d", number.split(":", 1)[0]) or (depth > 1 and "/" not in number)
        if dotted and not YEAR_RUN.search(number):
            return None  # a numbered paragraph ("6.1 The Vice Chair informed ...")
        # (a sentence after "(4)" or "4)" is a numbered paragraph: "(4) Mr Albiston advised
        # ...", "1) The Leader introduced the item ...")
        paragraph = line.startswith("(") or re.match(r"\d{1,2}\)\s", line)
        weight = 1.0 if FINITE_VERB.search(rest) and not paragraph else 0.0
        # (a minute's: "20/59", or its committee's letters glued on, "LEP102")
        top = heading_above(lines, i, mixed="/" in number or number[:1].isalpha())
        title = heading_of(lines[top]) if top is not None else None
        if title and AGENDA_LABEL.match(lines[top or 0]):
            weight = 2.5  # (the minute's number, not the agenda's label, numbers the item)
    else:
        item = not re.search(r"\.\d", number) or number.endswith(".0") or YEAR_RUN.match(number)
        item = item or YEAR_MONTH_RUN.match(number)
        weight = 2.5 if item else 1.0  # (no paragraph's number: "5.", "5.0", "17.146", "20.7.1")
        top = None
    fam = family(number, line)
    return Numbered(i, number, number_key(number), fam, weight, title=title, rest=text, top=top)


# The heading of earlier minutes approved, however long: "Minutes of the meeting held on 19
# March 2014".
_MINUTES_HEADING = re.compile(
    r"(?i)(?:(?:approval|confirmation|adoption)\s+of\s+)?(?:the\s+)?minutes\b"
)
# The minute's own number after the agenda's: "1. Minute Number 3006/16 - To receive ...".
_OWN_MINUTE = re.compile(
    rf"(?i:Minute)\s+(?i:Number|No\.?)\s*(?P<number>{NUMBER})\s*(?:[-–:]\s*)?(?=[A-Z])"
)
_BRACKETED = re.compile(r"\([^()]*\)")  # "(David Rogers – CDC)": no words of the heading's


def _labelled(lines: list[str], starts: list[Start]) -> bool:
    """Whether the one heading alone is an item's, its "Minutes:" label under it: what runs
    in below ("Volcker Highways – inspection ...") is that item's text."""
    below = [ln for ln in lines[starts[0][0] + 1 : starts[0][0] + 4] if ln] if starts else []
    return bool(below) and LABEL.match(below[0]) is not None


_ONE_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]{5,}")  # ("ANNOUNCEMENTS"; not "DC/2021/00123")


def _usable(chain: list[Numbered]) -> bool:
    titled = [c for c in chain if c.title]
    if len(chain) == 1:
        title = chain[0].title
        if title is None:
            return False
        plain = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", title)  # ("... HELD ON 14th MAY")
        caps = plain.isupper() and len(re.findall(r"[A-Z]{2,}", title)) >= 2
        # (or one long word in capitals after a running minute's number, a page cut short
        # after it: "... signed by the Chairman." / "70. ANNOUNCEMENTS")
        caps = caps or (
            _ONE_CAPS_WORD.fullmatch(title) is not None and chain[0].key[0] >= RUNNING_MINUTE
        )
        worded = bool(re.search(r"\b[A-Z][a-z]+\b", title)) and heading_line(title) is not None
        return chain[0].alone or caps or worded
    return len(titled) >= 1 or len(chain) >= 3
