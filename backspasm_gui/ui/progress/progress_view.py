"""Progress: today against the goal, the streak, the last 8 weeks, and pain over time.

Read by the person doing the stretches, from across the room, and by their
physiotherapist, so it is large and calm, and each chart has a sentence
under it that says what it shows (and is the chart's accessible description).
The dialog only shows: saving a CSV or a report is the app's job, asked for
through :attr:`ProgressView.exportCsvRequested` and
:attr:`ProgressView.reportRequested`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.history import (
    CALENDAR_WEEKS,
    WEEKENDS,
    CalendarDay,
    PainPoint,
    SessionRecord,
    Streaks,
    between,
    calendar,
    day_counts,
    pain_points,
    streaks,
)
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.ui.progress.calendar_chart import calendar_size, paint_calendar, shade_step
from backspasm_gui.ui.progress.chart_drawing import day_label, decimal
from backspasm_gui.ui.progress.pain_chart import paint_pain_chart

# Monday to Sunday, as days a streak may rest on ("Saturdays and Sundays off ...").
from backspasm_gui.ui.shared import theme

# Monday to Sunday, as days a streak may rest on ("Saturdays and Sundays off ...").
DAYS_OFF = (
    QT_TRANSLATE_NOOP("ProgressView", "Mondays"),
    QT_TRANSLATE_NOOP("ProgressView", "Tuesdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Wednesdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Thursdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Fridays"),
    QT_TRANSLATE_NOOP("ProgressView", "Saturdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Sundays"),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ProgressView", "No sessions yet. Your sessions will appear here once you have done one."
)
SIDE_BY_SIDE_WIDTH = 900  # narrower windows stack the two charts
MINIMUM_HEIGHT = 320  # the charts scroll below the heading; the buttons stay


def today_text(done: int, goal: int) -> str:
    """ "Today: 2 of 3 sessions", and once the goal is met, says so."""
    if done > goal:  # so at least 2
        text = translate("ProgressView", "Today: {done} sessions — goal of {goal} met")
    elif goal == 1 and done:
        text = translate("ProgressView", "Today: 1 of 1 session — goal met")
    elif goal == 1:
        text = translate("ProgressView", "Today: 0 of 1 session")
    elif done == goal:
        text = translate("ProgressView", "Today: {done} of {goal} sessions — goal met")
    else:
        text = translate("ProgressView", "Today: {done} of {goal} sessions")
    return text.format(done=done, goal=goal)


def streak_text(runs: Streaks) -> str:
    if runs.current == 1 and runs.best == 1:
        text = translate("ProgressView", "Current streak: 1 day · Best: 1 day")
    elif runs.current == 1:
        text = translate("ProgressView", "Current streak: 1 day · Best: {best} days")
    elif runs.best == 1:
        text = translate("ProgressView", "Current streak: {current} days · Best: 1 day")
    else:
        text = translate("ProgressView", "Current streak: {current} days · Best: {best} days")
    return text.format(current=runs.current, best=runs.best)


def _days_off(rest_days: frozenset[int]) -> str:
    """ "Mondays, Wednesdays and Fridays"."""
    names = [translate("ProgressView", DAYS_OFF[d]) for d in sorted(rest_days)]
    listed = names[-1]
    if len(names) > 1:
        #: The last two days of a list of days, as "Saturdays and Sundays".
        listed = translate("ProgressView", "{first} and {second}").format(
            first=names[-2], second=listed
        )
    for name in reversed(names[:-2]):
        #: A day and the rest of a list of days, as "Mondays, Wednesdays and Fridays".
        listed = translate("ProgressView", "{first}, {second}").format(first=name, second=listed)
    return listed


def rest_days_text(rest_days: frozenset[int], *, why: bool = False) -> str:
    """One line on what a day off does to a streak (with ``why``, and how a rest day
    counts)."""
    if not rest_days:
        return translate("ProgressView", "A day that misses the goal ends a streak.")
    if rest_days == WEEKENDS and why:
        return translate(
            "ProgressView",
            "Weekends off don’t break a streak: "
            "on a rest day a missed goal neither ends nor adds to it.",
        )
    if rest_days == WEEKENDS:
        return translate("ProgressView", "Weekends off don’t break a streak.")
    if why:
        #: {days} is a list of days, as "Mondays and Fridays".
        text = translate(
            "ProgressView",
            "{days} off don’t break a streak: "
            "on a rest day a missed goal neither ends nor adds to it.",
        )
    else:
        #: {days} is a list of days, as "Mondays and Fridays".
        text = translate("ProgressView", "{days} off don’t break a streak.")
    return text.format(days=_days_off(rest_days))


def streak_explanation(goal: int, rest_days: frozenset[int]) -> str:
    """The streak label's tooltip: what counts, and why a weekend off is fine."""
    if goal == 1:
        target = translate(
            "ProgressView", "A streak is the days in a row you did at least 1 session."
        )
    else:
        target = translate(
            "ProgressView", "A streak is the days in a row you did at least {goal} sessions."
        )
    today = translate(
        "ProgressView",
        "Today counts once you reach the goal; until then the streak up to yesterday stands.",
    )
    rest = rest_days_text(rest_days, why=True)
    return " ".join((target.format(goal=goal), rest, today))


