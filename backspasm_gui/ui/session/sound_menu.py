"""The header's "Sound" button: what will be heard, in words; it opens the sound panel.

A widget only: it shows the choices it is given and emits the new ones; the
app stores them and hands them to the audio guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from backspasm_gui.core.i18n import translate
from backspasm_gui.storage.settings import AudioPrefs

if TYPE_CHECKING:
    from backspasm_gui.ui.session.sound_panel import SoundPanel


class SoundButton(QToolButton):
    """Opens the panel; its text says at a glance whether anything will be heard.

    The panel is made the first time it opens (or is asked for): the header shows
    only the button's words at start.
    """

    changed = Signal(object)  # AudioPrefs

    def __init__(self, prefs: AudioPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundButton")
        self.setAccessibleName(translate("SoundMenu", "Sound and voice"))
        self.setToolTip(
            translate("SoundMenu", "Chimes, spoken guidance, volume and speaking rate (M mutes)")
        )
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._prefs = prefs
        self._voice_note = ""
        self._can_chime = self._can_speak = True  # what this computer can play
        self._panel: SoundPanel | None = None
        menu = QMenu(self)
        menu.aboutToShow.connect(lambda: self.panel)  # made before it first shows
        self.setMenu(menu)
        self._last_audible = prefs if (prefs.sound or prefs.voice) else AudioPrefs()
        self._short = False
        self._label(prefs)

    @property
    def panel(self) -> SoundPanel:
        if self._panel is None:
            from PySide6.QtWidgets import QWidgetAction  # noqa: PLC0415

            from backspasm_gui.ui.session.sound_panel import SoundPanel  # noqa: PLC0415

            self._panel = SoundPanel(self._prefs)
            self._panel.set_voice_note(self._voice_note)
            action = QWidgetAction(self.menu())
            action.setDefaultWidget(self._panel)
            self.menu().addAction(action)
            self._panel.changed.connect(self._changed)
        return self._panel

    def prefs(self) -> AudioPrefs:
        return self._prefs

    @property
    def voice_note(self) -> str:
        """Why the voice cannot speak, as the panel says it ("" while it can)."""
        return self._voice_note

    def set_voice_note(self, text: str) -> None:
        """Why the voice cannot speak (no voice engine, none for the language), under its
        switch in the panel."""
        self._voice_note = text
        if self._panel is not None:
            self._panel.set_voice_note(text)

    def set_available(self, *, chimes: bool, voice: bool) -> None:
        """What can really sound here: the label says what will be heard, not only what
        is switched on (no sound device: nothing; no speech engine: the chimes)."""
        self._can_chime, self._can_speak = chimes, voice
        self._label(self._prefs)

    def set_prefs(self, prefs: AudioPrefs) -> None:
        """Choices made elsewhere (the settings dialog): shown here and passed on."""
        if prefs != self._prefs:
            self._show(prefs)
            self._changed(prefs)

    def toggle_mute(self) -> None:
        """Everything silent, or back to how it was: one key for someone on the floor."""
        prefs = self._prefs
        if prefs.sound or prefs.voice:
            self._last_audible = prefs
            new = AudioPrefs(False, prefs.volume, False, prefs.rate)
        else:
            new = self._last_audible
        self._show(new)
        self._changed(new)

    def _show(self, prefs: AudioPrefs) -> None:
        if self._panel is not None:
            self._panel.show_prefs(prefs)

    def _changed(self, prefs: AudioPrefs) -> None:
        self._prefs = prefs
        self._label(prefs)
        self.changed.emit(prefs)

    def set_short(self, short: bool) -> None:
        """Say it in fewer words where the window is narrow."""
        if short != self._short:
            self._short = short
            self._label(self._prefs)

    def _label(self, prefs: AudioPrefs) -> None:
        chimes, voice = prefs.sound and self._can_chime, prefs.voice and self._can_speak
        if (prefs.sound or prefs.voice) and not (chimes or voice):
            text = translate("SoundMenu", "Sound: none can play")
            short = translate("SoundMenu", "No sound")
        elif chimes and voice:
            text = translate("SoundMenu", "Sound: chimes and voice")
            short = translate("SoundMenu", "Sound on")
        elif chimes:
            text = translate("SoundMenu", "Sound: chimes only")
            short = translate("SoundMenu", "Chimes only")
        elif voice:
            text = translate("SoundMenu", "Sound: voice only")
            short = translate("SoundMenu", "Voice only")
        else:
            text = short = translate("SoundMenu", "Sound: off")
        self.setText(short if self._short else text)
        self.setAccessibleDescription(text)
