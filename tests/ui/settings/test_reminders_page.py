"""Settings → Reminders: the weekdays in the language in use, the daily goal's words,
which fields can be used, and how reminder times are read."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from backspasm_gui.core.routine import Routine
from backspasm_gui.ui.settings.reminders_page import parse_times, times_text
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog
from tests.ui.settings.opening import make_dialog


def test_the_weekdays_follow_the_locale(qtbot: QtBot, routine: Routine) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = make_dialog(qtbot, routine)
    finally:
        QLocale.setDefault(before)
    assert dialog.reminders_page.day_boxes[0].accessibleName() == "Montag"
    assert dialog.reminders_page.day_boxes[6].accessibleName() == "Sonntag"


def test_the_goal_says_session_for_one_and_sessions_for_more(dialog: SettingsDialog) -> None:
    goal = dialog.reminders_page.goal_spin
    goal.setValue(1)
    assert goal.suffix() == " session"
    goal.setValue(3)
    assert goal.suffix() == " sessions"


def test_only_the_fields_of_the_chosen_kind_of_reminder_can_be_used(
    dialog: SettingsDialog,
) -> None:
    page = dialog.reminders_page
    interval_fields = (page.every_spin, page.day_start_edit, page.day_end_edit)
    assert page.times_edit.isEnabled()  # Prefs(): at set times
    assert not any(field.isEnabled() for field in interval_fields)
    page.interval_radio.setChecked(True)
    assert not page.times_edit.isEnabled()
    assert all(field.isEnabled() for field in interval_fields)
    page.remind_box.setChecked(False)
    off = (page.fixed_radio, page.interval_radio, page.quiet_box, page.times_edit)
    assert not any(widget.isEnabled() for widget in (*off, *interval_fields, *page.day_boxes))
    page.remind_box.setChecked(True)
    assert all(field.isEnabled() for field in interval_fields)


def test_times_are_read_in_any_order_with_any_separator() -> None:
    assert parse_times("16:00, 10:30;13.30  10:30") == (time(10, 30), time(13, 30), time(16, 0))
    assert times_text(parse_times("9:05 14:00") or ()) == "9:05, 14:00"
    for unreadable in ("", "half past ten", "24:00", "10:60", "10:3"):
        assert parse_times(unreadable) is None, unreadable


def test_times_typed_on_a_chinese_or_arabic_keyboard_are_read() -> None:
    """Full-width commas and colons (Chinese) and the Arabic comma are what those
    keyboards type: a hint asking for the ASCII ones would be a trap."""
    assert parse_times("10：30，13:30、16:00") == (time(10, 30), time(13, 30), time(16, 0))
    assert parse_times("08:30، 13:00؛ 17:00") == (time(8, 30), time(13), time(17))
