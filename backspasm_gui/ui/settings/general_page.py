"""Settings → General: the colours, the language, and starting on login.

A new language is used from the next start (the windows are built in one); a note
says so whenever the choice differs from the language the app speaks now. Whether
the app starts on login is the system's to say: a failure to change it is shown here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from backspasm_gui.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, pick, translate
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.settings.fields import note
from backspasm_gui.ui.shared import fonts
from backspasm_gui.ui.shared.language import system_language

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


class GeneralPage(QWidget):
    edited = Signal()  # a colour or language chosen
    startOnLoginChanged = Signal(bool)

    def __init__(self, current_language: str, parent: QWidget) -> None:
        """``current_language``: the code of the language the app shows now."""
        super().__init__(parent)
        self.current_language = current_language
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName(translate("SettingsDialog", "Colours"))
        for key, label in THEME_LABELS.items():
            self.theme_combo.addItem(translate("SettingsDialog", label), key)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(translate("SettingsDialog", "Language"))
        system = LANGUAGES[system_language()]
        self.language_combo.addItem(
            translate("SettingsDialog", "System default ({language})").format(language=system),
            "system",
        )
        for code, name in LANGUAGES.items():  # each by its own name, never translated
            self.language_combo.addItem(name, code)
            if code in fonts.SCRIPT_FAMILIES:  # 简体中文, العربية in their own fonts
                row = self.language_combo.count() - 1
                font = fonts.font_for(code, self.language_combo.font())
                self.language_combo.setItemData(row, font, Qt.ItemDataRole.FontRole)
        self.language_label = QLabel(translate("SettingsDialog", "Language"), self)
        self.language_label.setBuddy(self.language_combo)
        self.language_note = note()
        self.language_note.setObjectName("languageNote")
        self.language_note.setText(
            translate(
                "SettingsDialog", "The new language is used from the next time the app starts."
            )
        )
        self.language_note.hide()
        self.login_box = QCheckBox(
            translate("SettingsDialog", "Start when I log in (quietly, in the tray)"), self
        )
        self.login_box.setObjectName("loginBox")
        self.login_note = note()
        self.login_note.hide()
        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "Colours"), self.theme_combo)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.language_note)
        form.addRow(self.login_box)
        form.addRow(self.login_note)
        self.theme_combo.currentIndexChanged.connect(self.edited)
        self.language_combo.currentIndexChanged.connect(self._show_language_note)
        self.language_combo.currentIndexChanged.connect(self.edited)
        self.login_box.toggled.connect(self.startOnLoginChanged)

    def show_prefs(self, prefs: Prefs, start_on_login: bool) -> None:
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self._show_language_note()
        self.login_box.setChecked(start_on_login)

    def read(self, prefs: Prefs) -> Prefs:
        """``prefs`` with this page's colours and language."""
        return replace(
            prefs,
            theme=str(self.theme_combo.currentData()),
            language=str(self.language_combo.currentData()),
        )

    def show_login(self, on: bool, why: str = "") -> None:
        """Whether the app starts on login as the system now says, and why not if it failed."""
        self.login_box.blockSignals(True)
        self.login_box.setChecked(on)
        self.login_box.blockSignals(False)
        self.login_note.setText(why)
        self.login_note.setVisible(bool(why))

    def _show_language_note(self) -> None:
        """Say that a language other than the one in use waits for the next start."""
        chosen = pick(str(self.language_combo.currentData()), QLocale.system().uiLanguages())
        self.language_note.setVisible(chosen != self.current_language)
