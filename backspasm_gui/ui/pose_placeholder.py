"""Where the picture of the pose goes: until the pose drawings arrive, a calm card
with the stretch's name and side on a floor line, never an empty hole."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.core.routine import Step
from backspasm_gui.ui import theme


class PosePlaceholder(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poseIllustration")
        self.setAccessibleName("Picture of the stretch")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(48)
        self._name = ""
        self._side = ""

    def show_step(self, step: Step) -> None:
        name, side = step.stretch.name, step.side.label if step.side else ""
        if (name, side) != (self._name, self._side):
            self._name, self._side = name, side
            self.setAccessibleDescription(f"{name}{', ' + side if side else ''}")
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(colours.qcolor("track"), 1.5))
        painter.setBrush(colours.qcolor("surface"))
        painter.drawRoundedRect(card, 16, 16)

        floor_y = card.bottom() - card.height() * 0.22
        painter.setPen(QPen(colours.qcolor("track"), max(2.0, card.height() * 0.02)))
        painter.drawLine(
            round(card.left() + card.width() * 0.08),
            round(floor_y),
            round(card.right() - card.width() * 0.08),
            round(floor_y),
        )

        text = self._name if not self._side else f"{self._name}\n{self._side}"
        box = QRectF(card.left(), card.top(), card.width(), floor_y - card.top())
        box = box.adjusted(card.width() * 0.06, 6, -card.width() * 0.06, -6)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.setFont(self._fitting_font(text, box, flags))
        painter.setPen(colours.qcolor("muted"))
        painter.drawText(box, flags, text)
        painter.end()

    def _fitting_font(self, text: str, box: QRectF, flags: int) -> QFont:
        """The largest font, up to a fifth of the card's height, that fits the box."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        size = max(11, round(box.height() * 0.3))
        while True:
            font.setPixelSize(size)
            needed = QFontMetricsF(font).boundingRect(box, flags, text)
            if size <= 11 or (needed.width() <= box.width() and needed.height() <= box.height()):
                return font
            size = max(11, round(size * 0.9))
