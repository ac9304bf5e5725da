"""Do something once a window has first been painted.

Start-up does only what the first picture needs; the rest (the sounds, the
voice, the icon in every size) follows the moment the window is on screen.
The start-up benchmark uses the same moment: with
``BACKSPASM_REPORT_FIRST_PAINT`` naming a file, the app writes
``time.monotonic()`` into it there (CLOCK_MONOTONIC, shared by every process
on the machine, so the benchmark can subtract the time it spawned the app).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The paint and its flush finish before the event loop runs this.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, just after ``window`` is first painted."""
    _FirstPaint(window, then)


def report_first_paint(window: QWidget, path: Path) -> None:
    def report() -> None:
        path.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")

    after_first_paint(window, report)
