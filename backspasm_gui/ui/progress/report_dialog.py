"""What the clinician's report covers: an optional name and a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed


class ReportDialog(QDialog):
    """Asks the name and the range; with ``prescribed`` (the prescription followed, which
    the report names) the name starts as its patient's, to keep or clear."""

    def __init__(
        self,
        first: date,
        last: date,
        parent: QWidget | None = None,
        *,
        prescribed: Prescribed | None = None,
    ) -> None:
        super().__init__(parent)
        self.prescribed = prescribed
        self.setObjectName("reportDialog")
        self.setWindowTitle(translate("ReportDialog", "Report for your clinician"))
        intro = QLabel(
            translate(
                "ReportDialog",
                "A one-page PDF of your sessions and pain ratings to print or send to the "
                "person who gave you the handout. Your name is optional; it is not stored.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("reportName")
        self.name_edit.setAccessibleName(translate("ReportDialog", "Your name (optional)"))
        self.name_edit.setPlaceholderText(
            translate("ReportDialog", "Leave empty to write it by hand")
        )
        if prescribed is not None:
            self.name_edit.setText(prescribed.patient)
        self.from_edit = self._date_edit("reportFrom", translate("ReportDialog", "From"), first)
        self.to_edit = self._date_edit("reportTo", translate("ReportDialog", "To"), last)
        self.from_edit.dateChanged.connect(self._keep_order)
        self.to_edit.dateChanged.connect(self._keep_order)
        form = QFormLayout()
        form.addRow(translate("ReportDialog", "Your &name:"), self.name_edit)
        form.addRow(translate("ReportDialog", "&From:"), self.from_edit)
        form.addRow(translate("ReportDialog", "&To:"), self.to_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("ReportDialog", "Save report…"))
        save.setObjectName("reportSave")
        save.setAccessibleName(translate("ReportDialog", "Save report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _date_edit(self, name: str, label: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        #: How the report's first and last days are shown and typed: a QDate format
        #: (d: the day, MMM: the month's short name, yyyy: the year), as "26 Oct 2026".
        edit.setDisplayFormat(translate("ReportDialog", "d MMM yyyy"))
        return edit

    def _keep_order(self) -> None:
        """The range never ends before it starts: moving one end past the other moves both."""
        sender = self.sender()
        if self.from_edit.date() > self.to_edit.date():
            if sender is self.from_edit:
                self.to_edit.setDate(self.from_edit.date())
            else:
                self.from_edit.setDate(self.to_edit.date())

    @property
    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    @property
    def first(self) -> date:
        return as_date(self.from_edit.date())

    @property
    def last(self) -> date:
        return as_date(self.to_edit.date())


def as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
