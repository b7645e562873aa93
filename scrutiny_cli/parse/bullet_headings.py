"""Headings a converter bulleted: an HTML list's numbers lost to "- " or "•", each bullet
still opening its minute with the heading ("- Apologies for absence: were received from
Cllr Brunsden." / "- Declarations of Interest: None" / "- Public participation session" /
"5.1 A presentation by ..."), or the list's first numbers kept and the rest bulleted ("1.
PRESENT ..." / "2. APOLOGIES FOR ABSENCE ..." / "• MINUTES OF THE PREVIOUS MEETING held on
..."). Each headed bullet starts an item, its number lost (None), and so does a decision
whose heading was lost ("- Resolved: That the minutes ..."); any other bullet is a point
of the item above it. The paragraph numbers under them ("5.1", "6.1") are their text's.

A list inside one item's minutes is no such list: numbers in a form of their own, or
running on below the bullets, headings standing alone among them, or bullets that open
with sentences or tasks more than twice as often as with headings keep them text.
"""

from __future__ import annotations

import itertools
import re

from .agenda_headings import AGENDA_WORDED
from .alone import unnumbered
from .label_rows import Start
from .numbers import Numbered
from .titles import heading_line, split_run_in

_BULLET = re.compile(r"^[-•·▪][ \t]+(?=[A-Z])")  # (the page's lines are unindented)
# A whole number heading the list's entry, never a paragraph's decimal: "1. PRESENT ...".
_WHOLE = re.compile(r"^(?P<number>\d{1,2})[.)]?[ \t]+(?=[A-Z])")
_DECISION = re.compile(r"(?i)(?:it\s+was\s+)?(?:resolved|agreed)\b\s*[:\-–]?\s*(?:that|to)\b")
# A topic run in before a dash: "Football posts – KA had been on site ...".
_DASH_LED = re.compile(r"[A-Z][^:–—-]{2,60}?\s[-–—]\s+\S")
MIN_HEADED = 3  # bullets opening with a heading that make the list the page's items
MIN_BULLETS = 4  # with no number kept above them
_AGENDA_WORDS = 20  # words at most of a bullet's line in the agenda's words, its heading
_RUN_ON = re.compile(r"[:;]|\.\s|\s[-–—]\s")  # (text run on after it: "TO RECEIVE ...: A ...")


def bulleted_headings(lines: list[str], chain: list[Numbered]) -> list[Start]:
    """The items' starts where the page's items are a list whose numbers became bullets;
    none otherwise. The chain of numbers the page was read by may hold only the list's
    numbers kept (1, 2, ...), those of lists under its bullets, and paragraphs' decimals
    whose whole number is printed nowhere ("5.1" under "- Public participation session")."""
    top = _unled(lines, _bullet_lines(lines))
    if len(top) < MIN_HEADED:
        return []
    keys = {c.key for c in chain}
    for c in chain:
        if not (_WHOLE.match(lines[c.line]) or (len(c.key) == 2 and c.key[:1] not in keys)):
            return []  # (numbered in a form of its own: the page's items, bullets in them)
    texts = [_BULLET.sub("", lines[i], count=1) for i in top]
    read: list[Start] = [(i, None, *_heading(lines, i, t)) for i, t in zip(top, texts, strict=True)]
    if sum(1 for t in texts if _DASH_LED.match(t)) >= 2:
        # (topics run in before a dash, "- Public Forum – it was suggested ...": headings
        # among the page's others, but alone they are run_in.py's, or a list's entries,
        # "· Question 19-21 - Cllr Thorn enquired ...")
        if not any(s[2] for s in read):
            return []
        read = [(i, None, *_heading(lines, i, t, ":-–—")) for i, t in zip(top, texts, strict=True)]
    headed = [s for s in read if s[2]]
    if len(headed) < MIN_HEADED or 3 * len(headed) < len(read):
        return []
    wholes = [(i, m) for i, ln in enumerate(lines) if ln and (m := _WHOLE.match(ln))]
    numbered = [(i, m) for i, m in wholes if i < top[0]]
    below = [(i, int(m["number"])) for i, m in wholes if i > top[0]]
    if not _lists_under(top, {s[0] for s in headed}, below):
        return []  # numbers running on below the bullets: a list inside an item
    # (a bullet without a heading is a point of the item above it, but a decision whose
    # heading was lost is a minute of its own: "- Resolved: That the minutes ...")
    starts = [s for s in read if s[2] or _DECISION.match(s[3])]
    bulleted = set(top)
    if any(s[0] > top[0] and s[0] not in bulleted for s in unnumbered(lines)):
        return []  # (headings alone among the bullets: the page's items, the bullets theirs)
    if not numbered:
        return starts if len(starts) >= MIN_BULLETS else []
    # (numbers kept above the bullets: the list's first entries, 1, 2, ..., headed in
    # capitals as the bullets are)
    kept = [(i, m["number"], *_heading(lines, i, lines[i][m.end() :])) for i, m in numbered]
    if [int(s[1]) for s in kept] != list(range(1, len(kept) + 1)):
        return []
    if not all(s[2] and _capitals(s[2]) for s in [*kept, *headed]):
        return []
    return [*kept, *starts]


def _bullet_lines(lines: list[str]) -> list[int]:
    """The lines that open with a bullet before a capital (the first character looked at
    first: most lines have none)."""
    return [i for i, ln in enumerate(lines) if ln[:1] in "-•·▪" and _BULLET.match(ln)]


