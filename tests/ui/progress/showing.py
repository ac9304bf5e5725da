"""How the progress tests look at what is shown: the view opened as the window opens it,
and a chart painted on an image whose pixels can be read back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.ui.progress.progress_view import ProgressView
from backspasm_gui.ui.shared import theme

LAST_DAY = date(2026, 11, 22)  # the Sunday after the simulated month


def make_view(
    qtbot: QtBot,
    records: list[SessionRecord],
    goal: int = 3,
    today: date = LAST_DAY,
    size: tuple[int, int] = (1000, 720),
    **extra: frozenset[int],
) -> ProgressView:
    view = ProgressView(records, goal, today, **extra)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()  # the layout requests the new fonts posted
    return view


def image(width: int, height: int, colours: theme.Theme) -> QImage:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(colours.qcolor("surface"))
    return picture


def painter_on(picture: QImage) -> QPainter:
    painter = QPainter(picture)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    return painter


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def colours_in(picture: QImage, box: QRectF) -> list[QColor]:
    rect = box.toAlignedRect().intersected(picture.rect())
    return [
        picture.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]
