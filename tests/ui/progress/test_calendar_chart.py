"""The calendar as painted: a cell a day, shaded in steps up to the goal, readable in
both themes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from backspasm_gui.core.history import calendar
from backspasm_gui.ui.progress.calendar_chart import legend_steps, paint_calendar, shade, shade_step
from backspasm_gui.ui.progress.chart_drawing import contrast, readable_on
from backspasm_gui.ui.shared import theme
from tests.ui.progress.showing import image, near, painter_on


def test_cell_numbers_and_chart_text_keep_aa_contrast_in_both_themes() -> None:
    for colours in (theme.LIGHT, theme.DARK):
        surface = colours.qcolor("surface")
        for step in range(4):
            fill = shade(colours, step)
            assert contrast(readable_on(fill, colours), fill) >= 4.5
        for text in ("text", "muted"):
            assert contrast(colours.qcolor(text), surface) >= 4.5


def test_a_day_that_met_the_goal_is_filled_with_the_full_hold_colour(
    light: QApplication,
) -> None:
    colours = theme.LIGHT
    counts = {date(2026, 11, 16): 3, date(2026, 11, 17): 1}
    rows = calendar(counts, date(2026, 11, 18))
    picture = image(420, 420, colours)
    painter = painter_on(picture)
    cells = paint_calendar(painter, QRectF(0, 0, 420, 420), rows, 3, colours)
    painter.end()

    def corner(day: date) -> QColor:  # clear of the number and the tick
        box = cells[day]
        return picture.pixelColor(round(box.left() + 4), round(box.bottom() - 4))

    assert corner(date(2026, 11, 16)) == colours.qcolor("hold")
    assert near(corner(date(2026, 11, 17)), shade(colours, 1), 6)
    assert corner(date(2026, 11, 15)) == colours.qcolor("surface")  # none: an empty box


def test_shades_step_up_to_the_goal_and_the_legend_says_so() -> None:
    assert [shade_step(n, 3) for n in range(5)] == [0, 1, 2, 3, 3]
    assert [shade_step(n, 2) for n in range(4)] == [0, 1, 3, 3]
    assert [w for _s, w in legend_steps(5)] == ["None", "1", "2–4", "5 or more: goal met"]
    assert [w for _s, w in legend_steps(1)] == ["None", "1 or more: goal met"]


def test_right_to_left_monday_is_on_the_right_and_the_cells_say_where_they_are(
    light: QApplication,
) -> None:
    """Arabic reads the week from the right; the cells returned (for the tooltips) are
    where they were painted."""
    colours = theme.LIGHT
    rows = calendar({date(2026, 11, 16): 3}, date(2026, 11, 22))
    picture = image(420, 420, colours)
    painter = painter_on(picture)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cells = paint_calendar(painter, QRectF(0, 0, 420, 420), rows, 3, colours)
    painter.end()
    monday, sunday = cells[date(2026, 11, 16)], cells[date(2026, 11, 22)]
    assert sunday.right() < monday.left()
    assert monday.top() == sunday.top()
    inside = picture.pixelColor(round(monday.left() + 4), round(monday.bottom() - 4))
    assert inside == colours.qcolor("hold")  # the goal met, painted where it says
