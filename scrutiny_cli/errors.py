"""The one exception family: domain code raises these, only cli.py prints them."""

from __future__ import annotations


class ScrutinyError(Exception):
    """Something the user can act on; the message is one line."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class ReadError(ScrutinyError):
    """A file could not be turned into text."""


class ParseError(ScrutinyError):
    """Text was read but is not minutes in a layout we know."""


class UnknownLayout(ParseError):
    """Readable text, but not minutes in any layout we know: a warning, not a failure."""


class StoreError(ScrutinyError):
    """The database refused or could not be opened."""


class NoArchiveError(StoreError):
    """The database file does not exist yet."""
