"""What every format shares once an item's words are found: clean title, resolutions, refs."""

from __future__ import annotations

import re

from ..model import Item, Meeting
from ..read.text import fold
from .actions import find_actions
from .common import minute_ref
from .patterns import ADDITIONAL_DOCUMENTS, TITLE_ATTACHMENT, TRUNCATION
from .refs import find_refs
from .resolutions import find_resolutions


def clean_title(title: str) -> str:
    """ "Minutes pdf icon PDF 69 KB" -> "Minutes"."""
    title = (
        TITLE_ATTACHMENT.regex.sub(" ", fold(title))
        if TITLE_ATTACHMENT.search(fold(title))
        else title
    )
    return re.sub(r"\s{2,}", " ", title).strip(" .:-")


def cut_truncation(minutes: str) -> tuple[str, bool]:
    """The visible minutes without ModernGov's "... view the full minutes text" tail."""
    m = TRUNCATION.search(minutes)
    if not m:
        return minutes, False
    return minutes[: m.start()].rstrip(), True


def clean_block(text: str) -> str:
    """Drop "Additional documents:" lines and surplus blank lines."""
    lines = [ln for ln in text.split("\n") if not ADDITIONAL_DOCUMENTS.regex.match(ln.strip())]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def build_item(number: str | None, title: str, description: str, minutes: str) -> Item:
    """An Item with its resolutions and references found in its minutes."""
    minutes, truncated = cut_truncation(clean_block(minutes))
    item = Item(
        number=number,
        title=clean_title(title),
        description=clean_block(description),
        minutes=minutes,
        truncated=truncated,
    )
    fill_item(item)
    return item


def finish_meeting(meeting: Meeting) -> None:
    """What needs the meeting's date: minute refs ("19/19") and the actions' due dates."""
    for item in meeting.items:
        item.minute_ref = minute_ref(item.number, meeting.date)
        item.actions = find_actions(item, meeting.date)


def fill_item(item: Item, meeting_date: str | None = None) -> None:
    """(Re)derive an item's resolutions and references from its minutes text, and its
    actions when the meeting (and so its date) is known."""
    item.refs = find_refs(item.minutes)
    # The cut paragraph of a truncated item is half a sentence: no resolution from it.
    complete = item.minutes.rsplit("\n\n", 1)[0] if item.truncated else item.minutes
    item.resolutions = find_resolutions(complete) if complete.strip() else []
    item.actions = find_actions(item, meeting_date) if meeting_date else []
