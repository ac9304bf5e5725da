"""Today's count of sessions: kept across restarts, back to zero on a new day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

from backspasm_gui.storage.today import TodayCount


class Calendar:
    def __init__(self) -> None:
        self.day = date(2026, 11, 25)

    def __call__(self) -> date:
        return self.day


def test_sessions_add_up_and_survive_a_restart(tmp_path: Path) -> None:
    path, calendar = str(tmp_path / "s.ini"), Calendar()
    first = TodayCount(QSettings(path, QSettings.Format.IniFormat), calendar)
    assert first.count() == 0
    first.add()
    assert first.add() == 2
    again = TodayCount(QSettings(path, QSettings.Format.IniFormat), calendar)
    assert again.count() == 2


def test_a_new_day_starts_from_zero(tmp_path: Path) -> None:
    calendar = Calendar()
    today = TodayCount(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), calendar)
    today.add()
    calendar.day += timedelta(days=1)
    assert today.count() == 0
    assert today.add() == 1


def test_a_damaged_count_reads_as_zero(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[progress]\nday=2026-11-25\ndoneToday=lots\n", encoding="utf-8")
    today = TodayCount(QSettings(str(path), QSettings.Format.IniFormat), Calendar())
    assert today.count() == 0
