"""The pain chart as painted: each rating at its height and its date, and a calm line
(daily means) when there are many."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from backspasm_gui.core.history import PainPoint
from backspasm_gui.ui.progress.pain_chart import paint_pain_chart, readings
from backspasm_gui.ui.shared import theme
from tests.simulated import ZONE
from tests.ui.progress.showing import colours_in, image, near, painter_on


def plot_of(
    points: list[PainPoint],
    colours: theme.Theme,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> tuple[QImage, QRectF]:
    picture = image(480, 320, colours)
    painter = painter_on(picture)
    painter.setLayoutDirection(direction)  # a widget's painter takes the widget's
    plot = paint_pain_chart(painter, QRectF(0, 0, 480, 320), points, colours)
    painter.end()
    return picture, plot


def band(plot: QRectF, value: int) -> QRectF:
    y = plot.bottom() - value / 10 * plot.height()
    return QRectF(plot.left(), y - 3, plot.width(), 6)


@pytest.mark.parametrize(("before", "after"), [(10, 0), (0, 10)])
def test_ratings_are_drawn_at_their_height(before: int, after: int) -> None:
    colours = theme.LIGHT
    moment = datetime(2026, 10, 26, 12, 0, tzinfo=ZONE)
    picture, plot = plot_of([PainPoint(moment, before, after)], colours)
    assert not plot.isEmpty()
    before_colour, after_colour = colours.qcolor("get_ready"), colours.qcolor("hold")
    at_before = colours_in(picture, band(plot, before))
    at_after = colours_in(picture, band(plot, after))
    assert any(near(c, before_colour) for c in at_before)
    assert not any(near(c, after_colour) for c in at_before)
    assert any(near(c, after_colour) for c in at_after)
    assert not any(near(c, before_colour) for c in colours_in(picture, band(plot, 5)))


@pytest.mark.parametrize("direction", list(Qt.LayoutDirection)[:2])
def test_later_ratings_are_drawn_further_the_way_the_language_reads(
    direction: Qt.LayoutDirection,
) -> None:
    """Further right; right to left (Arabic), further left, with the scale on the right."""
    colours = theme.LIGHT
    first = datetime(2026, 10, 26, 12, 0, tzinfo=ZONE)
    points = [PainPoint(first, 2, None), PainPoint(first + timedelta(days=6), 8, None)]
    picture, plot = plot_of(points, colours, direction)
    colour = colours.qcolor("get_ready")

    def xs(value: int) -> list[int]:
        box = band(plot, value).toAlignedRect()
        return [
            x
            for x in range(box.left(), box.right())
            if near(
                picture.pixelColor(x, round(plot.bottom() - value / 10 * plot.height())), colour
            )
        ]

    if direction is Qt.LayoutDirection.LeftToRight:
        assert max(xs(2)) < min(xs(8))
        assert plot.left() > 480 - plot.right()  # the scale's numbers in the left margin
    else:
        assert max(xs(8)) < min(xs(2))
        assert plot.left() < 480 - plot.right()  # and in the right margin


def test_without_ratings_the_chart_says_so_and_draws_no_axes(light: QApplication) -> None:
    colours = theme.LIGHT
    picture, plot = plot_of([], colours)
    assert plot.isEmpty()
    surface = colours.qcolor("surface")
    middle = colours_in(picture, QRectF(0, 130, 480, 60))
    assert any(near(c, colours.qcolor("muted"), 60) for c in middle)
    assert all(c == surface for c in colours_in(picture, QRectF(0, 0, 480, 100)))


def test_many_ratings_are_drawn_as_daily_means() -> None:
    day = datetime(2026, 10, 26, 9, 0, tzinfo=ZONE)
    points = [PainPoint(day + timedelta(days=n // 3, hours=n % 3), 6 + n % 3, 3) for n in range(90)]
    drawn = readings(points)
    assert len(drawn) == 30
    assert drawn[0].before == 7.0
    assert drawn[0].after == 3.0
    assert len(readings(points[:14])) == 14  # a few: each session its own point
