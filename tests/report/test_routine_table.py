"""The routine as it was really done: every stretch, and holds against the handout."""

from __future__ import annotations

from pathlib import Path

import pytest

from backspasm_gui.core.routine import Routine
from tests.report.reading import text

pytestmark = pytest.mark.usefixtures("qapp", "_poppler")


def test_month_report_lists_every_stretch_of_the_handout(month_pdf: Path, routine: Routine) -> None:
    words = text(month_pdf)
    missing = [stretch.name for stretch in routine.stretches if stretch.name not in words]
    assert missing == []


def test_month_report_shows_the_longer_holds_against_the_handout(month_pdf: Path) -> None:
    assert "40 s (handout: 30 s)" in text(month_pdf)
