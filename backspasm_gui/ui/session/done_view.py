"""The end of a session: what was done, what was left out, and "Again"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.core.session_events import Summary
from backspasm_gui.core.timefmt import duration
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.line_breaks import fitting_font, unbreakable

AFTER_QUESTION = QT_TRANSLATE_NOOP(
    "DoneView", "And now, after the stretches: how much does your back hurt? (optional)"
)


def summary_lines(routine: Routine, summary: Summary) -> tuple[str, str, list[str]]:
    """Title, what was done, and one line per stretch when some were left out (none
    when everything or nothing was done: the sentence above says it all)."""
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
    lines = []
    if summary.completed and summary.skipped:
        lines = [_stretch_line(routine, summary, number) for number in _numbers(routine)]
    return title, done, lines


def _numbers(routine: Routine) -> list[int]:
    return sorted({step.stretch_number for step in routine.steps})


def _stretch_line(routine: Routine, summary: Summary, number: int) -> str:
    """One stretch of the session: done, left out, or which side was."""
    completed = set(summary.completed)
    steps = [(i, step) for i, step in enumerate(routine.steps) if step.stretch_number == number]
    name = steps[0][1].stretch.name
    done = [step for i, step in steps if i in completed]
    if len(done) == len(steps):
        return translate("DoneView", "✓ {stretch}: done").format(stretch=name)
    if not done:
        return translate("DoneView", "– {stretch}: left out").format(stretch=name)
    side = done[0].side
    if side is Side.LEFT:
        text = translate("DoneView", "◐ {stretch}: left side done, right side left out")
    else:
        text = translate("DoneView", "◐ {stretch}: right side done, left side left out")
    return text.format(stretch=name)


class DoneView(QWidget):
    againRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doneView")
        self._unit = 14.0
        self.title_label = self._label("doneTitle")
        self.done_label = self._label("doneSummary")
        self.left_out_label = self._label("doneLeftOut")
        # One stretch a line, read down the page: left-aligned, the block centred.
        self.left_out_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.left_out_label.setWordWrap(False)
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
        for label in (self.title_label, self.done_label):
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(self.left_out_label, 0, Qt.AlignmentFlag.AlignHCenter)
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
        title, done, lines = summary_lines(routine, summary)
        self.title_label.setText(title)
        self.done_label.setText(done)
        self.left_out_label.setText("\n".join(lines))
        self.left_out_label.setVisible(bool(lines))
        self.setAccessibleDescription(" ".join([title, done, *lines]))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Words never wider than the page (large text in a small window, a long word in
        French or German): the title smaller where a word of it would not fit, and the
        lines of stretches wrapped, each still starting a line, where one is too long."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = self.width() - (margins.left() + margins.right() if margins else 0)
        title = theme.scaled_font(self.font(), self._unit * 2.4, weight=QFont.Weight.Bold)
        title = fitting_font(title, unbreakable(self.title_label.text()), room, least=9)
        if self.title_label.font() != title:
            self.title_label.setFont(title)  # (its full size until the page has a width)
        if room <= 0:
            return
        lines = QFontMetrics(self.left_out_label.font())
        longest = max(
            (lines.horizontalAdvance(line) for line in self.left_out_label.text().split("\n")),
            default=0,
        )
        wrap = longest > room
        self.left_out_label.setWordWrap(wrap)
        self.left_out_label.setMaximumWidth(room if wrap else 16777215)

    def set_scale(self, unit: float) -> None:
        self._unit = unit  # the title's size: _fit sets it, for the page's width
        base = self.font()
        self.done_label.setFont(theme.scaled_font(base, unit * 1.4))
        self.left_out_label.setFont(theme.scaled_font(base, unit * 1.15))
        self.again_button.setFont(theme.scaled_font(base, unit * 1.3, weight=QFont.Weight.DemiBold))
        self.again_button.setMinimumSize(round(unit * 12), round(unit * 3.2))
        self.pain_after.set_scale(unit)
        self._fit()
