"""The app's command groups: `--db` and `--debug` taken after the command name as well as
before it, and help in plain words (PATH..., QUERY, --limit N) instead of Python types."""

from __future__ import annotations

import functools
from typing import Any

from typer.core import TyperArgument, TyperGroup, TyperOption


class Group(TyperGroup):
    """The app's command groups: `--db` and `--debug` are taken after the command name as
    well as before it, and help speaks in plain words (PATH..., QUERY, N), not types."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            args = hoist_global_options(args)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            plain_help(command)
        return command


# Options of the app itself, with whether each takes a value.
GLOBAL_OPTIONS = {"--db": True, "--debug": False}


def hoist_global_options(args: list[str]) -> list[str]:
    """Move `--db PATH`, `--db=PATH` and `--debug` written after the command name to just
    before it, where the app reads them ("scrutiny actions --db x.db" works as typed)."""
    end = args.index("--") if "--" in args else len(args)
    i = 0
    while i < end and args[i].startswith("-"):  # the app's own options, before the command
        i += 2 if GLOBAL_OPTIONS.get(args[i]) else 1
    if i >= end:
        return args
    moved: list[str] = []
    rest: list[str] = []
    j = i + 1
    while j < end:
        name = args[j].split("=", 1)[0]
        if name in GLOBAL_OPTIONS and not (GLOBAL_OPTIONS[name] and "=" not in args[j]):
            moved.append(args[j])  # --debug, or --db=PATH
        elif name in GLOBAL_OPTIONS and j + 1 < end:
            moved += args[j : j + 2]  # --db PATH
            j += 1
        else:
            rest.append(args[j])  # a --db with no value stays for the command to refuse
        j += 1
    return args[:i] + moved + [args[i]] + rest + args[end:]


# Metavars for options that have none: the word a person types, not a Python type.
_METAVARS = {"int": "N", "float": "N", "Path]": "PATH", "Path": "PATH", "str": "TEXT"}


def plain_help(command: Any) -> None:
    """Arguments shown as KEY... or QUERY (Typer shows "{KEY}... <list[str]>"); options
    as --limit N or --owner TEXT (not <int range>, <str>)."""
    for param in command.params:
        if isinstance(param, TyperArgument):
            shown = param.metavar or param.name.upper()
            param.metavar = shown + ("" if param.nargs == 1 or shown.endswith("...") else "...")
            usage = param.metavar if param.required else f"[{param.metavar}]"
            # Typer 0.29 (pinned) has no setting for either: replace them on this argument.
            shown_usage = functools.partial(str, usage)
            param.display_type_rich = _no_type  # type: ignore[method-assign]
            param._usage_display_name = shown_usage  # type: ignore[method-assign]
        elif isinstance(param, TyperOption) and not param.is_flag and param.metavar is None:
            param.metavar = _METAVARS.get(param.bare_type().removeprefix("list["), "TEXT")


def _no_type(ctx: Any) -> None:
    """No type beside an argument in help: its metavar says it."""
    return None
