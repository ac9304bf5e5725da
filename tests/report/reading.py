"""How the report tests read a PDF back, as a person would meet it: poppler counts its
pages, renders it to pixels and reads its text back; and the month they report on."""

from __future__ import annotations

import re
import subprocess
import unicodedata
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


# pdftotext gives Arabic in the shapes printed (U+FB50-U+FEFF, each letter's form at the
# start, middle or end of its word) wrapped in direction marks; and a Chinese character
# whose glyph the font shares with a Kangxi radical (一 and ⼀) may come back as the
# radical (Qt's PDF maps the glyph back to either). Read back as the letters.
_ARABIC_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\u2f00-\u2fdf\u2e80-\u2eff]")
# Noto Sans CJK draws the em dash and the horizontal bar (and the en and figure dashes)
# with one glyph each, which comes back as either.
_SHARED_DASHES = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013"})
# Arabic's short-vowel marks (مستلقيًا) may come back before or after the letter they sit
# on; compared without them.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def text(path: Path) -> str:
    """The page's words, each run of spaces and line breaks made one space."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    letters = _ARABIC_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m[0]), out.stdout)
    letters = _ARABIC_MARKS.sub("", letters.translate(_SHARED_DASHES))
    return " ".join(_DIRECTION_MARKS.sub("", letters).split())


def shows(page: str, phrase: str) -> bool:
    """Whether each word of ``phrase`` is on the ``page`` (:func:`text`): right to left,
    pdftotext may give a line's words in another order, and its brackets turned round;
    Chinese, written without spaces, may wrap between any two characters; a word may
    be wrapped at its hyphen."""
    joined = "".join(page.split())
    phrase = _ARABIC_MARKS.sub("", phrase)
    return all(
        word.strip("()") in page
        or word in joined
        or word.replace("-", "") in joined  # pdftotext joins a word wrapped at its hyphen
        or _split(page, word)
        for word in phrase.split()
    )


def _split(page: str, word: str) -> bool:
    """Whether ``word`` is on the page in two pieces near each other, in either order:
    right to left, pdftotext may cut a word at a vowel mark and put its end a few words
    before it ("جلو" ... "سا")."""
    tokens = page.split()
    for at, first in enumerate(tokens):
        if not word.startswith(first) or first == word:
            continue
        rest = word[len(first) :]
        near = tokens[max(0, at - 8) : at + 9]
        if rest in near or any(token.startswith(rest) for token in near):
            return True
    return False


def words_at(path: Path, word: str) -> list[tuple[float, float]]:
    """The left edge and top, in points, of each place ``word`` is printed."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out.stdout)
    return [(float(x), float(y)) for x, y, text in found if text == word]


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
