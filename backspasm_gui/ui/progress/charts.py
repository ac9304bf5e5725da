"""The progress charts, painted on any QPainter: a widget, an image, or a PDF page.

Each function paints into a rectangle with a :class:`Theme`'s colours, on a
``surface``-coloured background the caller has painted, and takes its text
size from the painter's font, so the same code serves the progress view and
the clinician's report. Nothing is said by colour alone: calendar cells carry
their number (and a tick when the goal was met), and the two pain series
differ in marker and line as well as in colour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from backspasm_gui.core.history import CalendarDay, PainPoint
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.pain import PAIN_MAX, PAIN_MIN
from backspasm_gui.ui.shared.theme import Theme

SHADE_MIX = (0.0, 0.25, 0.5, 1.0)  # how much of the hold colour each step lays over surface
THIN_ABOVE = 14  # more pain points than this (two weeks of one a day) are drawn as daily means
NO_PAIN_TEXT = QT_TRANSLATE_NOOP("Charts", "No pain ratings yet")
BEFORE_LABEL = QT_TRANSLATE_NOOP("Charts", "Before a session")
AFTER_LABEL = QT_TRANSLATE_NOOP("Charts", "After a session")


def day_label(day: date) -> str:
    """ "26 Oct": the day and the month's short name, in the chosen language."""
    #: How a day is written under the charts and in their sentences: a QDate format
    #: (d: day, MMM: short month name, as "26 Oct"); keep it short.
    pattern = translate("Charts", "d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def widest_day_label(metrics: QFontMetricsF) -> float:
    """The width of the widest :func:`day_label` (the 28th of each month, two digits)."""
    return max(metrics.horizontalAdvance(day_label(date(2001, m, 28))) for m in range(1, 13))


def day_initials() -> list[str]:
    """Monday to Sunday in one letter (or so) each, in the chosen language."""
    narrow = QLocale.FormatType.NarrowFormat
    return [QLocale().standaloneDayName(weekday, narrow) for weekday in range(1, 8)]


def decimal(value: float) -> str:
    """``value`` to one decimal place, with the chosen language's decimal point ("3.7",
    "3,7"), rounded as Python rounds so that English reads as it always did."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())


# --- colour ----------------------------------------------------------------------------


def mix(under: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``under`` at ``amount`` (0 to 1) opacity."""
    return QColor(
        round(under.red() + (over.red() - under.red()) * amount),
        round(under.green() + (over.green() - under.green()) * amount),
        round(under.blue() + (over.blue() - under.blue()) * amount),
    )


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(fill: QColor, colours: Theme) -> QColor:
    """The theme's text or on-hold colour, whichever reads better on ``fill``."""
    return max((colours.qcolor("text"), colours.qcolor("on_hold")), key=lambda c: contrast(c, fill))


# --- the calendar ----------------------------------------------------------------------


def shade_step(sessions: int, goal: int) -> int:
    """0 none, 1 one, 2 more but short of the goal, 3 the goal met (or more)."""
    if sessions <= 0:
        return 0
    if sessions >= goal:
        return 3
    return min(2, sessions)


def shade(colours: Theme, step: int) -> QColor:
    """A cell's fill: the surface for none (drawn with a track-coloured edge), then ever
    more of the hold colour."""
    return mix(colours.qcolor("surface"), colours.qcolor("hold"), SHADE_MIX[min(step, 3)])


def legend_steps(goal: int) -> list[tuple[int, str]]:
    """The calendar legend's entries for a goal: (step, words)."""
    #: The calendar's legend: a day without sessions.
    entries = [(0, translate("Charts", "None"))]
    if goal > 1:
        entries.append((1, "1"))
    if goal == 3:
        entries.append((2, "2"))
    elif goal > 3:
        entries.append((2, f"2–{goal - 1}"))  # a range of numbers: the same in every language
    entries.append((3, translate("Charts", "{goal} or more: goal met").format(goal=goal)))
    return entries


def _sized(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` scaled, in whichever unit it was given (pixels on screen, points in a PDF)."""
    scaled = QFont(font)
    if font.pixelSize() > 0:
        scaled.setPixelSize(max(6, round(font.pixelSize() * factor)))
    else:
        scaled.setPointSizeF(max(4.0, font.pointSizeF() * factor))
    if bold:
        scaled.setWeight(QFont.Weight.Bold)
    return scaled


def _hairline(line: float) -> float:
    """A thin line's width for text ``line`` high: a pixel on screen, as thin on paper."""
    return max(1.0, line * 0.06)


def _metrics(painter: QPainter, font: QFont | None = None) -> QFontMetricsF:
    device = painter.device()
    chosen = font if font is not None else painter.font()
    return QFontMetricsF(chosen, device) if device is not None else QFontMetricsF(chosen)


def _tick(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A check mark filling ``box``."""
    path = QPainterPath(QPointF(box.left(), box.top() + box.height() * 0.55))
    path.lineTo(box.left() + box.width() * 0.38, box.bottom())
    path.lineTo(box.right(), box.top())
    pen = QPen(colour, max(1.5, box.width() * 0.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


@dataclass(frozen=True, slots=True)
class _Flow:
    """Legend items placed in rows no wider than the room there is."""

    spots: list[QPointF]  # each item's top left, from the legend's top left
    width: float
    height: float


def _flow(widths: Sequence[float], room: float, line: float, gap: float) -> _Flow:
    spots, x, y, widest = [], 0.0, 0.0, 0.0
    for width in widths:
        if x > 0 and x + width > room:
            x, y = 0.0, y + line
        spots.append(QPointF(x, y))
        widest = max(widest, x + width)
        x += width + gap
    return _Flow(spots, widest, y + line)


@dataclass(frozen=True, slots=True)
class _Grid:
    """Where the calendar's parts go."""

    line: float  # the text's line height
    left: float  # the week labels' left edge
    top: float  # the day initials' top edge
    label_width: float
    grid_left: float  # the first column's left edge
    header: float
    cell: float
    legend_top: float
    legend: _Flow
    legend_words: list[tuple[int, str]]
    swatch: float


_SWATCH_GAP = 0.4  # lines between a legend's swatch and its words


def _calendar_grid(metrics: QFontMetricsF, rect: QRectF, weeks: list[date], goal: int) -> _Grid:
    line = metrics.height()
    label_width = max(metrics.horizontalAdvance(day_label(monday)) for monday in weeks)
    label_gap, header, swatch, below = line * 0.6, line * 1.4, line * 1.1, line * 0.8
    #: The calendar's legend: the outlined cell is today.
    words = [*legend_steps(goal), (-1, translate("Charts", "Today"))]
    widths = [swatch + line * _SWATCH_GAP + metrics.horizontalAdvance(w) for _s, w in words]
    legend = _flow(widths, rect.width(), line * 1.5, line * 1.2)
    room_w = (rect.width() - label_width - label_gap) / 7
    room_h = (rect.height() - header - below - legend.height) / len(weeks)
    cell = max(4.0, min(room_w, room_h, line * 3.2))
    grid_w = label_width + label_gap + 7 * cell
    block_h = header + len(weeks) * cell + below + legend.height
    left = rect.left() + max(0.0, (rect.width() - max(grid_w, legend.width)) / 2)
    top = rect.top() + max(0.0, (rect.height() - block_h) / 2)
    return _Grid(
        line=line,
        left=left,
        top=top,
        label_width=label_width,
        grid_left=left + label_width + label_gap,
        header=header,
        cell=cell,
        legend_top=top + header + len(weeks) * cell + below,
        legend=legend,
        legend_words=words,
        swatch=swatch,
    )


def paint_calendar(
    painter: QPainter,
    rect: QRectF,
    rows: list[list[CalendarDay]],
    goal: int,
    colours: Theme,
) -> dict[date, QRectF]:
    """Weeks as rows (labelled by their Monday), Monday to Sunday as columns.

    A cell is shaded by its sessions in four steps (none, one, two, the goal)
    and shows the number, in bold with a tick when the goal was met. Today
    (the last day not in the future) is outlined; days to come are left empty.
    Returns each day's cell.
    """
    if not rows:
        return {}
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    grid = _calendar_grid(_metrics(painter), rect, [row[0].day for row in rows], goal)
    muted = colours.qcolor("muted")
    painter.setPen(muted)
    for column, initial in enumerate(day_initials()):
        box = QRectF(grid.grid_left + column * grid.cell, grid.top, grid.cell, grid.header)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, initial)
    past = [d.day for row in rows for d in row if not d.future]
    today = max(past) if past else None
    base = painter.font()
    number = _sized(base, min(1.0, grid.cell * 0.42 / max(grid.line, 1.0)))
    fonts = (number, _sized(number, 1.0, bold=True))
    cells: dict[date, QRectF] = {}
    gap = max(1.0, grid.cell * 0.1)
    for r, row in enumerate(rows):
        y = grid.top + grid.header + r * grid.cell
        painter.setFont(base)
        painter.setPen(muted)
        label_box = QRectF(grid.left, y, grid.label_width, grid.cell)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label_box, align, day_label(row[0].day))
        for column, day in enumerate(row):
            x = grid.grid_left + column * grid.cell
            box = QRectF(x + gap / 2, y + gap / 2, grid.cell - gap, grid.cell - gap)
            cells[day.day] = box
            inner = _outline(painter, box, gap, colours) if day.day == today else box
            if not day.future:
                step = shade_step(day.sessions, goal)
                _paint_cell(painter, inner, step, day, colours=colours, fonts=fonts)
    painter.setFont(base)
    _paint_calendar_legend(painter, grid, colours)
    painter.restore()
    return cells


def _paint_cell(
    painter: QPainter,
    box: QRectF,
    step: int,
    day: CalendarDay,
    *,
    colours: Theme,
    fonts: tuple[QFont, QFont],
) -> None:
    fill = shade(colours, step)
    radius = box.width() * 0.15
    if step == 0:  # an empty box: nothing done that day
        width = max(1.0, box.width() * 0.04)
        painter.setPen(QPen(colours.qcolor("track"), width))
        painter.setBrush(fill)
        inset = width / 2
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, radius, radius)
    ink = readable_on(fill, colours)
    painter.setFont(fonts[1] if step == 3 else fonts[0])
    painter.setPen(ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(day.sessions))
    if step == 3:
        size = box.width() * 0.22
        _tick(painter, QRectF(box.right() - size * 1.45, box.top() + size * 0.45, size, size), ink)


def _outline(painter: QPainter, box: QRectF, gap: float, colours: Theme) -> QRectF:
    """Today's frame, around its cell and a ring of surface, so it shows on any shade;
    returns the room left inside for the cell."""
    width = max(2.0, box.width() * 0.08)
    reach = max(0.0, gap / 2 - width / 2)
    radius = box.width() * 0.15
    painter.setPen(QPen(colours.qcolor("text"), width))
    painter.setBrush(colours.qcolor("surface"))
    painter.drawRoundedRect(box.adjusted(-reach, -reach, reach, reach), radius, radius)
    inset = width / 2 - reach + max(1.5, width * 0.6)
    return box.adjusted(inset, inset, -inset, -inset)


def _paint_calendar_legend(painter: QPainter, grid: _Grid, colours: Theme) -> None:
    line, swatch = grid.line, grid.swatch
    radius = swatch * 0.15
    hairline = _hairline(line) * 1.5
    for spot, (step, words) in zip(grid.legend.spots, grid.legend_words, strict=True):
        x, y = grid.left + spot.x(), grid.legend_top + spot.y()
        box = QRectF(x, y + (line - swatch) / 2, swatch, swatch)
        if step < 0:
            painter.setPen(QPen(colours.qcolor("text"), max(2.0, line * 0.1)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius, radius)
        else:
            fill = shade(colours, step)
            edge = QPen(colours.qcolor("track"), hairline) if step == 0 else Qt.PenStyle.NoPen
            painter.setPen(edge)
            painter.setBrush(fill)
            painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius)
            if step == 3:
                inset = box.width() * 0.25
                mark = box.adjusted(inset, inset, -inset, -inset)
                _tick(painter, mark, readable_on(fill, colours))
        painter.setPen(colours.qcolor("text"))
        words_left = box.right() + line * _SWATCH_GAP
        words_box = QRectF(words_left, y, _metrics(painter).horizontalAdvance(words) + 2, line)
        painter.drawText(
            words_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words
        )


def calendar_size(metrics: QFontMetricsF, weeks: int, cell_lines: float) -> tuple[float, float]:
    """Width and height the calendar wants with cells ``cell_lines`` text lines high
    (the legend on two lines)."""
    line = metrics.height()
    label = widest_day_label(metrics)
    cell = line * cell_lines
    return label + line * 0.6 + 7 * cell, line * 1.4 + weeks * cell + line * 0.8 + line * 3.0


# --- pain before and after ---------------------------------------------------------------


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
        painter.setFont(_sized(painter.font(), 1.15))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, flags, translate("Charts", NO_PAIN_TEXT))
        painter.restore()
        return QRectF()
    metrics = _metrics(painter)
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
        painter.restore()
        return QRectF()
    first = drawn[0].when.date()
    plot = _Plot(area, first, (drawn[-1].when.date() - first).days + 1, line, marker)
    _paint_y_axis(painter, rect, plot, axis_width, colours)
    _paint_x_axis(painter, rect, plot, colours)
    _paint_series(painter, plot, drawn, colours)
    painter.restore()
    return area


def _series_colour(colours: Theme, *, before: bool) -> QColor:
    return colours.qcolor("get_ready" if before else "hold")


def _paint_pain_legend(painter: QPainter, rect: QRectF, marker: float, colours: Theme) -> float:
    """The two series' samples and names across the top; returns the height taken."""
    metrics = _metrics(painter)
    line = metrics.height()
    sample = line * 2.2
    words = [
        (True, translate("Charts", BEFORE_LABEL)),
        (False, translate("Charts", AFTER_LABEL)),
    ]
    widths = [sample + line * _SWATCH_GAP + metrics.horizontalAdvance(w) for _b, w in words]
    legend = _flow(widths, rect.width(), line * 1.4, line * 1.5)
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
        box = QRectF(end.x() + line * _SWATCH_GAP, rect.top() + spot.y(), rect.width(), line)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
    return legend.height


def _paint_y_axis(
    painter: QPainter, rect: QRectF, plot: _Plot, axis_width: float, colours: Theme
) -> None:
    grid, muted = colours.qcolor("track"), colours.qcolor("muted")
    line, area = plot.line, plot.area
    for value in range(PAIN_MIN, PAIN_MAX + 1, 2):
        y = plot.y(value)
        ends = value in (PAIN_MIN, PAIN_MAX)
        painter.setPen(QPen(grid, _hairline(line) * (1.5 if ends else 1.0)))
        left, right = area.left() - plot.marker, area.right() + plot.marker
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(muted)
        box = QRectF(rect.left(), y - line / 2, axis_width, line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, align, _y_label(value))


def _paint_x_axis(painter: QPainter, rect: QRectF, plot: _Plot, colours: Theme) -> None:
    """Dates under the plot: every day, every other day, or the Mondays, as room allows."""
    metrics = _metrics(painter)
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
        painter.setPen(QPen(colours.qcolor("track"), _hairline(line)))
        painter.drawLine(QPointF(centre, top), QPointF(centre, top + line * 0.3))
        painter.setPen(colours.qcolor("muted"))
        box = QRectF(left, top + line * 0.35, width, line)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)
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
