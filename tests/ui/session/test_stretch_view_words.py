"""The stretch's words go into rich text escaped, so a routine file's "<" or "&" shows
as written and not as markup; measuring them reads them back as written."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from backspasm_gui.ui.session.stretch_view import _escape, _plain_words


@given(st.text())
def test_words_are_escaped_as_the_html_module_does(words: str) -> None:
    assert _escape(words) == html.escape(words)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_the_words_measured_are_the_words_written(words: str) -> None:
    """Nothing lost or made up: the pieces are cut where a line may break (between words,
    and between Chinese characters), spaces left out."""
    measured = _plain_words(f"<b>Objective:</b> {_escape(words)}")
    assert _unspaced("".join(measured)) == "Objective:" + _unspaced(words)
    assert all(piece == piece.strip() and piece for piece in measured)


def _unspaced(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


def test_a_chinese_sentence_is_measured_a_character_or_two_at_a_time() -> None:
    pieces = _plain_words("从双手双膝着地的姿势开始。")
    assert max(len(piece) for piece in pieces) <= 2  # it wraps rather than shrinks
