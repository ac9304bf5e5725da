"""The pieces a line cannot break inside, which the words' fitting measures: a word,
but a single character of Chinese, so a Chinese sentence wraps instead of shrinking."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from backspasm_gui.ui.shared.line_breaks import fitting_font, unbreakable


def test_words_between_spaces_stay_whole_and_a_no_break_space_holds_them() -> None:
    assert unbreakable("Stärkster vorstellbarer Schmerz") == [
        "Stärkster",
        "vorstellbarer",
        "Schmerz",
    ]
    assert unbreakable("30\u00a0s each side") == ["30\u00a0s", "each", "side"]


def test_chinese_breaks_between_any_two_characters_keeping_its_punctuation() -> None:
    pieces = unbreakable("从双手双膝着地的姿势开始。")
    assert pieces[0] == "从"
    assert pieces[-1] == "始。"  # a full stop never starts a line
    assert max(len(piece) for piece in pieces) <= 2


def test_arabic_words_stay_whole() -> None:
    assert unbreakable("الركبة إلى الصدر") == ["الركبة", "إلى", "الصدر"]


@pytest.mark.usefixtures("qapp")
def test_a_font_is_made_smaller_only_for_a_piece_wider_than_the_room() -> None:
    font = QFont()
    font.setPixelSize(40)
    chinese = "做得好，拉伸方案已完成"  # the end page's title: it wraps, it need not shrink
    assert fitting_font(font, unbreakable(chinese), 120, least=9).pixelSize() == 40
    long_word = QFontMetrics(font).horizontalAdvance("Oberschenkelrückseite")
    smaller = fitting_font(font, unbreakable("Oberschenkelrückseite"), long_word // 2, least=9)
    assert QFontMetrics(smaller).horizontalAdvance("Oberschenkelrückseite") <= long_word // 2
    assert fitting_font(font, ["x" * 200], 10, least=9).pixelSize() == 9  # never below
