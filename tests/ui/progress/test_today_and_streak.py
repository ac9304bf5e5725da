"""The lines at the top of the progress view: today against the goal, and the streak,
with rest days or without."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.core.history import SessionRecord
from tests.ui.progress.showing import make_view


def test_it_says_todays_sessions_against_the_goal_and_the_streak(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, goal=2, today=date(2026, 11, 11))
    assert view.windowTitle() == "Progress"
    assert view.today_label.text() == "Today: 3 sessions — goal of 2 met"
    # Met every weekday since 26 Oct; the Saturday with one session is a rest day.
    assert view.streak_label.text() == "Current streak: 15 days · Best: 15 days"
    assert "Weekends off" in view.streak_label.toolTip()


def test_without_rest_days_a_weekend_short_of_the_goal_ends_the_streak(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, goal=2, today=date(2026, 11, 11), rest_days=frozenset())
    assert view.streak_label.text() == "Current streak: 3 days · Best: 12 days"


def test_a_day_short_of_the_goal_says_how_many_of_how_many(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, goal=3, today=date(2026, 11, 18))
    assert view.today_label.text() == "Today: 2 of 3 sessions"
    assert view.streak_label.text() == "Current streak: 0 days · Best: 3 days"
