"""The settings dialog on its own: the language choice, and every word through translate()."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core import i18n
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog
from backspasm_gui.ui.shared.language import system_language

NEXT_START = "The new language is used from the next time the app starts."


def make_dialog(
    qtbot: QtBot, routine: Routine, prefs: Prefs | None = None, current_language: str = "en"
) -> SettingsDialog:
    dialog = SettingsDialog(prefs or Prefs(), routine, False, current_language=current_language)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, routine: Routine, qapp: QApplication) -> SettingsDialog:
    return make_dialog(qtbot, routine)


def choose(dialog: SettingsDialog, code: str) -> None:
    dialog.general_page.language_combo.setCurrentIndex(
        dialog.general_page.language_combo.findData(code)
    )


def test_the_language_combo_offers_the_system_and_each_language_by_its_own_name(
    dialog: SettingsDialog,
) -> None:
    combo = dialog.general_page.language_combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    system = i18n.LANGUAGES[system_language()]
    assert items == [
        (f"System default ({system})", "system"),
        ("English", "en"),
        ("Español", "es"),
        ("Deutsch", "de"),
    ]
    assert combo.accessibleName() == "Language"
    assert dialog.general_page.language_label.buddy() is combo
    assert combo.currentData() == "system"  # Prefs() chooses nothing


def test_choosing_espanol_is_passed_on_as_prefs(dialog: SettingsDialog) -> None:
    sent: list[Prefs] = []
    dialog.changed.connect(sent.append)
    choose(dialog, "es")
    assert sent[-1].language == "es"
    assert dialog.prefs().language == "es"
    assert sent[-1].theme == Prefs().theme  # nothing else changed


def test_the_next_start_sentence_shows_only_for_another_language(
    dialog: SettingsDialog,
) -> None:
    note = dialog.general_page.language_note
    assert note.text() == NEXT_START
    assert note.isHidden() == (system_language() == "en")  # "system" is chosen
    choose(dialog, "es")
    assert not note.isHidden()
    choose(dialog, "en")
    assert note.isHidden()
    choose(dialog, "de")
    assert not note.isHidden()
    choose(dialog, "system")
    assert note.isHidden() == (system_language() == "en")


def test_reopened_on_the_language_in_use_says_nothing(qtbot: QtBot, routine: Routine) -> None:
    dialog = make_dialog(qtbot, routine, Prefs(language="es"), current_language="es")
    assert dialog.general_page.language_combo.currentData() == "es"
    assert dialog.general_page.language_note.isHidden()
    choose(dialog, "en")
    assert not dialog.general_page.language_note.isHidden()


def test_the_language_in_use_defaults_to_what_the_prefs_resolve_to(
    qtbot: QtBot, routine: Routine
) -> None:
    dialog = SettingsDialog(Prefs(language="de"), routine, False)
    qtbot.addWidget(dialog)
    assert dialog.current_language == "de"
    assert dialog.general_page.language_note.isHidden()


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
    assert dialog.general_page.theme_combo.itemText(1) == "<SettingsDialog>Light"
    assert dialog.general_page.theme_combo.itemData(1) == "light"
    combo = dialog.general_page.language_combo
    assert combo.itemText(0).startswith("<SettingsDialog>System default (")
    assert [combo.itemText(i) for i in range(1, 4)] == ["English", "Español", "Deutsch"]
    assert dialog.reminders_page.goal_spin.suffix().startswith("<SettingsDialog>")


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
    dialog.reminders_page.goal_spin.setValue(1)
    assert dialog.reminders_page.goal_spin.suffix() == " session"
    dialog.reminders_page.goal_spin.setValue(3)
    assert dialog.reminders_page.goal_spin.suffix() == " sessions"


def test_the_text_factor_scales_every_word_and_the_dialog_shrinks_back(
    dialog: SettingsDialog,
) -> None:
    dialog.show()
    usual = dialog.size()
    points = QApplication.font().pointSizeF()
    dialog.set_text_factor(2.0)
    assert dialog.text_factor == 2.0
    for widget in (
        dialog.routine_page.up_button,
        dialog.reminders_page.remind_box,
        dialog.routine_page.routine_note,
        dialog.routine_page.hold_spin,
    ):
        assert widget.font().pointSizeF() == pytest.approx(points * 2)
    assert dialog.width() > usual.width()
    assert dialog.width() >= dialog.minimumSizeHint().width()
    dialog.set_text_factor(1.0)
    assert dialog.routine_page.up_button.font().pointSizeF() == pytest.approx(points)
    assert dialog.size() == usual


def test_the_stretch_list_is_as_wide_as_its_longest_name(dialog: SettingsDialog) -> None:
    stretches = dialog.routine_page.stretch_list
    dialog.show()
    assert stretches.width() >= stretches.sizeHintForColumn(0)
    assert not stretches.horizontalScrollBar().isVisible()
