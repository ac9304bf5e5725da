"""One settings dialog: the routine, sound, reminders and look.

Every change applies at once (the app stores it and passes it on); there is
no OK to forget. A choice the app cannot take (reminder times it cannot
read, no stretch left) is explained next to it and not applied.

Its words are in the desktop's font, larger by the person's zoom
(:meth:`SettingsDialog.set_text_factor`); long sentences wrap, and the dialog
grows to what its words need rather than cutting one off.

Each tab is a page of its own (routine_page, reminders_page, general_page; the
Sound tab is the header's sound panel): it shows its part of the prefs, reads
it back and says when it was edited. The dialog gathers the parts into one
Prefs and passes it on.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import pick, translate
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.session.sound_panel import SoundPanel
from backspasm_gui.ui.settings.general_page import GeneralPage
from backspasm_gui.ui.settings.reminders_page import RemindersPage
from backspasm_gui.ui.settings.routine_page import RoutinePage

SIZE = QSize(560, 560)  # at the usual text size
# Its words are never smaller than this (pixels, about 12 points): the desktop's usual
# 9-10 points are small for a person reading through pain, often with reading glasses
# off; the zoom makes them larger still.
READING_PIXELS = 16


def reading_factor(base: QFont) -> float:
    """How much larger than ``base`` the dialog's words are set to reach READING_PIXELS."""
    pixels = QFontInfo(base).pixelSize()
    return max(1.0, READING_PIXELS / pixels) if pixels > 0 else 1.0


class SettingsDialog(QDialog):
    changed = Signal(object)  # Prefs, after every edit
    startOnLoginChanged = Signal(bool)

    def __init__(
        self,
        prefs: Prefs,
        routine: Routine,
        start_on_login: bool,
        parent: QWidget | None = None,
        *,
        current_language: str | None = None,
    ) -> None:
        """``current_language``: the code of the language the app shows now (None: the
        one ``prefs.language`` resolves to, as it did at start)."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self._prefs = prefs
        self._loading = False
        self._factor = 1.0
        language = current_language or pick(prefs.language, QLocale.system().uiLanguages())
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)  # every tab's name in full: the dialog widens
        # The routine file's own stretches are the ones to choose from.
        self.routine_page = RoutinePage(routine, self)
        self.tabs.addTab(self.routine_page, translate("SettingsDialog", "Routine"))
        self.sound = SoundPanel(prefs.audio, self)
        self.tabs.addTab(self.sound, translate("SettingsDialog", "Sound"))
        self.reminders_page = RemindersPage(self)
        self.tabs.addTab(self.reminders_page, translate("SettingsDialog", "Reminders"))
        self.general_page = GeneralPage(language, self)
        self.tabs.addTab(self.general_page, translate("SettingsDialog", "General"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_prefs(prefs, start_on_login)
        self._connect()
        self.routine_page.fit_list()
        self.resize(SIZE.expandedTo(self.minimumSizeHint()))
        self._applied = 1.0
        self.set_text_factor(1.0)

    @property
    def current_language(self) -> str:
        """The code of the language the app speaks now, which the language note compares with."""
        return self.general_page.current_language

    # --- text size ----------------------------------------------------------------------

    @property
    def text_factor(self) -> float:
        return self._factor

    def set_text_factor(self, factor: float) -> None:
        """Words ``factor`` times the desktop's font (the main window's zoom: the
        desktop's font already carries its own size), never below READING_PIXELS.
        The dialog grows with them, as far as its screen allows and never below what
        its words need."""
        self._factor = max(0.5, factor)
        self._apply(max(self._factor, reading_factor(QApplication.font(self))))

    def _apply(self, factor: float) -> None:
        if abs(factor - self._applied) < 1e-6:
            return
        self._applied = factor
        # The boxes to tick grow with the words beside them (first: a style sheet
        # set on the dialog puts its widgets' fonts back).
        box = round(self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) * factor)
        self.setStyleSheet(
            ""
            if factor == 1.0
            else f"QCheckBox::indicator, QRadioButton::indicator, QListView::indicator"
            f" {{ width: {box}px; height: {box}px; }}"
        )
        base = QApplication.font(self)
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * factor)
        else:
            font.setPixelSize(max(8, round(base.pixelSize() * factor)))
        self.setFont(font)
        # Widgets the style sheet draws keep their own font unless given it.
        for widget in self.findChildren(QWidget):
            widget.setFont(font)
        self.routine_page.fit_list()
        self._measure_again()
        wanted = QSize(round(SIZE.width() * factor), round(SIZE.height() * factor))
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted.expandedTo(self.minimumSizeHint()))

    def _measure_again(self) -> None:
        """The minimum size from the new fonts, now, the other tabs' too (a hidden tab's
        layout learns its new size only as the dialog's is laid out: twice), so that a
        smaller one lets the dialog shrink."""
        layout = self.layout()
        if layout is None:
            return
        for widget in reversed(self.findChildren(QWidget)):  # each before its parent
            widget.updateGeometry()
        for _ in range(2):
            self.setMinimumSize(0, 0)  # the layout sets it afresh
            layout.invalidate()
            layout.activate()

    # --- showing and reading -----------------------------------------------------------

    def show_prefs(self, prefs: Prefs, start_on_login: bool) -> None:
        self._loading = True
        self._prefs = prefs
        self.routine_page.show_prefs(prefs)
        self.sound.show_prefs(prefs.audio)
        self.reminders_page.show_prefs(prefs)
        self.general_page.show_prefs(prefs, start_on_login)
        self._loading = False

    def prefs(self) -> Prefs:
        return self._prefs

    def show_login(self, on: bool, note: str = "") -> None:
        """Whether the app starts on login as the system now says, and why not if it failed."""
        self.general_page.show_login(on, note)

    def _read(self) -> Prefs | None:
        """The dialog's choices, or None (with a note shown on its page) if one cannot
        be taken."""
        prefs = self.routine_page.read(replace(self._prefs, audio=self.sound.prefs()))
        if prefs is not None:
            prefs = self.reminders_page.read(prefs)
        return None if prefs is None else self.general_page.read(prefs)

    # --- edits -------------------------------------------------------------------------

    def _connect(self) -> None:
        for page in (self.routine_page, self.reminders_page, self.general_page):
            page.edited.connect(self._edited)
        self.sound.changed.connect(self._edited)
        self.general_page.startOnLoginChanged.connect(self.startOnLoginChanged)

    def _edited(self) -> None:
        if self._loading:
            return
        prefs = self._read()
        if prefs is None or prefs == self._prefs:
            return
        self.routine_page.show_hint()
        self._prefs = prefs
        self.changed.emit(prefs)
