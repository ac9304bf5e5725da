"""Progress: today against the goal, the streak, the last 8 weeks, and pain over time.

Read by the person doing the stretches, from across the room, and by their
physiotherapist, so it is large and calm, and each chart has a sentence
under it that says what it shows (and is the chart's accessible description).
The dialog only shows: saving a CSV or a report is the app's job, asked for
through :attr:`ProgressView.exportCsvRequested` and
:attr:`ProgressView.reportRequested`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.history import (
    CALENDAR_WEEKS,
    WEEKENDS,
    SessionRecord,
    between,
    calendar,
    day_counts,
    pain_points,
    streaks,
)
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.ui.progress.calendar_card import CalendarChart, calendar_summary
from backspasm_gui.ui.progress.calendar_chart import calendar_size
from backspasm_gui.ui.progress.pain_card import PainChart, pain_summary
from backspasm_gui.ui.progress.today_and_streak import (
    rest_days_text,
    streak_explanation,
    streak_text,
    today_text,
)
from backspasm_gui.ui.shared import theme

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ProgressView", "No sessions yet. Your sessions will appear here once you have done one."
)
SIDE_BY_SIDE_WIDTH = 900  # narrower windows stack the two charts
MINIMUM_HEIGHT = 320  # the charts scroll below the heading; the buttons stay


def _say(label: QLabel, text: str) -> None:
    """Show ``text``, and have a screen reader say the same."""
    label.setText(text)
    label.setAccessibleName(text)


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
        short = sum(1 for r in shown if r.holds_done and not r.counts and not r.in_progress)
        summary = calendar_summary(rows, goal, short)
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
