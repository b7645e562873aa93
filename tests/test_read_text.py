from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrutiny_cli.errors import ReadError
from scrutiny_cli.read.files import CHUNK_BYTES, read_file, sha256_of
from scrutiny_cli.read.text import (
    _FOLD,
    decode,
    fold,
    normalise,
    noting,
    read_text,
    read_text_chunks,
)

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
        ("∑ Agreed that a wreath be bought.", "• Agreed that a wreath be bought.\n", "PDF sigma"),
        ("∑x = 10", "∑x = 10\n", "a sum is no bullet"),
        ("- 1) Notes the report", "• 1) Notes the report\n", "dash bullet"),
        (
            "\u00a0 A glossary of acronyms",
            "• A glossary of acronyms\n",
            "bullet glyph lost, NBSP kept",
        ),
        ("34. **Private Fostering**", "34. Private Fostering\n", "markdown bold"),
        ("-5% on last year", "-5% on last year\n", "a minus sign is not a bullet"),
        ("trai\u00adning", "training\n", "soft hyphen"),
        ("Apologies \u2012 Ken Lloyd", "Apologies \u2013 Ken Lloyd\n", "figure dash as en dash"),
        (
            "Trees \u2015 pending; co\u2011option",
            "Trees \u2014 pending; co-option\n",
            "bar, hyphen",
        ),
    ],
)
def test_normalise(raw: str, expected: str, note: str) -> None:
    assert normalise(raw) == expected, note


def test_fold_keeps_length_and_curly_quotes_are_kept_in_text() -> None:
    assert len(fold(TEXT)) == len(TEXT)
    assert "'" in fold(TEXT) and "’" in read_text(TEXT.encode())


# --- Decoding region by region, and large files chunk by chunk -------------------------------


def test_a_few_bad_bytes_keep_the_good_text_and_are_noted() -> None:
    data = TEXT.encode("utf-8") + b"\nan en dash pasted from Windows: \x96\n"
    with noting() as notes:
        text = decode(data)
    assert text.startswith(TEXT)  # not "â€“": the UTF-8 is kept
    assert text.endswith("Windows: –\n")
    assert notes == ["1 byte could not be read as UTF-8 (read as Windows-1252)"]


def test_a_windows_1252_file_is_not_a_warning() -> None:
    with noting() as notes:
        assert decode(TEXT.encode("cp1252")) == TEXT
    assert notes == []


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64, 4096])
def test_chunk_by_chunk_is_the_same_as_whole(size: int) -> None:
    data = (
        "·\u00a0 Appendix 1\r\n34. **Private Fostering**  \r\n\r\n- noted\r" + TEXT + "\r\n" * 3
    ).encode("utf-8") * 7 + b"caf\xe9\r\n"
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    assert read_text_chunks(chunks) == read_text(data)


@pytest.mark.parametrize("size", [0, 1, 5000, CHUNK_BYTES - 1, CHUNK_BYTES, 3 * CHUNK_BYTES + 7])
def test_a_file_is_hashed_as_the_reader_hashes_it(tmp_path: Path, size: int) -> None:
    """The hash that tells a touched file from a changed one is the hash of its bytes,
    whichever way it is read (one read for a small file, chunks for a large one)."""
    data = (b"Minutes of the Fenmarsh Scrutiny Board\r\n" * (size // 40 + 1))[:size]
    path = tmp_path / "minutes.txt"
    path.write_bytes(data)
    assert sha256_of(str(path)) == hashlib.sha256(data).hexdigest()
    assert read_file(str(path), path.name).sha256 == hashlib.sha256(data).hexdigest()


def test_a_large_text_file_needs_about_twice_its_size(tmp_path: Path) -> None:
    line = "The Board noted the report – and asked for an update.\r\n"
    path = tmp_path / "large.txt"
    path.write_text(line * (24 * 2**20 // len(line)), encoding="utf-8", newline="")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        reading = read_file(str(path), path.name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reading.error is None and reading.text is not None
    assert len(reading.text) > size * 0.9
    # Text with a dash is two bytes a character in Python: the text alone is twice its size.
    assert peak < 5 * size, f"{peak / size:.1f} times the file's size"


@given(st.text(alphabet="ab \n‘’“”–—′é'\"-", max_size=40))
def test_fold_by_replacing_is_translating_by_the_table(text: str) -> None:
    assert fold(text) == text.translate(_FOLD)


def test_markdown_escapes_are_the_characters_they_escape() -> None:
    """Minutes kept as Markdown escape a list's number ("6\\. Accounts"): read as printed,
    so the number opens an item; in a plain text file a backslash stays."""
    from scrutiny_cli.read import read_document

    data = b"5\\. Minutes\nApproved.\n\n6\\. Accounts \\- update\n"
    assert read_document(data, "minutes.md")[0] == "5. Minutes\nApproved.\n\n6. Accounts - update\n"
    assert "6\\. Accounts" in read_document(data, "minutes.txt")[0]
    # (a PDF converted to Markdown: each page's rule and the next page's number)
    paged = b"1. Welcome\nThe Mayor\n\n---\n2\n\nspoke.\n\n---\n3\n\n2. Apologies\nNone.\n"
    assert "\n2\n" not in read_document(paged, "minutes.md")[0]
    items = b"---\n1\n\nApologies\nNone.\n\n---\n4\n\nFinance\nPaid.\n"  # (items' numbers stay)
    assert "\n4\n" in read_document(items, "minutes.md")[0]
    bold = b"**MINUTES** OF MEETING HELD ON WEDNESDAY, 11TH** **APRIL, 2022\n"
    assert (
        read_document(bold, "minutes.md")[0]
        == "MINUTES OF MEETING HELD ON WEDNESDAY, 11TH APRIL, 2022\n"
    )
