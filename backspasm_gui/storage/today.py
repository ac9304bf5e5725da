"""How many sessions were done today, remembered with QSettings across restarts.

The tray's tooltip and the reminders' "goal met" rule need only today's count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings

DAY_KEY = "progress/day"
COUNT_KEY = "progress/doneToday"


class TodayCount:
    def __init__(self, settings: QSettings, today: Callable[[], date] = date.today) -> None:
        self._settings = settings
        self._today = today

    def count(self) -> int:
        if str(self._settings.value(DAY_KEY, "")) != self._today().isoformat():
            return 0
        try:
            return max(0, int(str(self._settings.value(COUNT_KEY, 0))))
        except ValueError:
            return 0

    def add(self) -> int:
        """One more session done today; returns the new count."""
        done = self.count() + 1
        self._settings.setValue(DAY_KEY, self._today().isoformat())
        self._settings.setValue(COUNT_KEY, done)
        self._settings.sync()
        return done
