"""A number standing alone on its line, its heading on the next ("12" / "Planning"), or
its minute's number in brackets under the heading ("Apologies" / "(Item 1)"): the
segmenter's candidates from such lines."""

from __future__ import annotations

import re

from .alone import LABEL, labelled_heading
from .chains import left_under, repeats_heading, sub_number
from .headings_above import AGENDA_LABEL, heading_of, title_above
from .lines import ATTACHMENT
from .numbers import NUMBER_ALONE, NUMBER_LEAD, Numbered, family, number_key
from .title_words import DECISION_PART, GLUED_DASH, WHO_HEADING, all_capitals, minutes_word
from .titles import FINITE_VERB, heading_line, split_run_in
from .whole_headings import whole_line_title

# What a lone number's candidate carries for its rest: the heading is the next line, and
# what runs on after it is the item's first words ("Welcome Packs – RM to distribute ...").
TITLE_BELOW = "\x00title"


def caps_headings_joined(lines: list[str]) -> list[str]:
    """The lines with a heading in capitals that a converter broke over two lines under its
    lone number ("46." / "DECLARATIONS" / "OF INTEREST") on one; the line it came from
    left blank, so that lines keep their places."""
    for i in range(len(lines) - 2):
        if not lines[i][:1].isdigit():
            continue
        j = i + 1 if lines[i + 1] else i + 2
        if j + 1 >= len(lines) or not (lines[j].isupper() and lines[j + 1].isupper()):
            continue  # (the cheap tests first: most numbers stand over no heading so broken)
        if NUMBER_ALONE.match(lines[i]) and _caps_words(lines[j]) and _caps_words(lines[j + 1]):
            lines[j], lines[j + 1] = f"{lines[j].strip()} {lines[j + 1].strip()}", ""
    return lines


# A decision's keyword in capitals, which no heading holds.
_NO_HEADING_WORD = re.compile(r"\b(?:RESOLVED|AGREED|THAT|NOTED|RECOMMENDED|DECIDED)\b")


def _caps_words(line: str) -> bool:
    line = line.strip()
    return (
        all_capitals(line, 6)
        and not _NO_HEADING_WORD.search(line)
        and not minutes_word(line.strip(" ."))
    )


def number_alone(lines: list[str], i: int) -> Numbered | None:
    m = NUMBER_ALONE.match(lines[i])
    if not m:
        return None
    number = m["number"]
    title, after = None, ""
    label = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j]), None)
    if label is not None and sub_number(lines[label], lines[i]) and left_under(lines, label, i):
        return None  # a paragraph's number a converter left under its minute's: "2." / "2.1"
    if repeats_heading(lines, i):
        return None  # the minute's column repeating its heading's: "4 Declarations" / ... / "4"
    if (
        label is not None
        and AGENDA_LABEL.match(lines[label])
        and (heading := heading_of(lines[label]))
    ):
        # the agenda's label and heading over the minute's number alone: "AGENDA ITEM 1-
        # Apologies" / "CL/33/21.06.21" / "Cllrs J. Bradbury-Willis ..."
        fam = family(number, lines[i])
        return Numbered(i, number, number_key(number), fam, 2.5, alone=True, title=heading,
                        top=label)  # fmt: skip
    # (its heading in capitals up to three blank lines below, a page's break between and its
    # footer blanked; in mixed case that far down, a page's number over the next page's text)
    for j in range(i + 1, min(len(lines), i + 5)):
        if j == i + 4 and not lines[j].isupper():
            break
        if lines[j] and not (sub_number(lines[i], lines[j]) and left_under(lines, i, j)):
            lead = NUMBER_LEAD.match(lines[j])
            if lead and lead["number"].rstrip(".") == number.rstrip("."):
                return None  # a page number above "2. MATTERS ARISING"
            if lead and NUMBER_ALONE.match(lines[i - 1] if i else ""):
                break  # a list of numbers whose cells were lost: "4." / "5. MINUTES ..."
            if lines[i][:1] == "(" and DECISION_PART.match(lines[j]):
                return None  # a decision's part: "(2)" / "the Work Programme be approved;"
            # ("Minutes: pdf icon PDF 104 KB" is the item's heading, not its label)
            label = LABEL.match(lines[j]) and not ATTACHMENT.search(lines[j])
            # (nor is the minute's one word, "PLA146/14" / "NONE", its heading)
            # (nor a decision under it, cut before its stop: "RESOLVED - The minutes of ...")
            decided = lines[j].startswith(("RESOLVED", "AGREED", "RECOMMENDED"))
            if not (label or decided or NUMBER_ALONE.match(lines[j])
                    or minutes_word(lines[j].strip(" ."))):  # fmt: skip
                title, after = _dashed_title(lines[j])
                title = title or whole_line_title(lines[j]) or _run_in_title(lines[j])
                title = title or _lower(lines[j])
                title = title or labelled_heading(lines[j], lines[j + 1 : j + 4])
            break
    if title is None and re.search(r"\d\.\d", number):
        return None  # "6.4" with nothing after it (not a committee's letters: "HWSP.11/22")
    weight, top = (3.0 if title else 1.0), None
    if title is None and (found := title_above(lines, i))[0] is not None:  # "PLA146/14"
        (top, title), weight = found, 2.5
    fam = family(number, lines[i])
    cand = Numbered(i, number, number_key(number), fam, weight, alone=True, title=title, top=top)
    # (the title is the next line, and what runs on after its dash the item's first words)
    cand.rest = TITLE_BELOW + after if title and top is None else ""
    return cand


