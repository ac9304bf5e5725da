"""Settings → General: the language choice, and the note that it waits for the next start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backspasm_gui.core import i18n
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog
from backspasm_gui.ui.shared.language import system_language
from tests.ui.settings.opening import make_dialog

NEXT_START = "The new language is used from the next time the app starts."


def choose(dialog: SettingsDialog, code: str) -> None:
    combo = dialog.general_page.language_combo
    combo.setCurrentIndex(combo.findData(code))


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
        ("Français", "fr"),
        ("Português (Brasil)", "pt_BR"),
        ("Italiano", "it"),
        ("Polski", "pl"),
        ("简体中文", "zh_CN"),
        ("العربية", "ar"),
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
