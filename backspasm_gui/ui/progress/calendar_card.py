"""The calendar card: the last 8 weeks as the person sees them in the progress view,
each day's tooltip, and the sentence under the calendar that sums them up (also the
chart's accessible description).

The painting itself is :mod:`.calendar_chart`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from backspasm_gui.core.history import CALENDAR_WEEKS, CalendarDay
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.progress.calendar_chart import calendar_size, paint_calendar, shade_step
from backspasm_gui.ui.progress.chart_drawing import local_date
from backspasm_gui.ui.progress.chart_widget import ChartWidget
from backspasm_gui.ui.shared import theme


def long_date(day: date) -> str:
    """ "Monday 26 October", in the chosen language."""
    #: How a day is named in the calendar's tooltips: a QDate format (dddd: the
    #: weekday's name, d: the day, MMMM: the month's name), as "Monday 26 October".
    pattern = translate("ProgressView", "dddd d MMMM")
    return local_date(day, pattern)


def day_tooltip(day: CalendarDay, goal: int) -> str:
    if day.future:
        text = translate("ProgressView", "{date}: still to come")
    elif day.sessions >= goal and day.sessions == 1:
        text = translate("ProgressView", "{date}: 1 session, goal met")
    elif day.sessions >= goal:
        text = translate("ProgressView", "{date}: {count} sessions, goal met")
    elif day.sessions == 1:
        text = translate("ProgressView", "{date}: 1 session")
    else:
        text = translate("ProgressView", "{date}: {count} sessions")
    return text.format(date=long_date(day.day), count=day.sessions)


def calendar_summary(rows: Sequence[Sequence[CalendarDay]], goal: int, short: int = 0) -> str:
    """ "Last 8 weeks: 41 sessions on 23 days; the daily goal of 3 was met on 9 days."

    Always weeks in the plural: the calendar shows :data:`CALENDAR_WEEKS` of them.
    ``short``: sessions in those weeks stopped before half their holds. They do not
    count, and are not in the calendar, but their pain ratings are in the pain chart
    beside it, so the sentence says they were there."""
    said = _counted(rows, goal)
    if short == 1:
        said += " " + translate(
            "ProgressView", "1 more was stopped before half its holds, so it does not count."
        )
    elif short > 1:
        said += " " + translate(
            "ProgressView",
            "{short} more were stopped before half their holds, so they do not count.",
        ).format(short=short)
    return said


def _counted(rows: Sequence[Sequence[CalendarDay]], goal: int) -> str:
    days = [d for row in rows for d in row if not d.future]
    sessions = sum(d.sessions for d in days)
    active = sum(1 for d in days if d.sessions > 0)
    met = sum(1 for d in days if d.sessions >= goal)
    if sessions == 0:
        text = translate("ProgressView", "Last {weeks} weeks: no sessions that count.")
    elif sessions == 1 and met:  # one session, on one day
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.",
        )
    elif sessions == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.",
        )
    elif active == 1 and met:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on 1 day; "
            "the daily goal of {goal} was met on 1 day.",
        )
    elif active == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on 1 day; "
            "the daily goal of {goal} was not met yet.",
        )
    elif met > 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was met on {met} days.",
        )
    elif met == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was met on 1 day.",
        )
    else:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was not met yet.",
        )
    return text.format(weeks=len(rows), sessions=sessions, days=active, goal=goal, met=met)


class CalendarChart(ChartWidget):
    """The last 8 weeks, a cell a day, shaded by the sessions done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible = translate("ProgressView", "Sessions in the last {weeks} weeks")
        super().__init__("calendarChart", accessible.format(weeks=CALENDAR_WEEKS), parent)
        self._rows: list[list[CalendarDay]] = []
        self._goal = 1
        self._cells: dict[date, QRectF] = {}

    def set_days(self, rows: list[list[CalendarDay]], goal: int) -> None:
        self._rows, self._goal = rows, goal
        self.update()

    def cell_at(self, day: date) -> tuple[int, int] | None:
        """The sessions shown for ``day`` and its shade (0-3), or None if not shown
        (or still to come)."""
        for row in self._rows:
            for shown in row:
                if shown.day == day and not shown.future:
                    return shown.sessions, shade_step(shown.sessions, self._goal)
        return None

    def minimumSizeHint(self) -> QSize:
        width, height = calendar_size(QFontMetricsF(self.font()), CALENDAR_WEEKS, 1.25)
        return QSize(round(width), round(height))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        area = QRectF(self.rect())
        self._cells = paint_calendar(painter, area, self._rows, self._goal, theme.current())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            shown = {d.day: d for row in self._rows for d in row}
            for day, cell in self._cells.items():
                if cell.contains(QPointF(event.pos())) and day in shown:
                    QToolTip.showText(event.globalPos(), day_tooltip(shown[day], self._goal), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
