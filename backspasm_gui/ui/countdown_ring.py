"""The circular countdown: a ring that empties clockwise like a clock hand sweeping,
the seconds large in the middle, a distinct colour and caption for the lead-in."""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.core.timefmt import countdown
from backspasm_gui.ui import theme


class RingMode(Enum):
    READY = "ready"
    GET_READY = "get ready"
    HOLD = "hold"
    MOVE = "keep moving"
    PAUSED = "paused"


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setAccessibleName("Countdown")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setMinimumSize(140, 140)
        self._total = 30.0
        self._remaining = 30.0
        self._mode = RingMode.READY

    # --- state, given by the window ------------------------------------------------

    @property
    def mode(self) -> RingMode:
        return self._mode

    @property
    def text(self) -> str:
        return countdown(self._remaining)

    def set_state(self, mode: RingMode, remaining: float, total: float) -> None:
        total = max(total, 1e-6)
        remaining = min(max(remaining, 0.0), total)
        if (mode, remaining, total) == (self._mode, self._remaining, self._total):
            return
        before = (self.text, self._mode)
        self._mode, self._remaining, self._total = mode, remaining, total
        if (self.text, mode) != before:
            self.setAccessibleDescription(f"{self.text} seconds left, {mode.value}")
        self.update()

    def frame_interval_ms(self) -> int:
        """How often the sweep must repaint to move about one pixel a frame."""
        circumference = math.pi * self._diameter() * self.devicePixelRatioF()
        pixels_per_second = circumference / self._total
        return int(min(250, max(16, 1000 / max(pixels_per_second, 1e-6))))

    # --- painting --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self._diameter()
        pen_width = max(6.0, side * 0.07)
        inset = pen_width / 2 + 2
        ring = QRectF(
            (self.width() - side) / 2 + inset,
            (self.height() - side) / 2 + inset,
            side - 2 * inset,
            side - 2 * inset,
        )

        accent = {
            RingMode.GET_READY: colours.qcolor("get_ready"),
            RingMode.PAUSED: colours.qcolor("muted"),
        }.get(self._mode, colours.qcolor("hold"))
        track = QPen(colours.qcolor("track"), pen_width)
        painter.setPen(track)
        painter.drawEllipse(ring)

        fraction = self._remaining / self._total
        if fraction > 0:
            arc = QPen(accent, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            if self._mode is RingMode.PAUSED:
                arc.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(arc)
            # The emptied part grows clockwise from twelve o'clock.
            start = 90.0 - (1.0 - fraction) * 360.0
            painter.drawArc(ring, round(start * 16), round(-fraction * 360.0 * 16))

        text_colour = (
            colours.qcolor("muted") if self._mode is RingMode.PAUSED else colours.qcolor("text")
        )
        self._draw_text(painter, ring, text_colour, accent)
        painter.end()

    def _draw_text(self, painter: QPainter, ring: QRectF, text: QColor, accent: QColor) -> None:
        digits = QFont(self.font())
        digits.setPixelSize(max(12, round(ring.height() * 0.34)))
        digits.setWeight(QFont.Weight.DemiBold)
        digits.setFeature(QFont.Tag("tnum"), 1)  # digits that do not jiggle
        painter.setFont(digits)
        painter.setPen(text)
        number_box = QRectF(ring.left(), ring.top(), ring.width(), ring.height() * 0.9)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.text)

        caption = QFont(self.font())
        caption.setPixelSize(max(10, round(ring.height() * 0.075)))
        caption.setWeight(QFont.Weight.DemiBold)
        caption.setCapitalization(QFont.Capitalization.AllUppercase)
        caption.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        painter.setFont(caption)
        painter.setPen(accent if self._mode is not RingMode.READY else text)
        caption_box = QRectF(
            ring.left(), ring.top() + ring.height() * 0.64, ring.width(), ring.height() * 0.14
        )
        painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, self._caption())

    def _caption(self) -> str:
        return "seconds" if self._mode is RingMode.READY else str(self._mode.value)
