"""Keyboard only: every control is reached by Tab in reading order, named, and shows its focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared import theme

HEADER = ["soundButton", "progressButton", "compactButton", "settingsButton", "aboutButton"]
# Previous and Restart are off at the start: nothing before it, nothing to start again.
CONTROLS = ["startPauseButton", "nextButton"]


def tab_cycle(window: MainWindow, qtbot: QtBot) -> list[QWidget]:
    """The widgets Tab visits, once round, from the one focused first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first = app.focusWidget()
    assert first is not None
    visited = [first]
    for _ in range(60):
        qtbot.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        focused = app.focusWidget()
        assert focused is not None
        if focused is first:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back to {first.objectName()}")


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() for w in widgets]


def test_tab_goes_round_in_reading_order_from_start(qtbot: QtBot, window: MainWindow) -> None:
    window.ask_pain(True)
    window.activateWindow()
    window.controls.toggle_button.setFocus()
    order = names(tab_cycle(window, qtbot))
    assert order[: len(CONTROLS)] == CONTROLS
    rest = order[len(CONTROLS) :]
    header = [name for name in rest if name in HEADER]
    assert header == HEADER  # left to right along the top
    assert rest.index("aboutButton") < rest.index("painBeforeSkip")  # top, then the rating
    assert "painBefore0" in rest


def test_every_control_tab_reaches_has_a_name_for_screen_readers(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.ask_pain(True)
    window.activateWindow()
    window.controls.toggle_button.setFocus()
    for widget in tab_cycle(window, qtbot):
        assert widget.accessibleName(), f"{widget.objectName()} has no accessible name"


def test_the_focused_button_is_drawn_differently(qtbot: QtBot, window: MainWindow) -> None:
    """A visible focus: the same button grabbed with and without focus differs."""
    window.activateWindow()
    button: QAbstractButton = window.controls.next_button
    window.controls.restart_button.setFocus()
    qtbot.wait(0)
    unfocused = button.grab().toImage()
    button.setFocus()
    qtbot.wait(0)
    assert button.hasFocus()
    assert button.grab().toImage() != unfocused
    assert f"QPushButton:focus {{ border: 2px solid {theme.current().hold}; }}" in (
        theme.stylesheet(theme.current())
    )
