"""The pain chart: the mean rating before and after a session, a column a period, on
the 0-10 scale, with the sentences on pain under it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.pain import PAIN_MAX, PAIN_MIN
from backspasm_gui.report.charts import GUTTER_X, LEGEND_SIZE, Plot, labels_height
from backspasm_gui.report.content import Content
from backspasm_gui.report.page import (
    HEADING_SIZE,
    INK,
    LEFT,
    LEFT_TOP,
    MUTED,
    RIGHT,
    WIDTH,
    Page,
    draw_heading,
)


def _marker(page: Page, x: float, y: float, *, before: bool) -> None:
    painter = page.painter
    if before:  # hollow circle
        painter.setPen(page.pen(INK, 1.0))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(page.point(x, y), 3.0 * page.k, 3.0 * page.k)
    else:  # filled square
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(INK)))
        painter.drawRect(page.rect(x - 2.8, y - 2.8, 5.6, 5.6))


PAIN_TEXT_SIZE = 9.5


def pain_text_height(page: Page, text: str) -> float:
    """How tall the sentences on pain are, set across the page under the chart."""
    return page.wrapped_height(text, WIDTH, PAIN_TEXT_SIZE)


def _series_pen(page: Page, *, before: bool) -> QPen:
    """Dashed and thinner for pain before a session, solid for after: apart in grey."""
    return page.pen(INK, 1.1, Qt.PenStyle.DashLine) if before else page.pen(INK, 1.6)


def _pain_line(page: Page, points: list[tuple[float, float] | None], *, before: bool) -> None:
    """Joins neighbouring periods with a rating; a period without one breaks the line."""
    pen = _series_pen(page, before=before)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            page.painter.setPen(pen)
            page.painter.drawLine(page.point(*a), page.point(*b))
    for point in points:
        if point is not None:
            _marker(page, *point, before=before)


def _pain_series() -> tuple[tuple[bool, str], ...]:
    return (
        (False, translate("Report", "after a session")),
        (True, translate("Report", "before a session")),
    )


def _pain_legend_width(page: Page) -> float:
    return sum(page.width(label, 8.5) + 26 for _before, label in _pain_series()) + 16


def _pain_legend(page: Page, middle: float) -> None:
    """Line samples with their markers, right-aligned."""
    x = RIGHT
    for before, label in _pain_series():
        x -= page.width(label, 8.5)
        page.text(x, middle - 6, page.width(label, 8.5) + 1, 12, label, size=8.5)
        x -= 26
        page.painter.setPen(_series_pen(page, before=before))
        page.painter.drawLine(page.point(x, middle), page.point(x + 20, middle))
        _marker(page, x + 10, middle, before=before)
        x -= 16


def draw_pain(page: Page, y: float, height: float, c: Content) -> None:
    heading = translate("Report", "Pain before and after a session")
    top = draw_heading(page, y, heading)
    if not c.pain_text:
        none = translate("Report", "No pain ratings recorded.")
        page.text(LEFT, top, WIDTH, 16, none, size=10, color=MUTED)
        return
    # The legend goes on the heading's line, or under it when the two would touch.
    beside = page.width(heading, HEADING_SIZE, bold=True) + 12 + _pain_legend_width(page) <= WIDTH
    legend_middle = y + 8 if beside else top + 4
    if not beside:
        top += 14
    text_h = pain_text_height(page, c.pain_text) + 4
    labels_h = labels_height(c.unit)
    bottom = y + height - text_h - labels_h - 6
    plot = Plot(top + 6, bottom, PAIN_MIN, PAIN_MAX, len(c.periods))
    plot.value_axis(page, range(PAIN_MIN, PAIN_MAX + 1, 2))
    plot.baseline(page)  # under the markers: a rating of 0 sits on it

    def points(values: Iterable[float | None]) -> list[tuple[float, float] | None]:
        return [None if v is None else (plot.centre(i), plot.at(v)) for i, v in enumerate(values)]

    _pain_line(page, points(p.pain_before for p in c.periods), before=True)
    _pain_line(page, points(p.pain_after for p in c.periods), before=False)
    plot.column_labels(page, c.periods)
    gx = GUTTER_X
    #: The pain scale's top, beside the chart: "10 Worst pain imaginable".
    worst = translate("Report", "{value} Worst pain imaginable").format(value=PAIN_MAX)
    #: The pain scale's bottom, beside the chart: "0 No pain".
    least = translate("Report", "{value} No pain").format(value=PAIN_MIN)
    room = RIGHT - gx
    worst_h = max(22.0, page.wrapped_height(worst, room, LEGEND_SIZE) + 1)
    page.text(gx, plot.at(PAIN_MAX) - 5, room, worst_h, worst, size=LEGEND_SIZE, color=MUTED,
              align=LEFT_TOP, wrap=True)  # fmt: skip
    page.text(gx, plot.at(PAIN_MIN) - 5, room, 10, least, size=LEGEND_SIZE, color=MUTED, fit=True)
    _pain_legend(page, legend_middle)
    page.text(LEFT, bottom + labels_h + 6, WIDTH, text_h, c.pain_text, size=PAIN_TEXT_SIZE,
              align=LEFT_TOP, wrap=True)  # fmt: skip
