"""Finding the files of a run, once, file by file, so that every file is accounted for.

A folder is walked without recursion (any depth) and each folder once (no loops); a folder
that cannot be listed, or an entry that cannot be looked at, is reported with its reason
and the walk goes on. A link is followed only to a regular file, never into a folder, and
never outside the folders named unless follow_links. File names that are not UTF-8 are
kept as the OS gives them (surrogate escapes) to open the file, and stored and shown with
those bytes written \\xNN.

Each file found is read, recorded without being read (a pipe, an unsupported format: with
the reason), skipped by type and counted, or, for hidden files and editor backups,
skipped without a word.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .errors import ScrutinyError
from .read import SUFFIXES, UNSUPPORTED

# Files a folder of minutes often holds that are never minutes; named explicitly, they are read.
NOT_MINUTES = frozenset({"readme", "changelog", "license", "licence", "notes"})
# Hidden files, and what editors leave beside a document: skipped without a word.
# ".x", ".~lock.minutes.docx#" (LibreOffice), "~$minutes.docx" (Word), "minutes.txt~",
# "#minutes.txt#" (Emacs).
HIDDEN_PREFIXES = (".", "~$")
BACKUP_SUFFIXES = ("~",)

# Why a file is skipped, for the summary line ("3 skipped: .rtf ×1, .xlsx ×2 (not minutes
# formats)"): the label a group is counted under is the file's suffix, or one of these.
NOT_A_FORMAT = "not minutes formats"
NOT_MINUTES_FILE = "not minutes"  # counted under their own name: "README.md ×1"
LINK_TO_FOLDER = ("links to folders", "links are followed only to files")
LINK_OUTSIDE = ("links leaving the folders named", "--follow-links follows them")
FOLDER_LIKE_MINUTES = "a folder named like a minutes file (what is in it is read on its own)"
NOT_REGULAR = "not a regular file (a pipe, socket or device)"


@dataclass(frozen=True)
class Entry:
    """One file to read, or to record with the reason it is not read."""

    path: str  # as the OS names it, to open it
    name: str  # as stored and shown
    size: int | None = None
    mtime: float | None = None
    refusal: str | None = None  # recorded with this reason instead of being read
    warning: bool = False  # the refusal is a warning, not a failure


@dataclass(frozen=True)
class Skip:
    name: str
    label: str  # ".rtf", or what kind of thing it is
    why: str


@dataclass
class Found:
    """What a run found: files in path order, what it skipped, and what it could not read."""

    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def shown(path: str) -> str:
    """A path as stored and printed: bytes that are not UTF-8 written as \\xNN."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(paths: Iterable[str | Path], follow_links: bool = False) -> Found:
    """Files named, and files below folders named, each classified, in a stable order."""
    named = [str(Path(p).absolute()) for p in paths]
    for path in named:
        if not os.path.lexists(path):
            raise ScrutinyError(f"no such file or folder: {shown(path)}")
    roots = [os.path.realpath(p) for p in named if os.path.isdir(p)]
    walker = _Walker(roots, follow_links)
    for path in named:
        if os.path.isdir(path):  # a folder named is read even through a link
            walker.walk(path)
        else:
            walker.named_file(path)
    found = walker.found
    unique = {e.path: e for e in found.entries}
    found.entries = sorted(unique.values(), key=lambda e: e.name)
    found.skipped = sorted(set(found.skipped), key=lambda s: s.name)
    found.unreadable = sorted(set(found.unreadable))
    return found


def is_hidden(name: str) -> bool:
    """Hidden files, lock files and editor backups."""
    return (
        name.startswith(HIDDEN_PREFIXES)
        or name.endswith(BACKUP_SUFFIXES)
        or (len(name) > 1 and name.startswith("#") and name.endswith("#"))
    )


