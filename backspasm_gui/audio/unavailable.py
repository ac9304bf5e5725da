"""Chimes and voice where Qt's module for them cannot be loaded, and the sentences of sound.

QtMultimedia links libpulse, and QtTextToSpeech its own libraries: on a system without
them importing the module fails (an ImportError naming the shared library, or an
OSError), and that once ended the app a quarter of a second after its window showed.
Now :func:`load_chimes` and :func:`load_voice` give a silent stand-in instead, with the
few methods the guide and the window use, which says once, in the usual sentence about
sound, what is missing. This module imports neither, so the window can always use it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backspasm_gui.core.cues import Sound
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

if TYPE_CHECKING:
    from backspasm_gui.audio.chimes import ChimePlayer
    from backspasm_gui.audio.voice import Voice

log = logging.getLogger(__name__)

# The chimes' problems, in English; ``ChimePlayer.problem`` carries them translated.
NO_DEVICE = QT_TRANSLATE_NOOP(
    "Chimes",
    "No sound output was found, so the chimes and the voice are silent; "
    "the screen still shows every step.",
)
MISSING = QT_TRANSLATE_NOOP(
    "Chimes", "The chime sounds could not be loaded, so the session runs without them."
)


def no_chimes_sentence(library: str) -> str:
    """The sentence for a system whose sound library cannot be loaded (``libpulse.so.0``)."""
    return translate(
        "Chimes",
        "The chimes are silent because the sound library {library} could not be loaded on "
        "this computer; the screen still shows every step.",
    ).format(library=library)


def no_voice_sentence(reason: str) -> str:
    """The sentence for a computer that cannot speak at all, ``reason`` in brackets."""
    return translate(
        "Voice",
        "Spoken guidance is not available on this computer ({reason}); the chimes still play.",
    ).format(reason=reason)


def missing_library(error: BaseException, module: str) -> str:
    """The shared library an import error names (``libpulse.so.0``), else the module."""
    found = re.search(r"\b(lib[\w+.-]+?\.(?:so(?:\.\d+)*|dylib|dll))\b", str(error))
    return found.group(1) if found else module


class SilentChimes(QObject):
    """The chimes where QtMultimedia cannot be loaded: silent, saying why once."""

    problem = Signal(str)

    def __init__(self, sentence: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Later, not now: whoever connects right after construction still hears it.
        QTimer.singleShot(0, self, lambda: self.problem.emit(sentence))

    @property
    def has_output(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> None:
        del enabled

    def set_volume(self, volume: float) -> None:
        del volume

    def play(self, sound: Sound) -> bool:
        del sound
        return False


class Speechless(QObject):
    """The voice where QtTextToSpeech cannot be loaded: silent, saying why when started."""

    problem = Signal(str)
    spoken = Signal(str)

    def __init__(
        self, sentence: str, parent: QObject | None = None, *, language: str = SOURCE_LANGUAGE
    ) -> None:
        super().__init__(parent)
        self._sentence = sentence
        self._told = False
        self.language = language

    @property
    def engine(self) -> str:
        return ""

    @property
    def available(self) -> bool:
        self.start()
        return False

    def set_language(self, language: str) -> None:
        self.language = language

    def set_enabled(self, enabled: bool) -> None:
        del enabled

    def set_rate(self, rate: float) -> None:
        del rate

    def set_volume(self, volume: float) -> None:
        del volume

    def say(self, text: str, *, after: bool = False) -> bool:
        del text, after
        return False

    def start(self) -> None:
        if not self._told:
            self._told = True
            self.problem.emit(self._sentence)


def load_chimes(parent: QObject | None = None) -> ChimePlayer | SilentChimes:
    """The chimes, or silent ones that say why if QtMultimedia cannot be loaded."""
    try:
        from backspasm_gui.audio.chimes import ChimePlayer  # noqa: PLC0415 - may fail: why here
    except (ImportError, OSError) as exc:
        log.warning("no chimes: QtMultimedia could not be loaded: %s", exc)
        return SilentChimes(no_chimes_sentence(missing_library(exc, "QtMultimedia")), parent)
    return ChimePlayer(parent)


def load_voice(
    parent: QObject | None = None, *, language: str = SOURCE_LANGUAGE
) -> Voice | Speechless:
    """The voice, or a silent one that says why if QtTextToSpeech cannot be loaded."""
    try:
        from backspasm_gui.audio.voice import Voice  # noqa: PLC0415 - may fail: why here
    except (ImportError, OSError) as exc:
        log.warning("no voice: QtTextToSpeech could not be loaded: %s", exc)
        library = missing_library(exc, "QtTextToSpeech")
        reason = translate("Voice", "the speech library {library} could not be loaded")
        return Speechless(
            no_voice_sentence(reason.format(library=library)), parent, language=language
        )
    return Voice(parent, language=language)
