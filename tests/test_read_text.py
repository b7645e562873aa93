from __future__ import annotations

import pytest

from scrutiny_cli.errors import ReadError
from scrutiny_cli.read.text import decode, fold, normalise, read_text

TEXT = "Further to minute 5/18 the Board’s “update” – noted"


@pytest.mark.parametrize(
    ("data", "note"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8 with BOM"),
        (TEXT.encode("cp1252"), "windows-1252"),
        (TEXT.encode("utf-16"), "utf-16 with BOM"),
    ],
)
def test_decode_encodings(data: bytes, note: str) -> None:
    assert decode(data) == TEXT, note


def test_cp1252_undefined_byte_does_not_crash() -> None:
    assert decode(b"Minutes \x81 of the meeting \x92s").startswith("Minutes")


def test_binary_is_refused() -> None:
    with pytest.raises(ReadError, match="binary"):
        read_text(b"\x89PNG\x00\x00\x01", "x.txt")


@pytest.mark.parametrize(
    ("raw", "expected", "note"),
    [
        ("a\u00a0b\r\nc", "a b\nc\n", "NBSP and CRLF"),
        ("·\u00a0 Appendix 1", "• Appendix 1\n", "middle-dot bullet"),
        ("\uf0b7 Workforce", "• Workforce\n", "Word Symbol bullet"),
        ("- 1) Notes the report", "• 1) Notes the report\n", "dash bullet"),
        (
            "\u00a0 A glossary of acronyms",
            "• A glossary of acronyms\n",
            "bullet glyph lost, NBSP kept",
        ),
        ("34. **Private Fostering**", "34. Private Fostering\n", "markdown bold"),
        ("-5% on last year", "-5% on last year\n", "a minus sign is not a bullet"),
        ("trai\u00adning", "training\n", "soft hyphen"),
    ],
)
def test_normalise(raw: str, expected: str, note: str) -> None:
    assert normalise(raw) == expected, note


def test_fold_keeps_length_and_curly_quotes_are_kept_in_text() -> None:
    assert len(fold(TEXT)) == len(TEXT)
    assert "'" in fold(TEXT) and "’" in read_text(TEXT.encode())
