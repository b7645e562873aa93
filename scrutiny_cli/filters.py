"""The filters every listing shares (--committee, --since, --until), as SQL on meetings
aliased m, written so that an index finds the rows at any size of archive."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


ALL = "1"  # the where clause of no filter


def has_table(db: Any, name: str) -> bool:
    """Whether the archive has this table (readers never upgrade an older archive)."""
    found = db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name])
    return found.fetchone() is not None


def committee_sql(db: Any, column: str = "m") -> str:
    """SQL true for a meeting (alias `column`) whose committee name contains :committee:
    its key among those of the matching names in `committees`, so that the meetings are
    found by key through an index; by its own name in an archive made before that table."""
    if has_table(db, "committees"):
        return (
            f"{column}.committee_key in (select committee_key from committees "
            "where name like :committee)"
        )
    return f"{column}.committee like :committee"


def committee_keys(db: Any, committee: str) -> list[str] | None:
    """The keys of the committees whose names contain committee; None in an archive made
    before the committees table."""
    if not has_table(db, "committees"):
        return None
    found = db.execute(
        "select distinct committee_key from committees where name like ? order by 1",
        [f"%{committee}%"],
    )
    return [r[0] for r in found]


def where(
    db: Any, committee: str | None, since: str | None = None, until: str | None = None
) -> tuple[str, dict[str, Any]]:
    """The where clause (on meetings aliased m) for the filters every listing shares (ALL
    when there are none)."""
    clauses, params = [ALL], {}
    if committee:
        clauses.append(committee_sql(db))
        params["committee"] = f"%{committee}%"
    if since:
        clauses.append("m.date >= :since")
        params["since"] = since
    if until:
        clauses.append("m.date <= :until")
        params["until"] = until
    return " and ".join(clauses), params


def dict_rows(db: Any, sql: str, params: Any = ()) -> Any:
    """Rows as dicts, streamed from the cursor: memory stays flat for any number."""
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return (dict(zip(columns, row, strict=True)) for row in cursor)
