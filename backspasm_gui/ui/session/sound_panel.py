"""The sound panel the header's Sound button opens: chimes and voice on or off,
volume, speaking rate, and why the voice cannot speak, if it cannot.

Its own module: the checkboxes and sliders are made (and their Qt classes loaded)
the first time the panel opens, not at start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSlider, QWidget

from backspasm_gui.core.i18n import translate
from backspasm_gui.storage.settings import AudioPrefs


def _slider(name: str, accessible: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setObjectName(name)
    slider.setAccessibleName(accessible)
    slider.setMinimumWidth(180)
    slider.setPageStep(10)
    return slider


class SoundPanel(QWidget):
    changed = Signal(object)  # AudioPrefs

    def __init__(self, prefs: AudioPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundPanel")
        self.chimes_box = QCheckBox(translate("SoundMenu", "Chimes"), self)
        self.chimes_box.setObjectName("chimesBox")
        self.chimes_box.setAccessibleName(translate("SoundMenu", "Chimes on"))
        self.voice_box = QCheckBox(translate("SoundMenu", "Spoken guidance"), self)
        self.voice_box.setObjectName("voiceBox")
        self.voice_box.setAccessibleName(translate("SoundMenu", "Spoken guidance on"))
        self.volume_slider = _slider("volumeSlider", translate("SoundMenu", "Volume"))
        self.volume_slider.setRange(0, 100)
        self.rate_slider = _slider("rateSlider", translate("SoundMenu", "Speaking rate"))
        self.rate_slider.setRange(-10, 10)
        self.rate_slider.setPageStep(2)
        self.voice_note = QLabel(self)
        self.voice_note.setObjectName("voiceNote")
        self.voice_note.setWordWrap(True)
        self.voice_note.setProperty("role", "muted")
        self.voice_note.hide()

        form = QFormLayout(self)
        form.setContentsMargins(14, 12, 14, 12)
        form.addRow(self.chimes_box)
        form.addRow(translate("SoundMenu", "Volume"), self.volume_slider)
        form.addRow(self.voice_box)
        form.addRow(translate("SoundMenu", "Speaking rate"), self.rate_slider)
        form.addRow(self.voice_note)

        self.show_prefs(prefs)
        for box in (self.chimes_box, self.voice_box):
            box.toggled.connect(self._emit)
        for slider in (self.volume_slider, self.rate_slider):
            slider.valueChanged.connect(self._emit)

    def show_prefs(self, prefs: AudioPrefs) -> None:
        widgets = (self.chimes_box, self.voice_box, self.volume_slider, self.rate_slider)
        for widget in widgets:
            widget.blockSignals(True)
        self.chimes_box.setChecked(prefs.sound)
        self.voice_box.setChecked(prefs.voice)
        self.volume_slider.setValue(round(prefs.volume * 100))
        self.rate_slider.setValue(round(prefs.rate * 10))
        self.rate_slider.setEnabled(prefs.voice)
        for widget in widgets:
            widget.blockSignals(False)
        self._prefs = prefs

    def prefs(self) -> AudioPrefs:
        return self._prefs

    def set_voice_note(self, text: str) -> None:
        self.voice_note.setText(text)
        self.voice_note.setVisible(bool(text))

    def _emit(self) -> None:
        prefs = AudioPrefs(
            sound=self.chimes_box.isChecked(),
            volume=self.volume_slider.value() / 100,
            voice=self.voice_box.isChecked(),
            rate=self.rate_slider.value() / 10,
        )
        self.rate_slider.setEnabled(prefs.voice)
        self._prefs = prefs
        self.changed.emit(prefs)
