"""The page's frame: who, when and which routine at the top, where the page came from
at the foot.

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
    """The title, the name, the period and the routine, ruled off; returns where the next
    part starts."""
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
    y += 19
    page.text(LEFT, y, WIDTH, 16, routine_line(c), size=11, fit=True)
    y += 24
    page.line(LEFT, y, RIGHT, y, color=INK, width=0.8)
    return y + 12


def routine_line(c: Content) -> str:
    """Which routine the page is about: the prescription's (by whom, dated when), or the
    handout's; and how many of the period's sessions followed it, if not all did."""
    named = _named(c)
    if any(routine != c.routine_title for routine, _count in c.routines):
        if c.summary.started == 1:
            text = translate("Report", "{routine} ({count} of 1 session)")
        else:
            #: How many of the period's sessions followed the routine named before it.
            text = translate("Report", "{routine} ({count} of {total} sessions)")
        count = dict(c.routines).get(c.routine_title, 0)
        return text.format(routine=named, count=count, total=c.summary.started)
    return named


def _named(c: Content) -> str:
    rx = c.prescribed
    if rx is None:
        return translate("Report", "Routine: from the clinic handout")
    if rx.clinician and rx.date is not None:
        text = translate("Report", "Routine: prescribed by {clinician}, dated {date}")
    elif rx.clinician:
        text = translate("Report", "Routine: prescribed by {clinician}")
    elif rx.date is not None:
        text = translate("Report", "Routine: prescribed, dated {date}")
    else:
        #: {routine} is the prescribed routine's title, as the app shows it.
        text = translate("Report", "Routine: {routine}")
    when = long_date(rx.date) if rx.date is not None else ""
    return text.format(clinician=rx.clinician, date=when, routine=rx.title)


def draw_footer(page: Page, c: Content) -> None:
    """What counts as a session done, and where the page came from, at the foot."""
    y = BOTTOM - FOOTER_H
    page.line(LEFT, y, RIGHT, y, color=RULE, width=0.5)
    note = translate(
        "Report", "A session counts as done when at least half of its holds were done."
    )
    page.text(LEFT, y + 3, WIDTH, 11, note, size=7.5, color=MUTED)
    if c.prescribed is None:
        #: {handout} is the clinic handout's own title, in English as printed.
        source = translate(
            "Report", "From the app {app} {version} — the routine of the clinic handout '{handout}'"
        )
    else:
        #: {handout} is the clinic handout's own title, in English as printed.
        source = translate(
            "Report",
            "From the app {app} {version} — prescribed stretches from the clinic handout "
            "'{handout}'",
        )
    source = source.format(app=APP_NAME, version=version(), handout=HANDOUT_NAME)
    page.text(LEFT, y + 14, WIDTH, 11, source, size=7.5, color=MUTED)
