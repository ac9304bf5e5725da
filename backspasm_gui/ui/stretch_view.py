"""The current stretch: what to do now, in words big enough to read from the floor."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Kind, Step
from backspasm_gui.core.session import State, View
from backspasm_gui.ui import theme
from backspasm_gui.ui.pose_view import PoseView


def phase_text(view: View, switching_sides: bool) -> str:
    if view.state is State.READY:
        return translate("StretchView", "Ready when you are")
    if view.state is State.PAUSED:
        return translate("StretchView", "Paused")
    if view.phase is State.GET_READY:
        if switching_sides:
            return translate("StretchView", "Switch sides")
        return translate("StretchView", "Get ready · next up")
    if view.step.stretch.kind is Kind.MOVEMENT:
        return translate("StretchView", "Keep moving")
    return translate("StretchView", "Hold the stretch")


def kind_text(step: Step) -> str:
    if step.stretch.kind is Kind.MOVEMENT:
        return translate("StretchView", "Movement — keep moving slowly, no holding")
    return translate("StretchView", "Hold — stay still in the stretch")


MIN_PIXELS = 9


def _plain_words(text: str) -> list[str]:
    return html.unescape(re.sub(r"<[^>]*>", " ", text)).split()


class StretchView(QWidget):
    def __init__(self, poses: Mapping[str, Pose], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stretchView")
        self.phase_label = self._label("phaseLabel", translate("StretchView", "What to do now"))
        self.name_label = self._label("stretchName", translate("StretchView", "Stretch"))
        self.side_label = self._label("sideLabel", translate("StretchView", "Side"))
        self.kind_label = self._label("kindLabel", translate("StretchView", "Hold or movement"))
        self.kind_label.setProperty("role", "muted")
        self.illustration = PoseView(poses, self)
        self.objective_label = self._label("objectiveLabel", translate("StretchView", "Objective"))
        self.instructions_label = self._label(
            "instructionsLabel", translate("StretchView", "Instructions")
        )
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.timing_label = self._label("timingLabel", translate("StretchView", "How long"))
        self.timing_label.setProperty("role", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.side_label)
        layout.addWidget(self.kind_label)
        layout.addSpacing(6)
        layout.addWidget(self.illustration, 1)
        layout.addSpacing(6)
        layout.addWidget(self.objective_label)
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.timing_label)
        self._step: Step | None = None
        self._unit = 14.0
        self._fonts: dict[QLabel, QFont] = {}

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleDescription(accessible)  # its text is its name
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.setMinimumWidth(1)  # its words shrink to the column instead (_fit_words)
        return label

    def show_view(self, view: View, *, switching_sides: bool = False) -> None:
        colours = theme.current()
        phase_colour = colours.get_ready if view.phase is State.GET_READY else colours.hold
        if view.state in (State.READY, State.PAUSED):
            phase_colour = colours.muted
        self.phase_label.setText(phase_text(view, switching_sides))
        palette = self.phase_label.palette()  # not a style sheet: that would reset the font
        if palette.color(QPalette.ColorRole.WindowText) != QColor(phase_colour):
            palette.setColor(QPalette.ColorRole.WindowText, QColor(phase_colour))
            self.phase_label.setPalette(palette)  # (even an equal palette repaints)
        if view.step != self._step:
            self._show_step(view.step)
        self.illustration.show_view(view)

    def _show_step(self, step: Step) -> None:
        self._step = step
        stretch = step.stretch
        self.name_label.setText(stretch.name)
        self.side_label.setText(step.side.label if step.side else "")
        self.side_label.setVisible(step.side is not None)
        self.kind_label.setText(kind_text(step))
        self.objective_label.setText(
            translate("StretchView", "<b>Objective:</b> {objective}").format(
                objective=html.escape(stretch.objective)
            )
        )
        items = "".join(f"<li>{html.escape(line)}</li>" for line in stretch.instructions)
        self.instructions_label.setText(self._list_html(items))
        self.timing_label.setText(stretch.timing)
        self._fit_words()

    def _list_html(self, items: str) -> str:
        indent = round(self._unit * 1.6)
        return (
            f'<ol style="margin-top: 0px; margin-bottom: 0px; margin-left: {indent}px; '
            f'-qt-list-indent: 0;">{items}</ol>'
        )

    def set_scale(self, unit: float) -> None:
        self._unit = unit
        base = self.font()
        caps = theme.scaled_font(base, unit * 0.95, weight=QFont.Weight.Bold)
        caps.setCapitalization(QFont.Capitalization.AllUppercase)
        caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        body = theme.scaled_font(base, unit * 1.08)
        self._fonts = {
            self.phase_label: caps,
            self.name_label: theme.scaled_font(base, unit * 2.3, weight=QFont.Weight.Bold),
            self.side_label: theme.scaled_font(base, unit * 1.6, weight=QFont.Weight.Bold),
            self.kind_label: theme.scaled_font(base, unit * 1.0),
            self.objective_label: body,
            self.instructions_label: body,
            self.timing_label: theme.scaled_font(base, unit * 0.98),
        }
        # The picture gives way to the words, but never below a size it can still be
        # recognised at (the words scroll instead).
        self.illustration.setMinimumHeight(max(48, round(unit * 3.6)))
        self._fit_words()
        if self._step is not None:
            self._show_step(self._step)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        """Each label at its size, or smaller where one of its words (a long German
        compound at large text) is wider than the column: words are never cut."""
        for label, font in self._fonts.items():
            room = self.width()
            if label is self.instructions_label:
                room -= round(self._unit * 1.6) + QFontMetrics(font).horizontalAdvance("10. ")
            fitted = font
            words = _plain_words(label.text())
            widest = max((QFontMetrics(font).horizontalAdvance(w) for w in words), default=0)
            if room > 0 and widest > room:
                fitted = QFont(font)
                fitted.setPixelSize(max(MIN_PIXELS, math.floor(font.pixelSize() * room / widest)))
            if label.font() != fitted:
                label.setFont(fitted)
