"""The 0-10 pain rating before and after a session: one click, or Skip, or nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backspasm_gui.core.session import State
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.pain_scale import PainScale, rating_name
from backspasm_gui.ui.session.session_driver import SessionDriver
from tests.ui.conftest import Passing


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_one_click_rates_and_says_what_was_noted(qtbot: QtBot) -> None:
    scale = PainScale("How much does it hurt?", "painTest")
    qtbot.addWidget(scale)
    scale.show()
    with qtbot.waitSignal(scale.rated) as blocker:
        click(qtbot, scale.buttons[6])
    assert blocker.args == [6]
    assert scale.value == 6
    assert "<b>6</b> — noted" in scale.question_label.text()
    assert scale.buttons[6].isChecked()


def test_a_digit_key_rates_too(qtbot: QtBot) -> None:
    scale = PainScale("How much does it hurt?", "painTest")
    qtbot.addWidget(scale)
    scale.show()
    with qtbot.waitSignal(scale.rated) as blocker:
        qtbot.keyClick(scale, Qt.Key.Key_3)
    assert blocker.args == [3]


def test_skip_hides_it_without_a_rating(qtbot: QtBot) -> None:
    scale = PainScale("How much does it hurt?", "painTest")
    qtbot.addWidget(scale)
    scale.show()
    with qtbot.assertNotEmitted(scale.rated), qtbot.waitSignal(scale.skipped):
        click(qtbot, scale.skip_button)
    assert not scale.isVisible()
    assert scale.value is None


def test_the_ends_of_the_scale_are_named_for_screen_readers() -> None:
    assert rating_name(0) == "0, no pain"
    assert rating_name(10) == "10, worst pain imaginable"
    assert rating_name(4) == "4"


def test_no_rating_is_asked_without_a_history_to_keep_it(window: MainWindow) -> None:
    assert not window.pain_before.isVisible()
    assert not window.progress_button.isVisible()


def test_before_a_session_the_rating_is_offered_until_the_first_hold_begins(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    window.ask_pain(True)
    assert window.pain_before.isVisible()
    assert window.progress_button.isVisible()
    with qtbot.waitSignal(window.painBeforeRated) as blocker:
        click(qtbot, window.pain_before.buttons[7])
    assert blocker.args == [7]
    driver.toggle()
    elapse(4)
    assert window.pain_before.isVisible()  # still there to change during the lead-in
    elapse(1.5)
    assert driver.session.state is State.HOLDING
    assert not window.pain_before.isVisible()
    driver.toggle()  # pause
    assert not window.pain_before.isVisible()  # asked once per session


def test_skipped_before_it_stays_away_until_the_next_session(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    window.ask_pain(True)
    click(qtbot, window.pain_before.skip_button)
    driver.toggle()
    assert not window.pain_before.isVisible()
    driver.restart()
    assert window.pain_before.isVisible()
    assert window.pain_before.value is None


def test_after_a_session_the_done_page_asks_how_it_is_now(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    window.ask_pain(True)
    driver.toggle()
    elapse(6)  # into the first hold
    for _ in range(len(driver.session.steps)):
        elapse(driver.session.view().remaining + 0.1)
        if driver.session.state is State.FINISHED:
            break
        elapse(driver.session.view().remaining + 0.1)
    assert driver.session.state is State.FINISHED
    after = window.done_view.pain_after
    assert after.isVisible()
    assert not window.pain_before.isVisible()
    with qtbot.waitSignal(window.painAfterRated) as blocker:
        click(qtbot, after.buttons[2])
    assert blocker.args == [2]


def test_a_session_skipped_through_asks_nothing_after(
    window: MainWindow, driver: SessionDriver
) -> None:
    window.ask_pain(True)
    driver.toggle()
    for _ in driver.session.steps:
        driver.next()
    assert driver.session.state is State.FINISHED
    assert not window.done_view.pain_after.isVisible()


def test_the_rating_row_fits_the_smallest_window(qtbot: QtBot, window: MainWindow) -> None:
    window.ask_pain(True)
    window.resize(640, 480)
    scale = window.pain_before
    # the new size's smaller text reaches the layout with the next events
    qtbot.waitUntil(lambda: scale.mapTo(window, scale.rect().topRight()).x() <= window.width())
    for button in scale.buttons:
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
        assert button.height() >= 32  # big enough to hit from a mat
    assert scale.mapTo(window, scale.rect().bottomRight()).x() <= window.width()
    assert window.controls.toggle_button.isVisible()
    assert window.controls.toggle_button.height() > 0


def test_a_digit_pressed_anywhere_in_the_window_rates_the_pain_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.ask_pain(True)
    window.activateWindow()
    with qtbot.waitSignal(window.painBeforeRated) as blocker:
        qtbot.keyClick(window.controls.toggle_button, Qt.Key.Key_4)
    assert blocker.args == [4]
    assert window.pain_before.value == 4


def test_a_narrow_scale_puts_its_buttons_in_even_rows_in_order(qtbot: QtBot) -> None:
    scale = PainScale("How much does it hurt?", "painTest")
    qtbot.addWidget(scale)
    scale.set_scale(14.0)
    scale.resize(900, 200)
    scale.show()
    rows = {button.y() for button in scale.buttons}
    assert len(rows) == 1  # wide: one row
    scale.resize(scale.minimumSizeHint().width() + 40, 300)
    qtbot.waitUntil(lambda: len({button.y() for button in scale.buttons}) == 3)
    tops = [button.y() for button in scale.buttons]
    assert tops == sorted(tops)  # 0 to 10 reading left to right, row after row
    assert all(button.width() >= button.minimumWidth() for button in scale.buttons)
    assert scale.low_label.y() > tops[-1]
    assert scale.high_label.y() > tops[-1]