def long_date(day: date) -> str:
    """ "Monday 26 October", in the chosen language."""
    #: How a day is named in the calendar's tooltips: a QDate format (dddd: the
    #: weekday's name, d: the day, MMMM: the month's name), as "Monday 26 October".
    pattern = translate("ProgressView", "dddd d MMMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_tooltip(day: CalendarDay, goal: int) -> str:
    if day.future:
        text = translate("ProgressView", "{date}: still to come")
    elif day.sessions >= goal and day.sessions == 1:
        text = translate("ProgressView", "{date}: 1 session, goal met")
    elif day.sessions >= goal:
        text = translate("ProgressView", "{date}: {count} sessions, goal met")
    elif day.sessions == 1:
        text = translate("ProgressView", "{date}: 1 session")
    else:
        text = translate("ProgressView", "{date}: {count} sessions")
    return text.format(date=long_date(day.day), count=day.sessions)


def calendar_summary(rows: Sequence[Sequence[CalendarDay]], goal: int) -> str:
    """ "Last 8 weeks: 41 sessions on 23 days; the daily goal of 3 was met on 9 days."

    Always weeks in the plural: the calendar shows :data:`CALENDAR_WEEKS` of them."""
    days = [d for row in rows for d in row if not d.future]
    sessions = sum(d.sessions for d in days)
    active = sum(1 for d in days if d.sessions > 0)
    met = sum(1 for d in days if d.sessions >= goal)
    if sessions == 0:
        text = translate("ProgressView", "Last {weeks} weeks: no sessions.")
    elif sessions == 1 and met:  # one session, on one day
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was met on 1 day.",
        )
    elif sessions == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: 1 session on 1 day; the daily goal of {goal} was not met yet.",
        )
    elif active == 1 and met:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on 1 day; "
            "the daily goal of {goal} was met on 1 day.",
        )
    elif active == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on 1 day; "
            "the daily goal of {goal} was not met yet.",
        )
    elif met > 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was met on {met} days.",
        )
    elif met == 1:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was met on 1 day.",
        )
    else:
        text = translate(
            "ProgressView",
            "Last {weeks} weeks: {sessions} sessions on {days} days; "
            "the daily goal of {goal} was not met yet.",
        )
    return text.format(weeks=len(rows), sessions=sessions, days=active, goal=goal, met=met)


def _weekly_means(points: Sequence[PainPoint], *, before: bool) -> list[tuple[date, float]]:
    by_week: defaultdict[date, list[int]] = defaultdict(list)
    for point in points:
        value = point.before if before else point.after
        if value is not None:
            day = point.when.date()
            by_week[day - timedelta(days=day.weekday())].append(value)
    return [(week, sum(v) / len(v)) for week, v in sorted(by_week.items())]


