"""Golden files: tests/golden/<case>.txt parsed to <case>.expected.json.

`make golden` (python -m tests.golden_tool [CASE...]) rewrites the expected files from the
current parser; review the diff before committing it. A case that must fail to parse has an
expected file holding {"error": "..."}.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from scrutiny_cli.errors import ParseError
from scrutiny_cli.parse.document import parse
from scrutiny_cli.read.text import read_text

GOLDEN = Path(__file__).resolve().parent / "golden"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# PDF golden cases, in two steps so that extractor and parser fail separately:
# fixtures/<case>.source.txt -> a generated PDF -> golden/<case>.txt (the extracted text),
# which is then an ordinary text case -> golden/<case>.expected.json.
PDF_CASES = {
    "pdf_fenmarsh": ("Overview and Scrutiny Committee – 18 April 2019", "Page {n} of 2"),
}


def make_pdf(case: str, folder: Path) -> Path:
    """Generate a golden PDF case from its source text into folder."""
    from tests.pdfmaker import minutes_pdf

    header, footer = PDF_CASES[case]
    source = (FIXTURES / f"{case}.source.txt").read_text(encoding="utf-8")
    return minutes_pdf(source, folder / f"{case}.pdf", header, footer)


def extracted(case: str, folder: Path) -> str:
    from scrutiny_cli.read import read_document

    pdf = make_pdf(case, folder)
    return read_document(pdf.read_bytes(), pdf.name)[0]


def cases() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*.txt"))


def parsed(path: Path) -> dict[str, Any]:
    """The parse of a golden input as plain JSON-able data (minutes text left out)."""
    try:
        doc = parse(read_text(path.read_bytes(), path.name))
    except ParseError as e:
        return {"error": str(e).split(":")[0]}
    data = dataclasses.asdict(doc)
    for part in data["parts"]:
        for item in part["items"]:
            item.pop("minutes")
            item.pop("description")
    return data


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def expected_path(path: Path) -> Path:
    return path.with_suffix(".expected.json")


def main(names: list[str]) -> int:
    """Rewrite every case, or only the cases named (python -m tests.golden_tool CASE...)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for case in PDF_CASES:
            if names and case not in names:
                continue
            (GOLDEN / f"{case}.txt").write_text(extracted(case, Path(tmp)), encoding="utf-8")
            print(f"wrote {case}.txt (extracted from its generated PDF)", file=sys.stderr)
    for path in cases():
        if names and path.stem not in names:
            continue
        expected_path(path).write_text(render(parsed(path)), encoding="utf-8")
        print(f"wrote {expected_path(path).name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
