"""What every command shares: the app, the archive path, error handling, and one set of
output options (--table/--csv/--tsv/--json/--jsonl, --no-escape-formulas, --bom) added to
every listing command by a single decorator.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import ScrutinyError, explain
from .output import Format

app = typer.Typer(
    name="scrutiny",
    help="Index council committee minutes into SQLite, and ask what was decided and requested.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class State:
    db_path: Path = Path("scrutiny.db")
    debug: bool = False


state = State()


def err_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def errors() -> Iterator[None]:
    """Every failure as one line on stderr (and a hint), exit 1: domain errors, and the
    database and system errors no known path expected; a traceback only with --debug."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.exceptions.TyperException):
        raise  # usage errors and exits: typer reports them
    except BrokenPipeError:  # the reader of our output went away (`| head`): nothing to say
        from .output import _silence_stdout

        _silence_stdout()
    except Exception as e:
        if state.debug:
            raise
        error = e if isinstance(e, ScrutinyError) else explain(e, str(state.db_path))
        if error is None:
            error = ScrutinyError(
                f"internal error: {type(e).__name__}: {e}",
                hint="run again with --debug for the traceback, and report it",
            )
        typer.echo(f"Error: {error}", err=True)
        if error.hint:
            typer.echo(f"Hint: {error.hint}", err=True)
        raise typer.Exit(error.exit_code) from None


def open_archive(create: bool = False, read_only: bool = False) -> Any:
    from . import store

    return store.connect(state.db_path, create=create, read_only=read_only)


def dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until as ISO days: the first day of what since means, the last of
    until ("2018" runs 2018-01-01 to 2018-12-31); a usage error if either is no date."""
    return _day(since, False, "--since"), _day(until, True, "--until")


def _day(value: str | None, end: bool, option: str) -> str | None:
    from .parse.dates import period as parse_period

    if value is None:
        return None
    try:
        return parse_period(value)[1 if end else 0]
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=option) from None


CommitteeOpt = Annotated[
    str | None, typer.Option("--committee", help="Committee name contains this text.")
]
SinceOpt = Annotated[
    str | None, typer.Option("--since", help="On or after this date (2018, Jan 2018, 2018-01-11).")
]
UntilOpt = Annotated[str | None, typer.Option("--until", help="On or before this date.")]


# --- Output options ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    """How a listing command writes its rows."""

    format: Format | None = None
    escape_formulas: bool = True
    bom: bool = False

    @property
    def is_table(self) -> bool:
        from .output import choose

        return choose(self.format) is Format.table

    def write(
        self,
        rows: Iterable[dict[str, Any]],
        columns: Sequence[str],
        title: str | None = None,
        row_style: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> None:
        from .output import write_rows

        write_rows(
            rows,
            columns,
            self.format,
            escape_formulas=self.escape_formulas,
            bom=self.bom,
            title=title,
            row_style=row_style,
        )


_FLAGS = (
    ("table", "--table", "A table (the default on a terminal)."),
    ("csv", "--csv", "CSV (the default when piped)."),
    ("tsv", "--tsv", "Tab-separated values."),
    ("json", "--json", "One JSON array."),
    ("jsonl", "--jsonl", "One JSON object a line."),
    (
        "no_escape_formulas",
        "--no-escape-formulas",
        "Do not prefix ' to CSV cells a spreadsheet would run as formulas (= + - @).",
    ),
    ("bom", "--bom", "Start CSV with a byte order mark, for Excel."),
)

F = TypeVar("F", bound=Callable[..., Any])


def output_options(command: F) -> F:
    """Give a command the shared output flags; it receives them as `out: Output`."""
    signature = inspect.signature(command, eval_str=True)
    # Prefixed names, so that a command may have a parameter called "table" of its own.
    flags = [
        inspect.Parameter(
            f"out_{name}",
            inspect.Parameter.KEYWORD_ONLY,
            default=False,
            annotation=Annotated[bool, typer.Option(flag, help=text)],
        )
        for name, flag, text in _FLAGS
    ]
    kept = [p for p in signature.parameters.values() if p.name != "out"]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(f"out_{name}") for name, _, _ in _FLAGS}
        chosen = [Format(n) for n in ("table", "csv", "tsv", "json", "jsonl") if given[n]]
        if len(chosen) > 1:
            raise typer.BadParameter("choose one of --table, --csv, --tsv, --json, --jsonl")
        out = Output(chosen[0] if chosen else None, not given["no_escape_formulas"], given["bom"])
        return command(*args, out=out, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=kept + flags)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in kept + flags}
    return wrapper  # type: ignore[return-value]
