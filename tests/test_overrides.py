"""Keys and overrides from the command line: at least 4 characters of a key to change
anything, several keys at once (all or none), reset to what the minutes say, and the
whole story of one action with `actions show`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from scrutiny_cli.cli import app

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


def invoke(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", str(db), *args], env=ENV)


def actions(db: Path) -> dict[str, dict[str, object]]:
    return {a["key"]: a for a in json.loads(invoke(db, "actions", "--all", "--json").stdout)}


def test_a_short_key_changes_nothing(archive_copy: Path) -> None:
    key = next(k for k, a in actions(archive_copy).items() if a["status"] == "open")
    result = invoke(archive_copy, "actions", "close", key[:1])
    assert result.exit_code == 2 and "at least 4 characters" in result.stderr
    assert actions(archive_copy)[key]["status"] == "open"
    assert invoke(archive_copy, "actions", "close", key[:4]).exit_code == 0
    assert actions(archive_copy)[key]["status"] == "closed"


def test_close_several_keys_all_or_none(archive_copy: Path) -> None:
    open_keys = [k for k, a in actions(archive_copy).items() if a["status"] == "open"][:2]
    refused = invoke(archive_copy, "actions", "close", *open_keys, "nosuchkey")
    assert refused.exit_code == 1 and "nothing changed" in refused.stderr
    assert all(actions(archive_copy)[k]["status"] == "open" for k in open_keys)
    done = invoke(archive_copy, "actions", "close", *open_keys, "--note", "by email")
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines() == [f"{k}: closed (by email)" for k in open_keys]
    assert all(actions(archive_copy)[k]["status"] == "closed" for k in open_keys)


def test_reset_returns_to_what_the_minutes_say(archive_copy: Path) -> None:
    before = actions(archive_copy)
    key = next(k for k, a in before.items() if a["status"] == "addressed")
    invoke(archive_copy, "actions", "reopen", key, "--note", "not good enough")
    assert actions(archive_copy)[key]["status"] == "open"
    reset = invoke(archive_copy, "actions", "reset", key)
    assert reset.exit_code == 0 and "addressed, as the minutes say" in reset.stderr
    assert actions(archive_copy)[key] == before[key]
    assert "override" not in invoke(archive_copy, "check").stdout


def test_show_tells_the_story_of_an_action(archive_copy: Path) -> None:
    key = next(k for k, a in actions(archive_copy).items() if a["origin"] == "resolution")
    invoke(archive_copy, "actions", "close", key, "--note", "sent on 2 February")
    invoke(archive_copy, "actions", "reset", key)
    shown = invoke(archive_copy, "actions", "show", key[:5])
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.stdout.split())
    assert key in text and "RESOLVED" in text and "minute" in text
    assert "closed: sent on 2 February" in text and " reset" in text
    detail = json.loads(invoke(archive_copy, "actions", "show", key, "--json").stdout)
    assert [o["status"] for o in detail["overrides"]] == ["closed", "reset"]
    assert detail["resolution_text"] and detail["minute_ref"]


def test_show_unknown_key(archive_copy: Path) -> None:
    result = invoke(archive_copy, "actions", "show", "zzzzzz")
    assert result.exit_code == 1 and "no action with key" in result.stderr


def test_db_after_the_command_name(archive_copy: Path, tmp_path: Path) -> None:
    for args in (
        ["actions", "--db", str(archive_copy), "--json"],
        ["actions", "--json", f"--db={archive_copy}"],
        ["meetings", "--db", str(archive_copy), "--json"],
    ):
        result = CliRunner().invoke(app, args, env=ENV)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)
    missing = CliRunner().invoke(app, ["status", "--db", str(tmp_path / "none.db")], env=ENV)
    assert missing.exit_code == 1 and "no archive at" in missing.stderr


def test_meetings_since_until(archive_copy: Path) -> None:
    rows = json.loads(
        invoke(archive_copy, "meetings", "--since", "2023", "--until", "Sep 2023", "--json").stdout
    )
    assert rows and all("2023-01-01" <= r["date"] <= "2023-09-30" for r in rows)


def test_help_speaks_plain_words() -> None:
    for command in (["ingest"], ["search"], ["actions", "close"], ["export"], ["actions"], []):
        result = CliRunner().invoke(app, [*command, "--help"], env=ENV)
        shown = result.stdout
        assert result.exit_code == 0 and "Usage:" in shown, result.output
        assert "<" not in shown and "{" not in shown and "list[" not in shown, shown
    assert "PATH..." in CliRunner().invoke(app, ["ingest", "--help"], env=ENV).stdout
    assert "--limit N" in CliRunner().invoke(app, ["meetings", "--help"], env=ENV).stdout
