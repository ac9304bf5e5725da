"""The pain card: what the view says and draws of pain when nothing was rated."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.history import SessionRecord
from tests.ui.progress.showing import make_view


def test_the_view_without_ratings_says_none_yet(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    unrated = [
        SessionRecord(r.started, r.ended, r.holds, r.finished, r.in_progress) for r in records
    ]
    view = make_view(qtbot, unrated)
    assert view.pain_summary_label.text().startswith("No pain ratings yet.")
    assert view.pain_chart.plot_area.isEmpty()