def _unled(lines: list[str], bullets: list[int]) -> list[int]:
    """The bullets, less each run of them a lead-in's colon opens: a list ("Those present
    were:" / "• Parish Councillor Nick Ginn (chairman);" / ...), a bullet's own sentence
    too ("- Election of councillors: It was RESOLVED to elect the following councillors
    to the following positions:" / "- Vice Chair: Cllr Mottershead"; not a heading's
    colon over nothing said, "- Apologies:")."""
    out, led, last = [], False, -1
    for i in bullets:
        above = next((k for k in range(i - 1, last, -1) if lines[k].strip()), None)
        if above is not None or last < 0:  # (a line of text between: a new run)
            lead = lines[above].rstrip() if above is not None else ""
            led = lead.endswith((":", ":-"))
        elif _LEADS_IN.search(lines[last]):
            led = True
        if not led:
            out.append(i)
        last = i
    return out


# A sentence that leads into the list below it: "... to elect the following councillors:".
_LEADS_IN = re.compile(r"\b(?:following|as\s+follows|below|these|namely)\b[^:]{0,60}:-?\s*$", re.I)


def _lists_under(top: list[int], headed: set[int], below: list[tuple[int, int]]) -> bool:
    """Whether the numbers below the first bullet are lists under headed bullets, each
    counted from one after its bullet ("• COUNTY COUNCILLORS ..." / "1. Broadband ..." /
    "2. Village car park ..."), not the list's own numbers running on (nor the page's items
    under a list of who came: "• Parish Councillor Nigel Day." / "1. The meeting ...")."""
    expected, last = 1, top[0]
    for line, number in below:
        bullet = max(b for b in top if b < line)
        if bullet not in headed:
            return False
        if bullet != last:
            expected, last = 1, bullet
        if number != expected:
            return False
        expected += 1
    return True


def _heading(lines: list[str], i: int, text: str, stops: str = ":") -> tuple[str | None, str]:
    """(heading, the text it runs into) of a bullet's words: a heading run in before its
    colon (or one of stops) or in capitals, or standing alone over its text; (None, text)
    for a sentence; or a line in the agenda's words alone, its stop dropped ("- To approve
    the minutes of the last meeting held on Monday, 13th September 2021.")."""
    worded = text.strip().rstrip(".")
    short = len(worded.split()) <= _AGENDA_WORDS
    if short and AGENDA_WORDED.match(worded) and not _RUN_ON.search(worded):
        return worded, ""
    title, rest = split_run_in(text.strip(), True)
    if not title:
        return None, text.strip()
    if rest:
        said = text.strip()[len(title) :].lstrip()[:1] in stops or _capitals(title)
        return (title, rest) if said else (None, text.strip())
    if text.rstrip().endswith(":"):
        return title, ""  # (closed by its colon, over nothing said: "- Apologies:")
    # (alone over its text, not one of a list of three or more short phrases: "- Footpaths" /
    # "- Hedges" / "- Verges", a menu's "• Visitors" / "• Declarations of Interests" / ...;
    # two headings over nothing and over their points are two items: "- Matters Arising" /
    # "- Correspondence Received" / "- The clerk informed the meeting ...")
    listed = _phrase_run(lines, i) >= _MENU
    alone = heading_line(text) is not None and not listed
    return (title, "") if alone else (None, text.strip())


def _phrase_run(lines: list[str], i: int) -> int:
    """How many bullets of short phrases run together through lines[i]."""
    a = i
    while a > 0 and _phrase(lines[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(lines) and _phrase(lines[b + 1]):
        b += 1
    return b - a + 1


_MENU = 3  # phrase bullets together at least that are a list, not headings


def _phrase(line: str) -> bool:
    """Whether a line is a bullet holding a short phrase alone, no colon: a list's entry."""
    text = _BULLET.sub("", line, count=1)
    return text != line and ":" not in text and heading_line(text) is not None


def _capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def bullets_in_gaps(lines: list[str], chain: list[Numbered]) -> list[Start]:
    """Bullets standing where a list of plain numbers skips theirs, one bullet for each
    number missed ("- Election of Chair. It was RESOLVED ..." / "- Election of councillors
    ..." / "3. Consider co-opting ..." / ... / "6. Public Session ..." / "- Acceptance of
    apologies: ..." / "8. Dispensations ..."), each opening with a heading: items, their
    numbers lost. None where any gap's bullets do not count its missing numbers."""
    if len(chain) < MIN_HEADED or any(len(c.key) != 1 or c.family[0] for c in chain):
        return []
    bullets = _bullet_lines(lines)
    bullets = _unled(lines, bullets) if bullets and bullets[0] < chain[-1].line else []
    if not bullets:
        return []
    found: list[Start] = []
    bounds = [(-1, 0), *((c.line, c.key[0]) for c in chain)]
    for (start, low), (end, high) in itertools.pairwise(bounds):
        inside = [i for i in bullets if start < i < end]
        if len(inside) > high - low - 1 > 0:
            # (or, among an item's points, as many bullets as numbers missed that are headings
            # alone on their lines: "- Pat Testing of Fans Roy to discuss ..." / "-
            # Correspondence" / "A request received ..." / "- Treasurers Report:")
            inside = [i for i in inside if _alone(lines, i)]
        if len(inside) != high - low - 1:
            return []  # (a list's points under an item, or a gap the bullets do not fill)
        for i in inside:
            title, rest = _heading(lines, i, _BULLET.sub("", lines[i], count=1), ":.-–—")
            if not title:
                return []
            found.append((i, None, title, rest))
    return found


def _alone(lines: list[str], i: int) -> bool:
    """Whether a bullet's words are a heading alone on its line, over lines of text."""
    text = _BULLET.sub("", lines[i], count=1).strip()
    title, rest = _heading(lines, i, text, ":")
    below = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
    return bool(title) and not rest and not _BULLET.match(below)
