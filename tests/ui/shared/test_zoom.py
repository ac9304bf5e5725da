"""Text size: Ctrl+Plus / Ctrl+Minus / Ctrl+0, remembered, on top of the window's own scale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from backspasm_gui.storage.settings import load_zoom
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared.zoom import STEPS, system_factor


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def name_size(window: MainWindow) -> int:
    return window.stretch_view.name_label.font().pixelSize()


def test_ctrl_plus_makes_the_text_larger_and_ctrl_0_puts_it_back(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    window.remember_zoom(settings)
    usual = name_size(window)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.factor == 1.25
    assert name_size(window) > usual * 1.2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.factor == 1.1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.factor == 1.0
    assert name_size(window) == usual


def test_the_text_size_is_remembered(qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    window.remember_zoom(settings)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert load_zoom(settings) == 1.1


def test_the_zoom_stops_at_both_ends(window: MainWindow) -> None:
    for _ in range(20):
        window.zoom.zoom_in()
    assert window.zoom.factor == STEPS[-1] == 2.0
    for _ in range(20):
        window.zoom.zoom_out()
    assert window.zoom.factor == STEPS[0]


def test_a_stored_text_size_that_cannot_be_read_is_the_usual_one(
    window: MainWindow, settings: QSettings
) -> None:
    settings.setValue("appearance/zoom", "huge")
    window.remember_zoom(settings)
    assert window.zoom.factor == 1.0


def test_a_larger_desktop_font_makes_larger_text_and_a_smaller_one_does_not_shrink_it() -> None:
    big, small = QFont(), QFont()
    big.setPointSizeF(22)
    small.setPointSizeF(6)
    assert system_factor(big) == 2.0
    assert system_factor(small) == 1.0
