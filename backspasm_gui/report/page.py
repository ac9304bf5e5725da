"""The sheet every part draws on: A4 in points, its margins and greys, and a
QPainter wrapper that speaks points and sets text as the report does.

Made for paper: white page, dark ink, greys only (it photocopies and prints in black
and white), sizes in points.

The parts lay the page out left to right. Where the painter reads right to left (the
report in Arabic) the page turns every x round (``PAGE_W - x``): the header's name on
the right and its date on the left, the table's first column on the right, the charts'
time running from the right, their scales on the right; and, as for any Qt text, an
alignment to the left is an alignment to where the lines start, the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPen

# The page, in points (1/72 inch).
PAGE_W, PAGE_H = 595.28, 841.89  # A4
LEFT = 44.0  # 15.5 mm: inside what any printer can print
RIGHT = PAGE_W - 44.0
TOP = 46.0
BOTTOM = PAGE_H - 40.0
WIDTH = RIGHT - LEFT

# Greys only: what the reader sees is what a black-and-white printer gives.
INK = "#111111"
MUTED = "#4d4d4d"
RULE = "#8c8c8c"
GRID = "#d9d9d9"
BAND = "#dcdcdc"
BAND_EDGE = "#8c8c8c"
BAR = "#3a3a3a"
ZEBRA = "#f0f0f0"

NO_LIGATURES = QFont.Tag("liga")
LEAST_SIZE = 6.5  # points: the smallest a line without room to wrap is made to fit
HEADING_SIZE = 12.0  # a part's heading, bold

RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Page:
    """A QPainter on the PDF, spoken to in points from the page's top left corner."""

    def __init__(self, painter: QPainter, resolution: int) -> None:
        self.painter = painter
        self.k = resolution / 72
        # The app's: in Arabic and Chinese a font made for them first (ui/shared/fonts.py).
        self.families = QGuiApplication.font().families()
        self.mirrored = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        if self.mirrored:
            x = PAGE_W - x - w
        return QRectF(x * k, y * k, w * k, h * k)

    def point(self, x: float, y: float) -> QPointF:
        if self.mirrored:
            x = PAGE_W - x
        return QPointF(x * self.k, y * self.k)

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)  # the writer's resolution turns points into dots
        font.setBold(bold)
        font.setFeature(NO_LIGATURES, 0)  # "first", not "ﬁrst", when the text is copied
        return font

    def metrics(self, size: float, *, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.font(size, bold=bold), self.painter.device())

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        return self.metrics(size, bold=bold).horizontalAdvance(text) / self.k

    def wrapped_height(self, text: str, width: float, size: float, *, bold: bool = False) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bound = self.metrics(size, bold=bold).boundingRect(
            self.rect(0, 0, width, 10_000), flags, text
        )
        return bound.height() / self.k

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        color: str = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
        fit: bool = False,
    ) -> None:
        """``text`` in the box ``w`` by ``h`` points at ``x``, ``y``: wrapped with ``wrap``,
        else on one line and cut short with an ellipsis where it does not fit. With
        ``fit`` it is made as much smaller as it needs (see :func:`fitted`) rather than
        cut: for names, numbers and headings that a longer language or name must not
        lose."""
        if fit:
            size = fitted(self, text, w, size, bold=bold)
        painter = self.painter
        painter.setFont(self.font(size, bold=bold))
        painter.setPen(QColor(color))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        if not wrap:
            metrics = self.metrics(size, bold=bold)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w * self.k)
        painter.drawText(self.rect(x, y, w, h), flags, text)

    def pen(self, color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(color), width * self.k, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str = RULE,
        width: float = 0.5,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        self.painter.setPen(self.pen(color, width, style))
        self.painter.drawLine(self.point(x1, y1), self.point(x2, y2))

    def box(
        self, x: float, y: float, w: float, h: float, *, fill: str | None, edge: str | None = None
    ) -> None:
        painter = self.painter
        painter.setPen(self.pen(edge, 0.5) if edge else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect(x, y, w, h))


def fitted(page: Page, text: str, width: float, size: float, *, bold: bool = False) -> float:
    """``size``, or the largest smaller one (down to :data:`LEAST_SIZE`) at which ``text``
    fits on one line ``width`` points wide: for lines that have no room to wrap into."""
    least = min(size, LEAST_SIZE)
    while size > least and page.width(text, size, bold=bold) > width:
        size = max(least, size - 0.25)
    return size


def draw_heading(page: Page, y: float, text: str) -> float:
    """A part's heading across the page at ``y``; returns where the part's body starts."""
    page.text(LEFT, y, WIDTH, 16, text, size=HEADING_SIZE, bold=True, fit=True)
    return y + 20
