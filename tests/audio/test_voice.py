"""Spoken guidance through Qt's mock speech engine, and the app without voice or sound."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from backspasm_gui import resources
from backspasm_gui.audio import voice as voice_module
from backspasm_gui.audio.chimes import NO_DEVICE, ChimePlayer
from backspasm_gui.audio.guide import Guide
from backspasm_gui.audio.voice import Voice, missing_language_sentence
from backspasm_gui.core import i18n
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.cues import Sound, timeline
from backspasm_gui.core.poses import load_demonstrations
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.script import Scripts
from backspasm_gui.core.session import Session, State
from backspasm_gui.storage.settings import AudioPrefs
from backspasm_gui.ui.session.session_driver import SessionDriver


@pytest.fixture
def voice(qtbot: QtBot) -> Voice:
    return Voice(engine="mock")


def test_the_mock_engine_really_speaks_the_line(qtbot: QtBot, voice: Voice) -> None:
    assert voice.available
    assert voice.engine == "mock"
    tts = voice.findChild(QTextToSpeech)
    assert tts is not None
    words: list[str] = []
    tts.sayingWord.connect(lambda word, *_: words.append(word))
    with qtbot.waitSignal(
        tts.stateChanged, check_params_cb=lambda s: s == QTextToSpeech.State.Speaking
    ):
        assert voice.say("Switch sides.")
    qtbot.waitUntil(lambda: tts.state() is QTextToSpeech.State.Ready, timeout=3000)
    assert words == ["Switch", "sides"]


def test_the_next_sentence_of_a_lead_in_waits_for_the_one_being_said(
    qtbot: QtBot, voice: Voice
) -> None:
    voice.start()
    tts = voice.findChild(QTextToSpeech)
    assert tts is not None
    words: list[str] = []
    tts.sayingWord.connect(lambda word, *_: words.append(word))
    voice.say("Start on your hands and knees.")
    voice.say("Arch your back upwards.", after=True)
    qtbot.waitUntil(lambda: words[-1:] == ["upwards"], timeout=5000)
    assert words == [
        "Start",
        "on",
        "your",
        "hands",
        "and",
        "knees",
        "Arch",
        "your",
        "back",
        "upwards",
    ]


def test_voice_off_says_nothing(voice: Voice) -> None:
    voice.set_enabled(False)
    assert not voice.say("Ten seconds.")


def test_no_speech_engine_is_said_once_in_one_sentence(qtbot: QtBot) -> None:
    voice = Voice(engine="none")
    told: list[str] = []
    voice.problem.connect(told.append)
    assert not voice.say("Next: Cat Cow.")
    assert not voice.say("Cat…")
    assert len(told) == 1
    assert told[0].startswith("Spoken guidance is not available on this computer")
    assert told[0].endswith("the chimes still play.")


def test_an_engine_that_does_not_exist_is_reported_not_raised(qtbot: QtBot) -> None:
    voice = Voice(engine="no-such-engine")
    told: list[str] = []
    voice.problem.connect(told.append)
    voice.start()
    assert not voice.available
    assert len(told) == 1


def test_a_language_without_a_voice_stays_silent_and_is_said_once(qtbot: QtBot) -> None:
    voice = Voice(engine="mock", language="es")  # mock speaks English, Norwegian, Finnish
    told: list[str] = []
    spoken: list[str] = []
    voice.problem.connect(told.append)
    voice.spoken.connect(spoken.append)
    assert not voice.say("Siguiente: Gato-vaca.")
    assert not voice.say("Diez segundos.")
    assert not voice.available
    voice.set_language("es")
    assert told == [
        "No Spanish voice is installed on this computer, so the spoken guidance is off; "
        "the chimes still play."
    ]
    assert spoken == []
    voice.set_language("en")
    assert voice.say("Ten seconds.")
    assert voice.language == "en"


def test_the_voice_speaks_with_a_voice_of_its_language(qtbot: QtBot) -> None:
    voice = Voice(engine="mock", language="fi")
    told: list[str] = []
    voice.problem.connect(told.append)
    assert voice.say("Kymmenen sekuntia.")
    tts = voice.findChild(QTextToSpeech)
    assert tts is not None
    assert tts.voice().locale().language() is QLocale.Language.Finnish
    assert told == []


def test_the_missing_voice_is_said_in_the_apps_language() -> None:
    i18n.install(lambda context, text, disambiguation: f"«{text}»")
    try:
        german = missing_language_sentence("de")
        french = missing_language_sentence("fr")
        japanese = missing_language_sentence("ja")
    finally:
        i18n.install(None)
    assert german.startswith("«No German voice is installed")
    assert french.startswith("«No voice for Français is installed")  # as the menu names it
    assert japanese.startswith("«No voice for 日本語 is installed")


class FakeVoice:
    def __init__(self, name: str, locale: str) -> None:
        self._name, self._locale = name, QLocale(locale)

    def name(self) -> str:
        return self._name

    def locale(self) -> QLocale:
        return self._locale


class SpeechDispatcher:
    """What Qt's speechd engine lists with espeak-ng, in part: both Portuguese voices as
    pt_BR, Mandarin ("cmn") in the "C" locale Qt gives a language it has no name for,
    Cantonese as its own language."""

    VOICES = (
        FakeVoice("Portuguese (Portugal)", "pt_BR"),
        FakeVoice("Portuguese (Brazil)", "pt_BR"),
        FakeVoice("Chinese (Cantonese)", "yue_HK"),
        FakeVoice("Hakka Chinese", "C"),
        FakeVoice("Chinese (Mandarin, latin as English)", "C"),
        FakeVoice("Arabic", "ar_EG"),
        FakeVoice("French (Belgium)", "fr_BE"),
        FakeVoice("French (France)", "fr_FR"),
    )

    def availableLocales(self) -> list[QLocale]:
        return list({voice.locale().name(): voice.locale() for voice in self.VOICES}.values())

    def allVoices(self, locale: QLocale) -> list[FakeVoice]:
        return [voice for voice in self.VOICES if voice.locale() == locale]

    def voice(self) -> FakeVoice:
        return FakeVoice("", "C")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pt_BR", "Portuguese (Brazil)"),
        ("zh_CN", "Chinese (Mandarin, latin as English)"),
        ("ar", "Arabic"),
        ("fr", "French (France)"),
    ],
)
def test_each_language_finds_its_voice_among_what_espeak_ng_offers(
    language: str, expected: str
) -> None:
    chosen = voice_module._voice_for(SpeechDispatcher(), language)  # type: ignore[arg-type]
    assert chosen is not None
    assert chosen.name() == expected


def test_no_voice_of_the_language_is_none_rather_than_another_languages() -> None:
    assert voice_module._voice_for(SpeechDispatcher(), "pl") is None  # type: ignore[arg-type]


@pytest.mark.parametrize("scripted", [True, False], ids=["steps-said", "fixed-lead-ins"])
def test_the_guide_says_what_the_timeline_says_in_the_same_order(
    qtbot: QtBot, routine: Routine, voice: Voice, scripted: bool
) -> None:
    clock = ManualClock()
    scripts = Scripts(load_demonstrations(resources.path("poses.toml"))) if scripted else None
    driver = SessionDriver(Session(routine, clock, scripts=scripts), clock, awake_clock=clock)
    chimes = ChimePlayer()
    spoken: list[str] = []
    voice.spoken.connect(spoken.append)
    guide = Guide(routine, chimes, voice, AudioPrefs())
    guide.listen(driver.happened)
    driver.toggle()
    while driver.session.state is not State.FINISHED:
        clock.advance(driver.session.next_change() or 0.0)
        driver.tick()
        qtbot.wait(0)  # the guide listens through a queued connection
    qtbot.waitUntil(lambda: bool(spoken) and spoken[-1].startswith("Well done"), timeout=3000)
    expected = [e.detail for e in timeline(routine, scripts=scripts) if e.what == "speech"]
    assert spoken == expected


def test_with_no_sound_device_chimes_are_silent_said_once_and_never_block(
    qtbot: QtBot,
) -> None:
    chimes = ChimePlayer()
    if chimes.has_output:
        pytest.skip("this machine has a sound output; CI has none")
    told: list[str] = []
    chimes.problem.connect(told.append)
    qtbot.wait(50)
    assert not chimes.play(Sound.HOLD_START)
    assert not chimes.play(Sound.TICK)
    assert told == [NO_DEVICE]


def test_the_session_keeps_exact_time_with_no_device_and_no_voice(
    qtbot: QtBot, routine: Routine
) -> None:
    clock = ManualClock()
    driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
    guide = Guide(routine, ChimePlayer(), Voice(engine="none"), AudioPrefs())
    guide.listen(driver.happened)
    driver.toggle()
    clock.advance(377.0)
    driver.tick()
    qtbot.wait(10)
    assert driver.session.state is State.FINISHED
    assert driver.session.summary().complete


def test_without_a_sound_output_the_engine_is_not_even_opened() -> None:
    """speech-dispatcher with no sound server took a line and never answered, and the
    window froze waiting for it: with no output nothing is opened, nothing is sent."""
    output = [False]
    voice = Voice(engine="mock")
    voice.speak_only_with_output(lambda: output[0])
    voice.start()
    assert voice.engine == ""
    assert not voice.available
    assert voice.say("Cat") is False
    output[0] = True  # a headset plugged in: the next line opens the engine and speaks
    assert voice.say("Cat") is True
    assert voice.engine == "mock"
