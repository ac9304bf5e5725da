"""The report's words, dates and numbers in the chosen language."""

from __future__ import annotations

import pytest

from tests.report.reading import Write, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


@pytest.mark.usefixtures("marked")
def test_a_report_in_another_language_has_its_words_dates_and_numbers(write: Write) -> None:
    words = text(write())
    assert "«Name: Jane Example»" in words
    assert "«Period: ««26 Okt. 2026» – «22 Nov. 2026» (4 weeks)»»" in words
    for heading in ("Sessions per week", "Pain before and after a session", "The routine as done"):
        assert f"«{heading}»" in words
    assert "«1,8 a day»" in words
    assert "«Average pain before a session fell from 6,7 in the first week to 3,7" in words
    assert "«Within a session, pain fell by 2,0 points on average" in words
    assert "«A session counts as done when at least half of its holds were done.»" in words
