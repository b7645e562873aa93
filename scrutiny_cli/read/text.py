"""Bytes to normalised text: encodings, spaces, bullets. Knows nothing about minutes."""

from __future__ import annotations

import re

from ..errors import ReadError

# Leading glyphs that mean "bullet" in exports from Word, ModernGov and PDF converters
# (U+F0B7 and U+F0A7 are Word's Symbol/Wingdings bullets in the private-use area).
BULLET_GLYPHS = "·•\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25cf\u2022\u2023\u2043\u25e6\u2219"
_BULLET_LINE = re.compile(rf"^[ \t]*[{BULLET_GLYPHS}][ \t]*")
# A Markdown-style "- " bullet, but not a dash that starts a sentence fragment like "-5%".
_DASH_BULLET = re.compile(r"^[ \t]*[-*–][ \t]+(?=\S)")
# ModernGov pages lose the Symbol-font glyph of some bullets and keep only the NBSP after it.
_LOST_GLYPH_BULLET = re.compile(r"^\u00a0[ \t\u00a0]+(?=\S)")
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


def fold(text: str) -> str:
    """Straight quotes and hyphens for matching; same length as the input."""
    return text.translate(_FOLD)


def decode(data: bytes, name: str = "file") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ReadError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a stray one must not sink the file.
        return data.decode("cp1252", errors="replace")


def normalise(text: str) -> str:
    """Unix line ends, plain spaces, one bullet glyph, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        if _LOST_GLYPH_BULLET.match(line):
            line = BULLET + " " + line.lstrip(" \t\u00a0")
        line = _BOLD.sub(r"\1", line.translate(_SPACES)).rstrip()
        bullet = _BULLET_LINE.match(line) or _DASH_BULLET.match(line)
        if bullet and len(line) > bullet.end():
            line = BULLET + " " + line[bullet.end() :]
        lines.append(line)
    return "\n".join(lines).strip("\n") + "\n"


def read_text(data: bytes, name: str = "file") -> str:
    """Decode and normalise a text file's bytes."""
    return normalise(decode(data, name))
