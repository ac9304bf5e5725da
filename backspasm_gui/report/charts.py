"""What the two charts share: the plot's left and right, a column a period with its
label under it, the legend's size in the gutter on the right, and round steps up the
scale; so a week's bar stands over that week's pain.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from backspasm_gui.report.page import CENTRE, LEFT, MUTED, RIGHT, Page
from backspasm_gui.report.periods import Period

# The two charts share their columns: the same plot left and right, the legend in a
# gutter on the right.
PLOT_LEFT = LEFT + 26
GUTTER = 96.0
PLOT_RIGHT = RIGHT - GUTTER


def column_labels(page: Page, y: float, pool: Sequence[Period]) -> None:
    """Each period's label under its column, thinned out when they would touch."""
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(pool)
    widest = max(page.width(p.label, 7.5) for p in pool)
    every = max(1, math.ceil((widest + 4) / slot))
    for i, p in enumerate(pool):
        if i % every:
            continue
        cx = PLOT_LEFT + slot * (i + 0.5)
        page.text(cx - 30, y, 60, 10, p.label, size=7.5, color=MUTED, align=CENTRE)
        if p.year:
            page.text(cx - 30, y + 9, 60, 10, p.year, size=7.5, color=MUTED, align=CENTRE)


LEGEND_SIZE = 7.5  # the gutter's words, as the pain scale's beside the other chart


def nice_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50...) giving at most ``ticks`` steps up to ``top``."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))
