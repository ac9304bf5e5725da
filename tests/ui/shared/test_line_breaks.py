"""The pieces a line cannot break inside, which the words' fitting measures: a word,
but a single character of Chinese, so a Chinese sentence wraps instead of shrinking."""

from __future__ import annotations

from backspasm_gui.ui.shared.line_breaks import unbreakable


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
