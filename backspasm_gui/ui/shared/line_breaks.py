"""Where a line of text may break, as Qt lays it out.

A widget that makes its text smaller rather than cut a word measures the widest piece
no line can be broken inside. That is a word between spaces in most languages, but
each character in Chinese, which is written without spaces and wraps between any two
characters: measured as one "word", a Chinese sentence would be shrunk to fit on one
line.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics


def unbreakable(text: str) -> list[str]:
    """The pieces of ``text`` a wrapped line cannot be broken inside, spaces left out."""
    units = text.encode("utf-16-le")  # Qt counts positions in UTF-16 code units
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(units[2 * start : 2 * end].decode("utf-16-le").strip())
        start = end
    return [piece for piece in pieces if piece]


def fitting_font(font: QFont, pieces: Iterable[str], room: int, least: int) -> QFont:
    """``font``, or a smaller one (never below ``least`` pixels) where the widest of
    ``pieces`` (see :func:`unbreakable`) is wider than ``room``: words are never cut."""
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(piece) for piece in pieces), default=0)
    if room <= 0 or widest <= room:
        return font
    fitted = QFont(font)
    fitted.setPixelSize(max(least, math.floor(font.pixelSize() * room / widest)))
    return fitted
