"""What an ingest run did, as a person or a cron job wants it: counts, and the files that
failed or need a look grouped by reason ("23 × unknown layout (first: a.txt, b.txt; ...)").
Pure: takes outcomes, returns lines and dicts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

FIRST_PATHS = 3  # paths named in a group's line; `scrutiny status --failed` lists all
LIST_ALL = "`scrutiny status --failed` lists all"

# Parts of a message that differ from file to file, replaced so that the same reason
# groups: quoted values (messages quote fixed phrases in double quotes), paths, numbers.
_VARIABLE = (
    (re.compile(r"'[^']*'"), "'…'"),
    (re.compile(r"(?:[A-Za-z]:)?[\\/][^\s:;,)]+"), "…"),
    (re.compile(r"\d+(?:\.\d+)?"), "N"),
)


class OutcomeLike(Protocol):
    path: str
    state: str
    status: str
    message: str | None


@dataclass
class Group:
    """Files that failed, or were stored with a warning, for one reason."""

    status: str  # failed or warning
    reason: str
    paths: list[str] = field(default_factory=list)
    example: str = ""  # the first file's own message

    def line(self) -> str:
        """One line: the file and its message, or the count, reason and first files."""
        if len(self.paths) == 1:
            return f"{self.status}: {shown_path(self.paths[0])}: {self.example}"
        first = ", ".join(shown_path(p) for p in self.paths[:FIRST_PATHS])
        return f"{self.status}: {len(self.paths)} × {self.reason} (first: {first}; {LIST_ALL})"


def reason_of(message: str) -> str:
    """A message with what varies from file to file taken out."""
    for pattern, replacement in _VARIABLE:
        message = pattern.sub(replacement, message)
    return message


def groups(outcomes: Iterable[OutcomeLike]) -> list[Group]:
    """Failures first, then warnings, each grouped by reason, biggest group first; a
    source with several warnings ("a; b") counts under each."""
    found: dict[tuple[str, str], Group] = {}
    for o in outcomes:
        if o.state == "unchanged" or o.status not in ("failed", "warning"):
            continue
        for part in (o.message or "no reason given").split("; "):
            key = (o.status, reason_of(part))
            group = found.setdefault(key, Group(o.status, key[1], example=part))
            group.paths.append(o.path)
    return sorted(found.values(), key=lambda g: (g.status != "failed", -len(g.paths), g.reason))


def counts_line(states: dict[str, int], total: int) -> str:
    """ "12 files: 3 new, 0 changed, 9 unchanged, 0 failed" """
    line = (
        f"{total} file{'s' if total != 1 else ''}: {states.get('new', 0)} new, "
        f"{states.get('changed', 0)} changed, {states.get('unchanged', 0)} unchanged, "
        f"{states.get('failed', 0)} failed"
    )
    return line + (" (nothing to do)" if total and states.get("unchanged", 0) == total else "")


ARCHIVE_TABLES = ("meetings", "items", "resolutions", "minute_refs")  # what a run reports


def archive_line(counts: dict[str, int]) -> str:
    return (
        f"archive: {counts['meetings']} meetings, {counts['items']} items, "
        f"{counts['resolutions']} resolutions, {counts['minute_refs']} references"
    )


def as_json(
    outcomes: list[OutcomeLike], states: dict[str, int], counts: dict[str, int]
) -> dict[str, Any]:
    """The run for a program: counts, the archive's size, and every problem by reason."""
    return {
        "files": len(outcomes),
        **{s: states.get(s, 0) for s in ("new", "changed", "unchanged", "failed")},
        "warnings": sum(1 for o in outcomes if o.status == "warning" and o.state != "unchanged"),
        "archive": counts,
        "problems": [
            {"status": g.status, "reason": g.reason, "count": len(g.paths), "paths": g.paths}
            for g in groups(outcomes)
        ],
    }


def shown_path(path: str) -> str:
    """A stored (absolute) path as a person would type it: relative to the current folder
    when it is below it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path
    except OSError:  # the current folder is gone
        return path


def interrupted_line(done: int, total: int) -> str:
    return (
        f"interrupted: {done} of {total} file{'s' if total != 1 else ''} stored; "
        "run the same command again to finish"
    )
