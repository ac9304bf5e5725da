"""What the two charts share: the plot's left and right, a column a period with its
label under it, the legend's size in the gutter on the right, and round steps up the
scale; so a week's bar stands over that week's pain.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from backspasm_gui.report.page import CENTRE, GRID, LEFT, MUTED, RIGHT, RIGHT_MIDDLE, Page
from backspasm_gui.report.periods import Period

# The two charts share their columns: the same plot left and right, the legend in a
# gutter on the right.
PLOT_LEFT = LEFT + 26
GUTTER = 96.0
PLOT_RIGHT = RIGHT - GUTTER
GUTTER_X = PLOT_RIGHT + 12  # where the legend's words start
LABEL_SIZE = 7.5  # the numbers up a plot's side and the labels under its columns
LEGEND_SIZE = 7.5  # the gutter's words, as the pain scale's beside the other chart


def labels_height(unit: str) -> int:
    """The room under a plot for its column labels: two lines (month, year) for months."""
    return 22 if unit == "month" else 13


def column_width(count: int) -> float:
    """The width of each of ``count`` columns across the plot."""
    return (PLOT_RIGHT - PLOT_LEFT) / count


def column_centre(i: int, slot: float) -> float:
    """The middle of column ``i`` of ``slot`` points: where its bar, point and label go."""
    return PLOT_LEFT + slot * (i + 0.5)


def value_axis(page: Page, values: Iterable[int], at: Callable[[float], float]) -> None:
    """A grid line across the plot at each of ``values``, numbered in the left margin."""
    for value in values:
        page.line(PLOT_LEFT, at(value), PLOT_RIGHT, at(value), color=GRID, width=0.5)
        page.text(LEFT, at(value) - 5, 22, 10, str(value), size=LABEL_SIZE, color=MUTED,
                  align=RIGHT_MIDDLE)  # fmt: skip


def column_labels(page: Page, y: float, pool: Sequence[Period]) -> None:
    """Each period's label under its column, thinned out when they would touch."""
    slot = column_width(len(pool))
    widest = max(page.width(p.label, LABEL_SIZE) for p in pool)
    every = max(1, math.ceil((widest + 4) / slot))
    for i, p in enumerate(pool):
        if i % every:
            continue
        cx = column_centre(i, slot)
        page.text(cx - 30, y, 60, 10, p.label, size=LABEL_SIZE, color=MUTED, align=CENTRE)
        if p.year:
            page.text(cx - 30, y + 9, 60, 10, p.year, size=LABEL_SIZE, color=MUTED, align=CENTRE)


def nice_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50...) giving at most ``ticks`` steps up to ``top``."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))
