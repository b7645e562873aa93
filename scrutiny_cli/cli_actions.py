"""`scrutiny actions`: the outstanding-actions log, and a person's close / reopen."""

from __future__ import annotations

from typing import Annotated

import typer

from .cli_common import (
    CommitteeOpt,
    Output,
    SinceOpt,
    UntilOpt,
    app,
    dates,
    errors,
    open_archive,
    output_options,
)
from .errors import ScrutinyError

actions_app = typer.Typer(
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
ACTION_TABLE_COLUMNS = [
    "key",
    "minute_ref",
    "text",
    "owner",
    "due_date",
    "status",
    "status_evidence",
]


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
    owner: Annotated[str | None, typer.Option("--owner", help="Owner contains this text.")] = None,
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
    from datetime import date

    from . import query

    chosen = [
        s
        for s, on in (("open", open_ or overdue), ("addressed", addressed), ("closed", closed))
        if on
    ]
    statuses = query.ACTION_STATUSES if all_ else tuple(chosen or ["open"])
    since_iso, until_iso = dates(since, until)
    with errors():
        rows = query.actions(
            open_archive(read_only=True),
            statuses,
            today=date.today().isoformat(),
            overdue=overdue,
            owner=owner,
            committee=committee,
            since=since_iso,
            until=until_iso,
        )
        for row in rows:
            row["overdue"] = bool(row["overdue"])
        out.write(
            rows,
            ACTION_TABLE_COLUMNS if out.is_table else ACTION_COLUMNS,
            "Actions",
            row_style=lambda r: "red" if r.get("overdue") else None,
        )


KeyArg = Annotated[str, typer.Argument(help="The action's key (or a unique start of it).")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why: kept as the action's evidence.")]


@actions_app.command("close")
def actions_close(key: KeyArg, note: NoteOpt = None) -> None:
    """Close an action by hand; survives every re-ingest.

    Example: scrutiny actions close k3xq7m2pda --note "done by email"
    """
    _set_status(key, "closed", note)


@actions_app.command("reopen")
def actions_reopen(key: KeyArg, note: NoteOpt = None) -> None:
    """Reopen an action by hand, whatever later minutes say; survives every re-ingest.

    Example: scrutiny actions reopen k3xq7m2pda --note "the report did not cover it"
    """
    _set_status(key, "open", note)


def _set_status(key: str, status: str, note: str | None) -> None:
    from datetime import UTC, datetime

    from . import link, query, store

    with errors():
        db = open_archive()
        found = query.find_action_keys(db, key)
        if not found:
            raise ScrutinyError(
                f"no action with key {key!r}", hint="scrutiny actions --all lists them"
            )
        if len(found) > 1:
            raise ScrutinyError(
                f"{key!r} is the start of {len(found)} keys: {', '.join(found[:5])}"
            )
        with store.write_transaction(db):
            store.set_override(
                db, found[0], status, note, datetime.now(UTC).isoformat(timespec="seconds")
            )
            link.apply_override(db, found[0])
    typer.echo(f"{found[0]}: {status}" + (f" ({note})" if note else ""), err=True)
