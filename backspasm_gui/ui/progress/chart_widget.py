"""What the progress view's chart widgets share: they fill the card's surface, repaint
when the theme changes, and ask for no more room than they need.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.ui.shared import theme


class ChartWidget(QWidget):
    """A chart on the card's surface that repaints when the theme changes."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        # No more than the least it needs: the scroll area sizes the page by its preferred
        # height, and the charts grow into whatever room is left.
        return self.minimumSizeHint()

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.current().qcolor("surface"))
        painter.setFont(self.font())
        return painter

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()
