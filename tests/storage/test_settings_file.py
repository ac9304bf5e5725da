"""Settings that tell the truth: a file that cannot be read is kept aside and said, one
that cannot be written is said once, and nothing is lost in silence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.storage.settings import AudioPrefs, load_audio, save_audio
from backspasm_gui.storage.settings_file import CheckedSettings, open_settings
from tests.storage.settings_files import RANDOM_BYTES, read_only

NOW = datetime(2026, 12, 1, 9, 30, 5)


@pytest.fixture
def config(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """The app's settings file, in a folder of this test's own."""
    QCoreApplication.setOrganizationName("backspasm")
    QCoreApplication.setApplicationName("Back Spasm Stretches")
    scope = QSettings.Scope.UserScope
    QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path))
    path = tmp_path / "backspasm" / "Back Spasm Stretches.conf"
    path.parent.mkdir()
    yield path
    QSettings.setPath(QSettings.Format.NativeFormat, scope, os.environ["XDG_CONFIG_HOME"])


def test_a_good_file_opens_quietly(config: Path) -> None:
    config.write_text("[audio]\nvolume=0.5\n", encoding="utf-8")
    settings, said = open_settings()
    assert said == []
    assert load_audio(settings)[0].volume == 0.5


def test_random_bytes_are_kept_aside_with_the_time_and_said(config: Path) -> None:
    config.write_bytes(RANDOM_BYTES)
    settings, said = open_settings(lambda: NOW)
    kept = config.with_name("Back Spasm Stretches-unreadable-20261201-093005.conf")
    assert said == [
        f"Your settings could not be read, so they were moved to {kept} and the defaults are used."
    ]
    assert kept.read_bytes() == RANDOM_BYTES
    save_audio(settings, AudioPrefs(volume=0.25))
    assert "volume=0.25" in config.read_text(encoding="utf-8")
    assert kept.read_bytes() == RANDOM_BYTES  # the copy is kept as it was


def test_a_folder_in_the_files_place_is_said_at_once(config: Path) -> None:
    config.mkdir()
    _settings, said = open_settings()
    assert said == [
        f"Your settings cannot be saved to {config}, so changes last only until the app closes."
    ]


def test_a_read_only_file_is_said_at_once(config: Path) -> None:
    config.write_text("[audio]\nvolume=0.5\n", encoding="utf-8")
    with read_only(config):
        settings, said = open_settings()
        assert said == [
            f"Your settings cannot be saved to {config}, so changes last only until the app closes."
        ]
        assert load_audio(settings)[0].volume == 0.5  # what it holds is still used


def test_a_file_that_stops_being_writable_is_said_once_when_a_change_is_lost(
    config: Path,
) -> None:
    config.write_text("[audio]\nvolume=0.5\n", encoding="utf-8")
    settings, said = open_settings()
    assert said == []
    heard: list[str] = []
    settings.report = heard.append
    with read_only(config):
        save_audio(settings, AudioPrefs(volume=0.25))
        save_audio(settings, AudioPrefs(volume=0.75))
    assert heard == [
        f"Your settings cannot be saved to {config}, so changes last only until the app closes."
    ]


def test_a_change_qt_saves_by_itself_that_fails_is_said_too(qtbot: QtBot, config: Path) -> None:
    """The window sets some values without syncing (the compact panel's place): Qt
    writes them from its event loop, and a failure there is heard as well."""
    config.write_text("[window]\ncompact=false\n", encoding="utf-8")
    settings, _said = open_settings()
    heard: list[str] = []
    settings.report = heard.append
    with read_only(config):
        settings.setValue("window/compact", True)
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert len(heard) == 1


def test_the_window_says_what_was_wrong_with_the_settings(qtbot: QtBot, config: Path) -> None:
    """As the app starts: the settings read, the window made, the sentences shown."""
    from backspasm_gui import parts, resources
    from backspasm_gui.core.about import load_about
    from backspasm_gui.core.routine_file import load_routine
    from backspasm_gui.startup import Asked, stored_prefs

    config.write_bytes(RANDOM_BYTES)
    _settings, prefs, problems = stored_prefs()
    routine = load_routine(resources.path("routine.toml"))
    driver = parts.driver(routine, Asked(lead_in=5, switch_lead_in=3), prefs)
    window = parts.compose_window(load_about(resources.path("about.toml")), driver, prefs, problems)
    qtbot.addWidget(window)
    assert any(
        line.startswith("Your settings could not be read, so they were moved to ")
        for line in window.notice.lines
    )


def test_a_property_list_is_not_taken_for_a_damaged_text_file(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS keeps the settings as a binary property list: bytes that are not text
    there are the file as it should be, and it is left where it is."""
    plist = config.with_suffix(".plist")
    plist.write_bytes(b"bplist00" + RANDOM_BYTES)
    monkeypatch.setattr(CheckedSettings, "fileName", lambda _self: str(plist))
    _settings, said = open_settings()
    assert said == []
    assert plist.read_bytes().startswith(b"bplist00")
