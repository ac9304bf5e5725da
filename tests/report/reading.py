"""How the report tests read a PDF back, as a person would meet it: poppler counts its
pages, renders it to pixels and reads its text back; and the month they report on."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

FIRST, LAST = date(2026, 10, 26), date(2026, 11, 22)
GENERATED = date(2026, 11, 23)

Write = Callable[..., Path]


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def text(path: Path) -> str:
    """The page's words, each run of spaces and line breaks made one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def inked(path: Path) -> float:
    """The share of the page's pixels that are not white, rendered in grey at 40 dpi."""
    out = subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-singlefile", str(path)], capture_output=True, check=True
    )
    data = out.stdout
    assert data.startswith(b"P5")
    fields: list[bytes] = []
    at = 2
    while len(fields) < 3:  # width, height, maximum value
        while data[at : at + 1].isspace():
            at += 1
        end = at
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    width, height = int(fields[0]), int(fields[1])
    pixels = data[at + 1 : at + 1 + width * height]
    assert len(pixels) == width * height
    return sum(value < 200 for value in pixels) / len(pixels)
