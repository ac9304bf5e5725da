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
    assert _plain_words(f"<b>Objective:</b> {_escape(words)}") == ["Objective:", *words.split()]
