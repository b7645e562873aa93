"""A document's running title, printed atop each page after the first and read back into
its text by a converter: with its figures ("Board of Trustees Minutes 0566 – 0652"), or a
document's stamp with the page's count beside it ("Page 1 of 7 3.1 ODC 08.05.18" under a
first line "3.1 ODC 08.05.18"). Blanked where it stands again below the page's first lines.
"""

from __future__ import annotations

import re


def running_titles_blanked(lines: list[str]) -> list[str]:
    """The lines with each later copy of the page's running title blank: a first line with
    figures printed again as it is, or any first line printed again beside a page count."""
    firsts = [k for k, ln in enumerate(lines) if ln][:_TITLE_LINES]
    if not firsts:
        return lines
    titles = {lines[k] for k in firsts if _RUNNING_TITLE.search(lines[k])}
    stamps = {lines[k] for k in firsts if len(lines[k].split()) >= 2}
    last = firsts[-1]
    return [
        "" if k > last and ln and (ln in titles or _counted_copy(ln, stamps)) else ln
        for k, ln in enumerate(lines)
    ]


def _counted_copy(line: str, stamps: set[str]) -> bool:
    """Whether the line is one of the page's first lines with a page count before or after
    it ("Page 1 of 7 3.1 ODC 08.05.18")."""
    if "of" not in line:
        return False
    bare = _PAGE_COUNT.sub("", line)
    return bare != line and bare in stamps


_TITLE_LINES = 6  # the page's first lines, where its title stands
_RUNNING_TITLE = re.compile(r"^(?=.*\d)(?=(?:\S+\s+){2,}\S)[A-Z][^.:;!?]{8,100}$")
_PAGE_COUNT = re.compile(r"^Page\s+\d{1,3}\s+of\s+\d{1,3}\s+|\s+Page\s+\d{1,3}\s+of\s+\d{1,3}$")
