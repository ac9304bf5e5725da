"""The floor for start-up: a bare PySide6 window.

It imports only QtCore, QtGui and QtWidgets: the app loads QtSvg, QtMultimedia and
QtTextToSpeech after its first paint, so a floor that imported them before would be
slower than a bare window is and flatter the app's ratio.

Shows a 1024x700 main window, the app's size, with one label and a painted ring
(issue 18's "bare PySide6 window": QMainWindow, a label, a painted ring), and
reports its first flushed paint the same way the app does
(BACKSPASM_REPORT_FIRST_PAINT). Nothing of the app is imported.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget


class Ring(QWidget):
    """Three quarters of a ring, as a countdown might show it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 40
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(QColor("#D9D4C9"), 24))
        painter.drawEllipse(ring)
        painter.setPen(QPen(QColor("#0B6E66"), 24, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 90 * 16, -270 * 16)
        painter.end()


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
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLabel("Cat Cow"))
    layout.addWidget(Ring(), 1)
    window.setCentralWidget(central)
    window.resize(1024, 700)
    painted = os.environ.get("BACKSPASM_REPORT_FIRST_PAINT")
    if painted:
        FirstPaint(window, Path(painted))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
