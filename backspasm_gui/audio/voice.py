"""Spoken guidance through the system's speech engine (QTextToSpeech).

speech-dispatcher on Linux, SAPI or WinRT on Windows, AVSpeechSynthesizer on
macOS. Qt's "mock" engine is never chosen on its own; tests ask for it by
name. Where no engine or no voice exists, the app says so once and carries on
with the chimes. Speaking never blocks: a new line replaces the one being said.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "BACKSPASM_SPEECH_ENGINE"  # e.g. "mock" in tests, "none" for no voice


def no_voice_sentence(reason: str) -> str:
    return f"Spoken guidance is not available on this computer ({reason}); the chimes still play."


class Voice(QObject):
    problem = Signal(str)  # one sentence, said once
    spoken = Signal(str)  # each line handed to the engine (for tests and the log)

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get(ENGINE_VARIABLE)
        self._tts: QTextToSpeech | None = None
        self._tried = False
        self._told = False
        self._enabled = True
        self._rate = -0.1
        self._volume = 0.8

    @property
    def engine(self) -> str:
        """The engine in use, or "" when there is none (yet)."""
        return self._tts.engine() if self._tts is not None else ""

    @property
    def available(self) -> bool:
        self._ensure()
        return self._tts is not None

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled and self._tts is not None:
            self._tts.stop()

    def set_rate(self, rate: float) -> None:
        self._rate = min(1.0, max(-1.0, rate))
        if self._tts is not None:
            self._tts.setRate(self._rate)

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        if self._tts is not None:
            self._tts.setVolume(self._volume)

    def say(self, text: str) -> bool:
        """Say a line now, cutting off whatever is being said; False if silent."""
        if not self._enabled or not text:
            return False
        self._ensure()
        if self._tts is None:
            return False
        self._tts.say(text)
        self.spoken.emit(text)
        return True

    def start(self) -> None:
        """Open the engine now rather than at the first line (call once the window shows)."""
        self._ensure()

    def _ensure(self) -> None:
        if self._tried:
            return
        self._tried = True
        wanted = self._engine_name
        if wanted == "none":
            self._tell("no speech engine was chosen")
            return
        engines = (
            [wanted] if wanted else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        )
        reason = "no speech engine is installed"
        for name in engines:
            tts = QTextToSpeech(name, self)
            if tts.state() is QTextToSpeech.State.Error:
                reason = tts.errorString() or f"the {name} engine did not start"
                log.info("speech engine %s: %s", name, reason)
                tts.deleteLater()
                continue
            if not tts.availableVoices():
                reason = f"the {name} engine has no voice installed"
                tts.deleteLater()
                continue
            tts.errorOccurred.connect(self._engine_failed)
            tts.setRate(self._rate)
            tts.setVolume(self._volume)
            self._tts = tts
            log.info("speech engine %s, voice %s", name, tts.voice().name())
            return
        self._tell(reason)

    def _engine_failed(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine failed: %s", message)
        if self._tts is not None:
            self._tts.deleteLater()
            self._tts = None
        self._tell(message or "the speech engine stopped working")

    def _tell(self, reason: str) -> None:
        if not self._told:
            self._told = True
            self.problem.emit(no_voice_sentence(reason.rstrip(".")))
