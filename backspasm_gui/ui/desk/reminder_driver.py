"""The adapter between the plain-Python reminder schedule and Qt's event loop.

It wakes at the next reminder, but at least once a minute: Qt's timers run on
a clock that stops while the computer sleeps, so a reminder that fell due in
the sleep is noticed within a minute of waking (and said once, as missed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backspasm_gui.core.reminders import Reminder, ReminderPlan, ReminderScheduler

MAX_SLEEP_MS = 60_000
SNOOZE_MINUTES = 10


def local_now() -> datetime:
    return datetime.now().astimezone()


class ReminderDriver(QObject):
    due = Signal(object)  # a core.reminders.Reminder, to show
    changed = Signal()  # the next reminder or a pause changed: tooltips may say so

    def __init__(
        self,
        plan: ReminderPlan,
        *,
        now: Callable[[], datetime] = local_now,
        busy: Callable[[], bool] = lambda: False,
        goal_met: Callable[[], bool] = lambda: False,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._busy = busy
        self._goal_met = goal_met
        self.scheduler = ReminderScheduler(plan, now(), tz=tz)  # tz None: the system's zone
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.VeryCoarseTimer)  # to the second is plenty
        self._wake.timeout.connect(self.check)
        self._schedule()

    @property
    def plan(self) -> ReminderPlan:
        return self.scheduler.plan

    @property
    def waking_in_ms(self) -> int:
        """Milliseconds to the next wake-up; -1 when none is set."""
        return self._wake.remainingTime() if self._wake.isActive() else -1

    def next_reminder(self) -> datetime | None:
        return self.scheduler.next_due(self._now())

    def check(self) -> None:
        reminder = self.scheduler.check(self._now(), busy=self._busy(), goal_met=self._goal_met())
        self._schedule()
        if reminder is not None:
            self._announce(reminder)

    def _announce(self, reminder: Reminder) -> None:
        self.due.emit(reminder)
        self.changed.emit()

    # The person's answers and choices: slots named for what they do.

    def set_plan(self, plan: ReminderPlan) -> None:
        if plan != self.scheduler.plan:
            self.scheduler.set_plan(plan, self._now())
            self._after()

    def snooze(self) -> None:
        self.scheduler.snooze(self._now(), SNOOZE_MINUTES)
        self._after()

    def skip(self) -> None:
        self.scheduler.skip(self._now())
        self._after()

    def pause_for_an_hour(self) -> None:
        self.scheduler.pause_for(self._now(), timedelta(hours=1))
        self._after()

    def pause_until_tomorrow(self) -> None:
        self.scheduler.pause_until_tomorrow(self._now())
        self._after()

    def resume(self) -> None:
        self.scheduler.resume()
        self._after()

    def _after(self) -> None:
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        now = self._now()
        due = self.scheduler.next_due(now)
        if due is None:
            self._wake.stop()
            return
        milliseconds = max(0, (due - now) / timedelta(milliseconds=1))
        self._wake.start(int(min(MAX_SLEEP_MS, milliseconds + 500)))
