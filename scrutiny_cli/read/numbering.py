"""Word's automatic numbering turned into the numbers people see ("32.", "5.1", "(a)").

A numbered paragraph names a numbering instance (`w:numId`) and a level (`w:ilvl`), in its
own properties or through its style. The instance points at an abstract definition in
numbering.xml whose levels give the start value, the format (decimal, letters, roman,
bullet) and the text ("%1.%2." takes the current count of levels 1 and 2). Counts run
per abstract definition, as Word runs them: an instance that overrides a start value
(Word's "restart numbering") starts again; going up a level restarts the levels below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .blocks import list_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9
BULLET = "•"
# Word's number formats, as the list style of blocks.list_number writes them.
_FORMATS = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}
_PLACEHOLDER = re.compile(r"%([1-9])")

Element = Any  # an lxml element of the document


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: 0 never restarts
    legal: bool = False  # w:isLgl: every placeholder shown as a decimal
    style: str | None = None  # the paragraph style bound to this level


def _val(element: Element | None, child: str) -> str | None:
    found = element.find(W + child) if element is not None else None
    return found.get(W + "val") if found is not None else None


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.lstrip("-").isdigit() else default


def _level(lvl: Element) -> Level:
    return Level(
        start=_int(_val(lvl, "start"), 1),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(_val(lvl, "lvlRestart"), -1) if _val(lvl, "lvlRestart") else None,
        legal=lvl.find(W + "isLgl") is not None,
        style=_val(lvl, "pStyle"),
    )


class Numbering:
    """The numbering definitions of one document, and the counts as it is read in order."""

    def __init__(self, numbering: Element | None, styles: dict[str, Element]) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstract id -> style that holds its numbering
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        if numbering is not None:
            self._load(numbering)
        self.counts: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    def _load(self, numbering: Element) -> None:
        for abstract in numbering.iterfind(W + "abstractNum"):
            aid = abstract.get(W + "abstractNumId")
            self.abstracts[aid] = {
                _int(lvl.get(W + "ilvl"), 0): _level(lvl) for lvl in abstract.iterfind(W + "lvl")
            }
            link = _val(abstract, "numStyleLink")
            if link:
                self.style_links[aid] = link
        for num in numbering.iterfind(W + "num"):
            overrides = {
                _int(o.get(W + "ilvl"), 0): _int(_val(o, "startOverride"), 1)
                for o in num.iterfind(W + "lvlOverride")
                if o.find(W + "startOverride") is not None
            }
            self.nums[num.get(W + "numId")] = (_val(num, "abstractNumId") or "", overrides)

    def paragraph_label(self, p: Element) -> str | None:
        """The number (or bullet) Word shows before this paragraph, counting it."""
        num_id, ilvl, style = self._num_pr(p)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        aid = self._abstract(num_id)
        levels = self.abstracts.get(aid, {})
        if ilvl is None:
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        if ilvl not in levels:
            return None
        return self._count(num_id, aid, levels, ilvl)

    def _num_pr(self, p: Element) -> tuple[str | None, int | None, str | None]:
        """numId and ilvl from the paragraph, else from its style and the styles it is based on."""
        ppr = p.find(W + "pPr")
        style = _val(ppr, "pStyle")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            return _val(num_pr, "numId"), _maybe_int(_val(num_pr, "ilvl")), style
        seen: set[str] = set()
        current = style
        while current and current not in seen and current in self.styles:
            seen.add(current)
            spr = self.styles[current].find(W + "pPr")
            num_pr = spr.find(W + "numPr") if spr is not None else None
            if num_pr is not None and _val(num_pr, "numId") is not None:
                return _val(num_pr, "numId"), _maybe_int(_val(num_pr, "ilvl")), current
            current = _val(self.styles[current], "basedOn")
        return None, None, style

    def _abstract(self, num_id: str) -> str:
        """The abstract definition of an instance, following a numbering style's link."""
        aid = self.nums[num_id][0]
        link = self.style_links.get(aid)
        if link and not self.abstracts.get(aid) and link in self.styles:
            spr = self.styles[link].find(W + "pPr")
            linked = _val(spr.find(W + "numPr") if spr is not None else None, "numId")
            if linked in self.nums and linked != num_id:
                return self.nums[linked][0]
        return aid

    def _count(self, num_id: str, aid: str, levels: dict[int, Level], ilvl: int) -> str:
        counts = self.counts.setdefault(aid, [None] * LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for level, start in self.nums[num_id][1].items():
                counts[level] = start - 1 if 0 <= level < LEVELS else None
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            if deeper not in levels or levels[deeper].restart != 0:
                counts[deeper] = None
        return self._text(levels, counts, ilvl)

    def _text(self, levels: dict[int, Level], counts: list[int | None], ilvl: int) -> str:
        level = levels[ilvl]
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return ""

        def shown(m: re.Match[str]) -> str:
            n = int(m.group(1)) - 1
            lv = levels.get(n, Level())
            count = counts[n]
            value = count if count is not None else lv.start
            fmt = "decimal" if level.legal else lv.fmt
            if fmt == "decimalZero":
                return f"{value:02d}"
            return list_number(value, _FORMATS.get(fmt, "1"))

        return _PLACEHOLDER.sub(shown, level.text)


def _maybe_int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None
