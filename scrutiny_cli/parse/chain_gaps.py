"""Numbers a chain of items skipped that are its own, printed alike: "3. Declarations of
Interest – none" / "4. Councillor White to complete Declaration of Acceptance – Signed ..." /
"5. To approve as accurate the minutes ... – Approved" / "6. Matters arising ...". The
numbers between were read as a decision's parts (an agenda's words, "To approve ...", or a
task's, "Councillor White to complete ..."), but they are the numbers the chain lacks,
every one of them, in order, each marked as the chain's are: items.
"""

from __future__ import annotations

import itertools
import re

from .agenda_headings import agenda_worded
from .label_rows import Start
from .numbers import Numbered, without_council_year
from .titles import split_run_in

_LEAD = re.compile(r"^\s*(?P<n>\d{1,3})(?P<mark>[.)])\s+(?P<rest>\S.*)$")
MIN_CHAIN = 3  # items a chain needs before the numbers it skips are read as its own
MAX_GAP = 3  # numbers one gap may lack


def numbers_in_gaps(lines: list[str], chain: list[Numbered]) -> list[Start]:
    """The items whose numbers the chain skipped: in each gap, the numbers it lacks, all of
    them, in order, marked as the numbers on each side of the gap are."""
    if len(chain) < MIN_CHAIN:
        return []
    if all(_RUNNING.fullmatch(c.number) for c in chain):
        return _running_in_gaps(lines, chain)
    if any(len(c.key) != 1 or c.family[0] for c in chain):
        return []
    found: list[Start] = []
    for a, b in itertools.pairwise(chain):
        missing = list(range(a.key[0] + 1, b.key[0]))
        before, after = _LEAD.match(lines[a.line]), _LEAD.match(lines[b.line])
        if not missing or len(missing) > MAX_GAP or not (before and after):
            continue
        if before["mark"] != after["mark"]:
            continue
        got: list[Start] = []
        for i in range(a.line + 1, b.line):
            m = _LEAD.match(lines[i])
            if not m or m["mark"] != before["mark"] or len(got) == len(missing):
                continue
            if int(m["n"]) == missing[len(got)]:
                # (a heading in the agenda's words up to its dash: "To approve the minutes
                # ... – Approved")
                worded = agenda_worded(lines[i : i + 1])
                title, rest = (
                    (worded[0].title, worded[0].rest or "")
                    if worded
                    else split_run_in(without_council_year(m["rest"], lines), numbered=True)
                )
                got.append((i, m["n"], title, rest))
        if len(got) == len(missing):
            found += got
    return found


# A year's running minute number: "21/81", "2021/81".
_RUNNING = re.compile(r"(?P<year>\d{2}|\d{4})/(?P<n>\d{1,4})")


def _running_in_gaps(lines: list[str], chain: list[Numbered]) -> list[Start]:
    """The numbers a chain of a year's running minutes skipped, printed as theirs are
    ("21/81 Report ..." / "21/82 To invite views ..." / "21/83 Planning"): the heading in
    the agenda's words that was read as a sentence."""
    found: list[Start] = []
    for a, b in itertools.pairwise(chain):
        first, last = _RUNNING.fullmatch(a.number), _RUNNING.fullmatch(b.number)
        if not (first and last) or first["year"] != last["year"]:
            continue
        gap = int(last["n"]) - int(first["n"]) - 1
        if not 1 <= gap <= MAX_GAP:
            continue
        width = len(first["n"])
        wanted = [f"{first['year']}/{int(first['n']) + d:0{width}d}" for d in range(1, gap + 1)]
        got: list[Start] = []
        for i in range(a.line + 1, b.line):
            number, _, rest = lines[i].strip().partition(" ")
            if len(got) < gap and number == wanted[len(got)] and rest[:1].isupper():
                got.append((i, number, *split_run_in(rest, numbered=True)))
        if len(got) == gap:
            found += got
    return found


# A heading opening its line, closed by its colon, after a blank line or a sentence's end:
# "Harbour Management Committee:", "McArthur’s Stores:", "Public Participation session: No
# matters arising." (two words or more; never a label, "Proposed by:").
_COLON_HEADING = re.compile(
    r"(?P<title>[A-Z][\w'’&()/-]*(?:[ \t]+[\w'’&()/-]+){1,7}):[ \t]*(?P<rest>(?:[A-Z].*)?)"
)
_LABEL_WORDS = re.compile(
    r"(?i)(?:proposed|seconded|resolved|agreed|action|present|apologies|"
    r"in\s+attendance|also\s+present|note|decision|minutes?)\b"
)


def headings_in_gaps(lines: list[str], chain: list[Numbered]) -> list[Start]:
    """Headings standing where a chain of plain numbers skips some, one heading for each
    number missed, opening its line and closed by its colon, alone or run into its text
    ("4.Finance Report:" / ... / "Harbour Management Committee:" / ... / "McArthur’s
    Stores:" / ... / "7. Projects:"): items whose numbers a converter lost."""
    if len(chain) < MIN_CHAIN or any(len(c.key) != 1 or c.family[0] for c in chain):
        return []
    found: list[Start] = []
    for a, b in itertools.pairwise(chain):
        missing = b.key[0] - a.key[0] - 1
        if not 1 <= missing <= MAX_GAP:
            continue
        got = [
            (i, None, m["title"], m["rest"])  # (its text run in after the colon, if any)
            for i in range(a.line + 1, b.line)
            if (not lines[i - 1].strip() or lines[i - 1].rstrip().endswith("."))
            and (m := _COLON_HEADING.fullmatch(lines[i].strip()))
            and not _LABEL_WORDS.match(m["title"])
        ]
        if len(got) == missing:
            found += got
    return found


def numbers_twice(chain: list[Numbered], cands: list[Numbered]) -> list[Start]:
    """An item whose number a typist printed twice, each over a heading of its own ("507.
    Planning" / ... / "507. TCWG & Speed watch" / ... / "508. Common land"): the chain holds
    one of them; the other, between the item before it and the one after, printed as the
    chain's are, is an item too (its text is no part of the item above). A heading printed
    again, "(continued)" after it or not, is one item."""
    if len(chain) < MIN_CHAIN:
        return []
    taken = {c.line for c in chain}
    index: dict[int, int] = {}  # (each line's first candidate)
    for j, d in enumerate(cands):
        index.setdefault(d.line, j)
    found: list[Start] = []
    for k in range(1, len(chain) - 1):  # (between two others: never a count above the first)
        c, low, high = chain[k], chain[k - 1].line, chain[k + 1].line
        at = index.get(c.line)
        if at is None:
            continue  # (an item the chain took from elsewhere: a lost parent's heading)
        # (right before or after it, no other number between: not a paragraph "1. 2." of a
        # list numbered under the item above)
        found += [
            (d.line, d.number, d.title, d.rest)
            for d in cands[max(0, at - 1) : at + 2]
            if d.line not in taken and d.key == c.key and d.family == c.family
            and not d.alone and d.title and d.title[:1].isalpha()
            and low < d.line < high and _bare(d.title) != _bare(c.title or "")
        ]  # fmt: skip
    return found


# A heading printed again over the next page: "506. Planning (continued)", "... cont'd".
_CONTINUED = re.compile(r"(?i)\s*[(\[]?\s*(?:continued|cont['’]?d|contd)\.?\s*[)\]]?\s*$")


def _bare(title: str) -> str:
    return _CONTINUED.sub("", title).strip(" .:-–").lower()
