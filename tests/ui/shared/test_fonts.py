"""No empty boxes (tofu): every character of every translation, in every language the app
ships, is in one of the fonts the app writes that language in."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QRawFont
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE
from backspasm_gui.ui.settings.general_page import GeneralPage
from backspasm_gui.ui.shared import fonts
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import translations

# Characters no font draws: spaces, line breaks, direction marks, joiners, soft hyphens.
INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}


def written(code: str) -> set[str]:
    """Every character the app may show in ``code``: its translations (the English
    source for English), and its own name (in the language menu, in its own font)."""
    if code == SOURCE_LANGUAGE:
        texts = [str(m["source"]) for m in translations.messages(translations.ts_path("es"))]
        texts += [text for _context, text in translations.content_strings()]
    else:
        texts = [str(m["translation"]) for m in translations.messages(translations.ts_path(code))]
    texts.append(LANGUAGES[code])
    return {c for text in texts for c in text if unicodedata.category(c) not in INVISIBLE}


def raw_fonts(families: list[str]) -> list[QRawFont]:
    """Each family as the font database finds it; an alias ("Sans Serif") as what it
    stands for. A family not installed is left out (Qt would substitute another)."""
    found = []
    for family in families:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and (raw.familyName() == family or family not in fonts.KNOWN):
            found.append(raw)
    return found


@pytest.mark.usefixtures("speaking")
def test_every_character_of_the_language_is_in_a_font_the_app_writes_it_in(
    speaking: str,
) -> None:
    families = QGuiApplication.font().families()
    chain = raw_fonts(families)
    assert chain, families
    missing = sorted(
        c for c in written(speaking) if not any(raw.supportsCharacter(ord(c)) for raw in chain)
    )
    named = [f"{c} U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in missing]
    assert named == [], f"no glyph in {[raw.familyName() for raw in chain]}"


@pytest.mark.parametrize("code", ["ar", "zh_CN"])
def test_arabic_and_chinese_are_written_in_a_font_made_for_them(code: str) -> None:
    """Named first where installed (make run and CI install them: system-packages.txt)."""
    desktop = ["Sans Serif"]
    installed = set(fonts.SCRIPT_FAMILIES[code][1:]) | {"Sans Serif"}
    chosen = fonts.families_for(code, desktop, installed)
    assert chosen[0] == fonts.SCRIPT_FAMILIES[code][1]  # the first one installed
    assert chosen[1] == "Sans Serif"
    assert fonts.families_for("fr", desktop, installed) == ["Sans Serif", fonts.LAST_RESORT]


def test_the_language_menu_names_each_language_in_a_font_that_has_it(qtbot: QtBot) -> None:
    """简体中文 and العربية in their own fonts, whatever language the app speaks."""
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = GeneralPage("en", holder).language_combo
    for row in range(combo.count()):
        code = combo.itemData(row)
        if code not in LANGUAGES:
            continue
        font = combo.itemData(row, Qt.ItemDataRole.FontRole) or combo.font()
        chain = raw_fonts(font.families())
        name = LANGUAGES[code]
        missing = [c for c in name if not any(raw.supportsCharacter(ord(c)) for raw in chain)]
        assert missing == [], (code, font.families())
