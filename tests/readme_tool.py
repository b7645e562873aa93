"""The README's examples, kept true: every `$ scrutiny ...` line in a fenced block is run,
in order, in a scratch folder holding a copy of sample_data/, and the lines after it (up
to the next `$ ` line or the end of the block) are its output, stdout and stderr as a
terminal would show them. Other `$ ` lines (`$ datasette ...`) are left as written.

`make readme` (python -m tests.readme_tool) rewrites the outputs; the test in
tests/test_readme_examples.py fails when one differs from what the command prints.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PROMPT = "$ "
RUN = "$ scrutiny "
FENCE = "```"
# The examples' world: a fixed day (what is overdue), a width, no colour.
ENV = {"NO_COLOR": "1", "COLUMNS": "100", "SCRUTINY_TODAY": "2024-06-01"}


def examples(text: str) -> list[tuple[int, int, str]]:
    """(first output line, line after the output, command) for each `$ scrutiny` line."""
    lines = text.split("\n")
    found: list[tuple[int, int, str]] = []
    in_block = False
    for n, line in enumerate(lines):
        if line.startswith(FENCE):
            in_block = not in_block
            continue
        if in_block and line.startswith(RUN):
            end = n + 1
            while not lines[end].startswith((PROMPT, FENCE)):
                end += 1
            found.append((n + 1, end, line[len(PROMPT) :]))
    return found


def run_all(commands: list[str]) -> list[str]:
    """Each command's output, run in order (later ones see what earlier ones changed)."""
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if k not in ("SCRUTINY_DB", "FORCE_COLOR")}
    env |= ENV | {"PATH": bin_dir + os.pathsep + env.get("PATH", "")}
    outputs = []
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(ROOT / "sample_data", Path(scratch) / "sample_data")
        for command in commands:
            done = subprocess.run(
                ["bash", "-c", command + " 2>&1"],
                cwd=scratch,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                text=True,
                timeout=300,
            )
            outputs.append(done.stdout.rstrip("\n"))
    return outputs


def render(text: str, outputs: list[str]) -> str:
    """The README with each example's output replaced by the one given."""
    lines = text.split("\n")
    for (start, end, _), output in reversed(list(zip(examples(text), outputs, strict=True))):
        lines[start:end] = output.split("\n") if output else []
    return "\n".join(lines)


def regenerate(text: str) -> str:
    """The README as its examples make it."""
    return render(text, run_all([command for _, _, command in examples(text)]))


def main() -> None:
    text = README.read_text(encoding="utf-8")
    new = regenerate(text)
    if new == text:
        print(f"README.md: {len(examples(text))} examples, all true")
        return
    README.write_text(new, encoding="utf-8")
    print(f"README.md: rewrote the output of its {len(examples(text))} examples; review the diff")


if __name__ == "__main__":
    main()
