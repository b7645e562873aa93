"""What every kind of page shares once an item's lines are found: its sections, clean
title, truncation, resolutions, references and (once the meeting date is known) actions."""

from __future__ import annotations

import re

from ..model import Item, Meeting, MinuteRef
from .actions import find_actions
from .dates import municipal_year
from .lines import strip_attachment
from .patterns import TRUNCATION
from .refs import find_refs, normalise_ref
from .resolutions import discussion_only, find_resolutions, resolutions_of_decision
from .sections import SECTION_LABEL, split_sections


def clean_title(title: str | None) -> str | None:
    """ "Minutes pdf icon PDF 69 KB" -> "Minutes"; "Apologies for Absence." -> without "."."""
    if not title:
        return None
    title = strip_attachment(title)[0]
    title = re.sub(r"\s{2,}", " ", title)
    title = re.sub(r"\s*(?:\.\.\.|…)$", "", title)
    title = title.strip(" .:;,-–")
    # (an adverb alone before the minute's keyword is no heading: "166 Also RESOLVED that")
    return None if _ADVERB_ALONE.fullmatch(title) else title or None


_ADVERB_ALONE = re.compile(r"(?i)also|further(?:more)?|additionally|then|finally")


def cut_truncation(text: str) -> tuple[str, bool]:
    """Text without ModernGov's "... view the full minutes text for item 19." tail, and
    whether the tail was there."""
    m = TRUNCATION.search(text) if "view the full" in text.lower() else None
    if not m:
        return text, False
    return text[: m.start()].rstrip(), True


def join_lines(lines: list[str]) -> str:
    """Lines as a block of text: paragraphs kept, runs of blank lines made one."""
    text = "\n".join(lines)
    return (_BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text).strip()


_BLANK_RUN = re.compile(r"\n{3,}")
_CLOSED = re.compile(r"[.!?)\"”'’:;]\s*$")  # (text that ends where a sentence may)


def build_item(
    number: str | None,
    title: str | None,
    body: list[str],
    page_labelled: bool = False,
    keyword_page: bool = False,
) -> Item:
    """An Item with its sections, resolutions and references found in its lines."""
    sections = split_sections(body, page_labelled)
    minutes, truncated = cut_truncation(join_lines(sections.minutes))
    decision, _ = cut_truncation(join_lines(sections.decision))
    description, _ = cut_truncation(join_lines(sections.description))
    if not minutes:  # (the decision all the minutes there are: kept as both, fill_item tells)
        minutes = decision
    item = Item(
        number=number,
        title=clean_title(title) or "",
        description=description,
        minutes=minutes,
        # (and a parish's decisions a line, "RESOLUTION: Clerk to contact the School.", as
        # printed after the block)
        decision="\n\n".join(filter(None, [decision, *sections.decided])),
        truncated=truncated,
        keyword_page=keyword_page,
    )
    fill_item(item, actions=False)  # the meeting's date comes later: finish_meeting
    return item


def _decision_parts(decision: str) -> tuple[str, list[str]]:
    """(the "Decision:" block, the texts of a parish's decisions a line) an item stores as
    its decision: the lines are its paragraphs that open with their label."""
    block, decided = [], []
    for para in decision.split("\n\n") if decision else []:
        m = SECTION_LABEL.match(para)
        if m and m["label"].lower().startswith("resolution") and m["rest"]:
            decided.append(m["rest"])
        else:
            block.append(para)
    return "\n\n".join(block), decided


def _cited(refs: list[MinuteRef], number: str | None) -> list[MinuteRef]:
    """The references that cite another minute: an item's own paragraphs ("112/07/01"
    under 112/07) cite nothing."""
    return [r for r in refs if not r.ref.startswith(number + "/")] if number else refs


def finish_meeting(meeting: Meeting) -> None:
    """What needs the meeting's date: minute refs ("19/19") and the actions' due dates."""
    for item in meeting.items:
        item.minute_ref = minute_ref(item.number, meeting.date)
        item.actions = find_actions(item, meeting.date, meeting.committee)


_PLAIN_NUMBER = re.compile(r"\d{1,3}[a-z]?")


def minute_ref(number: str | None, meeting_date: str | None) -> str | None:
    """The reference later minutes use: item 19 of 3 Oct 2019 is "19/19"; a number the
    council prints with its own prefix or year ("P/142", "35/20") is the reference."""
    if not number:
        return None
    if not meeting_date or not _PLAIN_NUMBER.fullmatch(number):
        return normalise_ref(number)  # (as references to it are written: "12/2017" is "12/17")
    return f"{number}/{municipal_year(meeting_date) % 100:02d}"


def fill_item(
    item: Item, meeting_date: str | None = None, committee: str | None = None, actions: bool = True
) -> None:
    """(Re)derive an item's resolutions, references and (unless actions=False, for an item
    whose meeting is not read yet) actions from its text."""
    refs = find_refs(item.minutes, item.title, item.description, item.number)
    item.refs = _cited(refs, item.number)
    # The cut paragraph of a truncated item is half a sentence: no resolution from it.
    complete = item.minutes
    if item.truncated and not re.search(r"[.!?)\"”']\s*$", complete):
        complete = complete.rsplit("\n\n", 1)[0]
    item.resolutions = (
        find_resolutions(complete, item.keyword_page, item.title) if complete.strip() else []
    )
    block, decided = _decision_parts(item.decision)
    if block == item.minutes and item.resolutions and discussion_only(item.minutes):
        item.resolutions = []  # (a decision alone: the list inside the discussion it told)
    elif block:
        # (a "Decision:" block adds its resolutions only where the minutes gave none: it most
        # often repeats them, in other words; and a paragraph after its label may cite a
        # minute, "With reference to paragraph 3.1 of the Minute, ...")
        if not item.resolutions:
            item.resolutions = resolutions_of_decision(block)
        elif item.resolutions and (
            item.truncated or not _CLOSED.search(item.minutes) or block == item.minutes
        ):
            # (but where the page was cut in the minutes after it, mid-sentence too, the
            # block whole holds more of the decision's parts than the minutes' cut repeat;
            # and a decision page's, all its text, may number more parts than were read)
            whole = resolutions_of_decision(block)
            item.resolutions = whole if len(whole) > len(item.resolutions) else item.resolutions
        known = {r.ref for r in item.refs}
        item.refs += [r for r in _cited(find_refs(block), item.number) if r.ref not in known]
    if decided and not item.resolutions:  # each its own: "RESOLUTION: ..."
        item.resolutions = [r for line in decided for r in resolutions_of_decision(line)]
    if actions:
        item.actions = find_actions(item, meeting_date, committee)
