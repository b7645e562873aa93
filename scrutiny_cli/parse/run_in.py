"""Paragraphs that open with their heading, run into the text: "Public Open Forum A member
of the public ...", "FINANCE. A cheque was signed ..." (the segmenter's last reading of a
page with no numbered items)."""

from __future__ import annotations

import re

from .label_rows import Start
from .sections import FURNITURE
from .titles import KEYWORD_LINE, heading_line, split_run_in


def run_in(lines: list[str]) -> list[Start]:
    """Paragraphs that open with a heading: "Public Open Forum A member of the public ..."."""
    starts: list[Start] = []
    for i in range(len(lines)):
        before = lines[i - 1] if i else ""
        if lines[i] and (
            not before or before.endswith((".", "|", ":", "!", "?")) or len(before) < 80
        ):
            title, rest = split_run_in(lines[i], numbered=False)
            label = lines[i][len(title or "") :].lstrip().startswith(":")  # "Action: Clerk"
            # (nor a decision page's furniture: "REASONS FOR DECISION - This was ...")
            # (nor a decision's keyword: "RECOMMENDED - THAT the minutes ... be approved")
            # (nor a name's initial cut at its stop: "J. M. Davies, E. G. Davies, ...")
            if title and rest and re.match(r"[A-Z]", title) and not lines[i].endswith(":") \
                    and not label and not FURNITURE.match(lines[i]) \
                    and not KEYWORD_LINE.match(lines[i]) \
                    and not _initial_cut(title, rest):  # fmt: skip
                starts.append((i, None, title, rest))
    return starts if len(starts) >= 2 else []


_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]$")
# What goes on a name after an initial: another initial or a surname and its comma ("J. M.
# Davies", "Hefin W. Thomas, John Williams"), where a heading's letter has a sentence after
# it ("Play Area Phase B. The Clerk reported ...").
_NAME_GOES_ON = re.compile(r"[A-Z](?:\.|\s|$)|[A-Z][a-z'’-]+,")


def _initial_cut(title: str, rest: str) -> bool:
    """Whether a heading cut at a stop is a name cut at its initial's: a capital alone, or
    one after the name's words with the rest of a name after it."""
    if not _INITIAL_END.search(title):
        return False
    return len(title) == 1 or bool(_NAME_GOES_ON.match(rest))


def in_capitals(starts: list[Start]) -> list[Start]:
    """The headings in capitals among starts ("FINANCE", not "Payment for")."""
    return [s for s in starts if s[2] and s[2].isupper() and len(s[2]) >= 4]


# A heading run into its text after the lead-in's ":-", on a page of headings standing alone:
# "Apologies:- Cllr R Daniel – accepted." (not an attendance list's label: "Present:- Cllrs").
_COLON_DASH = re.compile(r"^(?P<title>[A-Z][\w'’&/ ,()-]{2,60}?)\s*:-\s*(?=\S)")
_ATTENDANCE_LABEL = re.compile(r"(?i)^(?:present|in\s+attendance|also\s+present|absent|attendees)$")


def colon_dash(line: str) -> tuple[str, str] | None:
    """(heading, text) of a line that opens with a heading and ":-", or None."""
    m = _COLON_DASH.match(line)
    if not m or _ATTENDANCE_LABEL.match(m["title"]) or FURNITURE.match(line):
        return None  # (nor a decision page's field: "Decision Maker :-Cabinet")
    if heading_line(m["title"]) is None:
        return None
    return m["title"], line[m.end() :]
