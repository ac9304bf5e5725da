"""The end of a session: what was done, what was left out, and "Again"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session_events import Summary
from backspasm_gui.core.timefmt import duration
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.shared import theme

AFTER_QUESTION = QT_TRANSLATE_NOOP(
    "DoneView", "And now, after the stretches: how much does your back hurt? (optional)"
)


def summary_lines(routine: Routine, summary: Summary) -> tuple[str, str, str]:
    """Title, what was done, and what was left out (empty when nothing was)."""
    if summary.complete:
        title = translate("DoneView", "Well done — routine complete")
    else:
        title = translate("DoneView", "Session ended")
    if not summary.completed:
        if summary.planned == 1:
            done = translate("DoneView", "You did not do the one hold this time.")
        else:
            done = translate("DoneView", "You did none of the {planned} holds this time.")
    elif summary.planned == 1:
        done = translate("DoneView", "You did {done} of 1 hold: {time} of stretching.")
    else:
        done = translate("DoneView", "You did {done} of {planned} holds: {time} of stretching.")
    done = done.format(
        done=len(summary.completed),
        planned=summary.planned,
        time=duration(summary.held_seconds),
    )
    skipped = "; ".join(routine.steps[i].title for i in summary.skipped)
    left_out = ""
    if skipped:
        left_out = translate("DoneView", "Left out: {stretches}.").format(stretches=skipped)
    return title, done, left_out


class DoneView(QWidget):
    againRequested = Signal()

    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doneView")
        self.title_label = self._label("doneTitle")
        self.done_label = self._label("doneSummary")
        self.left_out_label = self._label("doneLeftOut")
        self.advice_label = self._label("doneAdvice")
        self.advice_label.setProperty("role", "muted")
        self.advice_label.setText(routine.introduction)
        self.again_button = QPushButton(translate("DoneView", "Again"), self)
        self.again_button.setObjectName("againButton")
        self.again_button.setAccessibleName(translate("DoneView", "Again"))
        self.again_button.setToolTip(
            translate("DoneView", "Do the routine again from the first stretch (Space)")
        )
        self.again_button.setProperty("primary", True)
        self.again_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.again_button.clicked.connect(self.againRequested.emit)
        self.pain_after = PainScale(translate("DoneView", AFTER_QUESTION), "painAfter", self)
        self.pain_after.hide()

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.title_label, self.done_label, self.left_out_label, self.advice_label):
            layout.addWidget(label)
        layout.addSpacing(16)
        layout.addWidget(self.pain_after)
        layout.addSpacing(16)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return label

    def show_summary(self, routine: Routine, summary: Summary) -> None:
        title, done, left_out = summary_lines(routine, summary)
        self.title_label.setText(title)
        self.done_label.setText(done)
        self.left_out_label.setText(left_out)
        self.left_out_label.setVisible(bool(left_out))
        self.setAccessibleDescription(" ".join(filter(None, (title, done, left_out))))

    def set_scale(self, unit: float) -> None:
        base = self.font()
        self.title_label.setFont(theme.scaled_font(base, unit * 2.4, weight=QFont.Weight.Bold))
        self.done_label.setFont(theme.scaled_font(base, unit * 1.4))
        self.left_out_label.setFont(theme.scaled_font(base, unit * 1.15))
        self.advice_label.setFont(theme.scaled_font(base, unit * 1.05))
        self.again_button.setFont(theme.scaled_font(base, unit * 1.3, weight=QFont.Weight.DemiBold))
        self.again_button.setMinimumSize(round(unit * 12), round(unit * 3.2))
        self.pain_after.set_scale(unit)
