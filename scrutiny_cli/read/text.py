"""Bytes to normalised text: encodings, spaces, bullets. Knows nothing about minutes."""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import ReadError

# Leading glyphs that mean "bullet" in exports from Word, ModernGov and PDF converters
# (U+F0B7 and U+F0A7 are Word's Symbol/Wingdings bullets in the private-use area).
BULLET_GLYPHS = "·•\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25cf\u2022\u2023\u2043\u25e6\u2219"
# ModernGov pages lose the Symbol-font glyph of some bullets and keep only the NBSP after it.
_LOST_GLYPH_BULLET_M = re.compile(r"^\u00a0[ \t\u00a0]+(?=\S)", re.MULTILINE)
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
# A bullet glyph, or a "- " or "* " dash bullet, at the start of a line that goes on.
# ("∑ " is how some PDFs' text layers give a Symbol-font bullet.)
_ANY_BULLET_M = re.compile(rf"^[ \t]*(?:[{BULLET_GLYPHS}][ \t]*|[-*–∑][ \t]+)(?=\S)", re.MULTILINE)
# Markdown bold from document converters: "34. **Private Fostering**".
_BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")

# Characters read as others: odd spaces as a space (or nothing), and the dashes a word
# processor or a font may give for the usual two, so every cue that knows a dash knows
# them: a figure dash ("Apologies for absence ‒ Ken Lloyd"), a horizontal bar, a
# non-breaking hyphen ("co‑option").
_READ_AS = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\ufeff": "",
    "\u200b": "",
    "\u00ad": "",  # soft hyphen
    "\ufffe": "",
    "\u2012": "\u2013",
    "\u2015": "\u2014",
    "\u2011": "-",
}
_READ_AS_PAIRS = tuple(_READ_AS.items())
_SPECIAL_CHARACTER = re.compile("[" + "".join(_READ_AS) + "]")

# Curly quotes and dashes are kept in stored text; matching folds them one character
# for one, so offsets found in the folded text slice the original.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2032": "'",
    }
)

_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())

BULLET = "•"
# Text with more than this share of control characters, replacement marks or unassigned
# code points is binary data, whatever it decoded as.
BINARY_SHARE = 0.1
_ODD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")


@functools.lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Straight quotes and hyphens for matching; same length as the input. (Cached: the
    parsers fold the same item text many times.) One str.replace per character present:
    each is a fast scan, where str.translate looks up every character of the text."""
    if text.isascii():
        return text
    for curly, straight in _FOLD_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def decode(data: bytes, name: str = "file") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252, region by
    region (bytes that are not UTF-8 are read as Windows-1252, and noted); refuse bytes
    that decode to mostly control characters or replacement marks (binary data)."""
    return "".join(decode_pieces([data], name))


def decode_pieces(chunks: Iterable[bytes], name: str = "file") -> Iterator[str]:
    """decode() over bytes that come chunk by chunk: memory stays that of one chunk."""
    chunks = iter(chunks)
    first = next(chunks, b"")
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoder = codecs.getincrementaldecoder("utf-16")("replace")
    elif b"\x00" in first[:4096]:
        raise ReadError("binary data, not text")
    else:
        # Bytes that are not UTF-8 come out as surrogate escapes, replaced below one by one.
        decoder = codecs.getincrementaldecoder("utf-8-sig")("surrogateescape")
    regions = _Regions()
    text = regions.add(decoder.decode(first, final=False))
    if _looks_binary(text[:4096]):
        raise ReadError("binary data, not text")
    yield text
    for chunk in chunks:
        yield regions.add(decoder.decode(chunk, final=False))
    yield regions.add(decoder.decode(b"", final=True))
    if regions.escaped and regions.utf8:
        n = regions.escaped
        note(f"{n} byte{'s' if n != 1 else ''} could not be read as UTF-8 (read as Windows-1252)")


