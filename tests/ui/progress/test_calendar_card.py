"""The calendar card: each day of the last 8 weeks as the view shows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.history import SessionRecord
from tests.ui.progress.showing import make_view


def test_the_calendar_shows_each_days_sessions_and_leaves_days_to_come_empty(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, today=date(2026, 11, 18))
    chart = view.calendar_chart
    assert chart.cell_at(date(2026, 10, 27)) == (3, 3)  # goal met: the darkest shade
    assert chart.cell_at(date(2026, 10, 26)) == (2, 2)
    assert chart.cell_at(date(2026, 11, 7)) == (1, 1)
    assert chart.cell_at(date(2026, 11, 8)) == (0, 0)
    assert chart.cell_at(date(2026, 11, 19)) is None  # tomorrow
    assert chart.cell_at(date(2026, 9, 20)) is None  # before the 8 weeks
