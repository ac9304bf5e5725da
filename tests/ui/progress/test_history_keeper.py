"""The history in the window: sessions done in it are kept, with the pain ratings given,
and the exports write what was kept or say in one sentence why they could not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import State
from backspasm_gui.report import pdf
from backspasm_gui.storage.csv_export import read_csv
from backspasm_gui.storage.history_db import HistoryDB
from backspasm_gui.ui.progress.history_keeper import HistoryKeeper
from backspasm_gui.ui.progress.report_dialog import ReportDialog
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from tests.ui.conftest import Passing

ZONE = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 30, 10, 30, tzinfo=ZONE)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryDB]:
    db, problem = HistoryDB.open(tmp_path / "history.sqlite3")
    assert problem == ""
    yield db
    db.close()


@pytest.fixture
def keeper(
    window: MainWindow, store: HistoryDB, routine: Routine, clock: FakeClock
) -> HistoryKeeper:
    start = clock()
    return HistoryKeeper(
        window, store, routine, goal=3, now=lambda: MORNING + timedelta(seconds=clock() - start)
    )


def finish(driver: SessionDriver, elapse: Passing) -> None:
    """Start (unless already going) and follow the session to its end."""
    if driver.session.state is State.READY:
        driver.toggle()
    while driver.session.state is not State.FINISHED:
        assert driver.session.state is not State.PAUSED
        elapse(driver.session.view().remaining + 0.05, step=1.0)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_session_done_in_the_window_is_kept_with_its_pain_ratings(
    qtbot: QtBot,
    window: MainWindow,
    *,
    keeper: HistoryKeeper,
    store: HistoryDB,
    driver: SessionDriver,
    elapse: Passing,
) -> None:
    assert window.pain_before.isVisible()  # a history is kept: the rating is offered
    click(qtbot, window.pain_before.buttons[6])
    finish(driver, elapse)
    click(qtbot, window.done_view.pain_after.buttons[3])
    [kept] = store.records()
    assert kept.finished
    assert kept.holds_done == len(driver.session.steps)
    assert (kept.pain_before, kept.pain_after) == (6, 3)
    assert kept.started == MORNING
    assert keeper.count() == 1


def test_today_counts_only_sessions_with_half_the_holds_or_more(
    keeper: HistoryKeeper, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(5 + 30 + 0.1)  # one hold of eleven
    driver.restart()  # stopped early
    assert keeper.count() == 0
    finish(driver, elapse)
    assert keeper.count() == 1
    assert keeper.add() == 1  # the Desk's "one more": the recorder stored it already


def test_quitting_mid_session_keeps_what_was_done(
    keeper: HistoryKeeper, store: HistoryDB, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(5 + 30 + 5 + 30 + 0.1)  # two holds, each after its lead-in
    keeper.close()
    assert store.path is not None
    reopened, _problem = HistoryDB.open(store.path)  # on disk, the file closed cleanly
    [kept] = reopened.records()
    reopened.close()
    assert kept.outcome == "stopped early"
    assert kept.holds_done == 2


def test_export_csv_writes_the_kept_sessions_and_says_where(
    keeper: HistoryKeeper,
    window: MainWindow,
    *,
    driver: SessionDriver,
    elapse: Passing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finish(driver, elapse)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    keeper.export_csv()
    [row] = read_csv(target)
    assert row.finished
    assert row.routine == "Back Spasm Stretches & Exercises"  # the routine it followed
    assert f"Saved your sessions to {target}." in window.notice.label.text()


def test_export_csv_somewhere_unwritable_is_one_sentence(
    keeper: HistoryKeeper, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    target = blocker / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    keeper.export_csv()
    assert "could not be saved" in window.notice.label.text()
    assert not target.exists()


def test_cancelling_the_file_dialog_writes_nothing(
    keeper: HistoryKeeper, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    keeper.export_csv()
    assert list(tmp_path.glob("*.csv")) == []
    assert not window.notice.isVisible()


def test_the_report_is_written_with_the_name_and_range_chosen(
    keeper: HistoryKeeper,
    window: MainWindow,
    *,
    driver: SessionDriver,
    elapse: Passing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finish(driver, elapse)
    target = tmp_path / "report.pdf"
    chosen: dict[str, object] = {}

    def answer(dialog: ReportDialog) -> int:
        dialog.name_edit.setText("  Sam   Example ")
        chosen.update(name=dialog.name, first=dialog.first, last=dialog.last)
        return 1

    monkeypatch.setattr(ReportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    keeper.export_report()
    assert chosen == {"name": "Sam Example", "first": date(2026, 11, 30), "last": MORNING.date()}
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved the report for your clinician" in window.notice.label.text()


def test_the_report_is_about_the_prescription_followed_with_its_patient_named(
    keeper: HistoryKeeper,
    *,
    driver: SessionDriver,
    elapse: Passing,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finish(driver, elapse)
    prescribed = Prescribed(
        "Prescribed by Dr Ana Ruiz, 1 December 2026", "Dr Ana Ruiz", "Jane Example",
        date(2026, 12, 1), sessions_per_day=2,
    )  # fmt: skip
    keeper.prescribed = prescribed
    offered: list[str] = []

    def answer(dialog: ReportDialog) -> int:
        offered.append(dialog.name)
        return 1

    written: dict[str, object] = {}
    monkeypatch.setattr(ReportDialog, "exec", answer)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), "")
    )
    monkeypatch.setattr(pdf, "write_report", lambda *a, **options: written.update(options))
    keeper.export_report()
    assert offered == ["Jane Example"]  # the name starts as the prescription's patient
    assert written["prescribed"] == prescribed
    assert written["name"] == "Jane Example"


def test_the_report_range_never_ends_before_it_starts(qtbot: QtBot) -> None:
    dialog = ReportDialog(date(2026, 11, 1), date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 12, 5))
    assert dialog.last == date(2026, 12, 5)
    dialog.to_edit.setDate(QDate(2026, 10, 1))
    assert dialog.first == date(2026, 10, 1)


def test_the_progress_view_follows_the_windows_text_size(
    qtbot: QtBot, keeper: HistoryKeeper, window: MainWindow
) -> None:
    keeper.show_progress()
    assert keeper.progress is not None
    qtbot.addWidget(keeper.progress)
    before = keeper.progress.today_label.font().pixelSize()
    window.zoom.set_factor(2.0)  # Ctrl+Plus, pressed in the main window
    assert keeper.progress.text_factor == window.text_factor()
    assert keeper.progress.today_label.font().pixelSize() > 1.5 * before