def _one_series(means: Sequence[tuple[date, float]], *, before: bool) -> str:
    """The sentence on pain before (or after) sessions when only those were rated."""
    if len(means) > 1 and before:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {first} in the first week to {last} in the last.",
        )
    elif len(means) > 1:
        text = translate(
            "ProgressView",
            "Pain after sessions went from {first} in the first week to {last} in the last.",
        )
    elif before:
        text = translate(
            "ProgressView", "Pain before sessions averaged {first} in the week of {week}."
        )
    else:
        text = translate(
            "ProgressView", "Pain after sessions averaged {first} in the week of {week}."
        )
    (week, first), (_week, last) = means[0], means[-1]
    return text.format(first=decimal(first), last=decimal(last), week=day_label(week))


def _both_series(before: Sequence[tuple[date, float]], after: Sequence[tuple[date, float]]) -> str:
    """The sentence on pain before and after sessions."""
    if len(before) > 1 and len(after) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {before_first} in the first week "
            "to {before_last} in the last; after sessions, from {after_first} to {after_last}.",
        )
    elif len(before) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions went from {before_first} in the first week "
            "to {before_last} in the last; after sessions, {after_first} in the week of "
            "{after_week}.",
        )
    elif len(after) > 1:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, from {after_first} in the first week to {after_last} in the last.",
        )
    elif before[0][0] == after[0][0]:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, {after_first}.",
        )
    else:
        text = translate(
            "ProgressView",
            "Pain before sessions averaged {before_first} in the week of {before_week}; "
            "after sessions, {after_first} in the week of {after_week}.",
        )
    return text.format(
        before_first=decimal(before[0][1]),
        before_last=decimal(before[-1][1]),
        before_week=day_label(before[0][0]),
        after_first=decimal(after[0][1]),
        after_last=decimal(after[-1][1]),
        after_week=day_label(after[0][0]),
    )


def pain_summary(points: Sequence[PainPoint]) -> str:
    """ "Pain before sessions went from 7.0 in the first week to 3.4 in the last; after
    sessions, from 5.2 to 1.8." (weekly means of the ratings)"""
    before = _weekly_means(points, before=True)
    after = _weekly_means(points, before=False)
    if before and after:
        return _both_series(before, after)
    if before or after:
        return _one_series(before or after, before=bool(before))
    return translate(
        "ProgressView",
        "No pain ratings yet. Rate your pain from 0 to 10 before and after a session.",
    )


# --- the charts as widgets ------------------------------------------------------------


