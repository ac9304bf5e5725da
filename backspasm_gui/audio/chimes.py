"""The chimes, played with QSoundEffect on the system's default sound output.

Playing never blocks and never fails loudly: with no sound device, missing
files or a device that goes away mid-session, the chimes are silent, the app
says so once, and the session runs on. When a device appears again (a headset
plugged in), the chimes follow it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from backspasm_gui import resources
from backspasm_gui.audio.unavailable import MISSING, NO_DEVICE
from backspasm_gui.core.cues import Sound
from backspasm_gui.core.i18n import translate

__all__ = ["MISSING", "NO_DEVICE", "ChimePlayer"]

log = logging.getLogger(__name__)


class ChimePlayer(QObject):
    problem = Signal(str)  # one sentence (translated), said once per kind of problem

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = True
        self._volume = 0.8
        self._told: set[str] = set()
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._follow_default_output)
        self._effects: dict[Sound, QSoundEffect] = {}
        for sound in Sound:
            effect = QSoundEffect(self)
            self._effects[sound] = effect
            effect.statusChanged.connect(lambda s=sound: self._check(s))
            effect.setVolume(self._volume)
            effect.setSource(QUrl.fromLocalFile(str(resources.path(f"sounds/{sound.value}.wav"))))
        self._follow_default_output()

    @property
    def has_output(self) -> bool:
        return bool(QMediaDevices.audioOutputs())

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            for effect in self._effects.values():
                effect.stop()

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def play(self, sound: Sound) -> bool:
        """Start a chime; False if it could not sound (off, no device, not loaded)."""
        effect = self._effects[sound]
        if not self._enabled or self._volume <= 0:
            return False
        if not self.has_output:
            self._tell(NO_DEVICE)
            return False
        if effect.status() is not QSoundEffect.Status.Ready:
            return False
        effect.play()
        return True

    def status(self, sound: Sound) -> QSoundEffect.Status:
        return self._effects[sound].status()

    def _check(self, sound: Sound) -> None:
        if self._effects[sound].status() is not QSoundEffect.Status.Error:
            return
        if not self.has_output:  # Qt cannot prepare a sound with nowhere to play it
            self._tell(NO_DEVICE)
            return
        log.warning("chime %s could not be loaded", sound.value)
        self._tell(MISSING)

    def _follow_default_output(self) -> None:
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.info("no sound output device")
            return
        log.info("sound output: %s", device.description())
        self._told.discard(NO_DEVICE)  # a device is back: say it again if it goes
        for effect in self._effects.values():
            effect.setAudioDevice(device)
            if effect.status() is QSoundEffect.Status.Error:  # load again for this device
                source = effect.source()
                effect.setSource(QUrl())
                effect.setSource(source)

    def _tell(self, sentence: str) -> None:
        if sentence not in self._told:
            self._told.add(sentence)
            said = translate("Chimes", sentence)
            # Later, not now: whoever connects right after construction still hears it.
            QTimer.singleShot(0, self, lambda: self.problem.emit(said))
