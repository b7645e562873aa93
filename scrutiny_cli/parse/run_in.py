"""Paragraphs that open with their heading, run into the text: "Public Open Forum A member
of the public ...", "FINANCE. A cheque was signed ..." (the segmenter's last reading of a
page with no numbered items)."""

from __future__ import annotations

import re

from .label_rows import Start
from .sections import FURNITURE
from .titles import KEYWORD_LINE, split_run_in


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
            if title and rest and re.match(r"[A-Z]", title) and not lines[i].endswith(":") \
                    and not label and not FURNITURE.match(lines[i]) \
                    and not KEYWORD_LINE.match(lines[i]):  # fmt: skip
                starts.append((i, None, title, rest))
    return starts if len(starts) >= 2 else []


def in_capitals(starts: list[Start]) -> list[Start]:
    """The headings in capitals among starts ("FINANCE", not "Payment for")."""
    return [s for s in starts if s[2] and s[2].isupper() and len(s[2]) >= 4]
