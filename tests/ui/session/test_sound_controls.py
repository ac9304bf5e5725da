"""Sound and voice choices in the window, remembered; problems said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from pytestqt.qtbot import QtBot

from backspasm_gui.audio.unavailable import NO_DEVICE, no_voice_sentence
from backspasm_gui.core.i18n import translate
from backspasm_gui.storage.settings import AudioPrefs, load_audio, reset_sentence, save_audio
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.sound_status import SoundStatus


def test_m_mutes_everything_and_m_again_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    heard: list[AudioPrefs] = []
    window.sound_button.changed.connect(heard.append)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.sound_button.text() == "Sound: off"
    assert heard[-1] == AudioPrefs(sound=False, volume=0.8, voice=False, rate=-0.1)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.sound_button.accessibleDescription() == "Sound: chimes and voice"
    assert heard[-1] == AudioPrefs()


def test_the_panel_changes_volume_and_voice(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.sound_button.panel
    heard: list[AudioPrefs] = []
    window.sound_button.changed.connect(heard.append)
    panel.volume_slider.setValue(35)
    panel.voice_box.setChecked(False)
    assert heard[-1] == AudioPrefs(sound=True, volume=0.35, voice=False, rate=-0.1)
    assert not panel.rate_slider.isEnabled()
    assert window.sound_button.accessibleDescription() == "Sound: chimes only"


def test_the_panel_opened_after_muting_shows_what_the_button_says(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The panel is made when it first opens: what happened before (M pressed, a voice
    that cannot speak) is there when it does."""
    button = window.sound_button
    qtbot.keyClick(window, Qt.Key.Key_M)
    button.set_voice_note("No voice is installed for speaking.")
    button.menu().aboutToShow.emit()  # as a click opens it
    panel = button.panel
    assert not panel.chimes_box.isChecked()
    assert not panel.voice_box.isChecked()
    assert panel.voice_note.text() == "No voice is installed for speaking."
    assert len(button.menu().actions()) == 1  # opening it again adds nothing
    button.menu().aboutToShow.emit()
    assert len(button.menu().actions()) == 1


@pytest.fixture
def settings_file(tmp_path: Path) -> str:
    return str(tmp_path / "settings.ini")


def ini(path: str) -> QSettings:
    return QSettings(path, QSettings.Format.IniFormat)


def test_choices_are_remembered_across_runs(settings_file: str) -> None:
    save_audio(ini(settings_file), AudioPrefs(sound=False, volume=0.25, voice=True, rate=0.5))
    again, reset = load_audio(ini(settings_file))
    assert again == AudioPrefs(sound=False, volume=0.25, voice=True, rate=0.5)
    assert reset == []


def test_unreadable_stored_choices_fall_back_and_are_named(settings_file: str) -> None:
    settings = ini(settings_file)
    settings.setValue("audio/volume", "loud")
    settings.setValue("audio/rate", 7)
    settings.setValue("audio/voice", "maybe")
    prefs, reset = load_audio(settings)
    assert prefs == AudioPrefs()
    assert reset == ["volume", "spoken guidance on or off", "speaking rate"]
    assert reset_sentence(reset) == (
        "The saved volume, spoken guidance on or off and speaking rate could not be read, "
        "so the default is used again."
    )
    settings.sync()
    assert load_audio(ini(settings_file))[1] == []  # reset once, not every start


def test_a_problem_is_shown_once_in_a_notice_that_can_be_dismissed(
    qtbot: QtBot, window: MainWindow
) -> None:
    sentence = "No sound output was found, so the chimes and the voice are silent."
    window.notify(sentence)
    window.notify(sentence)
    assert window.notice.isVisible()
    assert window.notice.lines == (sentence,)
    qtbot.mouseClick(window.notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()


class _Reports(QObject):
    problem = Signal(str)


def test_the_voice_then_no_device_is_said_once_and_truly(window: MainWindow) -> None:
    """First start on a computer with no sound: the voice's "the chimes still play" is
    replaced by the one true sentence, and the header no longer says "Sound on"."""
    chimes, voice = _Reports(), _Reports()
    SoundStatus(chimes, voice, window)  # type: ignore[arg-type]
    voice.problem.emit(no_voice_sentence("Connection to speech-dispatcher failed"))
    assert window.sound_button.accessibleDescription() == "Sound: chimes only"
    chimes.problem.emit(translate("Chimes", NO_DEVICE))
    assert window.notice.lines == (translate("Chimes", NO_DEVICE),)
    assert window.sound_button.accessibleDescription() == "Sound: none can play"
    window.sound_button.set_short(True)
    assert window.sound_button.text() == "No sound"


def test_a_voice_that_cannot_speak_leaves_the_chimes_in_the_label(window: MainWindow) -> None:
    chimes, voice = _Reports(), _Reports()
    SoundStatus(chimes, voice, window)  # type: ignore[arg-type]
    voice.problem.emit(no_voice_sentence("no engine"))
    assert window.notice.lines == (
        "Spoken guidance is not available on this computer (no engine); the chimes still play.",
    )
    assert window.sound_button.accessibleDescription() == "Sound: chimes only"
