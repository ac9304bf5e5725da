"""A widget's unchanging background, drawn once into a pixmap and reused every frame.

The ring and the picture repaint a few times a second; what under them only
changes with the size, the screen's pixel ratio or the theme (the page, the
ring's empty track, the picture's card) is drawn here once and blitted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from backspasm_gui.ui.shared.theme import Theme


class PageLayer:
    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._pixmap: QPixmap | None = None
        self._key: tuple[object, ...] = ()

    def get(
        self, colours: Theme, draw: Callable[[QPainter], None], extra: tuple[object, ...] = ()
    ) -> QPixmap:
        """The page in ``colours`` with ``draw`` on it; redrawn only when something changed
        (the size, the colours, or what ``extra`` names)."""
        widget = self._widget
        ratio = widget.devicePixelRatioF()
        key = (widget.size(), ratio, colours, *extra)
        if self._pixmap is not None and key == self._key:
            return self._pixmap
        pixmap = QPixmap(widget.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(colours.qcolor("window"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        self._pixmap, self._key = pixmap, key
        return pixmap
