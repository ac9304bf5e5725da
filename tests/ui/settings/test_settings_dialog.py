"""The settings dialog as a whole: every word through translate(), and the text size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core import i18n
from backspasm_gui.core.routine import Routine
from backspasm_gui.ui.settings.settings_dialog import READING_PIXELS, SettingsDialog
from tests.ui.settings.opening import make_dialog


@pytest.fixture
def marked() -> Iterator[None]:
    """A backend that marks every translated text, so untranslated text shows up."""
    i18n.install(lambda context, text, disambiguation: f"<{context}>{text}")
    yield
    i18n.install(None)


@pytest.mark.usefixtures("marked")
def test_words_go_through_translate_and_language_names_do_not(
    qtbot: QtBot, routine: Routine
) -> None:
    dialog = make_dialog(qtbot, routine)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[0] == "<SettingsDialog>Routine"
    assert tabs[2:] == ["<SettingsDialog>Reminders", "<SettingsDialog>General"]
    assert dialog.windowTitle() == "<SettingsDialog>Settings"
    general = dialog.general_page
    assert general.theme_combo.itemText(1) == "<SettingsDialog>Light"
    assert general.theme_combo.itemData(1) == "light"
    combo = general.language_combo
    assert combo.itemText(0).startswith("<SettingsDialog>System default (")
    assert [combo.itemText(i) for i in range(1, 4)] == ["English", "Español", "Deutsch"]
    assert dialog.reminders_page.goal_spin.suffix().startswith("<SettingsDialog>")


def test_the_words_are_large_enough_to_read_and_the_text_factor_scales_them(
    dialog: SettingsDialog,
) -> None:
    """Never the desktop's small stock text: at least READING_PIXELS (16 px) at the
    usual size; twice the desktop's at twice the text size; back again after."""
    dialog.show()
    usual = dialog.size()
    routine, reminders = dialog.routine_page, dialog.reminders_page
    words = (routine.up_button, reminders.remind_box, routine.routine_note, routine.hold_spin)
    points = QApplication.font().pointSizeF()
    assert QFontInfo(QApplication.font()).pixelSize() < READING_PIXELS  # the desktop's
    for widget in words:
        assert widget.fontInfo().pixelSize() >= READING_PIXELS, widget.objectName()
    at_one = routine.up_button.font().pointSizeF()
    dialog.set_text_factor(2.0)
    assert dialog.text_factor == 2.0
    for widget in words:
        assert widget.font().pointSizeF() == pytest.approx(points * 2)
    assert dialog.width() > usual.width()
    assert dialog.width() >= dialog.minimumSizeHint().width()
    dialog.set_text_factor(1.0)
    assert routine.up_button.font().pointSizeF() == pytest.approx(at_one)
    assert dialog.size() == usual
