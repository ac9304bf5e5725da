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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
    }
)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None], *, before_input: bool) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._window = window
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        self._app = app if before_input else None
        if self._app is not None:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._window:
            self._window.removeEventFilter(self)
            # The paint and its flush finish before the event loop runs this.
            QTimer.singleShot(0, self._run)
        elif kind in _INPUT and self._app is not None:
            # A key or click before then (a fast hand, a busy computer): what it does
            # must find the rest of the start done, so that is done first, at once.
            self._run()
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        if then is not None:
            then()


def after_first_paint(
    window: QWidget, then: Callable[[], None], *, before_input: bool = False
) -> None:
    """Call ``then`` once, just after ``window`` is first painted; with
    ``before_input``, at the latest before the first key press or click is handled."""
    _FirstPaint(window, then, before_input=before_input)


def report_first_paint(window: QWidget, path: Path) -> None:
    def report() -> None:
        path.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")

    after_first_paint(window, report)
