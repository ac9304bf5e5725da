"""Pain before and after sessions on the 0-10 scale, by date, painted on any QPainter.

Nothing is said by colour alone: the two series differ in marker and line as well as
in colour (before: hollow circles on a dashed line; after: filled squares on a solid
one), and the legend across the top names them. Painted with a :class:`Theme`'s
colours on a ``surface``-coloured background the caller has painted, the text sized
from the painter's font. Right to left (Arabic) it is mirrored: time runs from the
right, the scale's numbers stand on the right.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from backspasm_gui.core.history import PainPoint
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.pain import PAIN_MAX, PAIN_MIN
from backspasm_gui.ui.progress.chart_drawing import (
    SWATCH_GAP,
    day_label,
    draw_text,
    flow,
    hairline,
    painter_metrics,
    reading_direction,
    sized,
    widest_day_label,
)
from backspasm_gui.ui.shared.theme import Theme

THIN_ABOVE = 14  # more pain points than this (two weeks of one a day) are drawn as daily means
NO_PAIN_TEXT = QT_TRANSLATE_NOOP("Charts", "No pain ratings yet")
BEFORE_LABEL = QT_TRANSLATE_NOOP("Charts", "Before a session")
AFTER_LABEL = QT_TRANSLATE_NOOP("Charts", "After a session")


@dataclass(frozen=True, slots=True)
class Reading:
    """A point on the pain chart: one session's ratings, or a day's means."""

    when: datetime
    before: float | None
    after: float | None


def readings(points: Sequence[PainPoint], limit: int = THIN_ABOVE) -> list[Reading]:
    """The points to draw: each session's, or each day's means when there are more than
    ``limit``."""
    ordered = sorted(points, key=lambda p: p.when)
    if len(ordered) <= limit:
        return [Reading(p.when, p.before, p.after) for p in ordered]
    by_day: defaultdict[date, list[PainPoint]] = defaultdict(list)
    for point in ordered:
        by_day[point.when.date()].append(point)
    thinned = []
    for day, those in by_day.items():
        before = [p.before for p in those if p.before is not None]
        after = [p.after for p in those if p.after is not None]
        thinned.append(
            Reading(
                datetime.combine(day, time(12), those[0].when.tzinfo),
                sum(before) / len(before) if before else None,
                sum(after) / len(after) if after else None,
            )
        )
    return thinned


def _y_label(value: int) -> str:
    if value == PAIN_MIN:
        #: The pain chart's axis at 0, as "0 No pain".
        return translate("Charts", "{value} No pain").format(value=value)
    if value == PAIN_MAX:
        #: The pain chart's axis at 10, as "10 Worst" (keep it short: the worst pain).
        return translate("Charts", "{value} Worst").format(value=value)
    return str(value)


def _marker(
    painter: QPainter,
    centre: QPointF,
    size: float,
    colour: QColor,
    *,
    before: bool,
    background: QColor,
) -> None:
    if before:  # a hollow circle
        painter.setPen(QPen(colour, max(1.5, size * 0.22)))
        painter.setBrush(background)
        painter.drawEllipse(centre, size * 0.55, size * 0.55)
    else:  # a filled square
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        half = size * 0.42
        painter.drawRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))


def _series_pen(colour: QColor, width: float, *, before: bool) -> QPen:
    pen = QPen(colour, width)
    if before:
        pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _x_step(days: int, room: float, label: float) -> int:
    """Days between date labels so that they do not touch."""
    per_day = room / max(days, 1)
    for step in (1, 2, 7, 14, 28, 56, 91, 182, 364):
        if per_day * step >= label:
            return step
    return max(days, 1)


@dataclass(frozen=True, slots=True)
class _Plot:
    """The pain chart's plot area and how values and moments map onto it."""

    area: QRectF  # 10 at its top, 0 at its bottom, the first day's start at its left
    first: date
    days: int
    line: float
    marker: float

    def y(self, value: float) -> float:
        share = (value - PAIN_MIN) / (PAIN_MAX - PAIN_MIN)
        return self.area.bottom() - share * self.area.height()

    def x(self, moment: datetime) -> float:
        clock = moment.time()
        seconds = clock.hour * 3600 + clock.minute * 60 + clock.second
        days = (moment.date() - self.first).days + seconds / 86400
        return self.area.left() + days / self.days * self.area.width()

    def day_x(self, days: float) -> float:
        return self.area.left() + days / self.days * self.area.width()


