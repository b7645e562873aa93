"""What every command shares: the app, the archive path, error handling, files written on
request, and one set of output options (--table/--csv/--tsv/--json/--jsonl/--xlsx,
--limit, --no-escape-formulas, --bom) added to every listing command by one decorator.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .cli_group import App
from .errors import ScrutinyError, explain
from .output import Format
from .rows import AtLeast

app = App(
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
        typer.echo(error_line(error), err=True)
        raise typer.Exit(error.exit_code) from None


def error_line(error: ScrutinyError) -> str:
    """ "Error: what went wrong (hint: what to do)", on one line, safe for a terminal."""
    from .output import terminal_safe

    line = f"Error: {error}" + (f" (hint: {error.hint})" if error.hint else "")
    return terminal_safe(line).replace("\n", " ")


def open_archive(create: bool = False, read_only: bool = False) -> Any:
    from . import store

    return store.connect(state.db_path, create=create, read_only=read_only)


def today() -> str:
    """Today's date (ISO), by which actions are overdue; $SCRUTINY_TODAY sets another day,
    so that the output of a given archive can be reproduced (the README's examples are)."""
    from datetime import date

    fixed = os.environ.get("SCRUTINY_TODAY")
    if fixed:
        try:
            return date.fromisoformat(fixed).isoformat()
        except ValueError:
            raise typer.BadParameter(
                f"SCRUTINY_TODAY={fixed!r} is not a date like 2024-06-01"
            ) from None
    return date.today().isoformat()


def now() -> str:
    """This moment (UTC, to the second) for what people set by hand; on $SCRUTINY_TODAY's
    day when it is set."""
    from datetime import UTC, date, datetime

    moment = datetime.now(UTC)
    day = date.fromisoformat(today())
    return moment.replace(year=day.year, month=day.month, day=day.day).isoformat(timespec="seconds")


def dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until as ISO days: the first day of what since means, the last of
    until ("2018" runs 2018-01-01 to 2018-12-31); a usage error if either is no date."""
    return option_day(since, False, "--since"), option_day(until, True, "--until")


def option_day(value: str | None, end: bool, option: str) -> str | None:
    """A date option as an ISO day: the first (or with end, the last) day of what it
    means; a usage error naming the option if it is no date."""
    if value is None:
        return None
    from .parse.dates import period as parse_period

    try:
        return parse_period(value)[1 if end else 0]
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=option) from None


CommitteeOpt = Annotated[
    str | None, typer.Option("--committee", help="Committee name contains this text.")
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DATE", help="On or after this date (2018, Jan 2018, 2018-01-11)."
    ),
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", metavar="DATE", help="On or before this date.")
]


# --- Output options ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    """How a listing command writes its rows."""

    format: Format | None = None
    escape_formulas: bool = True
    bom: bool = False
    limit: int | None = None
    xlsx: Path | None = None

    @property
    def is_table(self) -> bool:
        """Whether the rows are for a person to read (a table on a terminal)."""
        from .output import choose

        return self.xlsx is None and choose(self.format) is Format.table

    @property
    def screen_rows(self) -> int | None:
        """How many rows a table on a terminal shows when no --limit is given: a screenful,
        the rest counted and said. None when every row is written."""
        import sys

        if self.limit is not None or not self.is_table or not sys.stdout.isatty():
            return None
        return screen_rows()

    def write(
        self,
        rows: Iterable[dict[str, Any]],
        columns: Sequence[str],
        title: str | None = None,
        row_style: Callable[[dict[str, Any]], str | None] | None = None,
        heading: Sequence[str] = (),
        total: Callable[[], int] | None = None,
    ) -> None:
        """Write rows as asked: at most --limit of them, to --xlsx FILE or to stdout; on a
        terminal a screenful, then how many more (total() counts them all, when counting
        is cheaper than reading them)."""
        from .output import write_rows

        after = None
        if self.limit is not None:
            rows = itertools.islice(rows, self.limit)
        elif (screen := self.screen_rows) is not None:
            rows, after = _screenful(iter(rows), screen, total, _fitting(columns, heading))
        if self.xlsx is not None:
            write_xlsx(self.xlsx, [(title or "rows", columns, rows)])
            return
        write_rows(
            rows,
            columns,
            self.format,
            escape_formulas=self.escape_formulas,
            bom=self.bom,
            title=title,
            row_style=row_style,
            heading=heading,
        )
        if after:
            message(after)


MIN_SCREEN_ROWS = 10
SCREEN_MARGIN = 8  # lines a table's title, header and the "… more" line take
PROMPT_LINES = 2  # below a screenful: the "… more" line and the shell's next prompt


def screen_rows() -> int:
    """The rows of a table that fit the terminal, were each row one line."""
    import shutil

    return max(MIN_SCREEN_ROWS, shutil.get_terminal_size().lines - SCREEN_MARGIN)


Fit = Callable[[list[dict[str, Any]]], int]


def _fitting(columns: Sequence[str], heading: Sequence[str]) -> Fit:
    """How many rows, from the first, a table on this terminal shows within its height."""
    import shutil

    from .tables import rows_within

    size = shutil.get_terminal_size()
    lines = max(MIN_SCREEN_ROWS, size.lines - PROMPT_LINES)
    return lambda rows: rows_within(rows, columns, size.columns, lines, heading)


def _screenful(
    rows: Iterator[dict[str, Any]],
    screen: int,
    total: Callable[[], int] | None,
    fit: Fit | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """The first screenful of rows (at most screen, and as many as fit the terminal's
    height when their text wraps), and the line saying how many more there are."""
    first = list(itertools.islice(rows, screen + 1))
    shown = min(screen, fit(first[:screen])) if fit else screen
    if len(first) <= shown:
        return first, None
    if len(first) <= screen:
        counted = len(first)
    else:
        counted = total() if total else screen + 1 + sum(1 for _ in rows)
    more = f"over {counted - screen:,}" if isinstance(counted, AtLeast) else f"{counted - shown:,}"
    return first[:shown], f"… {more} more: use --limit N to see more, or --csv for all"


def write_xlsx(
    path: Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[dict[str, Any]]]]
) -> None:
    """Sheets (name, columns, rows) into one workbook at path; "path: N rows" on stderr."""
    from .xlsx import Sheet, write_workbook

    with errors():
        check_file_target(path)
        written = [Sheet(name, columns, rows) for name, columns, rows in sheets]
        write_workbook(path, written)
    counts = ", ".join(f"{s.name} {s.written}" for s in written)
    message(f"{path}: {counts} rows" if len(written) > 1 else f"{path}: {written[0].written} rows")


def check_file_target(path: Path) -> None:
    """Refuse, in one line, a file to write that is a folder or whose folder is missing."""
    if path.is_dir():
        raise ScrutinyError(f"{path} is a folder", hint="give the name of a file")
    if not path.parent.is_dir():
        raise ScrutinyError(
            f"cannot write {path}: no folder {path.parent}", hint="create the folder first"
        )


def write_text_file(path: Path, text: str) -> None:
    """Write a small text file that a command was asked for; one line if it cannot be."""
    check_file_target(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ScrutinyError(f"cannot write {path}: {e.strerror or e}") from None
    message(f"wrote {path}")


def message(text: str, style: str | None = None) -> None:
    """One line for a person on stderr, made safe for a terminal, never hard-wrapped."""
    from rich.text import Text

    from .output import terminal_safe

    err_console().print(Text(terminal_safe(text), style=style or ""), soft_wrap=True)


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
_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
LimitOpt = Annotated[
    int | None, typer.Option("--limit", min=1, metavar="N", help="Show at most N rows.")
]
XlsxOpt = Annotated[
    Path | None,
    typer.Option(
        "--xlsx",
        metavar="FILE",
        dir_okay=False,
        help="Write a spreadsheet: dates as dates, minute refs and keys as text.",
    ),
]

F = TypeVar("F", bound=Callable[..., Any])


@functools.cache
def _output_parameters() -> tuple[list[inspect.Parameter], inspect.Parameter, inspect.Parameter]:
    """The output flags, --xlsx and --limit as parameters: made once, shared by every
    listing command (typer copies what it changes)."""
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
    keyword = inspect.Parameter.KEYWORD_ONLY
    xlsx = inspect.Parameter("out_xlsx", keyword, default=None, annotation=XlsxOpt)
    limit = inspect.Parameter("out_limit", keyword, default=None, annotation=LimitOpt)
    return flags, xlsx, limit


def output_options(command: F) -> F:
    """Give a command the shared output flags, --limit N (unless it has a limit of its own)
    and --xlsx FILE; it receives them as `out: Output`."""
    signature = inspect.signature(command, eval_str=True)
    own_limit = "limit" in signature.parameters
    flags, xlsx_param, limit_param = _output_parameters()
    extra = [xlsx_param] if own_limit else [xlsx_param, limit_param]
    kept = [p for p in signature.parameters.values() if p.name != "out"]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(f"out_{name}") for name, _, _ in _FLAGS}
        xlsx = kwargs.pop("out_xlsx")
        limit = kwargs.get("limit") if own_limit else kwargs.pop("out_limit")
        chosen = [Format(n) for n in _FORMATS if given[n]]
        if len(chosen) + (xlsx is not None) > 1:
            raise typer.BadParameter("choose one of --table, --csv, --tsv, --json, --jsonl, --xlsx")
        out = Output(
            chosen[0] if chosen else None,
            not given["no_escape_formulas"],
            given["bom"],
            limit=limit,
            xlsx=xlsx,
        )
        return command(*args, out=out, **kwargs)

    params = kept + flags + extra
    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper  # type: ignore[return-value]
