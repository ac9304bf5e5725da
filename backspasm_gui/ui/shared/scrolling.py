"""Areas that scroll up and down only, and only when their words need more height
than there is (the largest text in the smallest window): nothing is ever clipped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _Shrinkable(QWidget):
    """Holds one widget and asks, for a width, only the least height it can take: a
    scroll area around it then scrolls only once the words need more room than it
    has (a scroll area otherwise keeps the preferred height)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else 0

    def minimumSizeHint(self) -> QSize:
        # A wrapped label's own minimum is its height at its narrowest, far taller than
        # at the width it has: the height comes from heightForWidth alone.
        return QSize(super().minimumSizeHint().width(), 0)


class _UpAndDown(QScrollArea):
    """Scrolls up and down only: asks for at least its content's least width (the longest
    word of a large heading), since nothing can scroll sideways to show the rest."""

    _steady = False
    _placing = False

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        least = super().minimumSizeHint()
        if content is None:
            return least
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(least.width(), content.minimumSizeHint().width() + bar), least.height())

    def keep_the_bars_room(self) -> None:
        """The words keep one width whether the bar shows or not: where it does not,
        its room stays empty, so nothing beside the words moves when they come to need
        it (the pain question leaving, a longer stretch name)."""
        self._steady = True
        self._place_bar()

    def _place_bar(self) -> None:
        """Whether the content, laid out at the width it always has (the area's less the
        bar's), needs more height than there is: then the bar, else its room left empty.
        Decided from that one width, so showing the bar never changes the answer."""
        content = self.widget()
        if not self._steady or content is None or self._placing:
            return
        self._placing = True
        try:
            bar = self.verticalScrollBar().sizeHint().width()
            width = max(0, self.width() - bar)
            needed = content.heightForWidth(width) > self.height()
            policy = (
                Qt.ScrollBarPolicy.ScrollBarAlwaysOn
                if needed
                else (Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            )
            if self.verticalScrollBarPolicy() != policy:
                self.setVerticalScrollBarPolicy(policy)
            room = 0 if needed else bar
            # The bar stands on the side the words end on: the left, right to left.
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                margins = QMargins(room, 0, 0, 0)
            else:
                margins = QMargins(0, 0, room, 0)
            if self.viewportMargins() != margins:
                self.setViewportMargins(margins)
        finally:
            self._placing = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_bar()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._place_bar()
            self.updateGeometry()  # its content's least width may have changed (new words)
        return super().eventFilter(watched, event)


def scrolling(content: QWidget, name: str, *, steady: bool = False) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down only when its words need
    more height than the window has (large text in a small window): never clipped.
    ``steady``: the content keeps its width whether the scroll bar shows or not."""
    area = _UpAndDown()
    area.setObjectName(name)
    # A see-through viewport of our own: the window behind paints (and so reports its first
    # paint), and no time goes on wrapping the one Qt made (25 ms for the first one asked).
    viewport = QWidget()
    viewport.setAutoFillBackground(False)
    area.setViewport(viewport)
    holder = _Shrinkable(content)
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not here
    holder.setAutoFillBackground(False)
    if steady:
        area.keep_the_bars_room()
    return area
