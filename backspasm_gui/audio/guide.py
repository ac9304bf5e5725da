"""The guide: hears the session's events and plays what ``core.cues`` says they call for.

It listens through a queued connection, so a slow sound or speech system can
never hold up the session's own timing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, SignalInstance

from backspasm_gui.core.cues import Cues
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session_events import Event
from backspasm_gui.storage.settings import AudioPrefs

if TYPE_CHECKING:  # either may be a silent stand-in (audio.unavailable)
    from backspasm_gui.audio.chimes import ChimePlayer
    from backspasm_gui.audio.unavailable import SilentChimes, Speechless
    from backspasm_gui.audio.voice import Voice


class Guide(QObject):
    def __init__(
        self,
        routine: Routine,
        chimes: ChimePlayer | SilentChimes,
        voice: Voice | Speechless,
        prefs: AudioPrefs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.chimes = chimes
        self.voice = voice
        self._cues = Cues(routine)
        self.apply(prefs)

    def listen(self, happened: SignalInstance) -> None:
        """Follow a signal that carries session events (``SessionDriver.happened``)."""
        happened.connect(self.follow, Qt.ConnectionType.QueuedConnection)

    def apply(self, prefs: AudioPrefs) -> None:
        self.prefs = prefs
        self.chimes.set_enabled(prefs.sound)
        self.chimes.set_volume(prefs.volume)
        self.voice.set_enabled(prefs.voice)
        self.voice.set_volume(prefs.volume)
        self.voice.set_rate(prefs.rate)

    def follow(self, event: Event) -> None:
        for cue in self._cues.for_event(event):
            if cue.sound is not None:
                self.chimes.play(cue.sound)
            if cue.speech:
                self.voice.say(cue.speech, after=cue.after)
