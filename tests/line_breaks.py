"""Where a line of text may break, as Qt lays it out: the widths the clipping checks of
the window and the report compare with their room."""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder


def unbreakable(text: str) -> list[str]:
    """The pieces a wrapped line cannot be broken inside, as Qt lays text out: words
    between spaces, but each character of Chinese, which is written without them."""
    units = text.encode("utf-16-le")  # Qt counts positions in UTF-16 code units
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(units[2 * start : 2 * end].decode("utf-16-le").strip())
        start = end
    return [piece for piece in pieces if piece]
