"""The start-up benchmark's clock: the moment a window is first on screen."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared.first_paint import report_first_paint


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
