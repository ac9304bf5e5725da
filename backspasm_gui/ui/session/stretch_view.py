"""The current stretch: what to do now, in words big enough to read from the floor.

The words make a column beside the picture of the stretch (which the session page
places, the largest part of the window): the phase, the name and the side at the top,
beside a square for the countdown ring, then the objective, the instructions and the
timing."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Kind, Step
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import View
from backspasm_gui.ui.figure.pose_view import PoseView
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.line_breaks import unbreakable

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration as Pose


def side_text(step: Step) -> str:
    """Under the name: the side, and which time through a stretch the clinician asked
    for more than once ("Left side · time 2 of 3"); "" for neither."""
    words = [step.side.label] if step.side else []
    if step.repetitions > 1:
        #: Which time through a stretch done several times in a row, under its name.
        words.append(
            translate("StretchView", "time {repetition} of {repetitions}").format(
                repetition=step.repetition, repetitions=step.repetitions
            )
        )
    text = " · ".join(words)
    return text[:1].upper() + text[1:]


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
# The square beside the heading (the ring): this many body units across, and at most
# this share of the column's width, so the heading keeps room for its words.
BADGE_UNITS = 5.6
BADGE_SHARE = 0.3
BADGE_LEAST = 56


# The five characters rich text must not take as they are, and how they are written.
# (The html module does the same, but with all of HTML's named characters, which
# cost 2 ms to load at start.)
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def _escape(text: str) -> str:
    for character, entity in _ENTITIES:
        text = text.replace(character, entity)
    return text


def _plain_words(text: str) -> list[str]:
    """The words of a label's rich text (written with :func:`_escape`), to measure: the
    pieces a line cannot break inside (each character of Chinese)."""
    text = re.sub(r"<[^>]*>", " ", text)
    for character, entity in reversed(_ENTITIES):
        text = text.replace(entity, character)
    return unbreakable(text)


class StretchView(QWidget):
    def __init__(self, poses: Mapping[str, Pose], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stretchView")
        self.phase_label = self._label("phaseLabel", translate("StretchView", "What to do now"))
        self.name_label = self._label("stretchName", translate("StretchView", "Stretch"))
        self.side_label = self._label("sideLabel", translate("StretchView", "Side"))
        self.kind_label = self._label("kindLabel", translate("StretchView", "Hold or movement"))
        self.kind_label.setProperty("role", "muted")
        self.illustration = PoseView(poses)  # placed by the page, beside these words
        self.objective_label = self._label("objectiveLabel", translate("StretchView", "Objective"))
        self.instructions_label = self._label(
            "instructionsLabel", translate("StretchView", "Instructions")
        )
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.timing_label = self._label("timingLabel", translate("StretchView", "How long"))
        self.timing_label.setProperty("role", "muted")
        # The clinician's note on this stretch, where a prescription gives one.
        self.note_label = self._label("clinicianNote", translate("StretchView", "Clinician's note"))
        self.note_label.hide()

        # The picture is shown from here (it follows the step) but laid out by the page.
        self._heading = QVBoxLayout()
        self._heading.setSpacing(2)
        for label in (self.phase_label, self.name_label, self.side_label):
            self._heading.addWidget(label)
        self._heading.addStretch(1)
        self._top = QHBoxLayout()
        self._top.setSpacing(12)
        self._top.addLayout(self._heading, 1)
        self._lines = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._top)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.note_label)  # above the handout's words: it may say stop
        layout.addWidget(self.objective_label)
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.timing_label)
        layout.addStretch(1)
        self._badge: QWidget | None = None
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
        self.side_label.setText(side_text(step))
        self.side_label.setVisible(bool(self.side_label.text()))
        self.kind_label.setText(kind_text(step))
        self.objective_label.setText(
            translate("StretchView", "<b>Objective:</b> {objective}").format(
                objective=_escape(stretch.objective)
            )
        )
        items = "".join(f"<li>{_escape(line)}</li>" for line in stretch.instructions)
        self.instructions_label.setText(self._list_html(items))
        self.timing_label.setText(stretch.timing)
        self.note_label.setText(
            translate("StretchView", "<b>From your clinician:</b> {note}").format(
                note=_escape(stretch.note).replace("\n", "<br>")
            )
            if stretch.note
            else ""
        )
        self.note_label.setVisible(bool(stretch.note))
        self._fit_words()

    def _list_html(self, items: str) -> str:
        indent = round(self._unit * 1.6)
        return (
            f'<ol style="margin-top: 0px; margin-bottom: 0px; margin-left: {indent}px; '
            f'-qt-list-indent: 0;">{items}</ol>'
        )

    def put_beside_heading(self, badge: QWidget) -> None:
        """A square (the countdown ring) at the top right, beside the phase, name and side;
        sized with the words (:meth:`set_scale`) and the column's width."""
        self._badge = badge
        self._top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self._fit_badge()

    def set_scale(self, unit: float) -> None:
        self._unit = unit
        base = self.font()
        caps = theme.scaled_font(base, unit * 0.8, weight=QFont.Weight.Bold)
        caps.setCapitalization(QFont.Capitalization.AllUppercase)
        caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        body = theme.scaled_font(base, unit * 0.87)
        self._fonts = {
            self.phase_label: caps,
            self.name_label: theme.scaled_font(base, unit * 1.4, weight=QFont.Weight.Bold),
            self.side_label: theme.scaled_font(base, unit * 1.15, weight=QFont.Weight.Bold),
            self.kind_label: theme.scaled_font(base, unit * 0.82),
            self.objective_label: body,
            self.note_label: body,
            self.instructions_label: body,
            self.timing_label: theme.scaled_font(base, unit * 0.8),
        }
        self._top.setSpacing(round(unit * 0.7))
        self._lines.setSpacing(max(2, round(unit * 0.13)))
        self._fit_badge()
        self._fit_words()
        if self._step is not None:
            self._show_step(self._step)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_badge()
        self._fit_words()

    def _badge_side(self) -> int:
        if self._badge is None:
            return 0
        room = round(self.width() * BADGE_SHARE)
        return max(BADGE_LEAST, min(round(self._unit * BADGE_UNITS), room))

    def _fit_badge(self) -> None:
        side = self._badge_side()
        if self._badge is not None and self._badge.width() != side:
            self._badge.setFixedSize(side, side)

    def _room(self, label: QLabel, font: QFont) -> int:
        """The width a label's words have: the heading's beside the badge."""
        if label in (self.phase_label, self.name_label, self.side_label):
            return self.width() - (self._badge_side() + self._top.spacing() if self._badge else 0)
        if label is self.instructions_label:
            indent = round(self._unit * 1.6) + QFontMetrics(font).horizontalAdvance("10. ")
            return self.width() - indent
        return self.width()

    def _fit_words(self) -> None:
        """Each label at its size, or smaller where one of its words (a long German
        compound at large text) is wider than its room: words are never cut."""
        for label, font in self._fonts.items():
            room = self._room(label, font)
            fitted = font
            words = _plain_words(label.text())
            widest = max((QFontMetrics(font).horizontalAdvance(w) for w in words), default=0)
            if room > 0 and widest > room:
                fitted = QFont(font)
                fitted.setPixelSize(max(MIN_PIXELS, math.floor(font.pixelSize() * room / widest)))
            if label.font() != fitted:
                label.setFont(fitted)
