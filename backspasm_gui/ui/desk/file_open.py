"""Files the system hands the running app: Finder's "open" on macOS.

macOS starts one copy of an app and hands it each document opened (a double-clicked
``.stretches``) as a QFileOpenEvent, not as an argument; Linux and Windows start the
app with the file, which the single-instance channel passes to the copy running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenEvents(QObject):
    def __init__(self, app: QObject, opened: Callable[[Path], None]) -> None:
        super().__init__(app)
        self._opened = opened
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self._opened(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
