"""Spoken guidance through the system's speech engine (QTextToSpeech).

speech-dispatcher on Linux, SAPI or WinRT on Windows, AVSpeechSynthesizer on
macOS. Qt's "mock" engine is never chosen on its own; tests ask for it by
name. Where no engine or no voice exists, the app says so once and carries on
with the chimes. Speaking never blocks: a new line replaces the one being said.

The voice speaks one language, English unless told otherwise
(``Voice(language="es")`` or :meth:`Voice.set_language`): of the engine's
voices it takes one of that language, the engine's own choice where it is one,
else one of the system's country. Where the engine has no voice of the language
the voice stays silent (Spanish read by an English voice helps nobody) and
``problem`` says so once, in one sentence (:func:`missing_language_sentence`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from backspasm_gui.audio.unavailable import no_voice_sentence
from backspasm_gui.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

__all__ = ["Voice", "missing_language_sentence", "no_voice_sentence"]

log = logging.getLogger(__name__)

ENGINE_VARIABLE = "BACKSPASM_SPEECH_ENGINE"  # e.g. "mock" in tests, "none" for no voice

# One whole sentence for each language the app ships (translate("Voice", ...) them).
_MISSING_LANGUAGE = {
    "en": QT_TRANSLATE_NOOP(
        "Voice",
        "No English voice is installed on this computer, so the spoken guidance is off; "
        "the chimes still play.",
    ),
    "es": QT_TRANSLATE_NOOP(
        "Voice",
        "No Spanish voice is installed on this computer, so the spoken guidance is off; "
        "the chimes still play.",
    ),
    "de": QT_TRANSLATE_NOOP(
        "Voice",
        "No German voice is installed on this computer, so the spoken guidance is off; "
        "the chimes still play.",
    ),
}


def missing_language_sentence(language: str) -> str:
    """The sentence for an engine without a voice for ``language`` (a code: "es")."""
    if language in _MISSING_LANGUAGE:
        return translate("Voice", _MISSING_LANGUAGE[language])
    name = LANGUAGES.get(language) or QLocale(language).nativeLanguageName() or language
    return translate(
        "Voice",
        "No voice for {language} is installed on this computer, so the spoken guidance is off; "
        "the chimes still play.",
    ).format(language=name)


def _voice_for(tts: QTextToSpeech, language: str) -> QVoice | None:
    """The engine's voice for ``language``: its current one if it speaks it, else one of
    the system's country, else of the language's usual country, else any; None if none.

    A regional translation (``pt_BR``) takes a voice named for its region where the
    engine names one: espeak-ng's Portuguese (Portugal) and Portuguese (Brazil) both come
    to Qt as pt_BR. A voice in a language Qt has no name for (espeak-ng's Mandarin is
    "cmn") comes as the "C" locale; it is taken by its name ("Chinese (Mandarin, ...)")
    where no voice of the language is known to Qt."""
    locale = QLocale(language)
    wanted = locale.language()
    if wanted in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None
    voices = [
        voice
        for known in tts.availableLocales()
        if known.language() == wanted
        for voice in tts.allVoices(known)
        if voice.locale().language() == wanted
    ] or _unnamed_language(tts, wanted)
    if "_" in language:  # a region of its own
        place = QLocale.territoryToString(locale.territory())
        voices = [voice for voice in voices if place in voice.name()] or voices
    current = tts.voice()
    if current.name() and any(current.name() == voice.name() for voice in voices):
        return current
    for territory in (QLocale.system().territory(), locale.territory()):
        for voice in voices:
            if voice.locale().territory() == territory:
                return voice
    return voices[0] if voices else None


def _unnamed_language(tts: QTextToSpeech, wanted: QLocale.Language) -> list[QVoice]:
    """The voices of a language Qt does not know by its code, found by their names."""
    name = QLocale.languageToString(wanted)
    return [
        voice
        for known in tts.availableLocales()
        if known.language() == QLocale.Language.C
        for voice in tts.allVoices(known)
        if voice.name().startswith(name)
    ]


class Voice(QObject):
    """Says lines in ``language`` (a code of core.i18n.LANGUAGES, or any ISO 639 code)."""

    problem = Signal(str)  # one sentence (translated), said once (once per missing language)
    spoken = Signal(str)  # each line handed to the engine (for tests and the log)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        language: str = SOURCE_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get(ENGINE_VARIABLE)
        self._tts: QTextToSpeech | None = None
        self._tried = False
        self._told = False
        self._language = language
        self._speaks = False  # the engine has a voice for the language, and it is chosen
        self._missing: set[str] = set()  # languages already said to have no voice
        self._enabled = True
        self._rate = -0.1
        self._volume = 0.8
        self._has_output: Callable[[], bool] | None = None

    @property
    def engine(self) -> str:
        """The engine in use, or "" when there is none (yet)."""
        return self._tts.engine() if self._tts is not None else ""

    @property
    def available(self) -> bool:
        """Whether lines are spoken: an engine works and has a voice for the language."""
        self._ensure()
        return self._tts is not None and self._speaks

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Speak ``language`` ("en", "es", "de") from the next line on; silent, and said
        once through ``problem``, where the engine has no voice for it."""
        self._language = language
        if self._tts is not None:
            self._choose_voice()

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

    def say(self, text: str, *, after: bool = False) -> bool:
        """Say a line now, cutting off whatever is being said, or ``after`` it (the next
        sentence of a lead-in: a slow voice finishes the one before); False if silent."""
        if not self._enabled or not text:
            return False
        self._ensure()
        if self._tts is None or not self._speaks:
            return False
        if after:
            self._tts.enqueue(text)
        else:
            self._tts.say(text)
        self.spoken.emit(text)
        return True

    def start(self) -> None:
        """Open the engine now rather than at the first line (call once the window shows)."""
        self._ensure()

    def speak_only_with_output(self, has_output: Callable[[], bool]) -> None:
        """Open the engine only while ``has_output()`` says there is a sound output to
        hear it on. Without one, speech-dispatcher can take a line and never answer while
        it waits for a sound server that is not there, and its client waits for that
        answer in this thread: the window froze. Nothing would be heard anyway, and the
        window already says that the chimes and the voice are silent."""
        self._has_output = has_output

    def _ensure(self) -> None:
        if self._tried:
            return
        if self._has_output is not None and not self._has_output():
            return  # tried again at the next line: a headset may come
        self._tried = True
        wanted = self._engine_name
        if wanted == "none":
            self._tell(translate("Voice", "no speech engine was chosen"))
            return
        engines = (
            [wanted] if wanted else [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        )
        reason = translate("Voice", "no speech engine is installed")
        for name in engines:
            tts = QTextToSpeech(name, self)
            if tts.state() is QTextToSpeech.State.Error:
                reason = tts.errorString() or translate(
                    "Voice", "the {engine} engine did not start"
                ).format(engine=name)
                log.info("speech engine %s: %s", name, reason)
                tts.deleteLater()
                continue
            if not tts.availableVoices():
                reason = translate("Voice", "the {engine} engine has no voice installed").format(
                    engine=name
                )
                tts.deleteLater()
                continue
            tts.errorOccurred.connect(self._engine_failed)
            tts.setRate(self._rate)
            tts.setVolume(self._volume)
            self._tts = tts
            log.info("speech engine %s", name)
            self._choose_voice()
            return
        self._tell(reason)

    def _choose_voice(self) -> None:
        assert self._tts is not None
        tts = self._tts
        voice = _voice_for(tts, self._language)
        self._speaks = voice is not None
        if voice is None:
            tts.stop()
            log.info("speech engine %s has no voice for %r", tts.engine(), self._language)
            if self._language not in self._missing:
                self._missing.add(self._language)
                self.problem.emit(missing_language_sentence(self._language))
            return
        if voice != tts.voice():
            if voice.locale().language() != QLocale.Language.C:
                tts.setLocale(voice.locale())
            tts.setVoice(voice)
        log.info("voice %s (%s) for %r", tts.voice().name(), tts.locale().name(), self._language)

    def _engine_failed(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine failed: %s", message)
        if self._tts is not None:
            self._tts.deleteLater()
            self._tts = None
        self._tell(message or translate("Voice", "the speech engine stopped working"))

    def _tell(self, reason: str) -> None:
        if not self._told:
            self._told = True
            self.problem.emit(no_voice_sentence(reason.rstrip(".")))
