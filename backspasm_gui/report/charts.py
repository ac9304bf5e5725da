"""What the two charts share: the plot's left and right, a column a period with its
label under it, the legend's size in the gutter on the right, and round steps up the
scale; so a week's bar stands over that week's pain.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from backspasm_gui.report.page import CENTRE, GRID, INK, LEFT, MUTED, RIGHT, RIGHT_MIDDLE, Page
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


@dataclass(frozen=True, slots=True)
class Plot:
    """A chart's plot: ``low`` at its ``bottom`` up to ``high`` at its ``top`` (points down
    the page), and a column a period across the shared left and right, so that the two
    charts set out their scale, columns and labels the same way."""

    top: float
    bottom: float
    low: float
    high: float
    columns: int

    @property
    def slot(self) -> float:
        """The width of each column across the plot."""
        return (PLOT_RIGHT - PLOT_LEFT) / self.columns

    def at(self, value: float) -> float:
        """How far down the page ``value`` stands."""
        return self.bottom - (self.bottom - self.top) * (value - self.low) / (self.high - self.low)

    def centre(self, i: int) -> float:
        """The middle of column ``i``: where its bar, point and label go."""
        return PLOT_LEFT + self.slot * (i + 0.5)

    def value_axis(self, page: Page, values: Iterable[int]) -> None:
        """A grid line across the plot at each of ``values``, numbered in the left margin."""
        for value in values:
            y = self.at(value)
            page.line(PLOT_LEFT, y, PLOT_RIGHT, y, color=GRID, width=0.5)
            page.text(LEFT, y - 5, 22, 10, str(value), size=LABEL_SIZE, color=MUTED,
                      align=RIGHT_MIDDLE)  # fmt: skip

    def baseline(self, page: Page) -> None:
        """The line the columns stand on."""
        page.line(PLOT_LEFT, self.bottom, PLOT_RIGHT, self.bottom, color=INK, width=0.8)

    def column_labels(self, page: Page, pool: Sequence[Period]) -> None:
        """Each period's label under its column, thinned out when they would touch."""
        y, slot = self.bottom + 3, self.slot
        widest = max(page.width(p.label, LABEL_SIZE) for p in pool)
        every = max(1, math.ceil((widest + 4) / slot))
        for i, p in enumerate(pool):
            if i % every:
                continue
            cx = self.centre(i)
            page.text(cx - 30, y, 60, 10, p.label, size=LABEL_SIZE, color=MUTED, align=CENTRE)
            if p.year:
                page.text(cx - 30, y + 9, 60, 10, p.year, size=LABEL_SIZE, color=MUTED,
                          align=CENTRE)  # fmt: skip


def nice_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50...) giving at most ``ticks`` steps up to ``top``."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))
