"""The settings, the compact panel, the About dialog and the bars in every shipped language,
at the usual text size and at twice it: nothing is cut off (tests/ui/clipping.py measures
every label and button against its words); what does not fit wraps, or the window grows."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui import resources
from backspasm_gui.core import about as about_text
from backspasm_gui.core import i18n
from backspasm_gui.core import routine as routine_text
from backspasm_gui.core.about import load_about
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.reminders import Reminder
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.desk.compact_panel import CompactPanel
from backspasm_gui.ui.desk.desk import NO_TRAY, STILL_HERE, progress_text
from backspasm_gui.ui.desk.reminder_bar import ReminderBar, reminder_text
from backspasm_gui.ui.session.about_dialog import AboutDialog
from backspasm_gui.ui.session.screenshot import pose_session
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.notice_bar import NoticeBar
from tests.ui.clipping import clipped

# (hold index, phase): ready, a hold with a side, paused, done
MOMENTS = [(0, "ready"), (2, "hold"), (6, "paused"), (10, "done")]
FACTORS = [1.0, 2.0]


@pytest.fixture(autouse=True)
def _light(qapp: QApplication) -> None:
    theme.install(qapp, "light")


def localised_routine() -> Routine:
    return routine_text.localised(load_routine(resources.path("routine.toml")))


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_dialog(qtbot: QtBot, code: str, factor: float) -> SettingsDialog:
    dialog = SettingsDialog(Prefs(), localised_routine(), False, current_language=code)
    qtbot.addWidget(dialog)
    dialog.set_text_factor(factor)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_panel(qtbot: QtBot, moment: tuple[int, str], factor: float) -> CompactPanel:
    clock = ManualClock()
    driver = SessionDriver(Session(localised_routine(), clock), clock, awake_clock=clock)
    step, phase = moment
    if phase == "done":
        driver.toggle()
        while driver.view().state is not State.FINISHED:
            driver.next()
    else:
        pose_session(driver.session, clock, step=step, phase=phase)
    panel = CompactPanel(driver, None)
    qtbot.addWidget(panel)
    panel.set_text_factor(factor)
    panel.show()
    qtbot.waitExposed(panel)
    settle()
    return panel


@pytest.mark.parametrize("factor", FACTORS)
def test_no_settings_tab_cuts_a_word(qtbot: QtBot, speaking: str, factor: float) -> None:
    dialog = open_dialog(qtbot, speaking, factor)
    # Every note that can show, shown: the longest each tab gets.
    dialog.general_page.language_note.show()
    dialog.show_login(False, "Could not turn on start on login: the folder is read-only.")
    dialog.reminders_page.times_note.setText(
        i18n.translate("SettingsDialog", "The working day must end after it starts.")
    )
    dialog.reminders_page.times_note.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        settle()
        assert clipped(dialog) == [], dialog.tabs.tabText(index)
    stretches = dialog.routine_page.stretch_list
    assert not stretches.horizontalScrollBar().isVisible()  # every name whole


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("factor", FACTORS)
def test_the_compact_panel_cuts_no_word(
    qtbot: QtBot, speaking: str, factor: float, moment: tuple[int, str]
) -> None:
    panel = open_panel(qtbot, moment, factor)
    assert clipped(panel) == []
    panel.resize(panel.minimumSize())  # as small as the person can make it
    settle()
    assert clipped(panel) == []


def test_the_compact_panel_keeps_its_size_from_state_to_state(qtbot: QtBot, speaking: str) -> None:
    """Measured for every name, phase and button word at once: it does not jump."""
    panel = open_panel(qtbot, (0, "ready"), 1.0)
    size = panel.size()
    driver = panel.driver
    driver.toggle()
    while driver.view().state is not State.FINISHED:
        driver.next()
        settle()
        assert panel.size() == size, panel.name_label.text()
        assert clipped(panel) == []


def test_at_twice_the_text_the_panel_grows_and_everything_in_it(
    qtbot: QtBot, speaking: str
) -> None:
    panel = open_panel(qtbot, (2, "hold"), 1.0)
    small = panel.size()
    name = QFontInfo(panel.name_label.font()).pixelSize()
    button = panel.toggle_button.height()
    panel.set_text_factor(2.0)
    settle()
    assert QFontInfo(panel.name_label.font()).pixelSize() == 2 * name
    assert panel.toggle_button.height() >= 2 * button - 2
    assert panel.width() >= 2 * small.width() - 2
    assert panel.height() >= 2 * small.height() - 2
    assert clipped(panel) == []
    panel.set_text_factor(1.0)  # and back: it shrinks again
    settle()
    assert QFontInfo(panel.name_label.font()).pixelSize() == name
    assert abs(panel.width() - small.width()) <= 2
    assert abs(panel.height() - small.height()) <= 2


@pytest.mark.parametrize("factor", FACTORS)
def test_the_about_dialog_cuts_no_word(qtbot: QtBot, speaking: str, factor: float) -> None:
    about = about_text.localised(load_about(resources.path("about.toml")))
    dialog = AboutDialog(about)
    qtbot.addWidget(dialog)
    dialog.set_scale(16.0 * factor)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    assert clipped(dialog) == []
    pixels = QFontInfo(dialog.close_button.font()).pixelSize()
    assert pixels == round(16 * factor)  # the button grows with the text, too
    screen = dialog.screen().availableGeometry().size()
    assert dialog.width() <= max(screen.width(), dialog.minimumSizeHint().width())


def host(qtbot: QtBot, bar: QWidget, width: int) -> QWidget:
    """The bar as the window holds it: in a column, as wide as ``width``."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    column.addWidget(bar)
    column.addStretch(1)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


