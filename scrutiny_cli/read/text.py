"""Bytes to normalised text: encodings, spaces, bullets. Knows nothing about minutes."""

from __future__ import annotations

import functools
import re

from ..errors import ReadError

# Leading glyphs that mean "bullet" in exports from Word, ModernGov and PDF converters
# (U+F0B7 and U+F0A7 are Word's Symbol/Wingdings bullets in the private-use area).
BULLET_GLYPHS = "·•\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25cf\u2022\u2023\u2043\u25e6\u2219"
# ModernGov pages lose the Symbol-font glyph of some bullets and keep only the NBSP after it.
_LOST_GLYPH_BULLET_M = re.compile(r"^\u00a0[ \t\u00a0]+(?=\S)", re.MULTILINE)
_SPECIAL_SPACE = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000\t\ufeff\u200b\u00ad\ufffe]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
# A bullet glyph, or a "- " or "* " dash bullet, at the start of a line that goes on.
_ANY_BULLET_M = re.compile(rf"^[ \t]*(?:[{BULLET_GLYPHS}][ \t]*|[-*–][ \t]+)(?=\S)", re.MULTILINE)
# Markdown bold from document converters: "34. **Private Fostering**".
_BOLD = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")

_SPACES = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\ufeff": None,
        "\u200b": None,
        "\u00ad": None,  # soft hyphen
        "\ufffe": None,
    }
)

_SPACE_REPLACEMENTS = tuple((chr(k), v or "") for k, v in _SPACES.items())

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

BULLET = "•"
# Text with more than this share of control characters, replacement marks or unassigned
# code points is binary data, whatever it decoded as.
BINARY_SHARE = 0.1
_ODD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")


@functools.lru_cache(maxsize=512)
def fold(text: str) -> str:
    """Straight quotes and hyphens for matching; same length as the input. (Cached: the
    parsers fold the same item text many times.)"""
    return text.translate(_FOLD)


def decode(data: bytes, name: str = "file") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; refuse bytes
    that decode to mostly control characters or replacement marks (binary data)."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        raise ReadError("binary data, not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; a stray one must not sink the file.
            text = data.decode("cp1252", errors="replace")
    if _looks_binary(text[:4096]):
        raise ReadError("binary data, not text")
    return text


def _looks_binary(sample: str) -> bool:
    odd = len(_ODD_CHARACTERS.findall(sample))
    return bool(sample) and odd > BINARY_SHARE * len(sample)


def normalise(text: str) -> str:
    """Unix line ends, plain spaces, one bullet glyph, no trailing blanks. Whole-text
    passes with multi-line patterns: this runs on every page of every file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LOST_GLYPH_BULLET_M.sub(BULLET + " ", text)
    if _SPECIAL_SPACE.search(text):
        # str.replace per character: many times faster than str.translate with a table.
        for char, replacement in _SPACE_REPLACEMENTS:
            if char in text:
                text = text.replace(char, replacement)
    if "**" in text:
        text = _BOLD.sub(r"\1", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _ANY_BULLET_M.sub(BULLET + " ", text)
    return text.strip("\n") + "\n"


def read_text(data: bytes, name: str = "file") -> str:
    """Decode and normalise a text file's bytes."""
    return normalise(decode(data, name))
