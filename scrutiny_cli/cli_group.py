"""The app's command groups: commands built only when run or shown, `--db` and `--debug`
taken after the command name as well as before it, help in plain words (PATH..., QUERY,
--limit N) instead of Python types, and option values read without pydantic."""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import typer
from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam
from typer._param_types import coerce_cli_path
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.main import (
    get_command_from_info,
    get_command_name,
    get_group_from_info,
    solve_typer_info_defaults,
)
from typer.models import CommandInfo, TyperInfo


class Group(TyperGroup):
    """The app's command groups: `--db` and `--debug` are taken after the command name as
    well as before it, and help speaks in plain words (PATH..., QUERY, N), not types."""

    app: App | None = None  # set on each App's own subclass
    _listing = False

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        if self.app is not None:
            self.commands = Commands(self.app, self)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            args = hoist_global_options(args)
            plain_values(self, ctx)
        return super().parse_args(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._listing and isinstance(self.commands, Commands):
            return self.commands.preview(cmd_name)
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            plain_help(command)
            plain_values(command, ctx)
        return command

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # names only: typer's reads (and so builds) every command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # The list of commands needs each one's help line only, not its parameters.
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False


# --- Commands built when first asked for ----------------------------------------------------
#
# Typer builds every command of a group before running one, reading each parameter's type
# from the function's signature; for twenty commands that took longer than most commands'
# work. An App keeps what its commands were registered with, and its group builds only the
# command it runs (and `--help` lists the others from their docstrings).


class App(typer.Typer):
    """A typer app whose commands and subgroups are built when first asked for."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lazy_commands: dict[str, CommandInfo] = {}
        self.lazy_groups: dict[str, TyperInfo] = {}
        base = self.info.cls if isinstance(self.info.cls, type) else Group
        assert issubclass(base, Group), "an App's groups are Groups"
        self.info.cls = type(base.__name__, (base,), {"app": self})

    def command(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Any]:
        register = super().command(*args, **kwargs)

        def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
            register(function)
            info = self.registered_commands.pop()
            self.lazy_commands[info.name or get_command_name(function.__name__)] = info
            return function

        return decorator

    def add_typer(self, typer_instance: typer.Typer, **kwargs: Any) -> None:
        super().add_typer(typer_instance, **kwargs)
        info = self.registered_groups.pop()
        name = solve_typer_info_defaults(info).name
        assert name, "a subgroup needs a name"
        self.lazy_groups[name] = info


class Commands(MutableMapping[str, Any]):
    """A group's commands by name, in the order typer gives them (commands, then
    subgroups), each built the first time it is asked for."""

    def __init__(self, app: App, group: Group) -> None:
        self.app = app
        self.group = group  # typer gives a subgroup the settings of the app it is in
        self.built: dict[str, Any] = {}
        self.names = [*app.lazy_commands, *app.lazy_groups]

    def __getitem__(self, name: str) -> Any:
        if name not in self.built:
            if name not in self.names:
                raise KeyError(name)
            if name in self.app.lazy_commands:
                self.built[name] = get_command_from_info(
                    self.app.lazy_commands[name],
                    pretty_exceptions_short=self.app.pretty_exceptions_short,
                    rich_markup_mode=self.group.rich_markup_mode,
                )
            elif name in self.app.lazy_groups:
                self.built[name] = get_group_from_info(
                    self.app.lazy_groups[name],
                    pretty_exceptions_short=self.app.pretty_exceptions_short,
                    suggest_commands=self.group.suggest_commands,
                    rich_markup_mode=self.group.rich_markup_mode,
                )
        return self.built[name]

    def preview(self, name: str) -> Any:
        """The command if built, else a stand-in with only its help line (for listing)."""
        if name in self.built or name not in self.names:
            return self.get(name)
        if name in self.app.lazy_commands:
            info = self.app.lazy_commands[name]
            text = inspect.getdoc(info.callback) if info.help is None else info.help
            return TyperCommand(
                name=name,
                help=inspect.cleandoc(text or ""),
                short_help=info.short_help,
                hidden=info.hidden,
                deprecated=info.deprecated,
            )
        solved = solve_typer_info_defaults(self.app.lazy_groups[name])
        return TyperCommand(
            name=name,
            help=solved.help,
            short_help=solved.short_help,
            hidden=solved.hidden,
            deprecated=solved.deprecated,
        )

    def __setitem__(self, name: str, command: Any) -> None:
        if name not in self.names:
            self.names.append(name)
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        self.names.remove(name)
        self.built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.names))

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names


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


# --- Option values without pydantic ---------------------------------------------------------
#
# Typer 0.29 (pinned) reads every option's value through a pydantic TypeAdapter, and
# importing pydantic and building the adapters took longer than most commands' work. Our
# options are text, numbers and paths: they are read here, with typer's own messages and
# path checks; anything else is left to typer.

_PLAIN = (str, int, float, Path, bool)
_TRUE = ("1", "true", "yes", "y", "on")
_NUMBER_WORDS = {int: "an integer", float: "a number"}


def _plain_type(annotation: Any) -> tuple[type, bool] | None:
    """(type, whether a list of them) for str, int, float, Path or bool, optional or in a
    list."""
    if get_origin(annotation) in (Union, types.UnionType):
        kinds = [a for a in get_args(annotation) if a is not type(None)]
        if len(kinds) != 1:
            return None
        annotation = kinds[0]
    if get_origin(annotation) is list and get_args(annotation)[0] in _PLAIN:
        return get_args(annotation)[0], True
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation, False  # a choice (report --format)
    return (annotation, False) if annotation in _PLAIN else None


@dataclass(frozen=True)
class PlainValue(RuntimeParam):
    """A text, number, path, flag or choice option's value, checked against its min and
    max."""

    kind: type = str
    many: bool = False

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        if self.many:
            return [self._one(v, param, ctx) for v in value]
        return self._one(value, param, ctx)

    def _one(self, value: Any, param: Any, ctx: Any) -> Any:
        if self.kind is str:
            return str(value)
        if self.kind is bool:  # a flag (--help, --all): a bool already, unless from a variable
            return value if isinstance(value, bool) else str(value).strip().lower() in _TRUE
        if issubclass(self.kind, Enum):
            try:
                return self.kind(value)
            except ValueError:
                choices = ", ".join(repr(m.value) for m in self.kind)
                raise BadParameter(
                    f"Value error, {value!r} is not one of {choices}.", ctx=ctx, param=param
                ) from None
        if self.kind is Path:
            path = value if isinstance(value, Path) else Path(value)
            return coerce_cli_path(path, self.parameter_info, path_type=Path, param=param, ctx=ctx)
        make: Any = self.kind  # int or float (mypy narrows it to object after the choices)
        try:
            number = make(value)
        except (TypeError, ValueError):
            word = _NUMBER_WORDS[self.kind]
            raise BadParameter(
                f"Input should be a valid {word.split()[1]}, unable to parse string as {word}",
                ctx=ctx,
                param=param,
            ) from None
        info = self.parameter_info
        if info.min is not None and number < info.min:
            raise BadParameter(
                f"Input should be greater than or equal to {info.min}", ctx=ctx, param=param
            )
        if info.max is not None and number > info.max:
            raise BadParameter(
                f"Input should be less than or equal to {info.max}", ctx=ctx, param=param
            )
        return number


def plain_values(command: Any, ctx: Any) -> None:
    """Read the command's text, number, path and flag options (--help among them) without
    pydantic."""
    for param in command.get_params(ctx):
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", True) is not None:
            continue
        found = _plain_type(descriptor.annotation)
        if found and descriptor.file_annotation is None and not descriptor.parameter_info.clamp:
            param._runtime_param = PlainValue(
                descriptor.parameter_info, descriptor.annotation, kind=found[0], many=found[1]
            )
