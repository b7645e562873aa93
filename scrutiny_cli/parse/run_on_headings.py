"""Headings a PDF ran on after the last line of the minute before, set apart again: "...
Wilson Nkurinziza. 56. DECLARATIONS OF INTEREST", "... one member of the public. APOLOGIES
FOR ABSENCE"; and headings glued to their own text, "4. Public QuestionsRobin Griffiths
...". Only where the page shows the damage more than once or prints its other headings on
lines of their own.
"""

from __future__ import annotations

import re

# A minute's number and heading in capitals that a PDF ran on after the last line of the
# minute before: "... Wilson Nkurinziza. 56. DECLARATIONS OF INTEREST" (the heading goes on a
# line of its own, on a page whose other headings stand so).
_HEADING_RUN_ON = re.compile(r"([.!?])[ \t]+(\d{1,4}\.[ \t]+[A-Z][A-Z&'’, -]{5,80})[ \t]*$", re.M)
_HEADING_LINE = re.compile(r"^\d{1,4}\.[ \t]+[A-Z][A-Z&'’, -]{5,80}$", re.M)


def _apart(m: re.Match[str]) -> str:
    """A heading in capitals run on after a sentence, set apart; not one after a minute's
    number and the agenda's in brackets, its own line's ("42. (Agenda 1) APOLOGIES")."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if _NUMBERS_ONLY.fullmatch(m.string, line_start, m.end(1)):
        return m.group()
    return f"{m[1]}\n\n{m[2]}"


_NUMBERS_ONLY = re.compile(r"\s*[\w./-]{1,12}\.?\s*\([^()]{1,20}\)")


def _run_on_lines(text: str) -> int:
    """Lines that may end with such a heading: a capital last, a sentence's end before it (a
    cheap count first: the pattern over a whole page costs more than most pages' repairs)."""
    return sum(
        1
        for ln in text.split("\n")
        if ln.rstrip()[-1:] in _CAPS_LAST and ("." in ln or ")" in ln or "?" in ln or "!" in ln)
    )


_CAPS_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&'’-")


# (or an unnumbered heading in capitals, each at the end of the paragraph before its own, as
# a PDF mirror printed a page: "... one member of the public. APOLOGIES FOR ABSENCE" /
# "Apologies for absence were received ...": twice or more on the page)
_CAPS_RUN_ON = re.compile(
    # (not a task in capitals so run on, "... approved. CLERK TO CONFIRM BY RETURN")
    r"((?<=[a-z])[.!?]|\)\.?)[ \t]+(?![A-Z&'’-]+[ \t]+(?:[A-Z&'’-]+[ \t]+)?TO\b)"
    r"((?:[A-Z][A-Z&'’-]+[ \t]+){1,7}[A-Z][A-Z&'’-]+)[ \t]*$"
    r"(?=\n\s*\S)",
    re.M,
)


# (or the next minute's number and a heading closed by its colon, in mixed case, run on
# after a sentence of the line its own minute opens: "2.Minutes of adjourned meeting ... were
# approved. 3. Port & Marine Safety Code and Health & Safety Report:", where the page's
# other such headings stand on lines of their own, "4.Finance Report:")
_COLON_RUN_ON = re.compile(
    r"^(?P<own>\d{1,4})\.[^\n]*?[a-z)][.!?](?P<gap>[ \t]+)(?P<next>\d{1,4})\.[ \t]+"
    r"[A-Z][^.:;!?\n]{3,80}:[ \t]*$",
    re.M,
)
_COLON_LINE = re.compile(r"^\d{1,4}\.[ \t]*[A-Z][^.:;!?\n]{3,80}:[ \t]*$", re.M)


def _colon_apart(text: str) -> str:
    found = [m for m in _COLON_RUN_ON.finditer(text) if int(m["next"]) == int(m["own"]) + 1]
    if not found or len(_COLON_LINE.findall(text)) < 2:
        return text
    for m in reversed(found):  # (the next minute's heading on a line of its own)
        text = text[: m.start("gap")] + "\n\n" + text[m.end("gap") :]
    return text


# A heading in mixed case glued to its text where a converter lost the space after it: "4.
# Public QuestionsRobin Griffiths again queried ...", "Declaration of InterestCllr Elwyn
# Williams declared ...", "3. Chair's Announcements• Our new Chair ..." (at a line's start,
# the heading's last word ending in three small letters, on a page that shows it three
# times or more: never a word of a brand's own, "WhatsApp", alone).
_GLUED_HEADING = re.compile(
    r"^((?:\d{1,3}\.?[ \t]+)?[A-Z][\w'’&,/ -]{2,60}?[a-z]{3})(?=[A-Z][a-z]|•)", re.M
)
GLUED_MARKS = 3


def _unglued_headings(text: str) -> str:
    if len(_GLUED_HEADING.findall(text)) < GLUED_MARKS:
        return text
    return _GLUED_HEADING.sub(r"\1 ", text)


def headings_apart(text: str) -> str:
    """The page with each minute's heading a PDF ran on after the minute before set on a
    line of its own, where the page shows that damage."""
    if ":" in text:
        text = _colon_apart(text)
    text = _unglued_headings(text)
    if _run_on_lines(text) >= 2 and len(_CAPS_RUN_ON.findall(text)) >= 2:
        text = _CAPS_RUN_ON.sub(_apart, text)
    if _HEADING_RUN_ON.search(text) is None:
        return text  # (the rare run-on looked for first: most pages have none)
    if len(_HEADING_LINE.findall(text)) >= 2:
        return _HEADING_RUN_ON.sub(r"\1\n\n\2", text)
    # (alone on a page cut short, a running minute's number, never a list's: "... signed by
    # the Chairman. 70. ANNOUNCEMENTS")
    return _HEADING_RUN_ON.sub(_running, text)


def _running(m: re.Match[str]) -> str:
    number = m[2].split(".", 1)[0]
    return f"{m[1]}\n\n{m[2]}" if int(number) >= RUNNING_MINUTE else m.group()


RUNNING_MINUTE = 10  # a minute's number a list (in capitals too) does not reach
