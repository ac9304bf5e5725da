"""Control icons drawn with QPainter: crisp at any size, in the theme's colours.

Previous and Next point the way the app reads: in a right-to-left language Next,
on the left, points left. Play, pause and restart stay as they are, as on any
media player.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZE = 96  # drawn large once; Qt scales it down smoothly
DIRECTIONAL = frozenset({"previous", "next"})  # mirrored where the app reads right to left


def icon(name: str, colour: QColor) -> QIcon:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if name in DIRECTIONAL and QGuiApplication.isRightToLeft():
        painter.translate(_SIZE, 0)
        painter.scale(-1, 1)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    _DRAW[name](painter, colour)
    painter.end()
    return QIcon(pixmap)


def _triangle(painter: QPainter, left: float, right: float, pointing_right: bool) -> None:
    tip, base = (right, left) if pointing_right else (left, right)
    path = QPainterPath(QPointF(base, 18))
    path.lineTo(QPointF(tip, 48))
    path.lineTo(QPointF(base, 78))
    path.closeSubpath()
    painter.drawPath(path)


def _play(painter: QPainter, _colour: QColor) -> None:
    _triangle(painter, 26, 78, pointing_right=True)


def _pause(painter: QPainter, _colour: QColor) -> None:
    painter.drawRoundedRect(QRectF(24, 18, 16, 60), 4, 4)
    painter.drawRoundedRect(QRectF(56, 18, 16, 60), 4, 4)


def _previous(painter: QPainter, _colour: QColor) -> None:
    painter.drawRoundedRect(QRectF(16, 18, 12, 60), 3, 3)
    _triangle(painter, 32, 80, pointing_right=False)


def _next(painter: QPainter, _colour: QColor) -> None:
    _triangle(painter, 16, 64, pointing_right=True)
    painter.drawRoundedRect(QRectF(68, 18, 12, 60), 3, 3)


def _restart(painter: QPainter, colour: QColor) -> None:
    pen = QPen(colour, 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(18, 18, 60, 60), 100 * 16, 290 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    head = QPainterPath(QPointF(36, 4))
    head.lineTo(QPointF(58, 20))
    head.lineTo(QPointF(34, 34))
    head.closeSubpath()
    painter.drawPath(head)


_DRAW = {
    "play": _play,
    "pause": _pause,
    "previous": _previous,
    "next": _next,
    "restart": _restart,
}
