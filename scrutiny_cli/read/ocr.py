"""Scanned pages to text with the Tesseract program, when it is installed (`--ocr`).

Pages are rendered by pdfium at 300 dpi in grey and handed to `tesseract` as PGM files;
several tesseract processes run at once (each limited to one thread, which is faster in
total than one process using all cores).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import ReadError

DPI = 300
PAGE_SECONDS = 120  # one page that takes longer is given up, not waited on for ever
INSTALL_HINT = (
    "--ocr needs the tesseract program: `apt-get install tesseract-ocr` (Debian, Ubuntu), "
    "`brew install tesseract` (macOS)"
)


def available() -> bool:
    return shutil.which("tesseract") is not None


def read_pages(doc: object, indexes: list[int], jobs: int | None = None) -> list[str]:
    """The OCR text of the given pages of an open pdfium document, in order."""
    if not available():
        raise ReadError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="scrutiny-ocr-") as tmp:
        images = [_render(doc, i, Path(tmp) / f"page-{i}.pgm") for i in indexes]
        workers = max(1, min(jobs or os.cpu_count() or 1, len(images)))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_tesseract, images))


def _render(doc: object, index: int, path: Path) -> Path:
    page = doc[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
        rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
        path.write_bytes(b"P5\n%d %d\n255\n" % (width, height) + rows)
        bitmap.close()
    finally:
        page.close()
    return path


def _tesseract(image: Path) -> str:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", str(image), "stdout", "--dpi", str(DPI)],
            capture_output=True,
            env=env,
            timeout=PAGE_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR of a page took longer than {PAGE_SECONDS} s") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")
