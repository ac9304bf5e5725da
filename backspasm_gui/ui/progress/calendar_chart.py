"""The last 8 weeks as a calendar, painted on any QPainter: a row a week, a cell a day,
shaded by the sessions done.

Nothing is said by colour alone: a cell carries its number, in bold with a tick when
the goal was met, and the legend under the grid names each shade. The cells are
painted with a :class:`Theme`'s colours on a ``surface``-coloured background the
caller has painted, and the text is sized from the painter's font. Right to left
(Arabic) it is mirrored: Monday on the right, the weeks' labels on the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from backspasm_gui.core.history import CalendarDay
from backspasm_gui.core.i18n import translate
from backspasm_gui.ui.progress.chart_drawing import (
    SWATCH_GAP,
    Flow,
    day_label,
    draw_text,
    flow,
    hairline,
    mix,
    painter_metrics,
    readable_on,
    reading_direction,
    sized,
    upright,
    widest_day_label,
)
from backspasm_gui.ui.shared.theme import Theme

SHADE_MIX = (0.0, 0.25, 0.5, 1.0)  # how much of the hold colour each step lays over surface


def day_initials() -> list[str]:
    """Monday to Sunday in one letter (or so) each, in the chosen language."""
    narrow = QLocale.FormatType.NarrowFormat
    return [QLocale().standaloneDayName(weekday, narrow) for weekday in range(1, 8)]


# --- the shades ------------------------------------------------------------------------


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


# --- painting ---------------------------------------------------------------------------


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
    legend: Flow
    legend_words: list[tuple[int, str]]
    swatch: float


def _calendar_grid(metrics: QFontMetricsF, rect: QRectF, weeks: list[date], goal: int) -> _Grid:
    line = metrics.height()
    label_width = max(metrics.horizontalAdvance(day_label(monday)) for monday in weeks)
    label_gap, header, swatch, below = line * 0.6, line * 1.4, line * 1.1, line * 0.8
    #: The calendar's legend: the outlined cell is today.
    words = [*legend_steps(goal), (-1, translate("Charts", "Today"))]
    widths = [swatch + line * SWATCH_GAP + metrics.horizontalAdvance(w) for _s, w in words]
    legend = flow(widths, rect.width(), line * 1.5, line * 1.2)
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
    with reading_direction(painter, rect) as mirror:
        cells = _paint_calendar(painter, rect, rows, goal, colours)
    painter.restore()
    return {day: mirror.rect(box) for day, box in cells.items()}


def _paint_calendar(
    painter: QPainter,
    rect: QRectF,
    rows: list[list[CalendarDay]],
    goal: int,
    colours: Theme,
) -> dict[date, QRectF]:
    grid = _calendar_grid(painter_metrics(painter), rect, [row[0].day for row in rows], goal)
    muted = colours.qcolor("muted")
    painter.setPen(muted)
    for column, initial in enumerate(day_initials()):
        box = QRectF(grid.grid_left + column * grid.cell, grid.top, grid.cell, grid.header)
        draw_text(painter, box, Qt.AlignmentFlag.AlignCenter, initial)
    past = [d.day for row in rows for d in row if not d.future]
    today = max(past) if past else None
    base = painter.font()
    number = sized(base, min(1.0, grid.cell * 0.42 / max(grid.line, 1.0)))
    fonts = (number, sized(number, 1.0, bold=True))
    cells: dict[date, QRectF] = {}
    gap = max(1.0, grid.cell * 0.1)
    for r, row in enumerate(rows):
        y = grid.top + grid.header + r * grid.cell
        painter.setFont(base)
        painter.setPen(muted)
        label_box = QRectF(grid.left, y, grid.label_width, grid.cell)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        draw_text(painter, label_box, align, day_label(row[0].day))
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
    draw_text(painter, box, Qt.AlignmentFlag.AlignCenter, str(day.sessions))
    if step == 3:
        size = box.width() * 0.22
        corner = QRectF(box.right() - size * 1.45, box.top() + size * 0.45, size, size)
        with upright(painter, corner):  # a tick is a tick in any language
            _tick(painter, corner, ink)


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
    edge_width = hairline(line) * 1.5
    for spot, (step, words) in zip(grid.legend.spots, grid.legend_words, strict=True):
        x, y = grid.left + spot.x(), grid.legend_top + spot.y()
        box = QRectF(x, y + (line - swatch) / 2, swatch, swatch)
        if step < 0:
            painter.setPen(QPen(colours.qcolor("text"), max(2.0, line * 0.1)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), radius, radius)
        else:
            fill = shade(colours, step)
            edge = QPen(colours.qcolor("track"), edge_width) if step == 0 else Qt.PenStyle.NoPen
            painter.setPen(edge)
            painter.setBrush(fill)
            painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius)
            if step == 3:
                inset = box.width() * 0.25
                mark = box.adjusted(inset, inset, -inset, -inset)
                with upright(painter, mark):
                    _tick(painter, mark, readable_on(fill, colours))
        painter.setPen(colours.qcolor("text"))
        words_left = box.right() + line * SWATCH_GAP
        words_box = QRectF(
            words_left, y, painter_metrics(painter).horizontalAdvance(words) + 2, line
        )
        draw_text(
            painter, words_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words
        )


def calendar_size(metrics: QFontMetricsF, weeks: int, cell_lines: float) -> tuple[float, float]:
    """Width and height the calendar wants with cells ``cell_lines`` text lines high
    (the legend on two lines)."""
    line = metrics.height()
    label = widest_day_label(metrics)
    cell = line * cell_lines
    return label + line * 0.6 + 7 * cell, line * 1.4 + weeks * cell + line * 0.8 + line * 3.0
