"""The start-up benchmark's clock: the moment a window is first on screen."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared.first_paint import after_first_paint, report_first_paint


def test_the_first_paint_is_reported_once_on_the_shared_monotonic_clock(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.hide()
    report = tmp_path / "painted"
    report_first_paint(window, report)
    before = time.monotonic()
    window.show()
    qtbot.waitUntil(report.exists, timeout=5000)
    first = float(report.read_text(encoding="utf-8"))
    assert before < first < time.monotonic()
    report.unlink()
    window.repaint()  # a later paint, at once
    QApplication.processEvents()
    assert not report.exists()


def test_a_key_pressed_before_the_rest_of_the_start_finds_it_done(qtbot: QtBot) -> None:
    """Space pressed on a busy computer before the history was opened: the history
    must be there before the key's Start, or the session's first hold goes unrecorded."""
    order: list[str] = []

    class Window(QWidget):
        def keyPressEvent(self, event: QKeyEvent) -> None:
            order.append(f"key {event.text()}")

    window = Window()
    qtbot.addWidget(window)
    after_first_paint(window, lambda: order.append("rest of start"), before_input=True)
    window.show()
    window.repaint()  # painted; the rest of the start is queued, not yet run
    assert order == []
    qtbot.keyClick(window, Qt.Key.Key_Space)  # before the event loop got to it
    assert order == ["rest of start", "key  "]
    QApplication.processEvents()  # the queued call, when it comes, does not run it again
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert order == ["rest of start", "key  ", "key  "]