def _suffix(name: str) -> str:
    """A file name's suffix, lower case, as pathlib gives it ("" for ".bashrc" and "x."):
    on strings, since a PurePath a file cost a walk of 10,000 files a third of a second."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


class _Walker:
    def __init__(self, roots: list[str], follow_links: bool) -> None:
        self.roots = [r.rstrip(os.sep) + os.sep for r in roots]
        self.follow_links = follow_links
        self.found = Found()
        self.seen: set[tuple[int, int]] = set()

    def walk(self, top: str) -> None:
        """Every folder below top, once each, with an explicit stack: no depth limit."""
        if _suffix(PurePath(top).name) in SUFFIXES:
            self._folder_like_minutes(top)
        stack = [top]
        while stack:
            folder = stack.pop()
            try:
                st = os.stat(folder)
                if (st.st_dev, st.st_ino) in self.seen:
                    continue  # a folder reached twice (a bind mount, or named twice)
                self.seen.add((st.st_dev, st.st_ino))
                with os.scandir(folder) as listing:
                    entries = list(listing)
            except OSError as e:
                self.found.unreadable.append((shown(folder), _reason(e)))
                continue
            for entry in entries:
                try:
                    self._entry(entry, stack)
                except OSError as e:  # listed but not looked at: a folder without x
                    self._cannot_look(entry.path, entry.name, e)

    def named_file(self, path: str) -> None:
        """A file named on the command line: read whatever its name, if in a format read."""
        name = os.path.basename(path)
        try:
            st = os.stat(path)  # a link named is followed: the user named it
        except OSError as e:
            self._cannot_look(path, name, e)
            return
        self._file(path, name, st)

    def _entry(self, entry: os.DirEntry[str], stack: list[str]) -> None:
        name = entry.name
        if is_hidden(name):
            return
        if entry.is_symlink():
            self._link(entry.path, name)
        elif entry.is_dir(follow_symlinks=False):
            if _suffix(name) in SUFFIXES:
                self._folder_like_minutes(entry.path)
            stack.append(entry.path)
        elif self._wanted(entry.path, name):
            self._file(entry.path, name, entry.stat(follow_symlinks=False))

    def _wanted(self, path: str, name: str) -> bool:
        """Read or recorded by its name; otherwise counted as skipped."""
        suffix = _suffix(name)
        if suffix not in SUFFIXES and suffix not in UNSUPPORTED:
            self._skip(path, suffix or "no suffix", NOT_A_FORMAT)
            return False
        if _stem(name).lower() in NOT_MINUTES:
            self._skip(path, name, NOT_MINUTES_FILE)
            return False
        return True

    def _link(self, path: str, name: str) -> None:
        if not self._wanted(path, name):
            return
        try:
            st = os.stat(path)
        except OSError as e:  # a broken link, or a loop of links: said, not followed
            self._cannot_look(path, name, e)
            return
        if stat.S_ISDIR(st.st_mode):
            self._skip(path, *LINK_TO_FOLDER)
        elif not self.follow_links and not self._inside(os.path.realpath(path)):
            self._skip(path, *LINK_OUTSIDE)
        else:
            self._file(path, name, st)

    def _inside(self, real: str) -> bool:
        return any(real.startswith(root) for root in self.roots)

    def _file(self, path: str, name: str, st: os.stat_result) -> None:
        suffix = _suffix(name)
        refusal = None
        if not stat.S_ISREG(st.st_mode):
            refusal = NOT_REGULAR
        elif suffix in UNSUPPORTED:
            refusal = f"{suffix} files are not read: {UNSUPPORTED[suffix]}"
        elif suffix not in SUFFIXES:
            self._skip(path, suffix or "no suffix", NOT_A_FORMAT)
            return
        self.found.entries.append(
            Entry(path, shown(path), st.st_size, st.st_mtime, refusal=refusal)
        )

    def _folder_like_minutes(self, path: str) -> None:
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            mtime = None
        entry = Entry(path, shown(path), 0, mtime, refusal=FOLDER_LIKE_MINUTES, warning=True)
        self.found.entries.append(entry)

    def _cannot_look(self, path: str, name: str, error: OSError) -> None:
        """Recorded as failed (no size: tried again next run) when its name is one we read."""
        if _suffix(name) in SUFFIXES or _suffix(name) in UNSUPPORTED:
            self.found.entries.append(
                Entry(path, shown(path), refusal=f"cannot read: {_reason(error)}")
            )
        else:
            self._skip(path, _suffix(name) or "no suffix", NOT_A_FORMAT)

    def _skip(self, path: str, label: str, why: str) -> None:
        self.found.skipped.append(Skip(shown(path), label, why))


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def skipped_summary(skipped: list[Skip]) -> str:
    """ "3 skipped: .rtf ×1, .xlsx ×2 (not minutes formats)", groups by why."""
    groups: dict[str, dict[str, int]] = {}
    for s in skipped:
        labels = groups.setdefault(s.why, {})
        labels[s.label] = labels.get(s.label, 0) + 1
    parts = [
        ", ".join(f"{label} ×{n}" for label, n in sorted(labels.items())) + f" ({why})"
        for why, labels in groups.items()
    ]
    return f"{len(skipped)} skipped: " + "; ".join(parts)
