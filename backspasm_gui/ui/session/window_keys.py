"""The main window's keys: one press for each thing a person on the floor may need.

Space starts and pauses, the arrows move (the way the buttons lie: in a right-to-left
language the Left arrow goes on), R twice starts again, M mutes, 0-10 rate
the pain shown, F11 and Escape go in and out of full screen, F1 is About, Ctrl+M the
compact panel, Ctrl+, Settings, Ctrl+P Progress, the platform's quit key quits; and
Tab goes round in reading order.
"""

from __future__ import annotations

from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from backspasm_gui.ui.session.main_window import MainWindow


def install(window: MainWindow) -> None:
    _shortcuts(window)
    _tab_order(window)


def quit_keys() -> QKeySequence:
    """The platform's quit shortcut; Windows names none, so Ctrl+Q as elsewhere."""
    keys = QKeySequence(QKeySequence.StandardKey.Quit)
    return keys if not keys.isEmpty() else QKeySequence("Ctrl+Q")


def _shortcuts(window: MainWindow) -> None:
    driver = window.driver
    # The arrows go the way the buttons lie: right to left, Next is on the left.
    back, on = (
        (Qt.Key.Key_Right, Qt.Key.Key_Left)
        if window.isRightToLeft()
        else (Qt.Key.Key_Left, Qt.Key.Key_Right)
    )
    bindings: dict[Qt.Key, Callable[[], object]] = {
        Qt.Key.Key_Space: driver.toggle,
        back: driver.previous,
        on: driver.next,
        Qt.Key.Key_R: window.start_again.key_pressed,
        Qt.Key.Key_F11: window.toggle_full_screen,
        Qt.Key.Key_Escape: window.leave_full_screen,
        Qt.Key.Key_F1: window.show_about,
        Qt.Key.Key_M: window.sound_button.toggle_mute,
    }
    keys = [(QKeySequence(key), slot) for key, slot in bindings.items()]
    keys += [
        (QKeySequence("Ctrl+M"), window.compactRequested.emit),
        (QKeySequence("Ctrl+,"), window.settingsRequested.emit),
        (QKeySequence("Ctrl+P"), partial(_progress, window)),
        (quit_keys(), window.quit_asked),
    ]
    window.zoom.add_shortcuts(window)
    for digit in range(10):  # rate the pain shown with one key press
        keys.append((QKeySequence(str(digit)), partial(_rate, window, digit)))
    for sequence, slot in keys:
        shortcut = QShortcut(sequence, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def _tab_order(window: MainWindow) -> None:
    """Tab in reading order: along the top, the pain question, then the controls."""
    chain = [
        window.sound_button,
        window.progress_button,
        window.compact_button,
        window.settings_button,
        window.about_button,
        window.menu_button,
        window.pain_before.skip_button,
        *window.pain_before.buttons,
        window.controls.previous_button,
    ]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


def _rate(window: MainWindow, value: int) -> None:
    for scale in window.pain_scales():
        if scale.isVisible():
            scale.buttons[value].click()
            return


def _progress(window: MainWindow) -> None:
    if window.progress_button.isVisible():
        window.progressRequested.emit()
