"""Settings → Routine: the list of stretches to choose from, and going back to the handout's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.settings.settings_dialog import SettingsDialog


def test_the_stretch_list_is_as_wide_as_its_longest_name(dialog: SettingsDialog) -> None:
    stretches = dialog.routine_page.stretch_list
    dialog.show()
    assert stretches.width() >= stretches.sizeHintForColumn(0)
    assert not stretches.horizontalScrollBar().isVisible()


def test_reset_to_the_handouts_is_passed_on_once(dialog: SettingsDialog) -> None:
    page = dialog.routine_page
    page.hold_spin.setValue(45)
    page.stretch_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.prefs().routine.order is not None
    sent: list[Prefs] = []
    dialog.changed.connect(sent.append)
    page.reset_button.click()
    assert len(sent) == 1  # one edit, not one per stretch put back
    assert sent[0].routine.order is None
    assert sent[0].routine.hold_seconds is None
    assert page.hold_spin.value() == 30
