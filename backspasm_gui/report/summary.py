"""The six numbers under the header: sessions, active days, the average against the
handout's 2-3 a day (or the share of a prescription's sessions done), days at the goal
(the prescription's sessions a day, if there is one), the best streak and sessions
stopped early.
"""

from __future__ import annotations

import math

from backspasm_gui.core.history import HANDOUT_PER_DAY
from backspasm_gui.core.i18n import translate
from backspasm_gui.report.content import Content
from backspasm_gui.report.page import LEFT, MUTED, RULE, WIDTH, Page
from backspasm_gui.report.words import decimal


def _against(c: Content) -> tuple[str, str]:
    """The small print under the average and under the days at the goal: against the
    handout's 2-3 a day and the goal, or against the prescription."""
    s = c.summary
    if c.prescribed is None:
        low, high = HANDOUT_PER_DAY
        average = translate("Report", "the handout: {low}–{high} a day").format(low=low, high=high)
        if s.goal == 1:
            goal = translate("Report", "goal: 1 session a day")
        else:
            goal = translate("Report", "goal: {goal} sessions a day")
        return average, goal.format(goal=s.goal)
    #: Under the sessions a day on average: the share of the prescribed sessions done.
    average = translate("Report", "{percent}% of the prescribed sessions")
    average = average.format(percent=round(100 * s.per_day / s.goal))
    if s.goal == 1:
        goal = translate("Report", "prescribed: 1 session a day")
    else:
        goal = translate("Report", "prescribed: {goal} sessions a day")
    return average, goal.format(goal=s.goal)


def draw_summary(page: Page, y: float, c: Content) -> float:
    s = c.summary
    against_average, against_goal = _against(c)
    #: The best streak, in a box of its own: days in a row.
    if s.best_streak == 1:
        best = translate("Report", "1 day")
    else:
        best = translate("Report", "{count} days")
    # Six boxes: a number, what it counts, and a detail in small print.
    cells = (
        (f"{s.done}", translate("Report", "sessions done"),
         translate("Report", "{count} started").format(count=s.started)),
        #: Days of the report's range, as "21 of 28".
        (translate("Report", "{count} of {total}").format(count=s.active_days, total=s.days),
         translate("Report", "days with a session"),
         translate("Report", "at least one session done")),
        #: Sessions a day on average, as "1.8 a day".
        (translate("Report", "{count} a day").format(count=decimal(s.per_day)),
         translate("Report", "sessions on average"), against_average),
        (translate("Report", "{count} of {total}").format(count=s.met_days, total=s.days),
         translate("Report", "days that met the daily goal"), against_goal),
        (best.format(count=s.best_streak), translate("Report", "best streak"),
         translate("Report", "days in a row at the goal")),
        (f"{s.stopped_early}", translate("Report", "sessions stopped early"),
         translate("Report", "before their last hold")),
    )  # fmt: skip
    columns, gap, height = 3, 8.0, 43.0
    w = (WIDTH - gap * (columns - 1)) / columns
    for n, (value, label, detail) in enumerate(cells):
        x = LEFT + (n % columns) * (w + gap)
        top = y + (n // columns) * (height + gap)
        page.box(x, top, w, height, fill=None, edge=RULE)
        room = w - 18
        page.text(x + 9, top + 4, room, 19, value, size=14, bold=True, fit=True)
        page.text(x + 9, top + 22, room, 10, label, size=9, fit=True)
        page.text(x + 9, top + 32, room, 9, detail, size=7.5, color=MUTED, fit=True)
    rows = math.ceil(len(cells) / columns)
    return y + rows * height + (rows - 1) * gap