@pytest.mark.parametrize("width", [640, 1000])
@pytest.mark.parametrize("factor", FACTORS)
def test_the_reminder_bar_cuts_no_word(
    qtbot: QtBot, speaking: str, factor: float, width: int
) -> None:
    bar = ReminderBar()
    bar.set_scale(16.0 * factor)
    title, _body = reminder_text(Reminder(datetime(2026, 11, 25, 10, 30), False, 1, False), 1, 3)
    bar.show_reminder(title, progress_text(1, 3))
    window = host(qtbot, bar, width)
    assert clipped(window) == []
    buttons = (bar.start_button, bar.snooze_button, bar.skip_button)
    assert all(button.geometry().right() < bar.width() for button in buttons)
    assert all(not bar.label.geometry().intersects(b.geometry()) for b in buttons)


def test_the_reminder_bar_keeps_one_line_where_it_fits_and_stacks_where_not(
    qtbot: QtBot,
) -> None:
    bar = ReminderBar()
    bar.set_scale(16.0)
    bar.show_reminder("Time for your back stretches — 5 minutes", progress_text(1, 3))
    window = host(qtbot, bar, 1000)
    assert bar.start_button.geometry().top() < bar.label.geometry().bottom()  # beside
    assert bar.start_button.geometry().left() > bar.label.geometry().right()
    window.resize(420, 600)
    settle()
    assert bar.start_button.geometry().top() > bar.label.geometry().bottom()  # under
    assert clipped(window) == []


@pytest.mark.parametrize("factor", FACTORS)
def test_the_notice_bar_cuts_no_word_and_its_button_grows_with_it(
    qtbot: QtBot, speaking: str, factor: float
) -> None:
    notice = NoticeBar()
    notice.add(i18n.translate("Desk", NO_TRAY))
    notice.add(i18n.translate("Desk", STILL_HERE))
    notice.label.setFont(theme.scaled_font(notice.font(), 16 * 0.95 * factor))  # as the window
    window = host(qtbot, notice, 640)
    assert clipped(window) == []
    assert notice.dismiss_button.font().pixelSize() == notice.label.font().pixelSize()
