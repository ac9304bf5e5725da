"""The progress view: what a person and their physiotherapist read from a month of sessions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from backspasm_gui.core.history import CalendarDay, SessionRecord, calendar
from backspasm_gui.ui.progress import calendar_chart
from backspasm_gui.ui.progress.calendar_card import day_tooltip
from backspasm_gui.ui.progress.calendar_chart import day_initials, legend_steps
from backspasm_gui.ui.progress.chart_drawing import day_label
from backspasm_gui.ui.progress.progress_view import EMPTY_TEXT, ProgressView
from backspasm_gui.ui.progress.today_and_streak import rest_days_text
from backspasm_gui.ui.shared import theme
from tests.ui.clipping import clipped
from tests.ui.progress.showing import LAST_DAY, make_view


def distinct_colours(picture: QImage) -> int:
    return len(
        {
            picture.pixel(x, y)
            for y in range(0, picture.height(), 3)
            for x in range(0, picture.width(), 3)
        }
    )


# --- what it says --------------------------------------------------------------------------


def test_the_summaries_under_the_charts_are_their_accessible_descriptions(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records)
    sessions = (
        "Last 8 weeks: 49 sessions on 21 days; the daily goal of 3 was met on 9 days. "
        "3 more were stopped before half their holds, so they do not count."
    )
    pain = (
        "Pain before sessions went from 6.7 in the first week to 3.7 in the last; "
        "after sessions, from 4.9 to 1.6."
    )
    assert view.calendar_summary_label.text() == sessions
    assert view.calendar_chart.accessibleDescription() == sessions
    assert view.pain_summary_label.text() == pain
    assert view.pain_chart.accessibleDescription() == pain


def test_with_no_sessions_it_says_they_will_appear_here(qtbot: QtBot, light: QApplication) -> None:
    view = make_view(qtbot, [])
    assert view.empty
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == EMPTY_TEXT
    assert not view.calendar_chart.isVisible()
    assert not view.csv_button.isVisible()  # nothing to save yet
    assert view.close_button.isVisible()


def test_new_records_update_what_it_says(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, [])
    first_day = [r for r in records if r.day == date(2026, 10, 26)]
    view.set_records(first_day, 3, date(2026, 10, 26))
    assert not view.empty
    assert view.today_label.text() == "Today: 2 of 3 sessions"
    assert view.calendar_chart.cell_at(date(2026, 10, 26)) == (2, 2)
    view.set_records(records, 3, date(2026, 11, 20))
    assert view.today_label.text() == "Today: 3 of 3 sessions — goal met"
    assert view.calendar_summary_label.text().startswith("Last 8 weeks: 49 sessions")
    assert view.csv_button.isVisible()


def test_the_buttons_ask_for_a_csv_and_a_report_and_close_closes(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records)
    with qtbot.waitSignal(view.exportCsvRequested, timeout=1000):
        qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.reportRequested, timeout=1000):
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()


def test_every_control_has_a_name_for_tests_and_screen_readers(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records)
    controls = [*view.findChildren(QPushButton), view.calendar_chart, view.pain_chart]
    for control in controls:
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()
    assert view.report_button.accessibleName() == "Report for your clinician (PDF)"


def test_every_word_is_translated_and_dates_and_numbers_follow_the_language(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord], marked: None
) -> None:
    view = make_view(qtbot, records)
    shown = [label.text() for label in view.findChildren(QLabel)]
    shown += [button.text() for button in view.findChildren(QPushButton)]
    shown += [button.accessibleName() for button in view.findChildren(QPushButton)]
    shown += [view.windowTitle(), view.streak_label.toolTip()]
    shown += [view.calendar_chart.accessibleName(), view.pain_chart.accessibleName()]
    assert [text for text in shown if not text.startswith("«")] == []
    assert "6,7" in view.pain_summary_label.text()  # a decimal comma
    assert day_label(date(2026, 10, 26)) == "«26 Okt.»"
    assert day_initials() == ["M", "D", "M", "D", "F", "S", "S"]
    tip = day_tooltip(CalendarDay(date(2026, 11, 2), 2, future=False), 3)
    assert tip == "««Montag 2 November»: 2 sessions»"
    assert (
        rest_days_text(frozenset({0, 4})) == "«««Mondays» and «Fridays»» off don’t break a streak.»"
    )
    assert [w for _s, w in legend_steps(3)] == ["«None»", "1", "2", "«3 or more: goal met»"]


# --- how it looks ----------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(640, 480), (1400, 900)])
def test_no_text_is_cut_off(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord], size: tuple[int, int]
) -> None:
    view = make_view(qtbot, records, size=size)
    assert (view.width(), view.height()) == size
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(view):
            continue
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
        else:
            assert label.sizeHint().width() <= label.width(), label.objectName()
    for button in view.findChildren(QPushButton):
        if button.isVisibleTo(view):
            assert button.sizeHint().width() <= button.width(), button.text()


def painted_words_cut(view: ProgressView) -> list[str]:
    """What the charts paint that would not fit them: the calendar's legend, its grid."""
    chart = view.calendar_chart
    metrics = QFontMetricsF(chart.font())
    room = QRectF(chart.rect())
    rows = calendar({}, LAST_DAY)
    grid = calendar_chart._calendar_grid(metrics, room, [row[0].day for row in rows], 3)
    cut = []
    if grid.legend.width > room.width() + 1:
        cut.append(f"the calendar's legend needs {grid.legend.width:.0f} px of {room.width()}")
    if grid.legend_top + grid.legend.height > room.bottom() + 1:
        cut.append("the calendar's legend runs off its foot")
    if grid.cell < metrics.height() * 1.2:
        cut.append(f"calendar cells of {grid.cell:.0f} px for {metrics.height():.0f} px text")
    return cut


