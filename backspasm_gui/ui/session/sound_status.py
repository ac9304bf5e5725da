"""One true sentence about the sound, from what the chimes and the voice each report.

The chimes and the voice find their problems separately and at different moments
(the voice when its engine starts, the chimes when the system has no output). Said
one after the other they contradicted each other ("the chimes still play", then
"the chimes and the voice are silent"). Here they become one sentence about what
will really be heard, shown under one key so that a later finding replaces an
earlier one, and the header's sound label says the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from backspasm_gui.audio.unavailable import NO_DEVICE
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.session.main_window import MainWindow

if TYPE_CHECKING:  # either may be a silent stand-in (audio.unavailable)
    from backspasm_gui.audio.chimes import ChimePlayer
    from backspasm_gui.audio.unavailable import SilentChimes, Speechless
    from backspasm_gui.audio.voice import Voice

NOTICE_KEY = "sound"


class SoundStatus(QObject):
    def __init__(
        self, chimes: ChimePlayer | SilentChimes, voice: Voice | Speechless, window: MainWindow
    ) -> None:
        super().__init__(window)
        self._window = window
        self._chimes = ""  # what the chimes said was wrong ("" while they play)
        self._voice = ""
        chimes.problem.connect(self._chimes_said)
        voice.problem.connect(self._voice_said)

    @property
    def no_device(self) -> bool:
        return self._chimes == translate("Chimes", NO_DEVICE)

    def sentence(self) -> str:
        """What the person hears, in one sentence; "" when both can play."""
        if self.no_device:
            return self._chimes  # nothing can sound: the voice's own reason is moot
        if self._chimes and self._voice:
            return translate(
                "SoundStatus",
                "The chime sounds could not be loaded and spoken guidance is not available, "
                "so the session is silent; the screen still shows every step.",
            )
        return self._chimes or self._voice

    def _chimes_said(self, sentence: str) -> None:
        self._chimes = sentence
        self._show()

    def _voice_said(self, sentence: str) -> None:
        self._voice = sentence
        self._window.sound_button.set_voice_note(sentence)
        self._show()

    def _show(self) -> None:
        self._window.sound_button.set_available(
            chimes=not self._chimes, voice=not (self._voice or self.no_device)
        )
        self._window.notice.add(self.sentence(), key=NOTICE_KEY)
