"""The desk companion: tray, reminders, compact mode and settings around the real window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFontInfo, QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.reminders import Reminder, ReminderPlan
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import State
from backspasm_gui.desktop.autostart import AutostartError
from backspasm_gui.storage.settings import COMPACT_KEY, AudioPrefs, Prefs, RoutinePrefs, load_prefs
from backspasm_gui.ui.desk.desk import NO_TRAY, STILL_HERE, Desk
from backspasm_gui.ui.desk.tray import Tray
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.settings.settings_dialog import READING_PIXELS
from backspasm_gui.ui.shared import theme
from tests.ui.conftest import Passing

BERLIN = ZoneInfo("Europe/Berlin")


class FakeNotifier(QObject):
    answered = Signal(str)

    def __init__(self, *, works: bool = True, native: bool = True) -> None:
        super().__init__()
        self.works = works
        self.native_actions = native
        self.shown: list[tuple[str, str]] = []
        self.withdrawn = 0

    def show(self, title: str, body: str) -> bool:
        self.shown.append((title, body))
        return self.works

    def withdraw(self) -> None:
        self.withdrawn += 1


class FakeAutostart:
    def __init__(self, *, fails: bool = False) -> None:
        self.on = False
        self.fails = fails

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        if self.fails:
            raise AutostartError("Could not turn on start on login: the folder is read-only.")
        self.on = on


class Told(Tray):
    def __init__(self) -> None:
        super().__init__(QIcon())
        self.told: list[str] = []

    def tell(self, title: str, message: str) -> None:
        self.told.append(message)


class Wall:
    """The wall clock the reminders read: a Wednesday morning in Berlin."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _c_locale() -> Iterator[None]:
    """Times and weekdays as the C locale writes them ("Wed 10:30"), whatever the machine's."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def wall() -> Wall:
    return Wall()


def make_desk(
    window: MainWindow,
    routine: Routine,
    settings: QSettings,
    wall: Wall,
    *,
    tray: Tray | None,
    prefs: Prefs | None = None,
    autostart: FakeAutostart | None = None,
) -> Desk:
    return Desk(
        window,
        routine,
        prefs or Prefs(),
        settings,
        autostart=autostart or FakeAutostart(),
        tray=tray,
        clock=wall,
        tz=BERLIN,
    )


@pytest.fixture
def tray() -> Told:
    return Told()


@pytest.fixture
def desk(window: MainWindow, routine: Routine, settings: QSettings, wall: Wall, tray: Told) -> Desk:
    made = make_desk(window, routine, settings, wall, tray=tray)
    made.use_notifier(FakeNotifier())
    return made


def ring_at(desk: Desk, wall: Wall, hour: int, minute: int) -> None:
    wall.now = wall.now.replace(hour=hour, minute=minute)
    desk.reminders.check()


def test_a_reminder_at_10_30_shows_a_notification_and_the_bar(desk: Desk, wall: Wall) -> None:
    ring_at(desk, wall, 10, 29)
    assert desk.notifier is not None
    assert desk.notifier.shown == []  # type: ignore[attr-defined]
    ring_at(desk, wall, 10, 30)
    title, body = desk.notifier.shown[-1]  # type: ignore[attr-defined]
    assert title == "Time for your back stretches — 5 minutes"
    assert "0 of 3 sessions done today" in body
    assert desk.window.reminder_bar.isVisible()


def test_clicking_the_notification_starts_the_session(desk: Desk, wall: Wall) -> None:
    ring_at(desk, wall, 10, 30)
    desk.notifier.answered.emit("start")  # type: ignore[union-attr]
    assert desk.driver.view().state is State.GET_READY
    assert not desk.window.reminder_bar.isVisible()
    assert desk.notifier.withdrawn == 1  # type: ignore[union-attr]


def test_snooze_reminds_again_ten_minutes_later(desk: Desk, wall: Wall) -> None:
    ring_at(desk, wall, 10, 30)
    desk.notifier.answered.emit("snooze")  # type: ignore[union-attr]
    ring_at(desk, wall, 10, 39)
    assert len(desk.notifier.shown) == 1  # type: ignore[union-attr]
    ring_at(desk, wall, 10, 40)
    assert len(desk.notifier.shown) == 2  # type: ignore[union-attr]


def test_skip_from_the_window_waits_for_the_next_time(qtbot: QtBot, desk: Desk, wall: Wall) -> None:
    ring_at(desk, wall, 10, 30)
    qtbot.mouseClick(desk.window.reminder_bar.skip_button, Qt.MouseButton.LeftButton)
    ring_at(desk, wall, 13, 0)
    assert len(desk.notifier.shown) == 1  # type: ignore[union-attr]
    ring_at(desk, wall, 13, 30)
    assert len(desk.notifier.shown) == 2  # type: ignore[union-attr]


def test_no_reminder_during_a_session(desk: Desk, wall: Wall) -> None:
    desk.driver.toggle()
    desk.driver.toggle()  # paused half-way is still a session
    ring_at(desk, wall, 10, 30)
    assert desk.notifier.shown == []  # type: ignore[union-attr]


def test_no_reminder_once_the_days_goal_is_met(
    desk: Desk, wall: Wall, tray: Told, elapse: Passing
) -> None:
    desk.apply(replace(desk.prefs, goal=1))
    desk.driver.toggle()
    while desk.driver.view().state is not State.FINISHED:
        elapse(5.0, step=0.5)
    assert desk.today.count() == 1
    assert "1 of 1 session" in tray.icon.toolTip()  # "session" where the goal is one
    ring_at(desk, wall, 10, 30)
    assert desk.notifier.shown == []  # type: ignore[union-attr]


def test_the_tray_tooltip_names_the_next_reminder_and_a_pause(
    desk: Desk, wall: Wall, tray: Told
) -> None:
    assert "Next reminder Wed 10:30" in tray.icon.toolTip()
    tray.pauseHourRequested.emit()
    assert "Reminders paused until 10:00" in tray.icon.toolTip()
    assert tray.resume_action.isVisible()
    ring_at(desk, wall, 9, 59)
    tray.resumeRequested.emit()
    assert "Next reminder Wed 10:30" in tray.icon.toolTip()


def test_without_native_buttons_the_tray_menu_offers_snooze_and_skip(
    desk: Desk, wall: Wall, tray: Told
) -> None:
    desk.use_notifier(FakeNotifier(native=False))
    assert not tray.snooze_action.isVisible()
    ring_at(desk, wall, 10, 30)
    assert tray.snooze_action.isVisible()
    tray.snoozeRequested.emit()
    assert not tray.snooze_action.isVisible()


def test_closing_the_window_keeps_it_in_the_tray_and_says_so_once(
    qtbot: QtBot, desk: Desk, tray: Told
) -> None:
    desk.driver.toggle()
    desk.window.close()
    assert not desk.window.isVisible()
    assert desk.driver.view().state is State.PAUSED  # nobody is watching a closed window
    assert tray.told == [STILL_HERE]
    tray.showRequested.emit()
    assert desk.window.isVisible()
    desk.window.close()
    assert tray.told == [STILL_HERE]


def test_without_a_tray_closing_quits_and_the_window_says_why_once(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall
) -> None:
    desk = make_desk(window, routine, settings, wall, tray=None)
    desk.start()
    assert NO_TRAY in window.notice.lines
    assert not desk.keeps_running()
    window.notice.dismiss()
    make_desk(window, routine, settings, wall, tray=None).start()
    assert window.notice.lines == ()


def test_with_reminders_off_closing_quits(desk: Desk) -> None:
    desk.apply(replace(desk.prefs, reminders=ReminderPlan(enabled=False)))
    assert not desk.keeps_running()


def test_without_notifications_and_tray_the_window_comes_forward(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall
) -> None:
    desk = make_desk(window, routine, settings, wall, tray=None)
    desk.use_notifier(FakeNotifier(works=False))
    window.showMinimized()
    desk.remind(Reminder(wall.now, missed=True, missed_count=2, snoozed=False))
    assert not window.isMinimized()
    assert "You missed one" in window.reminder_bar.label.text()


def test_ctrl_m_switches_to_the_compact_panel_and_back(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    qtbot.keyClick(desk.window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert desk.panel is not None
    assert desk.panel.isVisible()
    assert not desk.window.isVisible()
    assert settings.value(COMPACT_KEY, type=bool)
    desk.panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.panel)
    qtbot.keyClick(desk.panel, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.isVisible()
    assert not desk.panel.isVisible()
    assert not settings.value(COMPACT_KEY, type=bool)


def test_the_compact_panel_shows_the_windows_pictures(qtbot: QtBot, desk: Desk) -> None:
    desk.show_compact()
    assert desk.panel is not None
    assert desk.panel.picture.isVisible()
    qtbot.waitUntil(lambda: desk.panel is not None and desk.panel.picture.awake)
    assert desk.panel.picture.pose is desk.window.stretch_view.illustration.pose is not None


def test_compact_mode_is_remembered_at_the_next_start(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall, tray: Told
) -> None:
    settings.setValue(COMPACT_KEY, True)
    desk = make_desk(window, routine, settings, wall, tray=tray)
    window.hide()
    desk.start()
    assert desk.panel is not None
    assert desk.panel.isVisible()
    assert not window.isVisible()
    desk.panel.hide()


def test_start_in_the_background_shows_only_the_tray(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall, tray: Told
) -> None:
    window.hide()
    make_desk(window, routine, settings, wall, tray=tray).start(background=True)
    assert not window.isVisible()


def test_a_new_hold_length_applies_and_is_stored(desk: Desk, settings: QSettings) -> None:
    desk.apply(replace(desk.prefs, routine=RoutinePrefs(hold_seconds=45)))
    assert desk.driver.view().remaining == 45
    assert load_prefs(settings)[0].routine.hold_seconds == 45


def test_other_stretches_mid_session_wait_and_say_so(desk: Desk) -> None:
    desk.driver.toggle()
    desk.apply(replace(desk.prefs, routine=RoutinePrefs(order=("childs-pose",))))
    assert len(desk.driver.session.steps) == 11
    assert "starts with the next session" in desk.window.notice.label.text()
    desk.driver.restart()
    assert [s.title for s in desk.driver.session.steps] == ["Child's Pose"]


def test_the_theme_changes_at_once(desk: Desk) -> None:
    desk.apply(replace(desk.prefs, theme="dark"))
    assert theme.current().name == "dark"
    desk.apply(replace(desk.prefs, theme="light"))
    assert theme.current().name == "light"


def test_sound_chosen_in_settings_reaches_the_sound_button(desk: Desk) -> None:
    quiet = AudioPrefs(sound=False, voice=False)
    desk.apply(replace(desk.prefs, audio=quiet))
    assert desk.window.sound_button.text() == "Sound: off"


def test_start_on_login_failure_is_said_and_shown_off(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall
) -> None:
    desk = make_desk(
        window, routine, settings, wall, tray=None, autostart=FakeAutostart(fails=True)
    )
    desk.show_settings()
    assert desk.dialog is not None
    desk.dialog.general_page.login_box.setChecked(True)
    assert not desk.dialog.general_page.login_box.isChecked()
    assert "read-only" in desk.dialog.general_page.login_note.text()
    assert any("start on login" in line for line in window.notice.lines)
    desk.dialog.close()


def test_the_settings_dialog_applies_each_change_at_once(
    desk: Desk, settings: QSettings, wall: Wall
) -> None:
    desk.show_settings()
    dialog = desk.dialog
    assert dialog is not None
    dialog.reminders_page.goal_spin.setValue(2)
    assert desk.prefs.goal == 2
    dialog.reminders_page.times_edit.setText("9:15, 14:00")
    dialog.reminders_page.times_edit.editingFinished.emit()
    assert load_prefs(settings)[0].reminders.times[0].hour == 9
    wall.now += timedelta(minutes=15)
    desk.reminders.check()
    assert len(desk.notifier.shown) == 1  # type: ignore[union-attr]
    dialog.reminders_page.times_edit.setText("half past ten")
    dialog.reminders_page.times_edit.editingFinished.emit()
    assert not dialog.reminders_page.times_note.isHidden()  # on its tab
    assert load_prefs(settings)[0].reminders.times[0].hour == 9  # nothing unreadable stored
    dialog.close()


def test_unticking_every_stretch_is_refused(desk: Desk) -> None:
    desk.show_settings()
    dialog = desk.dialog
    assert dialog is not None
    for row in range(dialog.routine_page.stretch_list.count()):
        dialog.routine_page.stretch_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.routine_page.routine_note.text() == "Tick at least one stretch."
    assert len(desk.driver.session.steps) == 1  # the last untick before none was taken
    dialog.routine_page.reset_button.click()
    assert len(desk.driver.session.steps) == 11
    assert desk.prefs.routine.order is None
    dialog.close()


def test_the_order_can_be_changed_from_the_keyboard(desk: Desk) -> None:
    desk.show_settings()
    dialog = desk.dialog
    assert dialog is not None
    dialog.routine_page.stretch_list.setCurrentRow(6)  # Child's Pose
    for _ in range(6):
        dialog.routine_page.up_button.click()
    assert desk.driver.session.steps[0].stretch.id == "childs-pose"
    dialog.close()


def test_choosing_a_language_is_stored_for_the_next_start(desk: Desk, settings: QSettings) -> None:
    desk.show_settings()
    dialog = desk.dialog
    assert dialog is not None
    assert dialog.current_language == desk.language
    dialog.general_page.language_combo.setCurrentIndex(
        dialog.general_page.language_combo.findData("es")
    )
    assert desk.prefs.language == "es"
    assert load_prefs(settings)[0].language == "es"
    assert dialog.general_page.language_note.isHidden() == (desk.language == "es")
    dialog.close()


def test_the_reminder_bar_counts_one_session_in_the_singular(desk: Desk, wall: Wall) -> None:
    desk.apply(replace(desk.prefs, goal=1))
    ring_at(desk, wall, 10, 30)
    assert desk.window.reminder_bar.label.text().endswith("0 of 1 session done today.")


def test_the_dialog_compares_with_the_language_the_app_speaks(
    window: MainWindow, routine: Routine, settings: QSettings, wall: Wall
) -> None:
    desk = Desk(
        window,
        routine,
        Prefs(language="es"),
        settings,
        autostart=FakeAutostart(),
        tray=None,
        clock=wall,
        tz=BERLIN,
        language="en",  # Spanish was chosen, but its translation could not be loaded
    )
    desk.show_settings()
    assert desk.dialog is not None
    assert desk.dialog.general_page.language_combo.currentData() == "es"
    assert not desk.dialog.general_page.language_note.isHidden()
    desk.dialog.close()


def test_ctrl_plus_in_the_window_makes_the_compact_panels_text_larger(
    qtbot: QtBot, desk: Desk
) -> None:
    desk.show_compact()
    desk.show_full()
    panel = desk.panel
    assert panel is not None
    usual = QFontInfo(panel.name_label.font()).pixelSize()
    width = panel.width()
    assert panel.text_factor == pytest.approx(desk.window.text_factor())
    qtbot.keyClick(desk.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(desk.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.zoom.factor == 1.25
    assert panel.text_factor == pytest.approx(desk.window.text_factor())
    assert QFontInfo(panel.name_label.font()).pixelSize() > usual * 1.2
    assert panel.width() > width  # it grows with its words
    qtbot.keyClick(desk.window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QFontInfo(panel.name_label.font()).pixelSize() == usual


def test_the_zoom_keys_work_in_the_compact_panel_too(qtbot: QtBot, desk: Desk) -> None:
    desk.show_compact()
    panel = desk.panel
    assert panel is not None
    usual = QFontInfo(panel.name_label.font()).pixelSize()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    qtbot.keyClick(panel, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.zoom.factor == 1.1
    assert QFontInfo(panel.name_label.font()).pixelSize() > usual
    desk.show_full()


def test_the_settings_dialog_takes_the_windows_zoom(qtbot: QtBot, desk: Desk) -> None:
    points = QApplication.font().pointSizeF()
    desk.window.zoom.set_factor(1.5)
    desk.show_settings()
    dialog = desk.dialog
    assert dialog is not None
    assert dialog.text_factor == 1.5
    assert dialog.routine_page.up_button.font().pointSizeF() == pytest.approx(points * 1.5)
    desk.window.zoom.reset()  # while it is open: back to the dialog's least, 16 px
    assert dialog.routine_page.up_button.fontInfo().pixelSize() == READING_PIXELS
    dialog.close()


def test_ctrl_q_quits_the_whole_app_even_with_a_tray(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The platform's quit key ends the app, tray and all, not only the window."""
    quit_calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quit_calls.append(True)))
    desk.window.show()
    qtbot.waitExposed(desk.window)
    qtbot.keyClick(desk.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quit_calls == [True]
