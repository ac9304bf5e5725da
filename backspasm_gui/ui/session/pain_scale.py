"""The 0-10 pain rating: one click, or Skip.

The standard numeric rating scale (0 no pain, 10 the worst pain imaginable),
as eleven big buttons in a row with the two ends named (in two or three rows
where it is narrow: beside the picture of the stretch), asked before a session
and after it. Answering is optional: Skip, or just carrying on, records
nothing. After a click the row says what was recorded, and the number can
still be changed by clicking another.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.pain import PAIN_MAX, PAIN_MIN
from backspasm_gui.ui.shared import theme

# The two ends of the scale: under the row, and as the end buttons' names.
END_WORDS = {
    PAIN_MIN: QT_TRANSLATE_NOOP("PainScale", "No pain"),
    PAIN_MAX: QT_TRANSLATE_NOOP("PainScale", "Worst pain imaginable"),
}
END_NAMES = {
    PAIN_MIN: QT_TRANSLATE_NOOP("PainScale", "{value}, no pain"),
    PAIN_MAX: QT_TRANSLATE_NOOP("PainScale", "{value}, worst pain imaginable"),
}


def rating_name(value: int) -> str:
    """What a screen reader says for a button: "0, no pain", "5", "10, worst pain imaginable"."""
    name = END_NAMES.get(value)
    return translate("PainScale", name).format(value=value) if name else str(value)


FEWEST_IN_A_ROW = 4  # the narrowest it gets: three rows


class PainScale(QFrame):
    rated = Signal(int)
    skipped = Signal()

    def __init__(self, question: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(question)
        self.setAccessibleDescription(
            translate(
                "PainScale", "A number from 0, no pain, to 10, the worst pain imaginable. Optional."
            )
        )
        self._question = question
        self._value: int | None = None
        self.question_label = QLabel(question, self)
        self.question_label.setObjectName(f"{name}Question")
        self.question_label.setWordWrap(True)
        self.skip_button = QPushButton(translate("PainScale", "Skip"), self)
        self.skip_button.setObjectName(f"{name}Skip")
        self.skip_button.setAccessibleName(translate("PainScale", "Skip the pain rating"))
        self.skip_button.setToolTip(translate("PainScale", "Carry on without rating"))
        self.skip_button.setProperty("flat", True)
        self.skip_button.clicked.connect(self._skip)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        self._numbers = QGridLayout()
        self._numbers.setHorizontalSpacing(4)
        self._numbers.setVerticalSpacing(2)
        self._in_a_row = 0
        for value in range(PAIN_MIN, PAIN_MAX + 1):
            button = QPushButton(str(value), self)
            button.setObjectName(f"{name}{value}")
            button.setAccessibleName(rating_name(value))
            button.setToolTip(rating_name(value))
            button.setCheckable(True)
            button.setProperty("rating", True)  # little padding: eleven side by side
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, value)
            self.buttons.append(button)
        self.low_label = self._end_label(
            translate("PainScale", END_WORDS[PAIN_MIN]), Qt.AlignmentFlag.AlignLeft
        )
        self.high_label = self._end_label(
            translate("PainScale", END_WORDS[PAIN_MAX]), Qt.AlignmentFlag.AlignRight
        )
        self._arrange(len(self.buttons))
        self.group.idClicked.connect(self._rate)

        self._top = QHBoxLayout()
        self._top.addWidget(self.question_label, 1)
        self._top.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self._top)
        layout.addLayout(self._numbers)
        # Its least width is that of the fewest buttons in a row (minimumSizeHint), not
        # of however many are in a row now: narrower, it puts them in more rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def _arrange(self, in_a_row: int) -> None:
        """The buttons ``in_a_row`` to a row, the ends' names under the last row."""
        if in_a_row == self._in_a_row:
            return
        self._in_a_row = in_a_row
        for widget in (*self.buttons, self.low_label, self.high_label):
            self._numbers.removeWidget(widget)
        for column in range(self._numbers.columnCount()):
            self._numbers.setColumnStretch(column, 0)
        for value, button in enumerate(self.buttons):
            self._numbers.addWidget(button, value // in_a_row, value % in_a_row)
        for column in range(in_a_row):
            self._numbers.setColumnStretch(column, 1)  # equal buttons, row after row
        # "No pain" is short; the worst end's name ("Stärkster vorstellbarer Schmerz")
        # gets the rest of the row, where it can stay on one line.
        rows, low = math.ceil(len(self.buttons) / in_a_row), max(1, math.ceil(in_a_row / 3))
        self._numbers.addWidget(self.low_label, rows, 0, 1, low)
        self._numbers.addWidget(self.high_label, rows, low, 1, max(1, in_a_row - low))

    def _fits_in_a_row(self, width: int) -> int:
        """How many buttons to a row at ``width``: all, or as few rows as fit, evenly."""
        margins = self._layout.contentsMargins()
        room = width - margins.left() - margins.right()
        gap = self._numbers.horizontalSpacing()
        fit = max(1, (room + gap) // (self.buttons[0].minimumWidth() + gap))
        if fit >= len(self.buttons):
            return len(self.buttons)
        rows = math.ceil(len(self.buttons) / max(fit, FEWEST_IN_A_ROW))
        return math.ceil(len(self.buttons) / rows)

    def minimumSizeHint(self) -> QSize:
        margins = self._layout.contentsMargins()
        gap = self._numbers.horizontalSpacing()
        buttons = FEWEST_IN_A_ROW * (self.buttons[0].minimumWidth() + gap) - gap
        least = max(buttons, self._top.minimumSize().width())  # the question and Skip
        return QSize(least + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._fits_in_a_row(self.width()))

    def _end_label(self, text: str, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "muted")
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)  # "Stärkster vorstellbarer Schmerz" at large text: two lines
        return label

    @property
    def value(self) -> int | None:
        return self._value

    def reset(self, question: str | None = None) -> None:
        """Ask afresh (a new session)."""
        if question is not None:
            self._question = question
            self.setAccessibleName(question)
        self._value = None
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.question_label.setText(self._question)

    def _rate(self, value: int) -> None:
        self._value = value
        self.question_label.setText(
            translate("PainScale", "{question} <b>{value}</b> — noted, thank you.").format(
                question=self._question, value=value
            )
        )
        self.rated.emit(value)

    def _skip(self) -> None:
        self.hide()
        self.skipped.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits rate at once (0-9; 10 by its button)."""
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.buttons[int(text)].click()
            return
        super().keyPressEvent(event)

    def set_scale(self, unit: float) -> None:
        base = self.font()
        self.question_label.setFont(theme.scaled_font(base, unit * 1.0, weight=QFont.Weight.Bold))
        self.skip_button.setFont(theme.scaled_font(base, unit * 0.95))
        for label in (self.low_label, self.high_label):
            label.setFont(theme.scaled_font(base, unit * 0.8))
        side = max(32, round(unit * 2.4))  # easy to hit even in the smallest window
        font = theme.scaled_font(base, unit * 1.1, weight=QFont.Weight.DemiBold)
        # As narrow as "10" allows: eleven side by side must fit a small window at large text.
        narrowest = max(32, QFontMetrics(font).horizontalAdvance("10") + round(unit * 0.4))
        for button in self.buttons:
            button.setFont(font)
            button.setMinimumSize(narrowest, side)
            button.setMaximumHeight(side)
        if self.width() > 0:
            self._arrange(self._fits_in_a_row(self.width()))
