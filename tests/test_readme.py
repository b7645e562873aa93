"""The README documents every command and every option the command line has."""

from __future__ import annotations

import re

import typer.main

from scrutiny_cli.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = "scrutiny"):  # type: ignore[no-untyped-def]
    """(command path, its long option names) for every command, subcommands included."""
    yield prefix, [o for p in group.params for o in p.opts if o.startswith("--")]
    for name, command in getattr(group, "commands", {}).items():
        yield from _commands(command, f"{prefix} {name}")


def test_every_command_is_in_the_readme() -> None:
    missing = [
        path
        for path, _ in _commands(typer.main.get_command(app))
        if path != "scrutiny"
        and f"`{path}" not in README
        and f"$ {path}" not in README
        and not re.search(rf"\b{re.escape(path)}\b", README)
    ]
    assert not missing, f"commands the README does not show: {missing}"


def test_every_option_is_in_the_readme() -> None:
    missing = sorted(
        {
            f"{path}: {opt}"
            for path, opts in _commands(typer.main.get_command(app))
            for opt in opts
            if opt not in ("--help",) and f"`{opt}" not in README and f"{opt} " not in README
        }
    )
    assert not missing, f"options the README does not mention: {missing}"


def test_every_command_help_has_an_example() -> None:
    for path, _ in _commands(typer.main.get_command(app)):
        if path == "scrutiny":
            continue
        command = typer.main.get_command(app)
        for name in path.split()[1:]:
            command = command.commands[name]  # type: ignore[attr-defined]
        assert "Example:" in (command.help or ""), f"{path} --help has no example"
