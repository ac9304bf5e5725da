"""The history in the window: records sessions, asks for pain ratings, shows progress,
exports the CSV and the clinician's report.

It wires the core :class:`Recorder` to the session, the window's pain scales to
the recorder, the Progress button to the progress view, and the view's two
export buttons to file dialogs. Today's count for the tray and the reminders
comes from here too, so there is one truth about what was done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from backspasm_gui.core.history import WEEKENDS, SessionRecord, Store, done_on
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.recorder import Recorder
from backspasm_gui.core.routine import Routine

if TYPE_CHECKING:
    from backspasm_gui.ui.progress.progress_view import ProgressView
    from backspasm_gui.ui.session.main_window import MainWindow

log = logging.getLogger(__name__)


class History(Store, Protocol):
    def records(
        self, first: date | None = None, last: date | None = None
    ) -> list[SessionRecord]: ...

    def sessions_on(self, day: date) -> list[SessionRecord]: ...

    def close(self) -> None: ...


def local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryKeeper(QObject):
    saved = Signal(object)  # a SessionRecord just stored

    def __init__(
        self,
        window: MainWindow,
        store: History,
        handout: Routine,
        *,
        goal: int = 3,
        rest_days: frozenset[int] = WEEKENDS,
        now: Callable[[], datetime] = local_now,
        prescribed: Prescribed | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.handout = handout
        self.goal = goal
        # The prescription the person follows, if any: the clinician's report names it
        # and measures the sessions against its sessions a day instead of the goal.
        self.prescribed = prescribed
        self.rest_days = rest_days
        self._now = now
        self.recorder = Recorder(window.driver.session, store, now, on_saved=self.saved.emit)
        self.progress: ProgressView | None = None
        window.painBeforeRated.connect(self.recorder.rate_before)
        window.painAfterRated.connect(self.recorder.rate_after)
        window.progressRequested.connect(self.show_progress)
        self.saved.connect(self._refresh_progress)
        window.ask_pain(True)

    # --- today, for the tray and the reminders (the Desk's TodayCount) ---------------

    def count(self) -> int:
        """Sessions that count, done today."""
        today = self._now().date()
        return done_on(self.store.sessions_on(today), today)

    def add(self) -> int:
        """A session just finished: the recorder has stored it already."""
        return self.count()

    def set_goal(self, goal: int, rest_days: frozenset[int] | None = None) -> None:
        self.goal = goal
        if rest_days is not None:
            self.rest_days = rest_days
        self._refresh_progress()

    def close(self) -> None:
        """The app quits: a session under way is kept as stopped early, and the file is
        closed (which folds its write-ahead log back in)."""
        self.recorder.close()
        self.store.close()

    # --- progress ------------------------------------------------------------------

    def show_progress(self) -> None:
        from backspasm_gui.ui.progress.progress_view import ProgressView  # noqa: PLC0415

        if self.progress is None:
            self.progress = ProgressView(
                self.store.records(),
                self.goal,
                self._now().date(),
                self.rest_days,
                parent=self.window,
            )
            self.progress.exportCsvRequested.connect(self.export_csv)
            self.progress.reportRequested.connect(self.export_report)
            self._follow_text_size(self.progress)
        else:
            self._refresh_progress()
        self.progress.show()
        self.progress.raise_()
        self.progress.activateWindow()

    def _follow_text_size(self, view: ProgressView) -> None:
        """The progress view's text as large as the window's (Ctrl+Plus there)."""
        view.set_text_factor(self.window.text_factor())
        self.window.zoom.changed.connect(
            lambda _factor: view.set_text_factor(self.window.text_factor())
        )

    def _refresh_progress(self, _record: object = None) -> None:
        if self.progress is not None and self.progress.isVisible():
            self.progress.set_records(self.store.records(), self.goal, self._now().date())

    # --- export --------------------------------------------------------------------

    def _parent(self) -> QWidget:
        return self.progress if self.progress is not None else self.window

    def export_csv(self) -> None:
        from backspasm_gui.storage.csv_export import ExportError, write_csv  # noqa: PLC0415

        today = self._now().date()
        # The file's name stays English (plain letters, the same on every computer).
        suggested = documents() / f"back-stretches-sessions-{today.isoformat()}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent(),
            translate("HistoryKeeper", "Save sessions as CSV"),
            str(suggested),
            translate("HistoryKeeper", "CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            write_csv(self.store.records(), path, self.handout.title)
        except ExportError as exc:
            log.warning("CSV export failed", exc_info=True)
            self.window.notify(str(exc))
            return
        self.window.notify(
            translate("HistoryKeeper", "Saved your sessions to {path}.").format(path=path)
        )

    def export_report(self) -> None:
        from backspasm_gui.report.pdf import ReportError, write_report  # noqa: PLC0415
        from backspasm_gui.ui.progress.report_dialog import ReportDialog  # noqa: PLC0415

        records = self.store.records()
        today = self._now().date()
        first = records[0].day if records else today
        first = max(first, today - timedelta(weeks=4))
        options = ReportDialog(first, today, self._parent(), prescribed=self.prescribed)
        if not options.exec():
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent(),
            translate("HistoryKeeper", "Save the report for your clinician"),
            str(documents() / f"back-stretches-report-{today.isoformat()}.pdf"),
            translate("HistoryKeeper", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            write_report(
                path,
                records,
                self.handout,
                first=options.first,
                last=options.last,
                goal=self.goal,
                name=options.name,
                generated=today,
                prescribed=self.prescribed,
            )
        except ReportError as exc:
            log.warning("report failed", exc_info=True)
            self.window.notify(str(exc))
            return
        saved = translate("HistoryKeeper", "Saved the report for your clinician to {path}.")
        self.window.notify(saved.format(path=path))


def documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
