"""The settings dialog as these tests open it: on its own, with the app speaking English."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog


def make_dialog(
    qtbot: QtBot, routine: Routine, prefs: Prefs | None = None, current_language: str = "en"
) -> SettingsDialog:
    dialog = SettingsDialog(prefs or Prefs(), routine, False, current_language=current_language)
    qtbot.addWidget(dialog)
    return dialog
