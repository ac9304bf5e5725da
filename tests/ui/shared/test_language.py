"""The app speaks the chosen language, else the system's, else English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
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
    assert language.install(qapp, "system", ["ja-JP", "de-AT", "es"])[0] == "de"
    assert language.install(qapp, "system", ["ko-KR", "ja"])[0] == "en"
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


def test_arabic_mirrors_the_whole_app_and_another_language_puts_it_back(
    qapp: QApplication,
) -> None:
    language.install(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.install(qapp, "fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.usefixtures("speaking")
def test_dates_and_numbers_are_written_in_the_digits_0_to_9() -> None:
    """One digit style throughout: Arabic's locale would write ٠-٩ (ar_EG)."""
    locale = QLocale()
    written = [
        locale.toString(QDate(2026, 3, 5), QLocale.FormatType.LongFormat),
        locale.toString(QDate(2026, 3, 5), "d MMM"),
        locale.toString(1234.5, "f", 1),
        locale.toString(42),
    ]
    digits = {c for text in written for c in text if c.isdigit()}
    assert digits <= set("0123456789"), written
    assert {"2", "0", "6", "5", "1", "3", "4"} <= digits


@pytest.mark.parametrize(
    ("system", "expected"),
    [("ar_EG", "ar_001"), ("en_US", "ar_001"), ("ar_MA", "ar_MA"), ("ar_SA", "ar_001")],
)
def test_arabic_keeps_the_system_habits_only_where_they_write_0_to_9(
    system: str, expected: str
) -> None:
    assert language.locale_for("ar", QLocale(system)).name() == expected


def test_other_languages_keep_the_system_habits_of_their_own_script() -> None:
    assert language.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert language.locale_for("pt_BR", QLocale("pt_PT")).name() == "pt_PT"
    assert language.locale_for("zh_CN", QLocale("zh_TW")).name() == "zh_CN"  # not traditional