def _dashed_title(line: str) -> tuple[str | None, str]:
    """A heading under its number that runs on after a dash into the minute's text: (the
    heading, the text) ("Welcome Packs – RM to distribute the packs.", "Matters Arising -
    None"); (None, "") for a whole line that is the heading ("Report of the Director –
    Budget 2019/20", "TraCC – Mr Rhydian Mason")."""
    if ":" in line[:80] and (colon := _colon_title(line))[0]:
        return colon  # ("Apologies:- Councillors Mrs. J. Norris, Mrs. S. Tippett")
    if "–" in line or "—" in line:  # (a dash glued to its words: "Apologies–Councillor D. Dale")
        line = GLUED_DASH.sub(lambda g: f" {g.group()} ", line)
    m = _DASHED.match(line) if _SPACED_DASH.search(line) else None
    if m is None or len(m["head"].split()) > 8 or heading_line(m["head"]) is None:
        return None, ""
    head = (m["earlier"] or "") + m["head"]
    text = m["text"].strip()
    # (not a speaker or a subject named after the dash: "TraCC – Mr Rhydian Mason",
    # "Planning – 21/0012/FUL Land at Mill Lane")
    return (head, re.sub(r"\s+", " ", text)) if _told(head, text) else (None, "")


def _colon_title(line: str) -> tuple[str | None, str]:
    """The heading a colon closes and the text after it, as a numbered line's are read
    (titles.split_run_in), where the heading ends at that colon."""
    head, text = split_run_in(line, numbered=True)
    if not head or not text or not re.match(r"\s*:-?\s", line[line.find(head) + len(head) :]):
        return None, ""
    # (not a heading's own subtitle: "By-Election: Greyfriars Ward, Grantham")
    return (head, text) if _told(head, text) else (None, "")


def _told(head: str, text: str) -> bool:
    """Whether the words after a heading's dash or colon are the minute's: a sentence, a
    word of minutes ("None"), or who came under a heading of who came ("Apologies")."""
    sentence = re.search(r"\s[a-z]", text) and (text[-1] in ".;!" or FINITE_VERB.search(text))
    return bool(sentence or minutes_word(text.strip(" .")) or WHO_HEADING.match(head))


# (an earlier number kept in its brackets: "(3.5) Welcome Packs – RM to distribute ...")
_DASHED = re.compile(
    # (its dash maybe spaced wide: "Apologies and Reasons for Absence  -  Cllr Mrs R Freyne")
    r"(?P<earlier>\(\d{1,3}(?:\.\d{1,3})?\)\s+)?(?P<head>[A-Z][^.:;–—]*?)\s+[-–—]\s+(?P<text>\S.*)"
)
_SPACED_DASH = re.compile(r"\s[-–—]\s")


# The item's number in brackets under its heading: "Apologies and Substitutes" / "(Item 1)".
_NUMBER_BELOW = re.compile(r"^\((?:Item|Minute)\s+(?P<number>\d{1,3}[a-z]?)\)$")


# The kind of interest a declarations table gives in the cell after the item's.
_INTEREST_KIND = re.compile(
    r"(?i)(?:personal|prejudicial|pecuniary|disclosable|non-pecuniary|other registrable|"
    r"non-registrable|significant|sensitive)\b"
)


def number_below(lines: list[str], i: int) -> Numbered | None:
    m = _NUMBER_BELOW.match(lines[i]) if lines[i][:1] == "(" else None
    top = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j]), None)
    if m is None or top is None or NUMBER_LEAD.match(lines[top]):
        return None  # (under "84. Apologies" the minute's own number is the item's)
    below = next((ln for ln in lines[i + 1 : i + 4] if ln.strip()), "")
    if _INTEREST_KIND.match(below.strip()):
        return None  # a declarations table's row: "Station Update" / "(Minute 6)" / "Personal"
    if (title := whole_line_title(lines[top])) is None:
        return None
    number = m["number"]
    return Numbered(i, number, number_key(number), family(number, lines[i]), 3.0, title=title,
                    top=top)  # fmt: skip


_LOWER_HEADING = re.compile(r"[a-z][a-z'’&/-]*(?:\s+[a-z0-9][a-z0-9'’&/-]*){0,7}")


def _lower(line: str) -> str | None:
    """A heading printed in lower case under its number ("276" / "election of chairman"):
    a few words, no verb, no stop, and not the whole of an item's minutes ("none")."""
    text = line.strip()
    if _LOWER_HEADING.fullmatch(text) and not FINITE_VERB.search(text):
        return None if minutes_word(text) else text
    return None


def _run_in_title(line: str) -> str | None:
    title, _ = split_run_in(line, numbered=True)
    return title


# A table's action column read between an item's number alone and its heading: "5." /
# "Action:" / "ALL" / "Co-Opt to Fill the Vacancy" (the label alone, then who).
_ACTION_CELL = re.compile(r"Actions?\s*:?")
_OWNER_CELL = re.compile(r"(?:[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*|ALL|All|Clerk|Chair(?:man)?)")


def owner_cells_dropped(lines: list[str]) -> list[str]:
    """The lines with such an action column's label and owner taken from between an item's
    number alone and its heading, the heading moved up under its number; the lines keep
    their count (blank where the cells and the heading were)."""
    out = list(lines)
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    for n in range(len(filled) - 3):
        i, j, k, h = filled[n : n + 4]
        if (
            NUMBER_ALONE.match(lines[i])
            and _ACTION_CELL.fullmatch(lines[j].strip())
            and _OWNER_CELL.fullmatch(lines[k].strip())
            and heading_line(lines[h]) is not None
        ):
            out[j], out[k], out[h] = lines[h], "", ""
    return out
