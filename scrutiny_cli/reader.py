"""An archive opened only to read: the few methods of sqlite_utils.Database the read
commands use, on a plain sqlite3 connection. Importing sqlite-utils took longer than most
questions take to answer, and a reader never writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any


class Reader:
    """A read-only archive (mode=ro): execute, query, table_names and table(name)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, streamed."""
        cursor = self.conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        return (dict(zip(columns, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("select name from sqlite_master where type = 'table'")
        ]

    def table(self, name: str) -> Table:
        return Table(self, name)


class Table:
    """What a reader asks of one table: whether it is there, and its rows' number."""

    def __init__(self, reader: Reader, name: str) -> None:
        self.reader, self.name = reader, name

    def exists(self) -> bool:
        return self.name in self.reader.table_names()

    @property
    def count(self) -> int:
        return int(self.reader.execute(f'select count(*) from "{self.name}"').fetchone()[0])
