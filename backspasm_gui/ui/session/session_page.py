"""The session page: the picture of the stretch, the largest part of the window, and
beside it a column with the countdown ring, the stretch's words and the pain question.

The demonstration is the instruction, so the picture takes a fixed share of the page's
width and all of its height: it keeps one size and place from the lead-in to the hold
and from stretch to stretch. What does change (longer words in another language, the
pain question coming and going) changes only the column, whose words scroll if they
must. Only where the column cannot fit its longest word or its buttons in its share
(the largest text in a small window) does the picture give it more room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from backspasm_gui.ui.session.countdown_ring import CountdownRing
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.session.stretch_view import StretchView
from backspasm_gui.ui.shared.scrolling import scrolling

# The page's width, shared: the picture three parts, the column two (its words fit at
# 1280x800 in every language; the picture takes over 40 % of the window at any size).
PICTURE_SHARE, COLUMN_SHARE = 3, 2
# Past this text size (the zoom times the desktop's font) the words need more room than
# their share: the column grows with the text, the picture gives way.
LARGE_TEXT = 1.25
# The pain question under the words is set smaller than the window's other words, so
# that the column keeps its room for the stretch's words; never below this (pixels).
PAIN_SCALE, PAIN_LEAST = 0.7, 11.0


class _Column(QWidget):
    """Asks for no more width than it must have, so the shares decide the split."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class SessionPage(QWidget):
    def __init__(
        self,
        stretch_view: StretchView,
        ring: CountdownRing,
        pain: PainScale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.picture = stretch_view.illustration
        # Its preferred size is ignored across: its share of the page is its width.
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        stretch_view.put_beside_heading(ring)
        self.words = scrolling(stretch_view, "stretchScroll", steady=True)

        column = _Column(self)
        column.setObjectName("stretchColumn")
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.words, 1)
        self._column.addWidget(pain)  # under the words, never scrolled away
        self._pain = pain
        self._stretch_view = stretch_view

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.picture, PICTURE_SHARE)
        self._layout.addWidget(column, COLUMN_SHARE)

    def set_scale(self, unit: float, text_factor: float = 1.0) -> None:
        """Spacing for the body text size ``unit``; the column's share for the text size."""
        column = round(COLUMN_SHARE * 10 * max(1.0, text_factor / LARGE_TEXT))
        self._layout.setStretch(0, PICTURE_SHARE * 10)
        self._layout.setStretch(1, column)
        self._layout.setSpacing(round(unit * 1.1))
        self._column.setSpacing(round(unit * 0.6))
        self._pain.set_scale(max(PAIN_LEAST, unit * PAIN_SCALE))
        self.fit_words()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_words()

    def fit_words(self) -> None:
        """The stretch's words at the largest size where every stretch's fit the column
        without scrolling (see StretchView.fit)."""
        column = self._column.parentWidget()
        if column is not None and self.isVisible():
            self._stretch_view.fit(column.height())
