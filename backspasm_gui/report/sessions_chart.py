"""The sessions chart: sessions done in each week (or month) as bars, against a band
for the handout's 2-3 sessions a day, or a line for a prescription's sessions a day.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from backspasm_gui.core.i18n import translate
from backspasm_gui.report.charts import (
    GUTTER_X,
    LABEL_SIZE,
    LEGEND_SIZE,
    Plot,
    labels_height,
    nice_step,
)
from backspasm_gui.report.content import Content
from backspasm_gui.report.page import (
    BAND,
    BAND_EDGE,
    BAR,
    INK,
    LEFT_TOP,
    RIGHT,
    Page,
    draw_heading,
)

LEGEND_GAP = 20.0  # from one legend entry's top to the next's, or more for a taller one
TARGET_LINE = 1.2  # a prescription's sessions a day: the line's width in points, and style
TARGET_STYLE = Qt.PenStyle.DashLine


def _legend_swatch(
    page: Page, x: float, y: float, text: str, *, fill: str | None, edge: str | None
) -> float:
    """A swatch (a line without ``fill``) and its words, wrapped to end at the right
    margin; returns their height."""
    if fill is None:
        page.line(x, y + 6, x + 12, y + 6, color=edge or INK, width=TARGET_LINE,
                  style=TARGET_STYLE)  # fmt: skip
    else:
        page.box(x, y + 2, 12, 8, fill=fill, edge=edge)
    room = RIGHT - (x + 17)
    height = page.wrapped_height(text, room, LEGEND_SIZE)
    page.text(x + 17, y - 1, room, height + 1, text, size=LEGEND_SIZE, align=LEFT_TOP,
              wrap=True)  # fmt: skip
    return height


def _bar_value(
    page: Page, cx: float, top: float, height: float, value: int, *, slot: float, bar_w: float
) -> None:
    """The number on a bar: inside its top in white where it fits, else just above it, clear
    of the band's edges; left out where the columns are too narrow for it."""
    label = str(value)
    width = page.width(label, LABEL_SIZE, bold=True)
    if width > slot - 2:
        return
    centre_top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    if height >= 13 and width <= bar_w - 2:
        page.text(cx - bar_w / 2, top + 2, bar_w, 10, label, size=LABEL_SIZE, bold=True,
                  color="#ffffff", align=centre_top)  # fmt: skip
    else:
        centre_bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        page.text(cx - slot / 2, top - 11, slot, 10, label, size=LABEL_SIZE, bold=True,
                  align=centre_bottom)  # fmt: skip


def draw_sessions(page: Page, y: float, height: float, c: Content) -> None:
    pool = c.periods
    low, high = c.per_day
    if c.unit == "month":
        heading = translate("Report", "Sessions per month")
    else:
        heading = translate("Report", "Sessions per week")
    top = draw_heading(page, y, heading)
    labels_h = labels_height(c.unit)
    peak = max(*(p.target[1] for p in pool), *(p.sessions for p in pool), 1)
    step = nice_step(peak)
    scale_top = math.ceil(peak / step) * step
    plot = Plot(top + 10, y + height - labels_h, 0, scale_top, len(pool))
    at, slot = plot.at, plot.slot
    plot.value_axis(page, range(0, scale_top + 1, step))
    band_w, bar_w = min(slot * 0.86, 44), min(slot * 0.5, 24)
    for i, p in enumerate(pool):
        cx = plot.centre(i)
        t_low, t_high = p.target
        if t_low != t_high:
            page.box(cx - band_w / 2, at(t_high), band_w, at(t_low) - at(t_high), fill=BAND,
                     edge=None)  # fmt: skip
            for edge in (t_high, t_low):
                page.line(cx - band_w / 2, at(edge), cx + band_w / 2, at(edge), color=BAND_EDGE,
                          width=0.6)  # fmt: skip
        if p.sessions:
            page.box(
                cx - bar_w / 2, at(p.sessions), bar_w, at(0) - at(p.sessions), fill=BAR, edge=None
            )
        if t_low == t_high:  # a prescription's sessions a day: a line across the bar
            page.line(cx - band_w / 2, at(t_high), cx + band_w / 2, at(t_high), color=INK,
                      width=TARGET_LINE, style=TARGET_STYLE)  # fmt: skip
        _bar_value(  # over the line
            page, cx, at(p.sessions), at(0) - at(p.sessions), p.sessions, slot=slot, bar_w=bar_w
        )
    plot.baseline(page)  # over the bars' feet
    plot.column_labels(page, pool)
    gx = GUTTER_X
    done = translate("Report", "sessions done")
    taken = _legend_swatch(page, gx, plot.top + 2, done, fill=BAR, edge=None)
    below = plot.top + 2 + max(LEGEND_GAP, taken + 7)
    if c.prescribed is None:
        handout = translate("Report", "the handout's {low}–{high} sessions a day")
        _legend_swatch(page, gx, below, handout.format(low=low, high=high), fill=BAND,
                       edge=BAND_EDGE)  # fmt: skip
    else:
        if low == 1:
            prescribed = translate("Report", "1 session a day, as prescribed")
        else:
            prescribed = translate("Report", "{count} sessions a day, as prescribed")
        _legend_swatch(page, gx, below, prescribed.format(count=low), fill=None, edge=INK)
