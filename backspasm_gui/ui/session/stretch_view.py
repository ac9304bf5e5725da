"""The current stretch: what to do now, in words big enough to read from the floor.

The words make a column beside the picture of the stretch (which the session page
places, the largest part of the window): the phase, the name and the side at the top,
beside a square for the countdown ring, then the objective, the instructions and the
timing."""

from __future__ import annotations

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
from backspasm_gui.ui.shared.line_breaks import fitting_font, unbreakable

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


def phase_texts() -> dict[str, str]:
    """The line above the stretch's name, for each moment of a session."""
    return {
        "ready": translate("StretchView", "Ready when you are"),
        "paused": translate("StretchView", "Paused"),
        "switch": translate("StretchView", "Switch sides"),
        "get ready": translate("StretchView", "Get ready · next up"),
        "moving": translate("StretchView", "Keep moving"),
        "holding": translate("StretchView", "Hold the stretch"),
    }


def phase_text(view: View, switching_sides: bool) -> str:
    texts = phase_texts()
    if view.state is State.READY:
        return texts["ready"]
    if view.state is State.PAUSED:
        return texts["paused"]
    if view.phase is State.GET_READY:
        return texts["switch"] if switching_sides else texts["get ready"]
    if view.step.stretch.kind is Kind.MOVEMENT:
        return texts["moving"]
    return texts["holding"]


def kind_text(step: Step) -> str:
    if step.stretch.kind is Kind.MOVEMENT:
        return translate("StretchView", "Movement — keep moving slowly, no holding")
    return translate("StretchView", "Hold — stay still in the stretch")


MIN_PIXELS = 9

