"""The app speaks the chosen language, else the system's, else English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from backspasm_gui import resources
from backspasm_gui.core import i18n
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.shared import language


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    language.install(qapp, "en")
    i18n.install(None)


@pytest.mark.parametrize(
    ("code", "start", "switch"),
    [("es", "Comenzar", "Cambie de lado."), ("de", "Starten", "Wechseln Sie die Seite.")],
)
def test_a_chosen_language_translates_the_window_and_the_voice(
    qapp: QApplication, code: str, start: str, switch: str
) -> None:
    assert language.install(qapp, code) == (code, "")
    assert translate("ControlBar", "Start") == start
    assert translate("Cues", "Switch sides.") == switch
    assert QLocale().language() == QLocale(code).language()  # dates and day names


def test_the_handout_is_translated_too(qapp: QApplication) -> None:
    language.install(qapp, "es")
    assert translate("Routine", "Cat Cow") != "Cat Cow"
    assert translate("About", "What are back spasms?") != "What are back spasms?"


def test_system_follows_the_first_shipped_language_of_the_system(qapp: QApplication) -> None:
    assert language.install(qapp, "system", ["fr-FR", "de-AT", "es"])[0] == "de"
    assert language.install(qapp, "system", ["fr-FR", "ja"])[0] == "en"
    assert translate("ControlBar", "Start") == "Start"


def test_english_leaves_the_source_text(qapp: QApplication) -> None:
    language.install(qapp, "es")
    assert language.install(qapp, "en") == ("en", "")
    assert translate("ControlBar", "Next") == "Next"


def test_a_missing_translation_says_so_in_one_sentence_and_speaks_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "assets_dir", lambda: tmp_path)
    code, problem = language.install(qapp, "de")
    assert code == "en"
    assert problem == "The German translation could not be found, so the app is in English."
    assert translate("ControlBar", "Next") == "Next"
