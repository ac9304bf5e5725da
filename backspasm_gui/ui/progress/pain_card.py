"""The pain card: pain before and after sessions as the person sees it in the progress
view, and the sentence under the chart that says how it went (also the chart's
accessible description), from the weekly means of the ratings.

The painting itself is :mod:`.pain_chart`'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from backspasm_gui.core.history import PainPoint
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.progress.chart_drawing import day_label, decimal
from backspasm_gui.ui.progress.chart_widget import ChartWidget
from backspasm_gui.ui.progress.pain_chart import paint_pain_chart
from backspasm_gui.ui.shared import theme


def _weekly_means(points: Sequence[PainPoint], *, before: bool) -> list[tuple[date, float]]:
    by_week: defaultdict[date, list[int]] = defaultdict(list)
    for point in points:
        value = point.before if before else point.after
        if value is not None:
            day = point.when.date()
            by_week[day - timedelta(days=day.weekday())].append(value)
    return [(week, sum(v) / len(v)) for week, v in sorted(by_week.items())]


def _one_series(means: Sequence[tuple[date, float]], *, before: bool) -> str:
    """The sentence on pain before (or after) sessions when only those were rated."""
    if len(means) > 1 and before:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {first} in the first week to {last} in the last.",
        )
    elif len(means) > 1:
        text = translate(
            "ProgressView",
            "Pain after sessions went from {first} in the first week to {last} in the last.",
        )
    elif before:
        text = translate(
            "ProgressView", "Pain before sessions averaged {first} in the week of {week}."
        )
    else:
        text = translate(
            "ProgressView", "Pain after sessions averaged {first} in the week of {week}."
        )
    (week, first), (_week, last) = means[0], means[-1]
    return text.format(first=decimal(first), last=decimal(last), week=day_label(week))


def _both_series(before: Sequence[tuple[date, float]], after: Sequence[tuple[date, float]]) -> str:
    """The sentence on pain before and after sessions."""
    if len(before) > 1 and len(after) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {before_first} in the first week "
            "to {before_last} in the last; after sessions, from {after_first} to {after_last}.",
        )
    elif len(before) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {before_first} in the first week "
            "to {before_last} in the last; after sessions, {after_first} in the week of "
            "{after_week}.",
        )
    elif len(after) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, from {after_first} in the first week to {after_last} in the last.",
        )
    elif before[0][0] == after[0][0]:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, {after_first}.",
        )
    else:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, {after_first} in the week of {after_week}.",
        )
    return text.format(
        before_first=decimal(before[0][1]),
        before_last=decimal(before[-1][1]),
        before_week=day_label(before[0][0]),
        after_first=decimal(after[0][1]),
        after_last=decimal(after[-1][1]),
        after_week=day_label(after[0][0]),
    )


def pain_summary(points: Sequence[PainPoint]) -> str:
    """ "Pain before sessions went from 7.0 in the first week to 3.4 in the last; after
    sessions, from 5.2 to 1.8." (weekly means of the ratings)"""
    before = _weekly_means(points, before=True)
    after = _weekly_means(points, before=False)
    if before and after:
        return _both_series(before, after)
    if before or after:
        return _one_series(before or after, before=bool(before))
    return translate(
        "ProgressView",
        "No pain ratings yet. Rate your pain from 0 to 10 before and after a session.",
    )


class PainChart(ChartWidget):
    """Pain before and after each session, 0 to 10, by date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible = translate("ProgressView", "Pain before and after sessions")
        super().__init__("painChart", accessible, parent)
        self._points: list[PainPoint] = []
        self.plot_area = QRectF()  # as last painted: 10 at its top, 0 at its bottom

    def set_points(self, points: Sequence[PainPoint]) -> None:
        self._points = list(points)
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 17), round(line * 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        area = QRectF(self.rect()).adjusted(0, 0, -2, 0)
        self.plot_area = paint_pain_chart(painter, area, self._points, theme.current())
        painter.end()
