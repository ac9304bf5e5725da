"""The sessions chart: a bar a week, or a month for a long range, on one page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backspasm_gui.core.history import SessionRecord
from tests.report.reading import Write, info, text
from tests.simulated import month

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_report_of_a_year_still_fits_on_one_page_with_a_bar_a_month(write: Write) -> None:
    year: list[SessionRecord] = []
    for n in range(14):
        year += month(date(2025, 12, 29) + timedelta(weeks=4 * n), seed=n)
    path = write(records=year, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert info(path)["Pages"] == "1"
    words = text(path)
    assert "Sessions per month" in words
    assert "Cat Cow" in words  # the routine table is still on the page


def test_report_of_a_quarter_keeps_a_bar_a_week_on_one_page(write: Write) -> None:
    quarter = month(date(2026, 10, 5), days=91)
    path = write(records=quarter, first=date(2026, 10, 5), last=date(2027, 1, 3))
    assert info(path)["Pages"] == "1"
    assert "Sessions per week" in text(path)