class _Regions:
    """Text decoded as UTF-8, with each byte that was not UTF-8 read as Windows-1252. In
    a file with no UTF-8 at all that is simply Windows-1252; in a UTF-8 file with a few bad
    bytes the good text is kept and the bad bytes are counted."""

    def __init__(self) -> None:
        self.escaped = 0  # bytes that were not UTF-8
        self.utf8 = False  # characters that were UTF-8 beyond ASCII: a UTF-8 file

    def add(self, text: str) -> str:
        if text.isascii():
            return text
        self.utf8 = self.utf8 or bool(_UTF8_BEYOND_ASCII.search(text))
        text, n = _ESCAPED_BYTE.subn(_as_cp1252, text)
        self.escaped += n
        return text


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _as_cp1252(match: re.Match[str]) -> str:
    # cp1252 leaves five bytes undefined; a stray one must not sink the file.
    return bytes([ord(match[0]) - 0xDC00]).decode("cp1252", errors="replace")


def _looks_binary(sample: str) -> bool:
    odd = len(_ODD_CHARACTERS.findall(sample))
    return bool(sample) and odd > BINARY_SHARE * len(sample)


def normalise(text: str) -> str:
    """Unix line ends, plain spaces, one bullet glyph, no trailing blanks. Whole-text
    passes with multi-line patterns: this runs on every page of every file."""
    return _normalise_lines(_unix_lines(text)).strip("\n") + "\n"


def normalise_pieces(pieces: Iterable[str]) -> str:
    """normalise() over text that comes piece by piece, whole lines at a time: every pass
    works within a line, so the result is the same as on the whole text."""
    done: list[str] = []
    tail: list[str] = []  # the start of a line that is not yet complete
    carry = ""  # a CR at a piece's end may be the first half of a CRLF
    for piece in pieces:
        piece, carry = carry + piece, ""
        if piece.endswith("\r"):
            piece, carry = piece[:-1], "\r"
        piece = _unix_lines(piece)
        cut = piece.rfind("\n") + 1
        if not cut:
            tail.append(piece)
            continue
        tail.append(piece[:cut])
        done.append(_normalise_lines("".join(tail)))
        tail = [piece[cut:]]
    tail.append(_unix_lines(carry))
    done.append(_normalise_lines("".join(tail)))
    return _join_stripped(done)


def _unix_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _normalise_lines(text: str) -> str:
    text = _LOST_GLYPH_BULLET_M.sub(BULLET + " ", text)
    if _SPECIAL_CHARACTER.search(text):
        # str.replace per character: many times faster than str.translate with a table.
        for char, replacement in _READ_AS_PAIRS:
            if char in text:
                text = text.replace(char, replacement)
    if "**" in text:
        text = _BOLD.sub(r"\1", text)
    text = _TRAILING_SPACE.sub("", text)
    return _ANY_BULLET_M.sub(BULLET + " ", text)


def _join_stripped(pieces: list[str]) -> str:
    """The pieces joined, without blank lines at either end, ending in one newline: the
    ends are trimmed piece by piece, so a large text is copied once only."""
    while pieces and not pieces[0].strip("\n"):
        pieces.pop(0)
    while pieces and not pieces[-1].strip("\n"):
        pieces.pop()
    if not pieces:
        return "\n"
    pieces[0] = pieces[0].lstrip("\n")
    pieces[-1] = pieces[-1].rstrip("\n")
    pieces.append("\n")
    return "".join(pieces)


def counts_pages(numbers: list[int | None]) -> list[bool]:
    """For numbers found at each page break in turn (None where there is none), which count
    the pages: one more than the number before it, or one less than the number after (a
    converted document's page numbers, not an item's number that happens to stand there)."""

    def at(k: int) -> int | None:
        return numbers[k] if 0 <= k < len(numbers) else None

    return [
        n is not None and (at(k - 1) == n - 1 or at(k + 1) == n + 1) for k, n in enumerate(numbers)
    ]


def read_text(data: bytes, name: str = "file") -> str:
    """Decode and normalise a text file's bytes."""
    return normalise(decode(data, name))


def read_text_chunks(chunks: Iterable[bytes], name: str = "file") -> str:
    """read_text() over a file read chunk by chunk: a large file needs about twice its
    size, not many times it."""
    return normalise_pieces(decode_pieces(chunks, name))


# --- Notes: what a reader wants the user to know about a file it did read ------------------

_NOTES: ContextVar[list[str] | None] = ContextVar("read_notes", default=None)


def note(message: str) -> None:
    """Record a warning about the file being read (kept when someone is noting)."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(message)


@contextmanager
def noting() -> Iterator[list[str]]:
    """Collect the notes of the readers called inside, for the file's warnings."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)
