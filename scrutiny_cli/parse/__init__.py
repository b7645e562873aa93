"""Text to model: pure functions, no I/O. `parse.document.parse` is the entry point.

`parser_version()` is drawn from the text of the code that reads a file and parses it (this
package, `read/` and `model.py`): any change to that code gives another number, so the next
ingest re-reads every file instead of trusting rows an older parser stored, and no one has
to remember to raise it. PARSER_SERIES is raised by hand for a change the code's text does
not show (another version of a library a reader relies on).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PARSER_SERIES = 3
_HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def parser_version() -> int:
    """The number ingest records with every file it reads."""
    return code_version([_HERE, _HERE.parent / "read", _HERE.parent / "model.py"], PARSER_SERIES)


def code_version(places: Iterable[Path], series: int) -> int:
    """A positive 31-bit number drawn from the series and the Python files at places (a
    folder's own, not its subfolders', in name order)."""
    digest = hashlib.sha256(str(series).encode())
    for place in places:
        for path in sorted(place.glob("*.py")) if place.is_dir() else [place]:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return int.from_bytes(digest.digest()[:4], "big") >> 1
