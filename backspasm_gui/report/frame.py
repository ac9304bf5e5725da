"""The page's frame: who and when at the top, where the page came from at the foot.

The two are drawn first and have fixed heights, so the parts between know their room.
"""

from __future__ import annotations

from backspasm_gui import APP_NAME, version
from backspasm_gui.core.i18n import translate
from backspasm_gui.report.content import Content
from backspasm_gui.report.page import (
    BOTTOM,
    INK,
    LEFT,
    MUTED,
    RIGHT,
    RIGHT_MIDDLE,
    RULE,
    TOP,
    WIDTH,
    Page,
)
from backspasm_gui.report.words import date_range, long_date, title

HANDOUT_NAME = "Back Pain & Spasms"  # the handout's own title, as printed: never translated
FOOTER_H = 26.0


def draw_header(page: Page, c: Content) -> float:
    """The title, the name and the period, ruled off; returns where the next part starts."""
    y = TOP
    page.text(LEFT, y, WIDTH, 24, title(), size=18, bold=True, fit=True)
    y += 30
    generated = translate("Report", "Generated {date}").format(date=long_date(c.generated))
    page.text(LEFT, y, WIDTH, 16, generated, size=9, color=MUTED, align=RIGHT_MIDDLE)
    #: {name} is the patient's name, or a line to write it on.
    name = translate("Report", "Name: {name}").format(name=c.name or "_" * 34)
    room = WIDTH - page.width(generated, 9) - 12  # what the date beside it leaves
    page.text(LEFT, y, room, 16, name, size=11, fit=True)
    y += 19
    period = translate("Report", "Period: {period}").format(period=date_range(c.first, c.last))
    page.text(LEFT, y, WIDTH, 16, period, size=11, fit=True)
    y += 24
    page.line(LEFT, y, RIGHT, y, color=INK, width=0.8)
    return y + 12


def draw_footer(page: Page, c: Content) -> None:
    """What counts as a session done, and where the page came from, at the foot."""
    y = BOTTOM - FOOTER_H
    page.line(LEFT, y, RIGHT, y, color=RULE, width=0.5)
    note = translate(
        "Report", "A session counts as done when at least half of its holds were done."
    )
    page.text(LEFT, y + 3, WIDTH, 11, note, size=7.5, color=MUTED)
    #: {handout} is the clinic handout's own title, in English as printed.
    source = translate(
        "Report", "From the app {app} {version} — the routine of the clinic handout '{handout}'"
    ).format(app=APP_NAME, version=version(), handout=HANDOUT_NAME)
    page.text(LEFT, y + 14, WIDTH, 11, source, size=7.5, color=MUTED)
