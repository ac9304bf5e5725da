"""The floor for start-up: a bare PySide6 window importing the Qt modules the app imports.

Shows a 1024x700 main window with one label, the app's size, and reports its
first flushed paint the same way the app does (BACKSPASM_REPORT_FIRST_PAINT).
Nothing of the app is imported.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6 import QtMultimedia, QtSvg, QtTextToSpeech  # noqa: F401  (the app's modules)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window: QMainWindow, path: Path) -> None:
        super().__init__(window)
        self.path = path
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        self.path.write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Cat Cow — Back Spasm Stretches (bare)")
    window.setCentralWidget(QLabel("Cat Cow"))
    window.resize(1024, 700)
    painted = os.environ.get("BACKSPASM_REPORT_FIRST_PAINT")
    if painted:
        FirstPaint(window, Path(painted))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
