"""A file on disk to text: opened once, never hanging on a pipe, hashed as it is read,
and a large text file read chunk by chunk so that memory stays about twice its size."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import BinaryIO

from ..errors import ReadError
from . import TEXT_SUFFIXES, read_document
from .text import noting, read_text_chunks

MAX_FILE_BYTES = 256 * 10**6  # a council's longest minutes PDF is a few MB
STREAM_BYTES = 8 * 2**20  # text files larger than this are read chunk by chunk
CHUNK_BYTES = 2**20


@dataclass
class Reading:
    """What reading one file gave: its facts, and its text or why there is none."""

    size: int
    mtime: float
    sha256: str = ""
    text: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def read_file(path: str, name: str, ocr: bool = False) -> Reading:
    """Read one file. A file that cannot be opened raises OSError; one whose content is
    not readable comes back with .error set and its facts known so far."""
    # O_NONBLOCK: a pipe put where a file was found must not hang the read.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        reading = Reading(st.st_size, st.st_mtime)
        if not stat.S_ISREG(st.st_mode):
            reading.error = "not a regular file (a pipe, socket or device)"
        elif st.st_size > MAX_FILE_BYTES:
            reading.error = (
                f"too large to be minutes ({st.st_size / 1e6:.0f} MB; "
                f"files over {MAX_FILE_BYTES // 10**6} MB are not read)"
            )
        else:
            with noting() as notes:
                _read(f, name, ocr, reading)
            reading.warnings = notes
    return reading


def sha256_of(path: str) -> str | None:
    """The SHA-256 of a regular file's bytes, as read_file hashes them (None for a pipe or
    a device): enough to tell a file touched but unchanged without reading it as minutes."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None
        if st.st_size < CHUNK_BYTES:  # one read of the file's size, not file_digest's 256 KB
            return _sha256_small(f, st.st_size)
        return hashlib.file_digest(f, "sha256").hexdigest()


def _sha256_small(f: BinaryIO, size: int) -> str:
    digest = hashlib.sha256(f.read(size + 1))
    while chunk := f.read(CHUNK_BYTES):  # the file grew since it was looked at
        digest.update(chunk)
    return digest.hexdigest()


def _read(f: BinaryIO, name: str, ocr: bool, reading: Reading) -> None:
    # No bigger a read than the file: read(n) makes an n-byte buffer first, and a
    # megabyte made and dropped for every small file cost more than reading it.
    head = f.read(min(CHUNK_BYTES, reading.size + 1))
    if reading.size > STREAM_BYTES and _plain_text(head, name):
        digest = hashlib.sha256()
        try:
            reading.text = read_text_chunks(_hashed(head, f, digest), name)
            reading.sha256 = digest.hexdigest()
        except ReadError as e:
            reading.error = str(e)
        return
    data = head + f.read()
    reading.sha256 = hashlib.sha256(data).hexdigest()
    try:
        reading.text, reading.pages = read_document(data, name, ocr=ocr)
    except ReadError as e:
        reading.error = str(e)


def _plain_text(head: bytes, name: str) -> bool:
    """A text file by name that does not start like a PDF or a web page."""
    start = head[:1024]
    return (
        PurePath(name).suffix.lower() in TEXT_SUFFIXES
        and b"%PDF-" not in start
        and not start.lstrip().startswith(b"<")
    )


def _hashed(head: bytes, f: BinaryIO, digest: hashlib._Hash) -> Iterator[bytes]:
    digest.update(head)
    yield head
    while chunk := f.read(CHUNK_BYTES):
        digest.update(chunk)
        yield chunk