# The type scale, in units of the window's text size (main_window.scale_unit: about 18 px
# in a 1024x700 window, 23 in the window as it first opens on a 1920x1080 screen, 11 at
# 640x480). Two tiers: what a person on the mat glances at from two metres (the phase,
# the stretch's name, its side), and the words to follow (the objective, the steps, the
# timing and the grey line under the heading, all one size). Each has its size at
# LARGEST and at LEAST; the words take the largest, going down a pixel at a time with
# the glance tier shrinking alongside, at which every stretch of the routine fits the
# column without scrolling. So no stretch's words are smaller than another's, none
# hides below the fold, and they do not change from stretch to stretch; at the least
# (about the sizes the app had before: long words in a small window) they may scroll.
#          phase  name  side  words
LARGEST = (0.9, 1.7, 1.3, 1.25)
LEAST = (0.8, 1.3, 1.1, 0.82)
# ... and the words never below this many pixels (at 640x480 a unit is 11.4 px).
LEAST_WORDS_PIXELS = 10
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
        self._zoom = 1.0
        # The window's size and the words' size as fitted there before the person zoomed.
        self._unzoomed: tuple[tuple[int, int], float] | None = None
        self._zoomed_at: tuple[int, int] | None = None  # the window's size when last zoomed
        self._body = LARGEST[3]
        self._fonts: dict[QLabel, QFont] = {}
        self._steps: tuple[Step, ...] = ()
        self._fitted_for: tuple[object, ...] = ()
        # Per words' size in pixels, the height they need, at the width etc. of _needed_for.
        self._needed_for: tuple[object, ...] = ()
        self._needed: dict[int, int] = {}
        # Unshown twins of the labels, to measure other stretches' words in: setting the
        # shown labels' text would tell a screen reader of words that are not there.
        self._twins = {
            label: self._twin(label) for label in (*self._heading_labels(), *self._lower_labels())
        }

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
        for label, text in self._texts(step).items():
            if label is not self.phase_label:
                label.setText(text)
        self.side_label.setVisible(bool(self.side_label.text()))
        self.note_label.setVisible(bool(step.stretch.note))
        self._fit_words()

    def _texts(self, step: Step) -> dict[QLabel, str]:
        """What each label says for ``step`` (the phase line: as it says now)."""
        stretch = step.stretch
        items = "".join(f"<li>{_escape(line)}</li>" for line in stretch.instructions)
        return {
            self.phase_label: self.phase_label.text(),
            self.name_label: stretch.name,
            self.side_label: side_text(step),
            self.kind_label: kind_text(step),
            self.note_label: translate("StretchView", "<b>From your clinician:</b> {note}").format(
                note=_escape(stretch.note).replace("\n", "<br>")
            )
            if stretch.note
            else "",
            self.objective_label: translate("StretchView", "<b>Objective:</b> {objective}").format(
                objective=_escape(stretch.objective)
            ),
            self.instructions_label: self._list_html(items),
            self.timing_label: stretch.timing,
        }

    def _list_html(self, items: str) -> str:
        """The steps as a numbered list, the numbers in the margin the words start from:
        the right one, right to left (on the left they would stand outside the label)."""
        indent = round(self._unit * 1.6)
        side = "right" if self.isRightToLeft() else "left"
        return (
            f'<ol dir="{"rtl" if side == "right" else "ltr"}" style="margin-top: 0px; '
            f'margin-bottom: 0px; margin-{side}: {indent}px; -qt-list-indent: 0;">{items}</ol>'
        )

    def put_beside_heading(self, badge: QWidget) -> None:
        """A square (the countdown ring) at the top right, beside the phase, name and side;
        sized with the words (:meth:`set_scale`) and the column's width."""
        self._badge = badge
        self._top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self._fit_badge()

    def set_scale(self, unit: float, zoom: float | None = None) -> None:
        """Sizes for the text size ``unit``, of which ``zoom`` is the person's own (the
        app's zoom times the desktop's larger font)."""
        self._unit = unit
        if zoom is not None:
            self._zoom = zoom
        self._fonts = self._fonts_at(self._body)
        self._top.setSpacing(round(unit * 0.7))
        self._lines.setSpacing(max(2, round(unit * 0.13)))
        self._fit_badge()
        self._fit_words()
        if self._step is not None:
            self._show_step(self._step)

    def _fonts_at(self, body: float, unit: float | None = None) -> dict[QLabel, QFont]:
        """Each label's font with the words to follow at ``body`` units (of ``unit``,
        else the view's), and the glance tier as far along from LARGEST to LEAST as they
        are."""
        along = (LARGEST[3] - body) / (LARGEST[3] - LEAST[3])
        phase, name, side, _words = (
            large + (least - large) * min(1.0, max(0.0, along))
            for large, least in zip(LARGEST, LEAST, strict=True)
        )
        unit, base = unit or self._unit, self.font()
        caps = theme.scaled_font(base, unit * phase, weight=QFont.Weight.Bold)
        caps.setCapitalization(QFont.Capitalization.AllUppercase)
        caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        words = theme.scaled_font(base, unit * body)
        return {
            self.phase_label: caps,
            self.name_label: theme.scaled_font(base, unit * name, weight=QFont.Weight.Bold),
            self.side_label: theme.scaled_font(base, unit * side, weight=QFont.Weight.Bold),
            self.kind_label: words,
            self.objective_label: words,
            self.note_label: words,
            self.instructions_label: words,
            self.timing_label: words,
        }

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        """The routine's holds, whose words must all fit (see :meth:`fit`)."""
        self._steps = steps

    def fit(self, room: int) -> None:
        """Set the words to follow at the largest size where every stretch's fit ``room``
        pixels high at this width. (While the pain question is asked under the first
        stretch, before its first hold, the first stretch's may scroll: the question
        goes, the words stay where they are and fit.) The size is found as if the person
        had not zoomed at this window size, and then zoomed: larger text is then larger,
        and may scroll."""
        width = self.width()
        key = (width, room, self._unit, self._zoom, self._steps, self.font())
        if width <= 1 or room <= 1 or key == self._fitted_for:
            return
        self._fitted_for = key
        window = self.window().size().toTuple()
        if self._zoom != 1.0:
            self._zoomed_at = window
        # Zoomed, or back from a zoom (Ctrl+0) in a window of the same size: the size the
        # words had there before, so that zooming back out gives back what there was.
        if self._unzoomed is not None and self._unzoomed[0] == window == self._zoomed_at:
            chosen = self._unzoomed[1]
        else:
            chosen = self._largest_fitting(width, room)
            if self._zoom == 1.0:
                self._unzoomed = (window, chosen)
        if chosen != self._body:
            self._body = chosen
            self.set_scale(self._unit)
            self._lines.activate()  # now, in the layout pass that asked, not in the next

    def _largest_fitting(self, width: int, room: int) -> float:
        """The largest size of the words to follow (in units) at which every stretch's
        fit, found without the zoom: the header and controls it also enlarges leave the
        words less room, and zooming in must make them larger, not fit them smaller.
        Found by halving the sizes, each size's height measured once per width (the
        first layout asks for several rooms: 90 ms in German, measured afresh each time)."""
        unit = self._unit / self._zoom
        key = (width, unit, self._steps, self.font())
        if key != self._needed_for:
            self._needed_for, self._needed = key, {}
        least = max(round(unit * LEAST[3]), LEAST_WORDS_PIXELS)
        low, high = least, round(unit * LARGEST[3])  # low fits, or is the least there is
        while low < high:
            middle = (low + high + 1) // 2
            if self._needed_at(middle, width, unit) <= room:
                low = middle
            else:
                high = middle - 1
        return low / unit

    def _needed_at(self, pixels: int, width: int, unit: float) -> int:
        """The height the tallest stretch's words take with the words at ``pixels``."""
        if pixels not in self._needed:
            fonts = self._fonts_at(pixels / unit, unit)
            each_once = {step.stretch: step for step in self._steps}.values()
            self._needed[pixels] = max(
                (self._height(step, fonts, width, unit) for step in each_once), default=0
            )
        return self._needed[pixels]

    def _heading_labels(self) -> tuple[QLabel, ...]:
        """The labels beside the ring, top to bottom."""
        return (self.phase_label, self.name_label, self.side_label)

    def _lower_labels(self) -> tuple[QLabel, ...]:
        """The labels under the heading and the ring, top to bottom."""
        return (
            self.kind_label,
            self.note_label,
            self.objective_label,
            self.instructions_label,
            self.timing_label,
        )

    @staticmethod
    def _twin(label: QLabel) -> QLabel:
        twin = QLabel()
        twin.setWordWrap(True)
        twin.setTextFormat(label.textFormat())
        return twin

    def _height(self, step: Step, fonts: Mapping[QLabel, QFont], width: int, unit: float) -> int:
        """The height the words of ``step`` take at ``width`` with ``fonts``, laid out as
        the column lays them out: the heading beside the ring, then the rest."""
        texts = self._texts(step)
        texts[self.phase_label] = max(phase_texts().values(), key=len)
        heights: dict[QLabel, int] = {}
        for label, twin in self._twins.items():
            if not texts[label]:
                continue  # hidden: the side of a stretch done once, a note not given
            room = self._room(label, fonts[label], width, unit)
            twin.setFont(_fitted(fonts[label], texts[label], room))
            twin.setText(texts[label])
            heights[label] = twin.heightForWidth(self._laid_out_width(label, width, unit))
        heading = [heights[label] for label in self._heading_labels() if label in heights]
        lower = [heights[label] for label in self._lower_labels() if label in heights]
        top = max(
            self._badge_side(unit), sum(heading) + self._heading.spacing() * (len(heading) - 1)
        )
        return top + sum(lower) + self._lines.spacing() * len(lower)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_badge()
        self._fit_words()

    def _badge_side(self, unit: float | None = None) -> int:
        if self._badge is None:
            return 0
        room = round(self.width() * BADGE_SHARE)
        return max(BADGE_LEAST, min(round((unit or self._unit) * BADGE_UNITS), room))

    def _fit_badge(self) -> None:
        side = self._badge_side()
        if self._badge is not None and self._badge.width() != side:
            self._badge.setFixedSize(side, side)

    def _laid_out_width(self, label: QLabel, width: int, unit: float | None = None) -> int:
        """A label's width in a column ``width`` wide: the heading's beside the badge."""
        if label in self._heading_labels() and self._badge:
            return width - self._badge_side(unit) - self._top.spacing()
        return width

    def _room(
        self, label: QLabel, font: QFont, width: int | None = None, unit: float | None = None
    ) -> int:
        """The width a label's words have: the steps' inside the list's indent."""
        room = self._laid_out_width(label, self.width() if width is None else width, unit)
        if label is self.instructions_label:
            indent = round((unit or self._unit) * 1.6)
            room -= indent + QFontMetrics(font).horizontalAdvance("10. ")
        return room

    def _fit_words(self) -> None:
        """Each label at its size, or smaller where one of its words (a long German
        compound at large text) is wider than its room: words are never cut."""
        for label, font in self._fonts.items():
            fitted = _fitted(font, label.text(), self._room(label, font))
            if label.font() != fitted:
                label.setFont(fitted)


def _fitted(font: QFont, text: str, room: int) -> QFont:
    """``font``, or a smaller one where a word of the rich ``text`` is wider than ``room``."""
    return fitting_font(font, [_widest_word(text, font)], room, MIN_PIXELS)


# Of a text in a typeface, its widest word: the same at any size, so the fit, which tries
# each label's text at many sizes, measures every word once (half the fit's time, at start).
_WIDEST: dict[tuple[str, str, int, int], str] = {}


def _widest_word(text: str, font: QFont) -> str:
    key = (text, font.family(), font.weight().value, font.capitalization().value)
    if key not in _WIDEST:
        if len(_WIDEST) > 4096:  # the routine's texts in one language come nowhere near
            _WIDEST.clear()
        metrics = QFontMetrics(font)
        _WIDEST[key] = max(_plain_words(text), key=metrics.horizontalAdvance, default="")
    return _WIDEST[key]
