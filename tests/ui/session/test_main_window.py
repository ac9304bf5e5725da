"""The main window as a person uses it: mouse, keyboard, what it shows, when it moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.ui.session.countdown_ring import RingMode
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from tests.ui.conftest import Passing

LEAD_IN = 5.0


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def key(qtbot: QtBot, window: MainWindow, k: Qt.Key) -> None:
    qtbot.keyClick(window, k)


def test_opens_ready_on_cat_cow_with_its_objective_and_numbered_instructions(
    window: MainWindow,
) -> None:
    view = window.stretch_view
    assert view.name_label.text() == "Cat Cow"
    assert "mobilize the spine and improve flexibility" in view.objective_label.text()
    instructions = view.instructions_label.text()
    assert instructions.count("<li>") == 3
    assert "Start on your hands and knees." in instructions
    assert view.timing_label.text() == "Perform for 30 seconds."
    assert window.progress_label.text() == "Stretch 1 of 7"
    assert window.controls.toggle_button.text() == "Start"
    assert window.ring.text == "30"


def test_cat_cow_says_it_is_a_movement_not_a_hold(window: MainWindow) -> None:
    assert "Movement" in window.stretch_view.kind_label.text()
    assert "no holding" in window.stretch_view.kind_label.text()


def test_start_button_begins_the_lead_in_with_its_own_ring_look(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    click(qtbot, window.controls.toggle_button)
    assert driver.session.state is State.GET_READY
    assert window.ring.mode is RingMode.GET_READY
    assert window.ring.text == "5"
    assert window.controls.toggle_button.text() == "Pause"
    assert window.stretch_view.phase_label.text() == "Get ready · next up"


def test_lead_in_turns_into_the_hold_and_the_ring_counts_down(
    qtbot: QtBot, window: MainWindow, elapse: Passing
) -> None:
    click(qtbot, window.controls.toggle_button)
    elapse(LEAD_IN + 10.0)
    assert window.ring.mode is RingMode.MOVE  # Cat Cow keeps moving
    assert window.ring.text == "20"
    assert window.stretch_view.phase_label.text() == "Keep moving"


def test_a_held_stretch_shows_hold_and_its_side(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    for _ in range(2):
        driver.next()  # ready: choose Knee to Chest, left
    driver.toggle()
    elapse(LEAD_IN + 1.0)
    assert window.ring.mode is RingMode.HOLD
    assert window.stretch_view.name_label.text() == "Knee to Chest"
    assert window.stretch_view.side_label.text() == "Left side"
    assert window.progress_label.text() == "Stretch 3 of 7 · Left side"
    assert window.windowTitle().startswith("Knee to Chest, left side")


def test_the_lead_in_between_sides_says_switch_sides(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    for _ in range(2):
        driver.next()
    driver.toggle()
    elapse(LEAD_IN + 30.0 + 0.5)
    assert window.stretch_view.phase_label.text() == "Switch sides"
    assert window.stretch_view.side_label.text() == "Right side"


def test_space_starts_and_pauses_even_when_another_button_has_focus(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    window.controls.next_button.setFocus()
    qtbot.keyClick(window.controls.next_button, Qt.Key.Key_Space)
    assert driver.session.state is State.GET_READY
    assert driver.session.index == 0  # Space did not press Next
    key(qtbot, window, Qt.Key.Key_Space)
    assert driver.session.state is State.PAUSED
    assert window.controls.toggle_button.text() == "Resume"
    assert window.ring.mode is RingMode.PAUSED


def test_arrow_keys_move_by_hold(qtbot: QtBot, window: MainWindow, driver: SessionDriver) -> None:
    key(qtbot, window, Qt.Key.Key_Right)
    key(qtbot, window, Qt.Key.Key_Right)
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.progress_label.text() == "Stretch 3 of 7 · Right side"
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.progress_label.text() == "Stretch 3 of 7 · Left side"
    assert driver.session.index == 2


def test_r_twice_restarts_from_the_first_stretch_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30.0 + 3.0 + 5.0)
    assert driver.session.index == 1
    key(qtbot, window, Qt.Key.Key_R)  # once: a knee on the keyboard is not a decision
    assert driver.session.index == 1
    assert window.notice.shown == "Press R again to start over from the first stretch."
    key(qtbot, window, Qt.Key.Key_R)
    assert driver.session.index == 0
    assert driver.session.state is State.GET_READY
    assert window.stretch_view.name_label.text() == "Cat Cow"
    assert window.notice.shown == "Started again from the first stretch."
    assert window.notice.action_button.text() == "Undo"
    window.notice.action_button.click()
    assert driver.session.index == 1
    assert driver.session.state is State.PAUSED
    assert driver.session.summary().completed == (0,)
    assert window.notice.lines == ()


def test_r_pressed_once_long_ago_does_not_count_towards_a_second(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 2.0)
    key(qtbot, window, Qt.Key.Key_R)
    elapse(10.0)
    key(qtbot, window, Qt.Key.Key_R)
    assert driver.session.view().state is State.HOLDING  # still in Cat Cow's hold


def test_the_restart_button_offers_undo_until_a_new_hold_is_done(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30.0 + 3.0 + 5.0)
    window.controls.restart_button.click()
    assert window.notice.action_button.text() == "Undo"
    elapse(LEAD_IN + 31.0)  # Cat Cow done again: the old place is gone for good
    assert "Started again from the first stretch." not in window.notice.lines


def test_restart_is_off_when_there_is_nothing_to_start_again(
    window: MainWindow, driver: SessionDriver
) -> None:
    assert not window.controls.restart_button.isEnabled()
    driver.toggle()
    assert window.controls.restart_button.isEnabled()


def test_previous_is_disabled_on_the_first_hold_before_starting(window: MainWindow) -> None:
    assert not window.controls.previous_button.isEnabled()
    assert window.controls.next_button.isEnabled()


def test_mouse_next_and_previous_buttons_move(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    click(qtbot, window.controls.next_button)
    assert window.stretch_view.name_label.text() == "Back Extension"
    click(qtbot, window.controls.previous_button)
    assert window.stretch_view.name_label.text() == "Cat Cow"


def test_finishing_shows_what_was_done_and_again_starts_over(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(driver.view().session_remaining + 0.5, step=1.0)
    assert driver.session.state is State.FINISHED
    assert window.done_view.isVisibleTo(window)
    assert window.done_view.title_label.text() == "Well done — routine complete"
    assert "11 of 11 holds" in window.done_view.done_label.text()
    assert "5 min 30 s" in window.done_view.done_label.text()
    assert not window.done_view.left_out_label.isVisible()
    assert not window.controls.isVisible()
    click(qtbot, window.done_view.again_button)
    assert driver.session.state is State.GET_READY
    assert window.pages.currentIndex() == 0


def test_the_done_screen_names_the_holds_left_out(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30.0)  # Cat Cow done
    for _ in range(10):
        click(qtbot, window.controls.next_button)
    assert driver.session.state is State.FINISHED
    assert window.done_view.title_label.text() == "Session ended"
    assert "1 of 11 holds" in window.done_view.done_label.text()
    assert window.done_view.left_out_label.text().splitlines() == [
        "✓ Cat Cow: done",
        "– Back Extension: left out",
        "– Knee to Chest: left out",
        "– Lying Trunk Rotation: left out",
        "– Seated Hamstring Stretch: left out",
        "– Gluteal Stretch (Pigeon Pose): left out",
        "– Child's Pose: left out",
    ]


def test_the_done_screen_says_which_side_of_a_stretch_was_left_out(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30.0)  # Cat Cow done
    click(qtbot, window.controls.next_button)  # Back Extension left out
    elapse(LEAD_IN + 30.0 + 0.5)  # Knee to Chest, left side done
    while driver.session.state is not State.FINISHED:
        click(qtbot, window.controls.next_button)
    lines = window.done_view.left_out_label.text().splitlines()
    assert lines[:3] == [
        "✓ Cat Cow: done",
        "– Back Extension: left out",
        "◐ Knee to Chest: left side done, right side left out",
    ]


def test_a_session_with_nothing_done_says_so_in_one_sentence(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    driver.toggle()
    while driver.session.state is not State.FINISHED:
        click(qtbot, window.controls.next_button)
    assert window.done_view.done_label.text() == "You did none of the 11 holds this time."
    assert not window.done_view.left_out_label.isVisible()
    words = " ".join(label.text() for label in window.done_view.findChildren(QLabel))
    assert "regimen" not in words  # the handout's lead-in to a list that is over now


def test_f11_enters_full_screen_and_escape_leaves_it(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_every_control_has_a_name_for_tests_and_screen_readers(window: MainWindow) -> None:
    for widget in window.findChildren(QAbstractButton):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    for name in ("countdownRing", "stretchName", "sideLabel", "progressLabel", "poseIllustration"):
        found = window.findChild(QWidget, name)
        assert found is not None, name
        heard = QAccessible.queryAccessibleInterface(found).text(QAccessible.Text.Name)
        assert heard or not found.isVisible(), name  # what a screen reader says for it


def test_a_screen_reader_hears_the_words_on_screen_not_a_fixed_label(
    window: MainWindow,
) -> None:
    def heard(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    assert heard(window.stretch_view.name_label) == "Cat Cow"
    assert heard(window.progress_label) == "Stretch 1 of 7"


@pytest.mark.parametrize(
    ("button", "shortcut"),
    [
        ("previousButton", "Left arrow"),
        ("startPauseButton", "Space"),
        ("nextButton", "Right arrow"),
        ("restartButton", "(R twice)"),
        ("aboutButton", "F1"),
    ],
)
def test_tooltips_name_the_keyboard_shortcut(
    window: MainWindow, button: str, shortcut: str
) -> None:
    found = window.findChild(QAbstractButton, button)
    assert found is not None
    assert shortcut in found.toolTip()


def test_about_opens_the_handouts_education_and_the_safety_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    click(qtbot, window.about_button)
    dialog = window._about
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "What are back spasms?" in text
    assert "myofascial trigger points" in text
    assert "How to prevent back spasms?" in text
    assert "Stop a stretch that makes the pain sharper." in text
    assert "loss of bladder or bowel control" in text


def test_the_ring_animates_only_while_something_moves(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    assert not window.animating  # ready
    driver.toggle()
    assert window.animating  # lead-in
    driver.toggle()
    assert not window.animating  # paused
    assert not driver.waking
    driver.toggle()
    elapse(LEAD_IN + 2.0)
    assert window.animating
    assert driver.waking
    window.hide()
    assert not window.animating
    assert driver.waking  # the session itself keeps exact time while hidden


def test_minimising_stops_the_animation(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    driver.toggle()
    assert window.animating
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.animating, timeout=2000)


def test_minimised_it_wakes_only_when_the_session_has_something_to_say(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 2.0)  # 2 s into Cat Cow, whose beats come every few seconds
    assert 0 < driver._wake.interval() <= 1000
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.animating, timeout=2000)
    due = driver.session.next_event()
    assert due is not None
    assert due > 1.0  # not every second: nobody sees the seconds
    assert driver._wake.interval() == pytest.approx(due * 1000, abs=1)
    window.showNormal()
    qtbot.waitUntil(lambda: window.animating, timeout=2000)
    assert driver._wake.interval() <= 1000  # the seconds are on screen again


def test_the_wake_up_is_due_at_the_next_whole_second(
    window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(0.3, step=0.3)
    assert 700 <= driver._wake.interval() <= 701  # rounded up: never wakes early


@pytest.mark.parametrize("size", [(640, 480), (1024, 700), (2560, 1440)])
def test_no_text_is_cut_off_on_any_hold(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    for index in range(driver.view().holds):
        assert driver.session.index == index
        QApplication.processEvents()  # let the layouts settle the new text
        for label in window.stretch_view.findChildren(QLabel):
            if label.isVisible() and label.text():
                needed = label.heightForWidth(label.width())
                assert needed <= label.height() + 1, (index, label.objectName(), needed)
                assert label.geometry().bottom() <= window.stretch_view.height()
        driver.next()


def test_text_grows_with_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() == 640)
    small = window.stretch_view.name_label.font().pixelSize()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    large = window.stretch_view.name_label.font().pixelSize()
    assert large >= 2 * small


def test_the_phase_line_keeps_its_size_when_the_state_changes(
    window: MainWindow, driver: SessionDriver
) -> None:
    size = window.stretch_view.phase_label.font().pixelSize()
    driver.toggle()
    assert window.stretch_view.phase_label.font().pixelSize() == size
    assert window.stretch_view.phase_label.fontInfo().pixelSize() == size


def test_a_wake_up_long_after_its_time_pauses_and_says_why(
    window: MainWindow, driver: SessionDriver, clock: FakeClock, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 10.0)  # ten seconds into Cat Cow
    clock.advance(120.0)  # the lid was shut: the timer fires two minutes late
    driver.woke()
    view = driver.view()
    assert view.state is State.PAUSED
    assert view.index == 0
    assert view.remaining == pytest.approx(20.0, abs=1.0)
    assert "asleep or busy for about 2 minutes" in window.notice.label.text()
    assert window.controls.toggle_button.text() == "Resume"
    window.controls.toggle_button.click()  # Resume: the pause is over, and so is its notice
    assert window.notice.lines == ()
    assert window.notice.isHidden()


def test_a_wake_up_on_time_carries_on(
    window: MainWindow, driver: SessionDriver, clock: FakeClock, elapse: Passing
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 10.0)
    clock.advance(driver._wake.interval() / 1000)
    driver.woke()
    assert driver.view().state is State.HOLDING
    assert not window.notice.isVisible()


def test_sleep_the_monotonic_clock_did_not_count_pauses_too(
    window: MainWindow, routine: Routine, clock: FakeClock
) -> None:
    awake = FakeClock()  # Linux: CLOCK_BOOTTIME runs on through suspend, monotonic stops
    sleepy = SessionDriver(Session(routine, clock), clock, awake_clock=awake)
    sleepy.toggle()
    clock.advance(1.0)
    awake.advance(1.0 + 3600.0)
    sleepy.woke()
    assert sleepy.view().state is State.PAUSED


@pytest.mark.parametrize("size", [(640, 480), (1024, 700), (1600, 1000)])
def test_no_header_button_is_cut_off(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()
    header = (
        window.sound_button,
        window.compact_button,
        window.settings_button,
        window.about_button,
    )
    for button in header:
        assert button.width() >= button.sizeHint().width(), button.objectName()
    if size[0] != 1024:  # in between, whichever words fit
        assert window.about_button.text() == ("About back spasms" if size[0] > 1024 else "About")


def test_the_sound_button_reads_as_large_as_the_other_links(window: MainWindow) -> None:
    """Polishing for the style sheet used to put it back to the desktop's small font."""
    assert window.sound_button.font().pixelSize() == window.settings_button.font().pixelSize()
    assert window.sound_button.font().pixelSize() > 12


def test_ctrl_q_closes_a_window_nobody_else_listens_to(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
