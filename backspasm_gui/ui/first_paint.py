"""Report when a window has first been painted, for the start-up benchmark.

The app calls this only when ``BACKSPASM_REPORT_FIRST_PAINT`` names a file:
after the window's first paint has been flushed to the screen, the file gets
``time.monotonic()``, the clock the benchmark started the process by
(CLOCK_MONOTONIC, shared by every process on the machine).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self._path = path
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The paint and its flush finish before the event loop runs this.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self._path.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")


def report_first_paint(window: QWidget, path: Path) -> None:
    _FirstPaint(window, path)