class _Chart(QWidget):
    """A chart on the card's surface that repaints when the theme changes."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        # No more than the least it needs: the scroll area sizes the page by its preferred
        # height, and the charts grow into whatever room is left.
        return self.minimumSizeHint()

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.current().qcolor("surface"))
        painter.setFont(self.font())
        return painter

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()


class CalendarChart(_Chart):
    """The last 8 weeks, a cell a day, shaded by the sessions done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible = translate("ProgressView", "Sessions in the last {weeks} weeks")
        super().__init__("calendarChart", accessible.format(weeks=CALENDAR_WEEKS), parent)
        self._rows: list[list[CalendarDay]] = []
        self._goal = 1
        self._cells: dict[date, QRectF] = {}

    def set_days(self, rows: list[list[CalendarDay]], goal: int) -> None:
        self._rows, self._goal = rows, goal
        self.update()

    def cell_at(self, day: date) -> tuple[int, int] | None:
        """The sessions shown for ``day`` and its shade (0-3), or None if not shown
        (or still to come)."""
        for row in self._rows:
            for shown in row:
                if shown.day == day and not shown.future:
                    return shown.sessions, shade_step(shown.sessions, self._goal)
        return None

    def minimumSizeHint(self) -> QSize:
        width, height = calendar_size(QFontMetricsF(self.font()), CALENDAR_WEEKS, 1.25)
        return QSize(round(width), round(height))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        area = QRectF(self.rect())
        self._cells = paint_calendar(painter, area, self._rows, self._goal, theme.current())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            shown = {d.day: d for row in self._rows for d in row}
            for day, cell in self._cells.items():
                if cell.contains(QPointF(event.pos())) and day in shown:
                    QToolTip.showText(event.globalPos(), day_tooltip(shown[day], self._goal), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class PainChart(_Chart):
    """Pain before and after each session, 0 to 10, by date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible = translate("ProgressView", "Pain before and after sessions")
        super().__init__("painChart", accessible, parent)
        self._points: list[PainPoint] = []
        self.plot_area = QRectF()  # as last painted: 10 at its top, 0 at its bottom

    def set_points(self, points: Sequence[PainPoint]) -> None:
        self._points = list(points)
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 17), round(line * 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._painter()
        area = QRectF(self.rect()).adjusted(0, 0, -2, 0)
        self.plot_area = paint_pain_chart(painter, area, self._points, theme.current())
        painter.end()


def _say(label: QLabel, text: str) -> None:
    """Show ``text``, and have a screen reader say the same."""
    label.setText(text)
    label.setAccessibleName(text)


# --- the dialog ---------------------------------------------------------------------------


def scale_unit(width: int, height: int) -> float:
    """Body text size in pixels for the dialog's size (as the main window's, a little
    smaller at the top end: this page holds more)."""
    return max(11.0, min(34.0, width / 56, height / 36))


class ProgressView(QDialog):
    exportCsvRequested = Signal()
    reportRequested = Signal()

    def __init__(
        self,
        records: Sequence[SessionRecord],
        goal: int,
        today: date,
        rest_days: frozenset[int] = WEEKENDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self.setWindowTitle(translate("ProgressView", "Progress"))
        self.setAccessibleName(translate("ProgressView", "Progress"))
        self._rest_days = rest_days
        self._unit = 0.0
        self._factor = 1.0  # set_text_factor
        self._card_layouts: list[QVBoxLayout] = []
        self.today_label = self._label("todayLabel")
        self.streak_label = self._label("streakLabel")
        self.rest_label = self._label("restDaysLabel", muted=True)
        _say(self.rest_label, rest_days_text(rest_days))
        self.calendar_chart = CalendarChart(self)
        self.calendar_title = self._label("calendarTitle")
        title = translate("ProgressView", "Sessions, last {weeks} weeks")
        _say(self.calendar_title, title.format(weeks=CALENDAR_WEEKS))
        self.calendar_summary_label = self._label("calendarSummary")
        self.pain_chart = PainChart(self)
        self.pain_title = self._label("painTitle")
        _say(self.pain_title, translate("ProgressView", "Pain before and after sessions"))
        self.pain_summary_label = self._label("painSummary")
        self.empty_label = self._label("emptyLabel")
        _say(self.empty_label, translate("ProgressView", EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("progressPages")
        self.pages.addWidget(self._content())
        self.pages.addWidget(self.empty_label)
        self._outer = QVBoxLayout(self)
        # The buttons' words shorten to fit: their full width is no minimum (see _fit_buttons).
        self._outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._outer.addWidget(self.pages, 1)
        self._outer.addLayout(self._button_row())
        self.set_records(records, goal, today)
        room = self.screen().availableGeometry()  # never bigger than a small screen
        self.resize(min(1000, room.width() * 9 // 10), min(720, room.height() * 9 // 10))
        self._apply_scale()

    def _content(self) -> QScrollArea:
        """Today, the streak and the two charts, scrolling when the window is small."""
        self._charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        calendar_card = self._card(
            "calendarCard", self.calendar_title, self.calendar_chart, self.calendar_summary_label
        )
        pain_card = self._card(
            "painCard", self.pain_title, self.pain_chart, self.pain_summary_label
        )
        self._charts.addWidget(calendar_card, 2)
        self._charts.addWidget(pain_card, 3)
        body = QWidget(self)
        body.setObjectName("progressBody")
        self._body = QVBoxLayout(body)
        for label in (self.today_label, self.streak_label, self.rest_label):
            self._body.addWidget(label)
        self._body.addLayout(self._charts, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("progressScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        self.scroll_area.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        return self.scroll_area

    def _button_row(self) -> QBoxLayout:
        self.csv_button = self._button(
            "exportCsvButton",
            translate("ProgressView", "Save sessions as CSV…"),
            translate("ProgressView", "Save sessions as CSV"),
        )
        self.csv_button.setToolTip(
            translate("ProgressView", "Every session, one a row, for a spreadsheet")
        )
        self.csv_button.clicked.connect(self.exportCsvRequested.emit)
        self.report_button = self._button(
            "reportButton",
            translate("ProgressView", "Report for your clinician (PDF)…"),
            translate("ProgressView", "Report for your clinician (PDF)"),
        )
        self.report_button.setToolTip(
            translate(
                "ProgressView",
                "A PDF of sessions, streaks and pain to print or send to your physiotherapist",
            )
        )
        self.report_button.clicked.connect(self.reportRequested.emit)
        text = translate("ProgressView", "Close")
        self.close_button = self._button("closeButton", text, text)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.addWidget(self.csv_button)
        self._buttons.addWidget(self.report_button)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.close_button)
        return self._buttons

    # --- parts ---------------------------------------------------------------------------

    def _label(self, name: str, *, muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if muted:
            label.setProperty("role", "muted")
        return label

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def _card(self, name: str, title: QLabel, chart: QWidget, summary: QLabel) -> QFrame:
        card = QFrame(self)
        card.setObjectName("card")  # the theme's card style
        card.setProperty("part", name)
        card.setAccessibleName(title.text())
        layout = QVBoxLayout(card)
        self._card_layouts.append(layout)
        layout.addWidget(title)
        layout.addWidget(chart, 1)
        layout.addWidget(summary)
        return card

    # --- showing -------------------------------------------------------------------------

    def set_records(self, records: Sequence[SessionRecord], goal: int, today: date) -> None:
        """Show ``records`` against a daily ``goal``, as seen on ``today``."""
        counts = day_counts(records)
        runs = streaks(counts, goal, today, self._rest_days)
        rows = calendar(counts, today)
        shown = between(records, rows[0][0].day, today)
        points = pain_points(shown)
        _say(self.today_label, today_text(counts[today], goal))
        _say(self.streak_label, streak_text(runs))
        explanation = streak_explanation(goal, self._rest_days)
        self.streak_label.setToolTip(explanation)
        self.streak_label.setAccessibleDescription(explanation)
        self.calendar_chart.set_days(rows, goal)
        summary = calendar_summary(rows, goal)
        _say(self.calendar_summary_label, summary)
        self.calendar_chart.setAccessibleDescription(summary)
        summary = pain_summary(points)
        _say(self.pain_summary_label, summary)
        self.pain_chart.setAccessibleDescription(summary)
        self.pain_chart.set_points(points)
        empty = not records
        self.pages.setCurrentWidget(self.empty_label if empty else self.scroll_area)
        for button in (self.csv_button, self.report_button):
            button.setVisible(not empty)  # nothing to save yet

    @property
    def empty(self) -> bool:
        return self.pages.currentWidget() is self.empty_label

    # --- size ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_buttons()  # the style sheet's padding is known only now

    @property
    def text_factor(self) -> float:
        return self._factor

    def set_text_factor(self, factor: float) -> None:
        """The text size the person chose (Ctrl+Plus in the main window, times a larger
        desktop font): the fonts grow by it, the words wrap and the view scrolls."""
        if factor != self._factor:
            self._factor = factor
            self._apply_scale()

    def _apply_scale(self) -> None:
        side_by_side = self.width() >= SIDE_BY_SIDE_WIDTH * self._factor  # larger text: stack
        self._charts.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        unit = round(scale_unit(self.width(), self.height()) * self._factor, 1)
        if unit != self._unit:
            self._unit = unit
            self._set_fonts(unit)
        self._size_charts(side_by_side)
        self._fit_buttons()

    def _size_charts(self, side_by_side: bool) -> None:
        """Side by side the charts share the height left and can be small; one under the
        other they scroll, so each gets a comfortable height of its own."""
        if side_by_side:
            self.calendar_chart.setMinimumHeight(0)
            self.pain_chart.setMinimumHeight(0)
            return
        metrics = QFontMetricsF(self.calendar_chart.font())
        _width, height = calendar_size(metrics, CALENDAR_WEEKS, 2.1)
        self.calendar_chart.setMinimumHeight(round(height))
        self.pain_chart.setMinimumHeight(round(metrics.height() * 16))

    def _set_fonts(self, unit: float) -> None:
        base = self.font()
        bold, demi = QFont.Weight.Bold, QFont.Weight.DemiBold
        self.today_label.setFont(theme.scaled_font(base, unit * 1.7, weight=bold))
        self.streak_label.setFont(theme.scaled_font(base, unit * 1.2, weight=demi))
        self.rest_label.setFont(theme.scaled_font(base, max(13.0, unit * 0.9)))
        for title in (self.calendar_title, self.pain_title):
            title.setFont(theme.scaled_font(base, max(14.0, unit * 1.0), weight=demi))
        for chart in (self.calendar_chart, self.pain_chart):
            chart.setFont(theme.scaled_font(base, max(12.0, unit * 0.7)))
        for summary in (self.calendar_summary_label, self.pain_summary_label):
            summary.setFont(theme.scaled_font(base, max(13.0, unit * 0.85)))
        self.empty_label.setFont(theme.scaled_font(base, unit * 1.5))
        for button in (self.csv_button, self.report_button, self.close_button):
            button.setFont(theme.scaled_font(base, max(13.0, unit * 0.95)))
        margin = round(unit * 1.3)
        self._outer.setContentsMargins(margin, round(unit), margin, margin)
        self._outer.setSpacing(round(unit))
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(round(unit * 0.5))
        self._charts.setSpacing(round(unit))
        for layout in self._card_layouts:
            inset = max(10, round(unit * 0.7))
            layout.setContentsMargins(inset, inset, inset, inset)
            layout.setSpacing(max(6, round(unit * 0.4)))

    def _fit_buttons(self) -> None:
        """Shorter words on the buttons when the full ones would not fit across; the
        dialog can be as narrow as the short ones."""
        margins = self._outer.contentsMargins()
        sides = margins.left() + margins.right()
        #: The button's shorter words, for when the full ones do not fit across the window.
        short = (translate("ProgressView", "Save as CSV…"),
                 translate("ProgressView", "Clinician report (PDF)…"))  # fmt: skip
        full = (translate("ProgressView", "Save sessions as CSV…"),
                translate("ProgressView", "Report for your clinician (PDF)…"))  # fmt: skip
        widths = []
        self._buttons.setDirection(QBoxLayout.Direction.LeftToRight)
        for csv_text, report_text in (short, full):
            self.csv_button.setText(csv_text)
            self.report_button.setText(report_text)
            self._buttons.invalidate()
            widths.append(self._buttons.sizeHint().width())
        # Where even the short words do not fit across (large text), one above the other.
        stacked = widths[0] > self.width() - sides
        if stacked:
            self._buttons.setDirection(QBoxLayout.Direction.TopToBottom)
            self._buttons.invalidate()
            widths[0] = self._buttons.sizeHint().width()
        self.setMinimumSize(min(widths) + sides, MINIMUM_HEIGHT)
        if stacked or widths[1] > self.width() - sides:
            self.csv_button.setText(short[0])
            self.report_button.setText(short[1])
