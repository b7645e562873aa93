"""Finding files: every file accounted for, links kept inside the folders named, names
that are not UTF-8, deep trees and folders that cannot be read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scrutiny_cli.discover import discover
from tests.conftest import SAMPLE
from tests.helpers import archive, as_unprivileged, invoke, open_folder

MINUTES = SAMPLE / "wyvern" / "children" / "2022-09-15-agenda-and-minutes.txt"


def test_every_file_is_accounted_for(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    shutil.copy(MINUTES, folder / "minutes.txt")
    for name in ("notes.rtf", "budget.xlsx", "staff.xlsx", "old.doc", "draft.odt"):
        (folder / name).write_bytes(b"not read")
    quiet = ["~$minutes.docx", ".~lock.minutes.docx#", "minutes.txt~", ".hidden.txt"]
    for name in quiet:
        (folder / name).write_bytes(b"editor droppings")
    result = invoke(tmp_path / "a.db", "ingest", "--verbose", str(folder))
    assert result.exit_code == 1  # the .doc and the .odt failed, with a hint
    assert "3 skipped: .rtf ×1, .xlsx ×2 (not minutes formats)" in result.stderr
    assert f"skipped: {folder / 'notes.rtf'} (.rtf: not minutes formats)" in result.stderr
    assert not any(name in result.stderr for name in quiet)
    sources = {
        Path(r["path"]).name: r for r in archive(tmp_path / "a.db").query("select * from sources")
    }
    assert set(sources) == {"minutes.txt", "old.doc", "draft.odt"}
    assert sources["old.doc"]["status"] == "failed"
    assert "soffice --headless --convert-to docx" in sources["old.doc"]["message"]
    again = invoke(tmp_path / "a.db", "ingest", str(folder))
    assert "0 new, 0 changed, 1 unchanged, 2 failed" in again.stderr


def test_links_lead_only_to_files_inside_the_folders_named(tmp_path: Path) -> None:
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    (outside / "sub").mkdir(parents=True)
    inside.mkdir()
    shutil.copy(MINUTES, inside / "good.txt")
    shutil.copy(MINUTES, outside / "secret.txt")
    shutil.copy(MINUTES, outside / "sub" / "deep.txt")
    os.symlink("../outside", inside / "up.txt")  # a folder named like minutes
    os.symlink("/", inside / "all.txt")
    os.symlink(outside / "secret.txt", inside / "out.txt")
    os.symlink("good.txt", inside / "same.txt")
    found = discover([inside])
    assert [Path(e.path).name for e in found.entries] == ["good.txt", "same.txt"]
    assert {(Path(s.name).name, s.label) for s in found.skipped} == {
        ("up.txt", "links to folders"),
        ("all.txt", "links to folders"),
        ("out.txt", "links leaving the folders named"),
    }
    followed = discover([inside], follow_links=True)
    assert [Path(e.path).name for e in followed.entries] == ["good.txt", "out.txt", "same.txt"]


def test_a_name_that_is_not_utf8_is_stored_and_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(raw, "wb") as f:
        f.write(MINUTES.read_bytes())
    result = invoke(tmp_path / "a.db", "ingest", str(folder))
    assert result.exit_code == 0, result.output
    [row] = archive(tmp_path / "a.db").query("select path, status from sources")
    assert row == {"path": f"{folder}/caf\\xe9.txt", "status": "ok"}
    again = invoke(tmp_path / "a.db", "ingest", str(folder))
    assert "1 unchanged" in again.stderr


def test_a_deep_tree_is_walked_to_the_bottom(tmp_path: Path) -> None:
    folders = [tmp_path / "deep"]
    for _ in range(1100):  # deeper than Python's recursion limit
        folders.append(folders[-1] / "d")
    for folder in folders:
        folder.mkdir()
    shutil.copy(MINUTES, folders[-1] / "bottom.txt")
    try:
        found = discover([folders[0]])
        assert [Path(e.path).name for e in found.entries] == ["bottom.txt"]
    finally:
        (folders[-1] / "bottom.txt").unlink()
        for folder in reversed(folders):  # rmtree would recurse as deep
            folder.rmdir()


def test_folders_that_cannot_be_read_are_reported() -> None:
    command = as_unprivileged([sys.executable, "-m", "scrutiny_cli"])
    if command is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    root = open_folder()
    try:
        tree = root / "minutes"
        for sub in ("locked", "listed"):
            (tree / sub).mkdir(parents=True)
            shutil.copy(MINUTES, tree / sub / "in.txt")
        shutil.copy(MINUTES, tree / "good.txt")
        tree.chmod(0o755)
        (tree / "good.txt").chmod(0o644)
        (tree / "locked").chmod(0o000)  # cannot be listed
        (tree / "listed").chmod(0o644)  # listed, but what is in it cannot be reached
        done = subprocess.run(
            [*command, "--db", str(root / "a.db"), "ingest", str(tree)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).parent.parent,
        )
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert (
            f"failed: {tree / 'locked'}: the folder cannot be read (Permission denied)"
            in done.stderr
        )
        assert (
            f"failed: {tree / 'listed' / 'in.txt'}: cannot read: Permission denied" in done.stderr
        )
        assert "1 new" in done.stderr
    finally:
        for sub in ("locked", "listed"):
            (root / "minutes" / sub).chmod(0o755)
        shutil.rmtree(root)
