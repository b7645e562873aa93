"""`scrutiny actions`: the outstanding-actions log, and a person's close / reopen."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .cli_common import (
    CommitteeOpt,
    Output,
    SinceOpt,
    UntilOpt,
    app,
    dates,
    errors,
    message,
    now,
    open_archive,
    output_options,
    today,
)
from .cli_group import App
from .errors import ScrutinyError

actions_app = App(
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(actions_app, name="actions")

ACTION_COLUMNS = [
    "key",
    "committee",
    "meeting_date",
    "minute_ref",
    "text",
    "owner",
    "due_date",
    "due_text",
    "status",
    "status_evidence",
    "origin",
    "overdue",
]
# What a person reads: a record opens with where it was asked, then what and by when.
ACTION_VIEW_COLUMNS = [
    "key",
    "status",
    "committee",
    "meeting_date",
    "minute_ref",
    "text",
    "owner",
    "due",
    "evidence",
]
ACTION_VIEW_HEADING = ("key", "status", "committee", "meeting_date", "minute_ref")


@actions_app.callback(invoke_without_command=True)
@output_options
def actions(
    ctx: typer.Context,
    open_: Annotated[
        bool, typer.Option("--open", help="Outstanding actions (the default).")
    ] = False,
    addressed: Annotated[
        bool, typer.Option("--addressed", help="Actions a later report back answered.")
    ] = False,
    closed: Annotated[bool, typer.Option("--closed", help="Actions done.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Every action, whatever its status.")] = False,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Open actions past their due date.")
    ] = False,
    owner: Annotated[
        str | None, typer.Option("--owner", metavar="TEXT", help="Owner contains this text.")
    ] = None,
    committee: CommitteeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    *,
    out: Output,
) -> None:
    """What the meetings asked for: list actions (open by default), or close / reopen one.

    Each action shows who owes it, by when, and whether later minutes report it done.

    Example: scrutiny actions --open --csv > actions.csv
    """
    if ctx.invoked_subcommand:
        return
    from . import query

    chosen = [
        s
        for s, on in (("open", open_ or overdue), ("addressed", addressed), ("closed", closed))
        if on
    ]
    statuses = query.ACTION_STATUSES if all_ else tuple(chosen or ["open"])
    since_iso, until_iso = dates(since, until)
    asked = query.ActionFilter(statuses, today(), overdue, owner, committee, since_iso, until_iso)
    with errors():
        db = open_archive(read_only=True)
        screen = out.screen_rows  # a sorted listing needs only the rows shown (and one more)
        shown = out.limit if out.limit is not None else (screen + 1 if screen else None)
        rows = query.actions(db, asked, limit=shown)
        cap = query.COUNT_CAP + (screen or 0)
        total = lambda: query.count_actions(db, asked, cap)  # noqa: E731
        if out.is_table:
            out.write(
                map(action_view, rows),
                ACTION_VIEW_COLUMNS,
                "Actions",
                row_style=lambda r: "red" if r["overdue"] else None,
                heading=ACTION_VIEW_HEADING,
                total=total,
            )
        else:
            out.write(rows, ACTION_COLUMNS, "Actions")


def action_view(row: dict[str, Any]) -> dict[str, Any]:
    """An action as a person reads it: the due date or the words for it, and "overdue"
    as a word beside the status (not only a colour)."""
    return {
        **row,
        "status": f"{row['status']}, overdue" if row["overdue"] else row["status"],
        "due": row["due_date"] or row["due_text"],
        "evidence": row["status_evidence"],
    }


KeysArg = Annotated[
    list[str],
    typer.Argument(
        metavar="KEY...", help="Action keys, or the first 4 or more characters of each."
    ),
]
NoteOpt = Annotated[
    str | None, typer.Option("--note", metavar="TEXT", help="Why: kept as the action's evidence.")
]


@actions_app.command("close")
def actions_close(keys: KeysArg, note: NoteOpt = None) -> None:
    """Close actions by hand; survives every re-ingest.

    Example: scrutiny actions close k3xq7m2pda epm6k --note "done by email"
    """
    _change(keys, "closed", note)


@actions_app.command("reopen")
def actions_reopen(keys: KeysArg, note: NoteOpt = None) -> None:
    """Reopen actions by hand, whatever later minutes say; survives every re-ingest.

    Example: scrutiny actions reopen k3xq7m2pda --note "the report did not cover it"
    """
    _change(keys, "open", note)


@actions_app.command("reset")
def actions_reset(keys: KeysArg, note: NoteOpt = None) -> None:
    """Drop what a person set on actions: their status is what the minutes say again.

    Example: scrutiny actions reset k3xq7m2pda
    """
    _change(keys, "reset", note)


@actions_app.command("show")
def actions_show(
    key: Annotated[str, typer.Argument(metavar="KEY", help="An action's key or its start.")],
    json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """One action: the request, the minute and resolution it came from, its status with
    the evidence, and every close, reopen and reset people made.

    Example: scrutiny actions show k3xq7m2pda
    """
    from . import views
    from .query_actions import action_detail, resolve_keys

    with errors():
        db = open_archive(read_only=True)
        found, problems = resolve_keys(db, [key])
        if problems:
            raise ScrutinyError(problems[0], hint="scrutiny actions --all lists the keys")
        detail = action_detail(db, found[0])
        assert detail is not None  # resolve_keys found it
    views.action(detail, as_json=json)


def _change(keys: list[str], status: str, note: str | None) -> None:
    """Set (or with "reset", drop) a person's decision on every key, all or none."""
    from . import link, store
    from .query_actions import MIN_KEY, resolve_keys

    short = [k for k in keys if len(k.strip()) < MIN_KEY]
    if short:
        raise typer.BadParameter(
            f"{short[0]!r} is too short: give at least {MIN_KEY} characters of a key",
            param_hint="KEY",
        )
    with errors():
        db = open_archive()
        found, problems = resolve_keys(db, keys)
        if problems:
            raise ScrutinyError(
                "; ".join(problems) + ": nothing changed", hint="scrutiny actions --all lists them"
            )
        moment = now()
        with store.write_transaction(db):
            for key in dict.fromkeys(found):
                if status == "reset":
                    store.clear_override(db, key, note, moment)
                else:
                    store.set_override(db, key, status, note, moment)
                link.apply_override(db, key)
        for key in dict.fromkeys(found):
            message(_changed_line(db, key, status, note))


def _changed_line(db: Any, key: str, status: str, note: str | None) -> str:
    """ "k3xq7m2pda: closed (done by email)", or after a reset what the minutes say."""
    if status != "reset":
        return f"{key}: {status}" + (f" ({note})" if note else "")
    now = [r["status"] for r in db.query("select status from actions where key = ?", [key])]
    if not now:
        return f"{key}: override dropped (its action is no longer in the minutes)"
    return f"{key}: {now[0]}, as the minutes say"
