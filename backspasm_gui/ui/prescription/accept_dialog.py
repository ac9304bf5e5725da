"""A routine from the clinician, shown before anything changes.

Who prescribed it and for whom, what changes against the routine followed now, how
often and how long, and the clinician's notes; then "Use this routine" or "Not now".
Nothing changes until the person accepts: the dialog only answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescription_summary import Summary
from backspasm_gui.ui.shared import theme


class AcceptDialog(QDialog):
    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptPrescription")
        title = translate("AcceptDialog", "A routine from your clinician")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        base = self.font()
        unit = max(14.0, float(base.pixelSize() if base.pixelSize() > 0 else 16))

        self.heading = self._label("prescriptionHeading", summary.prescribed_by)
        self.heading.setFont(theme.scaled_font(base, unit * 1.35, weight=QFont.Weight.Bold))
        self.patient = self._label("prescriptionPatient", summary.prescribed_for)
        self.patient.setVisible(bool(summary.prescribed_for))

        self.note = self._label("prescriptionNote", summary.note)
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setObjectName("card")  # the theme's card: the clinician's own words
        self.note.setContentsMargins(12, 10, 12, 10)
        self.note.setVisible(bool(summary.note))

        changes_title = self._label(
            "prescriptionChangesTitle", translate("AcceptDialog", "What changes")
        )
        changes_title.setFont(theme.scaled_font(base, unit * 1.1, weight=QFont.Weight.DemiBold))
        self.changes = self._label(
            "prescriptionChanges", "\n".join(f"• {change}" for change in summary.changes)
        )
        self.how = self._label("prescriptionHow", f"{summary.how_often}\n{summary.how_long}")
        notes = "\n".join(f"{name}: {text}" for name, text in summary.stretch_notes)
        self.stretch_notes = self._label("prescriptionStretchNotes", notes)
        self.stretch_notes.setVisible(bool(notes))
        self.promise = self._label(
            "prescriptionPromise",
            translate(
                "AcceptDialog",
                "Nothing changes until you choose Use this routine. The handout's routine "
                "stays one click away in Settings, and your history is kept.",
            ),
        )
        self.promise.setProperty("role", "muted")

        self._arrange(changes_title, unit)
        self.setAccessibleDescription(summary.text())
        self.resize(round(unit * 38), round(unit * 34))

    def _arrange(self, changes_title: QLabel, unit: float) -> None:
        body = QWidget(self)
        words = QVBoxLayout(body)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(round(unit * 0.6))
        for label in (
            self.heading,
            self.patient,
            self.note,
            changes_title,
            self.changes,
            self.how,
            self.stretch_notes,
            self.promise,
        ):
            words.addWidget(label)
        words.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            translate("AcceptDialog", "Use this routine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("usePrescription")
        self.use_button.setProperty("primary", True)
        self.use_button.style().polish(self.use_button)  # the box polished it when adding it
        self.not_now_button = buttons.addButton(
            translate("AcceptDialog", "Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.not_now_button.setObjectName("notNowPrescription")
        for button in (self.use_button, self.not_now_button):
            button.setAccessibleName(button.text())
            button.setMinimumHeight(round(unit * 2.6))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.not_now_button.setDefault(True)  # Enter by accident changes nothing

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a stranger's file: never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
