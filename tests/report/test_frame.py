"""The page's header: who the report is for and the period it covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.reading import Write, text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_month_report_names_the_patient_and_the_range(month_pdf: Path) -> None:
    words = text(month_pdf)
    assert "Name: Jane Example" in words
    assert "26 Oct 2026 – 22 Nov 2026 (4 weeks)" in words


def test_report_without_a_name_has_a_line_to_write_it_on(write: Write) -> None:
    words = text(write(name=""))
    assert "Name: ____" in words
