"""`scrutiny actions orphans | reattach | forget`: people's decisions whose action the
minutes no longer hold (reworded, or gone), made visible and settled."""

from __future__ import annotations

from typing import Annotated

import typer

from .cli_actions import actions_app
from .cli_common import Output, errors, open_archive, output_options

ORPHAN_COLUMNS = [
    "key",
    "status",
    "note",
    "set_at",
    "committee",
    "meeting_date",
    "minute_ref",
    "text",
]


@actions_app.command("orphans")
@output_options
def actions_orphans(*, out: Output) -> None:
    """Decisions set by hand whose action is no longer in the minutes, with the action's
    words when the decision was made: reattach each to the action that replaced it, or
    forget it.

    Example: scrutiny actions orphans
    """
    from . import overrides

    with errors():
        rows = overrides.orphans(open_archive(read_only=True))
        out.write(rows, ORPHAN_COLUMNS, "Decisions whose action has gone")


@actions_app.command("reattach")
def actions_reattach(
    old: Annotated[str, typer.Argument(help="The key the decision is kept under.")],
    new: Annotated[str, typer.Argument(help="The key of the action that replaced it.")],
) -> None:
    """Move a decision to the action that replaced its own (the minutes were reworded).

    Example: scrutiny actions reattach k3xq7m2pda p9w2rt5vbn
    """
    from . import overrides

    with errors():
        moved = overrides.reattach(open_archive(), old, new)
    typer.echo(f"{moved['old']} -> {moved['key']}: {moved['status']}", err=True)


@actions_app.command("forget")
def actions_forget(
    key: Annotated[str, typer.Argument(help="The key of the decision (or a unique start).")],
) -> None:
    """Drop a decision set by hand; its action, if any, takes the status the minutes give.

    Example: scrutiny actions forget k3xq7m2pda
    """
    from . import overrides

    with errors():
        gone = overrides.forget(open_archive(), key)
    typer.echo(f"{gone['key']}: decision ({gone['status']}) forgotten", err=True)
