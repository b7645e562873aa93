"""A query's rows as they come from the database: blocks of tuples with the columns'
names. Iterated, each row is a dict (what every format and view takes); CSV and TSV take
the blocks as they are, so that an export of a million rows makes no dict for each."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

BLOCK = 1000  # rows fetched at a time: few calls, and memory flat at any size

Block = list[tuple[Any, ...]]


class AtLeast(int):
    """A count that stopped at a cap: at least this many (said "over N" to a person)."""


class Rows:
    """Rows streamed in blocks, once. types: columns whose values are converted as they
    are read (overdue: a flag, not 0 or 1)."""

    def __init__(
        self,
        columns: Sequence[str],
        blocks: Iterable[Block],
        types: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        self.columns = list(columns)
        self.blocks = iter(blocks)
        self.types = dict(types or {})

    def __iter__(self) -> Iterator[dict[str, Any]]:
        columns, types = self.columns, self.types.items()
        for block in self.blocks:
            for values in block:
                row = dict(zip(columns, values, strict=True))
                for name, kind in types:
                    row[name] = kind(row[name])
                yield row


class Fetched:
    """Rows already read, offered as a cursor offers them (description, fetchmany)."""

    def __init__(self, description: Any, rows: list[tuple[Any, ...]]) -> None:
        self.description = description
        self._rows = rows

    def fetchmany(self, size: int) -> Block:
        block, self._rows = self._rows[:size], self._rows[size:]
        return block


def query_rows(
    cursors: Iterable[Any], types: Mapping[str, Callable[[Any], Any]] | None = None
) -> Rows:
    """The rows of one or more cursors of the same columns, one after another. A cursor
    may be made only when the one before it is read to its end (cursors a generator)."""
    cursors = iter(cursors)
    first = next(cursors)
    return Rows([d[0] for d in first.description], _blocks(first, cursors), types)


def _blocks(first: Any, rest: Iterator[Any]) -> Iterator[Block]:
    for cursor in chain((first,), rest):
        while block := cursor.fetchmany(BLOCK):
            yield block
