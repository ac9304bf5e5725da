"""The circular countdown: a ring that empties clockwise like a clock hand sweeping,
the seconds large in the middle, a distinct colour and caption for the lead-in.

Cheap to animate: the page and the empty track are drawn once into a cached
pixmap; a frame of the sweep repaints only the few pixels around the arc's
moving end, and a new second only those and the digits.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Kind
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import View
from backspasm_gui.core.timefmt import countdown, whole_seconds
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.page_layer import PageLayer


class RingMode(Enum):
    READY = "ready"
    GET_READY = "get ready"
    HOLD = "hold"
    MOVE = "keep moving"
    PAUSED = "paused"


# What each mode is called: under the seconds (in capitals) and to a screen reader.
# (The READY ring's caption says "seconds" instead.)
MODE_WORDS = {
    RingMode.READY: QT_TRANSLATE_NOOP("CountdownRing", "ready"),
    RingMode.GET_READY: QT_TRANSLATE_NOOP("CountdownRing", "get ready"),
    RingMode.HOLD: QT_TRANSLATE_NOOP("CountdownRing", "hold"),
    RingMode.MOVE: QT_TRANSLATE_NOOP("CountdownRing", "keep moving"),
    RingMode.PAUSED: QT_TRANSLATE_NOOP("CountdownRing", "paused"),
}


FRAME_MS_MIN = 250


def ring_mode(view: View) -> RingMode:
    """What the ring shows for a moment of the session."""
    if view.state is State.READY:
        return RingMode.READY
    if view.state is State.PAUSED:
        return RingMode.PAUSED
    if view.phase is State.GET_READY:
        return RingMode.GET_READY
    if view.step.stretch.kind is Kind.MOVEMENT:
        return RingMode.MOVE
    return RingMode.HOLD


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setAccessibleName(translate("CountdownRing", "Countdown"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setMinimumSize(140, 140)
        # It paints every pixel of itself, so the window behind is never repainted for it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._track = PageLayer(self)
        self._total = 30.0
        self._remaining = 30.0
        self._mode = RingMode.READY
        self._caption_cache: tuple[tuple[object, ...], QFont] | None = None
        self.setAccessibleDescription(self._description())  # read before any change, too

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
        before = (self.text, self._mode, self._total)
        old_fraction = self._remaining / self._total
        self._mode, self._remaining, self._total = mode, remaining, total
        if (self.text, mode) != before[:2]:
            self.setAccessibleDescription(self._description())
        sweep = self._sweep_rect(old_fraction, remaining / total)
        if (mode, total) != before[1:]:
            self.update()
        elif self.text != before[0]:  # a new second: the digits and the arc's end
            self.update(sweep.united(self._digits_rect(before[0])).united(self._digits_rect()))
        else:  # a frame of the sweep
            self.update(sweep)

    def _description(self) -> str:
        """The time left and the mode, for a screen reader: "12 seconds left, hold"."""
        mode = translate("CountdownRing", MODE_WORDS[self._mode])
        whole = whole_seconds(self._remaining)
        if whole == 1:
            text = translate("CountdownRing", "1 second left, {mode}")
        elif whole < 60:
            text = translate("CountdownRing", "{seconds} seconds left, {mode}")
        else:  # shown as minutes and seconds, 1:15
            text = translate("CountdownRing", "{time} left, {mode}")
        return text.format(seconds=whole, time=self.text, mode=mode)

    def frame_interval_ms(self) -> int:
        """How often the sweep repaints: about a pixel a frame, at most four frames a second.

        Four a second moves a 30-second hold's arc like a calm clock hand, a
        few pixels a step, for a tenth of the CPU of a frame per pixel
        (benchmarks/bench.py measures it; the budget is 1% of a core).
        """
        circumference = math.pi * self._diameter() * self.devicePixelRatioF()
        pixels_per_second = circumference / self._total
        return int(min(1000, max(FRAME_MS_MIN, 1000 / max(pixels_per_second, 1e-6))))

    # --- painting --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def _diameter(self) -> float:
        return float(min(self.width(), self.height()))

    def _geometry(self) -> tuple[QRectF, float]:
        """The rectangle the ring's centre line runs through, and the pen's width."""
        side = self._diameter()
        pen_width = max(6.0, side * 0.07)
        inset = pen_width / 2 + 2
        ring = QRectF(
            (self.width() - side) / 2 + inset,
            (self.height() - side) / 2 + inset,
            side - 2 * inset,
            side - 2 * inset,
        )
        return ring, pen_width

    @staticmethod
    def _end_angle(fraction: float) -> float:
        """Where the arc's moving end is, in degrees anticlockwise from three o'clock."""
        return 90.0 - (1.0 - fraction) * 360.0

    def _sweep_rect(self, old: float, new: float) -> QRect:
        """The pixels a sweep from ``old`` to ``new`` (fractions left) can change."""
        ring, pen_width = self._geometry()
        centre, radius = ring.center(), ring.width() / 2
        first, last = sorted((self._end_angle(old), self._end_angle(new)))
        steps = max(1, math.ceil((last - first) / 5.0))
        points = [
            QPointF(
                centre.x() + radius * math.cos(math.radians(first + (last - first) * i / steps)),
                centre.y() - radius * math.sin(math.radians(first + (last - first) * i / steps)),
            )
            for i in range(steps + 1)
        ]
        margin = pen_width / 2 + 3  # the round cap and antialiasing
        box = QPolygonF(points).boundingRect().adjusted(-margin, -margin, margin, margin)
        return box.toAlignedRect()

    def _track_layer(self, colours: theme.Theme, ring: QRectF, pen_width: float) -> QPixmap:
        """The page and the empty track: drawn once per size and theme."""

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(colours.qcolor("track"), pen_width))
            painter.drawEllipse(ring)

        return self._track.get(colours, draw)

    def _accent(self, colours: theme.Theme) -> QColor:
        return {
            RingMode.GET_READY: colours.qcolor("get_ready"),
            RingMode.PAUSED: colours.qcolor("muted"),
        }.get(self._mode, colours.qcolor("hold"))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current()
        ring, pen_width = self._geometry()
        painter = QPainter(self)
        dirty = event.rect()
        painter.setClipRect(dirty)
        track = self._track_layer(colours, ring, pen_width)
        ratio = track.devicePixelRatio()
        source = QRectF(
            dirty.x() * ratio, dirty.y() * ratio, dirty.width() * ratio, dirty.height() * ratio
        )
        painter.drawPixmap(QRectF(dirty), track, source)  # only the pixels asked for
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if dirty.intersects(ring.adjusted(pen_width, pen_width, -pen_width, -pen_width).toRect()):
            text_colour = colours.qcolor("muted" if self._mode is RingMode.PAUSED else "text")
            self._draw_text(painter, ring, text_colour, self._accent(colours))
        fraction = self._remaining / self._total
        if fraction > 0:
            arc = QPen(
                self._accent(colours), pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
            )
            if self._mode is RingMode.PAUSED:
                arc.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(arc)
            # The emptied part grows clockwise from twelve o'clock.
            start = self._end_angle(fraction)
            painter.drawArc(ring, round(start * 16), round(-fraction * 360.0 * 16))
        painter.end()

    def _digits(self, ring: QRectF) -> tuple[QFont, QRectF]:
        """The seconds' font and the box they are centred in."""
        digits = QFont(self.font())
        digits.setPixelSize(max(12, round(ring.height() * 0.34)))
        digits.setWeight(QFont.Weight.DemiBold)
        digits.setFeature(QFont.Tag("tnum"), 1)  # digits that do not jiggle
        return digits, QRectF(ring.left(), ring.top(), ring.width(), ring.height() * 0.9)

    def _digits_rect(self, text: str | None = None) -> QRect:
        """Where the seconds ``text`` (default: the current ones) are drawn."""
        ring, _pen_width = self._geometry()
        font, box = self._digits(ring)
        drawn = QFontMetricsF(font).boundingRect(
            box, Qt.AlignmentFlag.AlignCenter, text or self.text
        )
        return drawn.adjusted(-3, -3, 3, 3).toAlignedRect()

    def _draw_text(self, painter: QPainter, ring: QRectF, text: QColor, accent: QColor) -> None:
        digits, number_box = self._digits(ring)
        painter.setFont(digits)
        painter.setPen(text)
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, self.text)

        words = self._caption()
        caption = self._caption_font(ring, words)
        if QFontMetricsF(caption).horizontalAdvance(words) > ring.width() * 0.8:
            return  # a ring too small for its word even at 8 px: the colour says it
        painter.setFont(caption)
        painter.setPen(accent if self._mode is not RingMode.READY else text)
        caption_box = QRectF(
            ring.left(), ring.top() + ring.height() * 0.64, ring.width(), ring.height() * 0.14
        )
        painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, words)

    def _caption_font(self, ring: QRectF, words: str) -> QFont:
        """The caption's font: smaller where the words (longer in some languages) would
        not fit inside the ring at that height."""
        size = max(10, round(ring.height() * 0.075))
        room = ring.width() * 0.68  # the ring's inside, across the caption's lower edge
        key = (words, size, round(room), self.font().key())
        if self._caption_cache is not None and self._caption_cache[0] == key:
            return self._caption_cache[1]
        caption = QFont(self.font())
        caption.setWeight(QFont.Weight.DemiBold)
        caption.setCapitalization(QFont.Capitalization.AllUppercase)
        caption.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        caption.setPixelSize(size)
        wide = QFontMetricsF(caption).horizontalAdvance(words)
        if wide > room:
            caption.setPixelSize(max(8, math.floor(size * room / wide)))
        self._caption_cache = (key, caption)
        return caption

    def _caption(self) -> str:
        if self._mode is RingMode.READY:
            return translate("CountdownRing", "seconds")
        return translate("CountdownRing", MODE_WORDS[self._mode])
