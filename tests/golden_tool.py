"""Golden files: tests/golden/<case>.txt parsed to <case>.expected.json.

`make golden` (python -m tests.golden_tool) rewrites the expected files from the current
parser; review the diff before committing it. A case that must fail to parse has an
expected file holding {"error": "..."}.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from scrutiny_cli.errors import ParseError
from scrutiny_cli.parse.detect import parse
from scrutiny_cli.read.text import read_text

GOLDEN = Path(__file__).resolve().parent / "golden"


def cases() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*.txt"))


def parsed(path: Path) -> dict[str, Any]:
    """The parse of a golden input as plain JSON-able data (minutes text left out)."""
    try:
        doc = parse(read_text(path.read_bytes(), path.name))
    except ParseError as e:
        return {"error": str(e).split(":")[0]}
    data = dataclasses.asdict(doc)
    items = data["meeting"]["items"] if data["meeting"] else [data["item"]]
    for item in items:
        item.pop("minutes")
        item.pop("description")
    return data


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def expected_path(path: Path) -> Path:
    return path.with_suffix(".expected.json")


def main() -> int:
    for path in cases():
        expected_path(path).write_text(render(parsed(path)), encoding="utf-8")
        print(f"wrote {expected_path(path).name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
