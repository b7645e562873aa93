"""Lists a web page's converter numbered from 1 again: every heading "1." (Markdown's way
of writing an HTML list), or a list broken into several, each numbered afresh ("1.
Apologies: ..." / "2. Declarations: ..." / "1. Parish Council Vacancy: ..."). segment.py
asks these of its candidates where the longest run of numbers misses such headings."""

from __future__ import annotations

import re

from .numbers import Numbered


def all_ones(cands: list[Numbered]) -> list[Numbered]:
    """A list converted from a web page's HTML numbers every entry "1." (Markdown's way):
    three or more headings all numbered 1 are the items, where no numbers run on."""
    ones = [c for c in cands if c.key == (1,) and c.title]
    if len(ones) >= 3 and len(ones) * 2 >= len(cands):
        return ones
    # (or minutes of sentences alone, where the page numbers nothing else: "1. The Chairman
    # welcomed everyone ..." / "1. The minutes of the meeting ... were approved ...")
    ones = [c for c in cands if c.key == (1,)]
    return ones if len(ones) >= 3 and len(ones) == len(cands) else []


def ones_restarted(
    chain: list[Numbered], cands: list[Numbered], lines: list[str]
) -> list[Numbered]:
    """A web page's list broken into several, each numbered from 1 again ("1. Apologies:
    ..." / "2. Declarations: None" / "3. Appoint a Vice-Chairman: ..." / "1. Parish Council
    Vacancy: ..." / "1. Minutes: ..."): the chain goes on with two or more "1."s after it,
    each a heading closed by its colon as the chain's are, where no other number follows."""
    if len(chain) < 2 or chain[0].key != (1,):
        return chain
    if not all(_COLON_RUN_IN.match(lines[c.line]) for c in chain):
        return chain
    after = [c for c in cands if c.line > chain[-1].line and _COLON_RUN_IN.match(lines[c.line])]
    if len(after) < 2 or any(c.key != (1,) or not c.title for c in after):
        return chain
    return [*chain, *after]


_COLON_RUN_IN = re.compile(r"\d{1,2}\.\s+[A-Z][^:.\n]{1,60}:")


def ones_instead(chain: list[Numbered], ones: list[Numbered]) -> bool:
    """Whether headings all numbered 1 (ones) stand for the chain: none, one, or a 1 and a
    stray number after it that does not run on, with ones on both sides of the stray
    ("... affected by Covid 19.  Location to be decided"); not "1. APOLOGIES", "2.
    MINUTES", nor "1. Apologies", "3. Planning" over a list of its own "1." entries."""
    if len(chain) <= 1:
        return True
    if len(chain) != 2 or chain[0].key != (1,) or chain[1].key[0] <= 2:
        return False
    stray = chain[1].line
    others = [c.line for c in ones if c.line != chain[0].line]
    return any(line < stray for line in others) and any(line > stray for line in others)


RESTARTS = 3  # lists begun from 1 again that make a page's items so


def runs_from_one(chain: list[Numbered], cands: list[Numbered]) -> list[Numbered]:
    """A web page's numbered list broken into short runs, each numbered from 1 again, its
    headings in capitals ("1. IN ATTENDANCE – ..." / "1. APOLOGIES FOR ABSENCE: none" / "2.
    APPROVAL OF MINUTES ..." / "1. MATTERS ARISING" / "1. RULES"): every candidate, where each
    is a 1 or the number after the one before it, three or more start again from 1 and all
    are headings in capitals; else the chain."""
    if len(cands) <= len(chain) or any(len(c.key) != 1 or not _in_capitals(c) for c in cands):
        return chain
    steps = zip([None, *cands], cands, strict=False)
    if not all(c.key == (1,) or (b is not None and c.key[0] == b.key[0] + 1) for b, c in steps):
        return chain
    return cands if sum(c.key == (1,) for c in cands) >= RESTARTS else chain


def _in_capitals(cand: Numbered) -> bool:
    return bool(cand.title and _HEADING_CAPS.match(cand.title))


_HEADING_CAPS = re.compile(r"[A-Z][A-Z&'’ -]{2,}(?:\s|$)")


def lost_parents(chain: list[Numbered], cands: list[Numbered], lines: list[str]) -> list[Numbered]:
    """Sub-numbers under a number the page lost ("3. Minutes" / "- Public participation" /
    "4.1 County Reports" / "4.2 Police" / "5. Planning", a converter's dash for "4."): a run
    from ".1" whose parent no line of the page opens with joins the chain where it stands,
    after the number before its parent and before the one after it (or at the page's end)."""
    if len(chain) < 2 or chain[0].family[1] != "":
        return chain
    subs = [c for c in cands if len(c.key) == 2 and c.family[:2] == (chain[0].family[0], ".")]
    parents = {c.key[0] for c in subs} - {c.key[0] for c in chain}
    if not parents:  # (most pages: every sub-number's parent is an item; no line read)
        return chain
    printed = {int(m[1]) for ln in lines if (m := _WHOLE_NUMBER.match(ln))}
    out = list(chain)
    for parent in sorted(parents - printed):
        before = next((c.line for c in chain if c.key == (parent - 1,)), None)
        after = next((c.line for c in chain if c.key == (parent + 1,)), None)
        if before is None or (after is None and chain[-1].key != (parent - 1,)):
            continue  # (its parent's place is not in the chain: between two, or at its end)
        end = after if after is not None else subs[-1].line + 1
        run = [c for c in subs if c.key[0] == parent and before < c.line < end]
        if run and [c.key[1] for c in run] == list(range(1, len(run) + 1)):
            out += run
    return sorted(out, key=lambda c: (c.line, c.offset))


_WHOLE_NUMBER = re.compile(r"\s*(\d{1,3})(?:[.):]|\s)(?!\d)")  # ("6. To appoint ...", "6 Planning")