def paint_pain_chart(
    painter: QPainter, rect: QRectF, points: Sequence[PainPoint], colours: Theme
) -> QRectF:
    """Pain before and after sessions on the 0-10 scale, by date.

    Before: hollow circles on a dashed line; after: filled squares on a solid
    line. More than :data:`THIN_ABOVE` points are drawn as daily means. With
    no ratings it says so. Returns the plot area: 10 at its top, 0 at its
    bottom (empty when there is nothing to plot).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawn = readings(points)
    if not drawn:
        painter.setPen(colours.qcolor("muted"))
        painter.setFont(sized(painter.font(), 1.15))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, flags, translate("Charts", NO_PAIN_TEXT))
        painter.restore()
        return QRectF()
    with reading_direction(painter, rect) as mirror:
        area = _paint_plot(painter, rect, drawn, colours)
    painter.restore()
    return mirror.rect(area) if not area.isEmpty() else area


def _paint_plot(
    painter: QPainter, rect: QRectF, drawn: Sequence[Reading], colours: Theme
) -> QRectF:
    metrics = painter_metrics(painter)
    line = metrics.height()
    marker = line * (0.62 if len(drawn) <= 30 else 0.48)
    legend_height = _paint_pain_legend(painter, rect, marker, colours)
    axis_width = max(metrics.horizontalAdvance(_y_label(v)) for v in range(PAIN_MIN, PAIN_MAX + 1))
    area = QRectF(
        rect.left() + axis_width + line * 0.6,
        rect.top() + legend_height + line * 0.6 + marker,
        0.0,
        0.0,
    )
    area.setRight(rect.right() - marker)
    area.setBottom(rect.bottom() - line * 1.6 - marker)
    if area.width() <= 0 or area.height() <= 0:
        return QRectF()
    first = drawn[0].when.date()
    plot = _Plot(area, first, (drawn[-1].when.date() - first).days + 1, line, marker)
    _paint_y_axis(painter, rect, plot, axis_width, colours)
    _paint_x_axis(painter, rect, plot, colours)
    _paint_series(painter, plot, drawn, colours)
    return area


def _series_colour(colours: Theme, *, before: bool) -> QColor:
    return colours.qcolor("get_ready" if before else "hold")


def _paint_pain_legend(painter: QPainter, rect: QRectF, marker: float, colours: Theme) -> float:
    """The two series' samples and names across the top; returns the height taken."""
    metrics = painter_metrics(painter)
    line = metrics.height()
    sample = line * 2.2
    words = [
        (True, translate("Charts", BEFORE_LABEL)),
        (False, translate("Charts", AFTER_LABEL)),
    ]
    widths = [sample + line * SWATCH_GAP + metrics.horizontalAdvance(w) for _b, w in words]
    legend = flow(widths, rect.width(), line * 1.4, line * 1.5)
    for spot, (before, label) in zip(legend.spots, words, strict=True):
        colour = _series_colour(colours, before=before)
        middle = rect.top() + spot.y() + line / 2
        start = QPointF(rect.left() + spot.x(), middle)
        end = QPointF(start.x() + sample, middle)
        painter.setPen(_series_pen(colour, max(1.5, line * 0.1), before=before))
        painter.drawLine(start, end)
        centre = QPointF((start.x() + end.x()) / 2, middle)
        _marker(
            painter, centre, marker, colour, before=before, background=colours.qcolor("surface")
        )
        painter.setPen(colours.qcolor("text"))
        width = metrics.horizontalAdvance(label) + 2
        box = QRectF(end.x() + line * SWATCH_GAP, rect.top() + spot.y(), width, line)
        draw_text(painter, box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    return legend.height


def _paint_y_axis(
    painter: QPainter, rect: QRectF, plot: _Plot, axis_width: float, colours: Theme
) -> None:
    grid, muted = colours.qcolor("track"), colours.qcolor("muted")
    line, area = plot.line, plot.area
    for value in range(PAIN_MIN, PAIN_MAX + 1, 2):
        y = plot.y(value)
        ends = value in (PAIN_MIN, PAIN_MAX)
        painter.setPen(QPen(grid, hairline(line) * (1.5 if ends else 1.0)))
        left, right = area.left() - plot.marker, area.right() + plot.marker
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(muted)
        box = QRectF(rect.left(), y - line / 2, axis_width, line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        draw_text(painter, box, align, _y_label(value))


def _paint_x_axis(painter: QPainter, rect: QRectF, plot: _Plot, colours: Theme) -> None:
    """Dates under the plot: every day, every other day, or the Mondays, as room allows."""
    metrics = painter_metrics(painter)
    line, area = plot.line, plot.area
    step = _x_step(plot.days, area.width(), widest_day_label(metrics) + line)
    if step < 7:  # under the middle of each day labelled
        ticks = [(n, n + 0.5) for n in range(0, plot.days, step)]
    else:  # at the start of each Monday labelled
        offset = (7 - plot.first.weekday()) % 7
        ticks = [(n, float(n)) for n in range(offset, plot.days, step)]
    top = area.bottom() + plot.marker
    after_last = rect.left() - 1
    for n, at in ticks:
        words = day_label(plot.first + timedelta(days=n))
        centre = plot.day_x(at)
        width = metrics.horizontalAdvance(words)
        left = min(max(centre - width / 2, rect.left()), rect.right() - width)
        if left <= after_last:
            continue
        painter.setPen(QPen(colours.qcolor("track"), hairline(line)))
        painter.drawLine(QPointF(centre, top), QPointF(centre, top + line * 0.3))
        painter.setPen(colours.qcolor("muted"))
        box = QRectF(left, top + line * 0.35, width, line)
        draw_text(painter, box, Qt.AlignmentFlag.AlignCenter, words)
        after_last = left + width + line * 0.5


def _paint_series(painter: QPainter, plot: _Plot, drawn: Sequence[Reading], colours: Theme) -> None:
    """After first, so a hollow "before" circle shows around a square at the same spot."""
    background = colours.qcolor("surface")
    for before in (False, True):
        colour = _series_colour(colours, before=before)
        spots = [
            QPointF(plot.x(r.when), plot.y(value))
            for r in drawn
            if (value := r.before if before else r.after) is not None
        ]
        if len(spots) > 1:
            path = QPainterPath(spots[0])
            for spot in spots[1:]:
                path.lineTo(spot)
            painter.setPen(_series_pen(colour, max(1.5, plot.line * 0.1), before=before))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for spot in spots:
            _marker(painter, spot, plot.marker, colour, before=before, background=background)
