"""Small builders shared by the tests: archives in temporary folders, table snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from scrutiny_cli import store
from scrutiny_cli.ingest import Summary, ingest

# Columns that depend on ingest order or time, left out when comparing two archives.
VOLATILE = {
    "id",
    "source_id",
    "meeting_id",
    "item_id",
    "target_item_id",
    "completes_item_id",
    "resolution_id",
    "ingested_at",
    "mtime",
    "position",
}


def archive(path: Path) -> sqlite_utils.Database:
    return store.connect(path)


def run(db: sqlite_utils.Database, *paths: Path, force: bool = False) -> Summary:
    return ingest(db, list(paths), force=force)


def snapshot(db: sqlite_utils.Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's content with ids replaced by what they point at, sorted: two archives
    holding the same minutes compare equal whatever order the files came in."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    out["meetings"] = _rows(
        db,
        "select committee, date, start_time, venue, contact, council, municipal_year from meetings",
    )
    out["attendees"] = _rows(
        db,
        "select m.date, a.name, a.role, a.status, a.organisation "
        "from attendees a join meetings m on m.id = a.meeting_id",
    )
    out["items"] = _rows(
        db,
        "select m.date, i.number, i.minute_ref, i.title, i.description, "
        "i.minutes, i.truncated, (select group_concat(s.path, '|') from (select s.path from "
        "item_sources x join sources s on s.id = x.source_id where x.item_id = i.id "
        "order by s.path) s) from items i left join meetings m on m.id = i.meeting_id",
    )
    out["resolutions"] = _rows(
        db,
        "select i.minute_ref, r.part, r.text, r.lead_in "
        "from resolutions r join items i on i.id = r.item_id",
    )
    out["minute_refs"] = _rows(
        db,
        "select i.minute_ref, r.ref, t.minute_ref, tm.date, r.effect, "
        "r.context from minute_refs r join items i on i.id = r.item_id "
        "left join items t on t.id = r.target_item_id "
        "left join meetings tm on tm.id = t.meeting_id",
    )
    out["actions"] = _rows(
        db,
        "select a.key, i.minute_ref, a.text, a.owner, a.due_date, "
        "a.due_text, a.status, a.status_evidence, a.origin from actions a "
        "join items i on i.id = a.item_id",
    )
    return out


def _rows(db: sqlite_utils.Database, sql: str) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in db.execute(sql).fetchall()), key=repr)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def open_folder() -> Path:
    """A temporary folder anyone may enter: for tests that run the CLI as another user."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="scrutiny-test-"))
    folder.chmod(0o777)
    return folder


def as_unprivileged(command: list[str]) -> list[str] | None:
    """command run as a user the permission bits apply to: as itself when not root, as
    nobody through setpriv when root; None when neither can be done."""
    import os
    import shutil

    if os.geteuid() != 0:
        return command
    if not shutil.which("setpriv"):
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]


CLI_ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


def invoke(db: Path, *args: str) -> Any:
    """The command line in this process, on the archive db."""
    from typer.testing import CliRunner

    from scrutiny_cli.cli import app

    return CliRunner().invoke(app, ["--db", str(db), *args], env=CLI_ENV)


def copy_archive(source: Path, target: Path) -> Path:
    """A closed copy of an archive, what its WAL holds included: every page in the file."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target
