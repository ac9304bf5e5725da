"""The settings dialog, opened on the default prefs, for each page's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.routine import Routine
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog
from tests.ui.settings.opening import make_dialog


@pytest.fixture
def dialog(qtbot: QtBot, routine: Routine, qapp: QApplication) -> SettingsDialog:
    return make_dialog(qtbot, routine)
