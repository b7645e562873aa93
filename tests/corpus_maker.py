"""A generated archive of minutes for the benchmarks and the query-plan test: many
committees over many years, made from the synthetic Wyvern minutes in sample_data/
(ModernGov pages, formal minutes, and the "Agenda item" pages that complete their cut
items).

    python -m tests.corpus_maker FOLDER --files 2000 [--later FOLDER2 --later-files 500]

Every generated meeting is one of the sample files with another committee's name, another
date, its minute numbers running on through the municipal year, its "Further to minute N/YY"
references pointing at the same committee's previous meeting, a sentence about one of
TOPICS added to each item (so that searches find a realistic few), and, where the sample
has a cut item, the "Agenda item" page that completes it (its title made unique to the
meeting, as real titles mostly are). The same arguments always write the same files.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "wyvern"

AREAS = (
    "Children and Young People", "Housing and Communities", "Adult Social Care", "Health",
    "Economy and Skills", "Environment", "Transport", "Finance and Resources", "Education",
    "Community Safety", "Culture and Leisure", "Planning", "Licensing", "Audit and Standards",
    "Public Health", "Regeneration", "Climate Change", "Corporate Parenting", "Digital Services",
    "Neighbourhoods",
)  # fmt: skip
COMMITTEES = tuple(f"{a} Scrutiny Board" for a in AREAS) + tuple(
    f"{a} Scrutiny Board ({n})" for n, a in enumerate(AREAS, start=2)
)
TOPICS = (
    "private fostering", "adoption", "school exclusions", "damp and mould", "homelessness",
    "special educational needs", "youth justice", "domestic abuse", "air quality", "potholes",
    "bus services", "library opening hours", "waste collection", "fly-tipping", "knife crime",
    "care leavers", "kinship care", "home care", "delayed discharge", "dementia services",
    "childhood obesity", "smoking cessation", "drug and alcohol services", "apprenticeships",
    "adult learning", "town centre vacancies", "street lighting", "parking enforcement",
    "tree planting", "flood defences", "council tax support", "rent arrears",
    "temporary accommodation", "empty homes", "licensing of houses in multiple occupation",
    "taxi licensing", "community centres", "leisure centre charges", "museum funding",
    "park maintenance", "cycle lanes", "speed limits", "school place planning",
    "early years provision", "holiday activities", "young carers", "mental health crisis care",
    "social prescribing", "digital inclusion", "procurement", "agency staff costs",
    "sickness absence", "capital programme", "treasury management", "internal audit",
    "anti-social behaviour", "hate crime", "modern slavery", "safeguarding adults",
    "children missing education",
)  # fmt: skip
WARDS = (
    "Northgate", "Eastfold", "Millbrook", "Harcourt Vale", "Linden Road", "Westmere",
    "Southbank", "Ashcombe", "Kingsford", "Riverside", "Old Town", "Brackley",
)  # fmt: skip


@dataclass(frozen=True)
class Template:
    """A sample meeting file: its committee, the date as its header writes it, and its cut
    item (title, and the "Agenda item" page that completes it) if it has one."""

    path: str
    committee: str
    header_date: str
    style: str  # "moderngov" or "formal": how dates and item numbers are written
    cut_title: str | None = None
    item_page: str | None = None


CYP, HOUSING = "Children and Young People Scrutiny Board", "Housing and Communities Scrutiny Board"
TEMPLATES = (
    Template("children/2022-09-15-agenda-and-minutes.txt", CYP, "Thursday, 15th September, 2022",
             "moderngov", "Emotional Wellbeing and Mental Health Support in Schools",
             "children/2022-09-15-item-9.txt"),
    Template("children/2022-11-10-agenda-and-minutes.txt", CYP, "Thursday, 10th November, 2022",
             "moderngov"),
    Template("children/2023-01-12-formal-minutes.txt", CYP, "Thursday, 12 January 2023", "formal"),
    Template("children/2023-07-13-agenda-and-minutes.txt", CYP, "Thursday, 13th July, 2023",
             "moderngov"),
    Template("children/2023-10-12-agenda-and-minutes.txt", CYP, "Thursday, 12th October, 2023",
             "moderngov", "Mental Health Support Teams – Update", "children/2023-10-12-item-9.txt"),
    Template("housing/2022-10-04-agenda-and-minutes.txt", HOUSING, "Tuesday, 4th October, 2022",
             "moderngov", "Damp and Mould in Council Homes", "housing/2022-10-04-item-28.txt"),
    Template("housing/2023-02-07-formal-minutes.txt", HOUSING, "Tuesday, 7 February 2023", "formal"),
    Template("housing/2023-09-19-formal-minutes.txt", HOUSING, "Tuesday, 19 September 2023",
             "formal"),
)  # fmt: skip
ITEMS_A_MEETING = 12  # minute numbers a meeting may use: the next one starts after them
_NUMBER_LINE = {"moderngov": re.compile(r"(?m)^(\d+)\.$"), "formal": re.compile(r"(?m)^(\d+)\. ")}
_REFERENCE = re.compile(r"(?i)(minute )(\d+)/(\d{2})")


def _text(path: str) -> str:
    data = (SAMPLE / path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _header_date(day: date, style: str) -> str:
    if style == "moderngov":
        return f"{day:%A}, {_ordinal(day.day)} {day:%B}, {day.year}"
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _municipal_year(day: date) -> int:
    return day.year if day.month >= 5 else day.year - 1


def _pick(seq: tuple[str, ...], *seed: object) -> str:
    digest = hashlib.blake2b(repr(seed).encode(), digest_size=8).digest()
    return seq[int.from_bytes(digest, "big") % len(seq)]


def _sentence(*seed: object) -> str:
    return f"The Board discussed {_pick(TOPICS, *seed)} in {_pick(WARDS, 'ward', *seed)} ward."


@dataclass
class Meeting:
    committee: str
    day: date
    first: int  # its first minute number
    previous: tuple[int, int] | None  # the previous meeting's first number and municipal year


def meeting_files(meeting: Meeting, template: Template) -> list[tuple[str, str]]:
    """The files (name, text) of one generated meeting: its minutes, and the page that
    completes its cut item when the template has one."""
    text = _text(template.path)
    numbers = sorted({int(n) for n in _NUMBER_LINE[template.style].findall(text)})
    shift = meeting.first - numbers[0]
    text = _renumber(text, template.style, shift)
    text = _REFERENCE.sub(lambda m: _cited(m, meeting), text)
    text = text.replace(template.header_date, _header_date(meeting.day, template.style))
    text = text.replace(template.committee, meeting.committee)
    seed = (meeting.committee, meeting.day.isoformat())
    title = None
    if template.cut_title:
        title = f"{template.cut_title} – {meeting.day:%B %Y}"
        text = text.replace(template.cut_title, title)
    text, cut_at = _add_sentences(text, template.style, seed, title)
    slug = re.sub(r"[^a-z0-9]+", "-", meeting.committee.lower()).strip("-")
    stem = f"{slug}/{meeting.day.isoformat()}"
    files = [(f"{stem}-minutes.txt", text)]
    if template.item_page and title:
        page = _text(template.item_page).replace(template.cut_title or "", title)
        page = _REFERENCE.sub(lambda m: _cited(m, meeting), page)
        page = re.sub(r"Meeting: \d\d/\d\d/\d{4} - .*? \(Item (\d+)\)", lambda m: (
            f"Meeting: {meeting.day:%d/%m/%Y} - {meeting.committee} (Item {int(m[1]) + shift})"
        ), page)  # fmt: skip
        page = page.replace("Minutes:\n\n", f"Minutes:\n\n{_sentence(*seed, cut_at)}\n\n", 1)
        files.append((f"{stem}-item.txt", page))
    return files


def _renumber(text: str, style: str, shift: int) -> str:
    end = "" if style == "moderngov" else " "
    text = _NUMBER_LINE[style].sub(lambda m: f"{int(m[1]) + shift}.{end}", text)
    return re.sub(
        r"(full minutes text for item )(\d+)", lambda m: f"{m[1]}{int(m[2]) + shift}", text
    )


def _cited(match: re.Match[str], meeting: Meeting) -> str:
    """A reference to the template's earlier minute, now to the previous meeting's."""
    if meeting.previous is None:
        return f"{match[1]}{match[2]}/{match[3]}"  # names a minute not in the archive
    first, year = meeting.previous
    return f"{match[1]}{first + int(match[2]) % 6}/{year % 100:02d}"


def _add_sentences(
    text: str, style: str, seed: tuple[object, ...], cut_title: str | None
) -> tuple[str, int]:
    """A topic sentence at the start of each item's minutes; which item (by position) is the
    cut one, so that its page gets the same sentence."""
    count, cut_at = 0, -1

    def add(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{m[0]}{_sentence(*seed, count - 1)}\n\n"

    if style == "moderngov":
        parts = text.split("Minutes:\n\n")
        out = parts[0]
        for k, part in enumerate(parts[1:]):
            if cut_title and cut_title in parts[k]:
                cut_at = k
            out += f"Minutes:\n\n{_sentence(*seed, k)}\n\n{part}"
        return out, cut_at
    return re.sub(r"(?m)^\d+\. .*\n\n", add, text), cut_at


def schedule(files: int, committees: int = len(COMMITTEES), years: int = 20) -> list[Meeting]:
    """Meetings enough for about `files` files: each committee meets in turn, every six
    weeks from May 2005 (more often when that would take more than `years` years), on a
    day of its own."""
    meetings: list[Meeting] = []
    last: dict[str, tuple[date, int]] = {}
    per_committee = max(1, -(-int(files / 1.375) // committees))
    span = max(1, min(42, years * 365 // per_committee))
    for k in range(per_committee):
        for c in range(committees):
            committee = COMMITTEES[c % len(COMMITTEES)]
            day = date(2005, 5, 2) + timedelta(days=k * span + c % 7)
            before = last.get(committee)
            year = _municipal_year(day)
            first = 1
            if before and _municipal_year(before[0]) == year:
                first = before[1] + ITEMS_A_MEETING
            previous = (before[1], _municipal_year(before[0])) if before else None
            meetings.append(Meeting(committee, day, first, previous))
            last[committee] = (day, first)
    return meetings


def write_corpus(
    folder: Path, files: int, committees: int = len(COMMITTEES), later: Path | None = None,
    later_files: int = 0,
) -> list[Path]:  # fmt: skip
    """Write `files` files into folder, and the `later_files` that come after them in
    time into `later` (the meetings that a grown archive adds next)."""
    written: list[Path] = []
    total = files + later_files
    for n, meeting in enumerate(schedule(total, committees)):
        for name, text in meeting_files(meeting, TEMPLATES[n % len(TEMPLATES)]):
            if len(written) == total:
                return written
            path = (folder if len(written) < files or later is None else later) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--committees", type=int, default=len(COMMITTEES))
    ap.add_argument("--later", type=Path, help="a folder for the files that come after")
    ap.add_argument("--later-files", type=int, default=0, metavar="N")
    args = ap.parse_args()
    written = write_corpus(args.folder, args.files, args.committees, args.later, args.later_files)
    print(f"{len(written)} files in {args.folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