LOOKS = [(name, size) for name in ("light", "dark") for size in ((1100, 760), (640, 480))]


@pytest.mark.parametrize("look", LOOKS, ids=[f"{n}-{w}x{h}" for n, (w, h) in LOOKS])
def test_no_word_is_cut_off_in_any_language(
    qtbot: QtBot,
    light: QApplication,
    speaking: str,
    records: list[SessionRecord],
    look: tuple[str, tuple[int, int]],
) -> None:
    """Every label and button has room for its words (a wrapped label: the height its
    width needs, and no word wider than it), in Spanish and German as in English."""
    name, size = look
    theme.install(light, name)
    view = make_view(qtbot, records, size=size)
    assert (view.width(), view.height()) == size
    assert (view.windowTitle() == "Progress") == (speaking == "en")  # the language is in use
    assert clipped(view) == []
    assert painted_words_cut(view) == []


@pytest.mark.parametrize("size", [(1100, 760), (640, 480)])
def test_at_twice_the_text_no_word_is_cut_off_in_any_language(
    qtbot: QtBot,
    light: QApplication,
    speaking: str,
    records: list[SessionRecord],
    size: tuple[int, int],
) -> None:
    """Ctrl+Plus up to 200 % in the main window reaches this view: the words grow, wrap
    and scroll, and none is cut."""
    view = make_view(qtbot, records, size=size)
    usual = view.today_label.font().pixelSize()
    view.set_text_factor(2.0)
    QApplication.processEvents()
    assert view.today_label.font().pixelSize() >= 1.8 * usual
    assert clipped(view) == []
    assert painted_words_cut(view) == []


def test_large_it_shows_everything_at_once_with_the_charts_side_by_side(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, size=(1400, 900))
    assert view.scroll_area.verticalScrollBar().maximum() == 0
    calendar_at = view.calendar_chart.mapTo(view, view.calendar_chart.rect().topLeft())
    pain_at = view.pain_chart.mapTo(view, view.pain_chart.rect().topLeft())
    assert calendar_at.x() < pain_at.x()
    assert abs(calendar_at.y() - pain_at.y()) < 5
    assert view.today_label.font().pixelSize() >= 36  # readable from across the room


def test_small_it_stacks_the_charts_and_scrolls(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records, size=(640, 480))
    calendar_at = view.calendar_chart.mapTo(view, view.calendar_chart.rect().topLeft())
    pain_at = view.pain_chart.mapTo(view, view.pain_chart.rect().topLeft())
    assert pain_at.y() > calendar_at.y() + view.calendar_chart.height()
    assert view.scroll_area.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("name", ["light", "dark"])
def test_it_renders_in_both_themes(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord], name: str
) -> None:
    colours = theme.install(light, name)
    view = make_view(qtbot, records)
    picture = view.grab().toImage()
    assert distinct_colours(picture) > 50  # text, shades, two series: not a blank page
    assert picture.pixelColor(3, 3) == colours.qcolor("window")
    chart = view.calendar_chart.grab().toImage()
    assert chart.pixelColor(1, 1) == colours.qcolor("surface")


def test_the_charts_repaint_when_the_theme_changes(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    view = make_view(qtbot, records)
    theme.install(light, "dark")
    chart = view.pain_chart.grab().toImage()
    assert chart.pixelColor(1, 1) == theme.DARK.qcolor("surface")


def test_a_short_session_with_a_rating_is_not_hidden_behind_no_sessions(
    qtbot: QtBot, light: QApplication, records: list[SessionRecord]
) -> None:
    """The pain chart plots a rating from a session stopped early; the calendar's words
    say it was there and why it does not count, instead of "no sessions"."""
    short = next(r for r in records if r.holds_done)
    stopped = replace(
        short,
        holds=tuple(replace(h, done=i < 2) for i, h in enumerate(short.holds)),
        finished=False,
        pain_before=6,
    )
    assert not stopped.counts
    view = make_view(qtbot, [])
    view.set_records([stopped], 3, stopped.day)
    assert view.calendar_summary_label.text() == (
        "Last 8 weeks: no sessions that count. "
        "1 more was stopped before half its holds, so it does not count."
    )
    assert "Pain before" in view.pain_summary_label.text()
