"""Safe text on terminals: control sequences from minutes text or file names never reach
a terminal from any human view; CSV and JSON keep the data as stored."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scrutiny_cli.cli import app
from scrutiny_cli.output import terminal_safe
from tests.helpers import copy_archive

# Each hostile piece, and what a person should see of it.
HOSTILE = [
    ("clear\x1b[2Jscreen", "clearscreen", "ESC[2J clears the screen"),
    ("\x1b]8;;http://evil.test/\x07link\x1b]8;;\x07", "link", "OSC 8 hidden link"),
    ("\x1b]8;;http://evil.test/\x1b\\st\x1b]8;;\x1b\\", "st", "OSC 8 ended by ST"),
    ("a\x1b]0;pwned\x07b", "ab", "OSC 0 window title"),
    ("c\x9b2Jd", "cd", "C1 CSI (U+009B)"),
    ("e\x9d0;title\x9cf", "ef", "C1 OSC ended by C1 ST"),
    ("abc\u202edef", "abcdef", "RLO bidi override"),
    ("g\u2066h\u2069i", "ghi", "bidi isolates"),
    ("bell\x07 back\x08space", "bell backspace", "C0 controls"),
    ("cr\rret", "crret", "carriage return rewrites the line"),
    ("del\x7fete", "delete", "DEL"),
    ("keep\ttab\nand newline", "keep\ttab\nand newline", "tab and newline stay"),
    ("Café – naïve “quotes”", "Café – naïve “quotes”", "ordinary text is untouched"),
    ("caf\udce9.txt", "caf\\xe9.txt", "a byte of a non-UTF-8 file name, escaped"),
    ("lone\ud800", "lone\ufffd", "a lone surrogate"),
]

# What must never reach a terminal.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(("text", "shown", "note"), HOSTILE, ids=[h[2] for h in HOSTILE])
def test_terminal_safe(text: str, shown: str, note: str) -> None:
    assert terminal_safe(text) == shown, note


# One marker word wrapped in every kind of sequence: seen whole, and nothing else of them.
PAYLOAD = "Zq\x1b[2J\x1b]8;;http://evil.test/\x07Xv\x1b]8;;\x07\x1b]0;owned\x07\x9b31mKw\u202eJy"
SHOWN = "ZqXvKwJy"


@pytest.fixture(scope="module")
def hostile_archive(tmp_path_factory: pytest.TempPathFactory, sample_archive: Path) -> Path:
    """The sample archive with the payload in committee, titles, minutes, resolutions,
    actions, names and source paths."""
    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    copy_archive(sample_archive, db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update meetings set committee = ? || ' Scrutiny Board'", [PAYLOAD])
        conn.execute(
            "update items set title = 'Elective ' || ? where minute_ref = '8/22'", [PAYLOAD]
        )
        conn.execute("update items set minutes = minutes || ' ' || ?", [PAYLOAD])
        conn.execute("update resolutions set text = text || ' ' || ?", [PAYLOAD])
        conn.execute("update actions set text = text || ' ' || ?, owner = ?", [PAYLOAD, PAYLOAD])
        conn.execute("update attendees set name = ? || name", [PAYLOAD])
        conn.execute(
            "update sources set path = path || ?, status = 'warning', message = ?",
            [PAYLOAD, PAYLOAD],
        )
    conn.close()
    return db


VIEWS = [
    ["meetings", "--table"],
    ["actions", "--all", "--table"],
    ["search", "Elective", "--table"],
    ["history", "8/22", "--table"],
    ["resolutions", "--table"],
    ["attendance", "--table"],
    ["export", "items", "--table"],
    ["sql", "select title, minutes from items", "--table"],
    ["show", "8/22"],
    ["show", "15 September 2022"],
    ["status", "--all"],
    ["status", "--failed"],
    ["check"],
]


@pytest.mark.parametrize("width", ["80", "200"])
@pytest.mark.parametrize("args", VIEWS, ids=[" ".join(v[:2]) for v in VIEWS])
def test_no_control_sequence_reaches_the_terminal(
    hostile_archive: Path, args: list[str], width: str
) -> None:
    result = CliRunner().invoke(
        app, ["--db", str(hostile_archive), *args], env={"NO_COLOR": "1", "COLUMNS": width}
    )
    shown = result.stdout + result.stderr
    assert not UNSAFE.search(shown), repr(UNSAFE.search(shown))
    if args[0] not in ("export", "check"):  # export writes CSV; check has nothing to show
        assert SHOWN in shown.replace("\n", "").replace(" ", ""), shown[:2000]


def test_action_show_is_safe(hostile_archive: Path) -> None:
    listed = CliRunner().invoke(app, ["--db", str(hostile_archive), "actions", "--all", "--json"])
    key = json.loads(listed.stdout)[0]["key"]
    shown = CliRunner().invoke(app, ["--db", str(hostile_archive), "actions", "show", key])
    assert shown.exit_code == 0, shown.output
    assert not UNSAFE.search(shown.stdout) and SHOWN in shown.stdout.replace("\n", "")


def test_csv_and_json_keep_the_data_as_stored(hostile_archive: Path) -> None:
    as_json = CliRunner().invoke(app, ["--db", str(hostile_archive), "meetings", "--json"])
    assert json.loads(as_json.stdout)[0]["committee"].startswith(PAYLOAD)
    as_csv = CliRunner().invoke(app, ["--db", str(hostile_archive), "meetings", "--csv"])
    assert PAYLOAD in as_csv.stdout


def test_file_names_in_ingest_warnings_are_safe(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):  # one alone, then a group of two
        (folder / f"x{n}\x1b]0;owned\x07\x1b[2J.txt").write_text("not minutes\n", encoding="utf-8")
        result = CliRunner().invoke(
            app,
            ["--db", str(tmp_path / "a.db"), "ingest", str(folder), "--force"],
            env={"NO_COLOR": "1"},
        )
        assert "warning:" in result.stderr
        assert not UNSAFE.search(result.stderr), result.stderr
    assert "2 ×" in result.stderr


def test_error_messages_are_safe(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "a.db"), "ingest", "no\x1b[2Jsuch"])
    assert result.exit_code == 1 and "nosuch" in result.stderr
    assert not UNSAFE.search(result.stderr)
