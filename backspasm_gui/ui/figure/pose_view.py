"""The demonstration: the 3D figure doing the stretch, moving with the session.

During a lead-in the figure goes from the handout's start position into the
stretch one step at a time, and the card shows that step's words from the
handout; during a hold it rests in the stretch and breathes, or for a paced
movement (Cat Cow) moves between its positions in step with the spoken beat.
Right-side holds are the mirror image of the left, and the working limb is
labelled with the side. Each stretch keeps one camera and one frame from its
lead-in to the end of its hold, so nothing slides or changes size. The widget
repaints only when the figure changes; the window's frame timer, which stops
when nothing on screen moves, is what makes it move. A stretch with no
demonstration gets a card with its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Side, Step
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import View
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.page_layer import PageLayer

if TYPE_CHECKING:
    from backspasm_gui.core.body import Vec
    from backspasm_gui.core.poses import Demonstration
    from backspasm_gui.core.staging import Moment, Stager
    from backspasm_gui.ui.figure.figure_painter import Framing


def _figure() -> tuple[ModuleType, ModuleType, ModuleType]:
    """The body, its poses and their painter: imported when the figure is first drawn,
    just after the window's first paint (they cost about 17 ms to import)."""
    from backspasm_gui.core import staging  # noqa: PLC0415
    from backspasm_gui.ui.figure import figure_camera, figure_painter  # noqa: PLC0415

    return staging, figure_painter, figure_camera


# What the picture shows, for a screen reader (translated where it is said).
_POSITION = {
    "cat-cow": QT_TRANSLATE_NOOP("PoseView", "on hands and knees"),
    "back-extension": QT_TRANSLATE_NOOP("PoseView", "lying face down, chest lifted on the hands"),
    "knee-to-chest": QT_TRANSLATE_NOOP(
        "PoseView", "lying on the back, one knee pulled to the chest"
    ),
    "lying-trunk-rotation": QT_TRANSLATE_NOOP(
        "PoseView", "lying on the back seen from above, bent knee across the body"
    ),
    "seated-hamstring-stretch": QT_TRANSLATE_NOOP(
        "PoseView", "sitting, one leg out, reaching to the toes"
    ),
    "gluteal-stretch": QT_TRANSLATE_NOOP(
        "PoseView", "front knee bent forward, back leg straight, leaning forward"
    ),
    "childs-pose": QT_TRANSLATE_NOOP(
        "PoseView", "sitting back on the heels, arms forward, forehead down"
    ),
}

# Frames: smooth while the figure shows the way into the stretch (a few seconds),
# calm for a movement's slow beat, and slow while it only breathes (a breath is
# five seconds): each frame of the shaded figure costs a few milliseconds.
MOVING_FRAME_MS = 125
BEAT_FRAME_MS = 333
BREATHING_FRAME_MS = 333


def _paint_card(painter: QPainter, card: QRectF, colours: theme.Theme) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colours.qcolor("track"), 1.5))
    painter.setBrush(colours.qcolor("surface"))
    painter.drawRoundedRect(card, 16, 16)


def moment_of(stager: Stager, view: View) -> Moment:
    """What the figure does at a moment of the session."""
    elapsed = view.phase_seconds - view.remaining
    if view.phase is State.GET_READY:
        script = view.script
        if script is None:  # a session that says nothing: the steps fill its lead-in
            from backspasm_gui.core.script import demonstrated, fitted  # noqa: PLC0415

            script = fitted(demonstrated(view.step, stager.demo), view.phase_seconds)
        return stager.demonstration(elapsed, script)
    if view.phase is State.HOLDING:
        pace = view.step.stretch.pace
        return stager.holding(elapsed, pace.seconds if pace else None)
    hold = stager.demo.hold[0]
    still: Moment = _figure()[0].Moment(hold, hold, 0.0, len(stager.demo.steps) - 1, "hold")
    return still


class PoseView(QWidget):
    def __init__(self, poses: Mapping[str, Demonstration], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poseIllustration")
        self.setAccessibleName(translate("PoseView", "Picture of the stretch"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(48)
        # It paints every pixel of itself, so the window behind is never repainted for it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._card = PageLayer(self)
        self._poses = poses
        self._stagers: dict[str, Stager] = {}
        self._framings: dict[str, Framing] = {}
        self._step: Step | None = None
        self._name = ""
        self._side = ""
        self._demo: Demonstration | None = None
        self._moment: Moment | None = None
        self._words = ""
        self._caption = True
        self._shown_at = 0.0  # when in its phase the figure was last drawn anew
        self._shown_phase: tuple[object, ...] = ()
        # The figure is built and drawn just after the window's first paint, so it
        # costs nothing at start (the card shows empty for that one frame).
        self._awake = False
        self._waking = False
        self._painted_points: dict[str, Vec] | None = None

    @property
    def pose(self) -> Demonstration | None:
        return self._demo

    @property
    def words(self) -> str:
        """The handout's words for what the figure is doing now."""
        return self._words

    def show_captions(self, shown: bool) -> None:
        """Whether the card shows the step's words (not in the compact panel)."""
        self._caption = shown
        self.update()

    def moves(self, view: View) -> bool:
        """Whether the figure changes from moment to moment in this view."""
        return self._demo is not None and view.state in (State.GET_READY, State.HOLDING)

    def frame_interval_ms(self, view: View) -> int:
        """How often the figure needs a new frame now."""
        if self._demo is None:
            return 0
        if view.phase is State.GET_READY:
            return MOVING_FRAME_MS
        if len(self._demo.hold) > 1:
            return BEAT_FRAME_MS
        return BREATHING_FRAME_MS

    def stager(self, stretch_id: str) -> Stager | None:
        if not self._awake:
            return None
        demo = self._poses.get(stretch_id)
        if demo is None:
            return None
        if stretch_id not in self._stagers:
            self._stagers[stretch_id] = _figure()[0].Stager(demo)
        return self._stagers[stretch_id]

    def show_view(self, view: View) -> None:
        """Follow the session: a new frame at most every frame interval (the window's
        timer also runs for the ring, often faster), and only when the figure has
        moved by at least a pixel."""
        self.show_step(view.step)
        stager = self.stager(view.step.stretch.id)
        if stager is None:
            return
        elapsed = view.phase_seconds - view.remaining
        phase = (view.index, view.phase, view.state is State.PAUSED)
        if phase == self._shown_phase and 0 <= elapsed - self._shown_at < (
            self.frame_interval_ms(view) / 1000 - 0.005
        ):
            return
        moment = moment_of(stager, view)
        if moment == self._moment:
            return
        if (  # the same words, and the figure would not visibly move: no new frame
            phase == self._shown_phase
            and self._moment is not None
            and moment.step == self._moment.step
            and not self._moved_visibly(stager, moment)
        ):
            return
        self._shown_phase, self._shown_at = phase, elapsed
        words = self._words
        before = self._painted_points
        self._moment = moment
        self._painted_points = stager.points(moment)
        self._set_words(view.step, moment.step)
        if words != self._words or before is None:
            self.update()
            return
        # Only the figure's own pixels, where it was and where it is now.
        # One rectangle round what moved: a region of many small ones costs more to flush.
        self.update(self._dirty(before, self._painted_points).boundingRect())

    def _dirty(self, before: Mapping[str, Vec], after: Mapping[str, Vec]) -> QRegion:
        """Only the parts of the picture that changed."""
        step, demo = self._step, self._demo
        framing = self._framing(step.stretch.id) if step is not None else None
        if step is None or demo is None or framing is None:
            return QRegion(self.rect())
        mirror = step.side is Side.RIGHT
        if mirror:
            before, after = _figure()[0].mirrored(before), _figure()[0].mirrored(after)
        area = self._figure_area(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        region: QRegion = _figure()[2].moved_region(
            area, before, after, demo, framing, mirror=mirror
        )
        return region

    def _moved_visibly(self, stager: Stager, moment: Moment) -> bool:
        """Whether any joint would move a pixel or more on screen."""
        if self._painted_points is None or self._step is None:
            return True
        framing = self._framing(self._step.stretch.id)
        if framing is None:
            return True
        left, bottom, right, top = framing.bounds
        pixels_per_metre = min(self.width() / (right - left), self.height() / (top - bottom))
        points = stager.points(moment)
        furthest = max(
            max(abs(a - b) for a, b in zip(points[name], self._painted_points[name], strict=True))
            for name in points
        )
        return furthest * pixels_per_metre >= 1.0

    def show_step(self, step: Step) -> None:
        if step == self._step:
            return
        self._step = step
        self._shown_phase, self._painted_points = (), None
        self._name = step.stretch.name
        self._side = step.side.label if step.side else ""
        # The poses are read only once the figure is awake (just after the first paint).
        self._demo = self._poses.get(step.stretch.id) if self._awake else None
        stager = self.stager(step.stretch.id)
        self._moment = None
        if stager is not None:
            hold = stager.demo.hold[0]
            self._moment = _figure()[0].Moment(hold, hold, 0.0, len(stager.demo.steps) - 1, "hold")
            self._set_words(step, self._moment.step)
        where = self._name
        if self._side:
            where = translate("PoseView", "{stretch}, {side}").format(
                stretch=self._name, side=self._side
            )
        position = _POSITION.get(step.stretch.id)
        if position:
            where = translate("PoseView", "{stretch}: {position}").format(
                stretch=where, position=translate("PoseView", position)
            )
        self.setAccessibleDescription(where)
        self.update()

    def _set_words(self, step: Step, index: int) -> None:
        if self._demo is None:
            self._words = ""
            return
        instructions = step.stretch.instructions
        words = self._demo.steps[min(index, len(self._demo.steps) - 1)].words
        self._words = instructions[min(words, len(instructions) - 1)]

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    def _card_layer(self, colours: theme.Theme, card: QRectF) -> QPixmap:
        """The page, the card and the stretch's mat, drawn once per size, theme and side."""
        step, demo = self._step, self._demo
        side = step.side if step is not None else None
        framing = self._framing(step.stretch.id) if step is not None else None

        def draw(painter: QPainter) -> None:
            _paint_card(painter, card, colours)
            if demo is not None and framing is not None:
                _figure()[1].paint_mat(
                    painter,
                    self._figure_area(card),
                    demo,
                    framing,
                    colours=colours,
                    mirror=side is Side.RIGHT,
                )

        key = (demo.stretch_id if demo else "", side, self._caption, self._awake)
        return self._card.get(colours, draw, key)

    def _figure_area(self, card: QRectF) -> QRectF:
        """Inside the card, under the band of words when they are shown."""
        area = card.adjusted(8, 8, -8, -8)
        band = self._band_height(area)
        if not self._caption or area.height() < band * 4:
            return area
        return QRectF(area.left(), area.top() + band + 4, area.width(), area.height() - band - 4)

    def _band_height(self, area: QRectF) -> float:
        return QFontMetricsF(self._caption_font(area)).lineSpacing() * 2 + 6

    def _framing(self, stretch_id: str) -> Framing | None:
        stager = self.stager(stretch_id)
        if stager is None:
            return None
        if stretch_id not in self._framings:
            self._framings[stretch_id] = _figure()[1].demo_bounds(stager)
        return self._framings[stretch_id]

    @property
    def awake(self) -> bool:
        """Whether the figure is built (from just after the first paint)."""
        return self._awake

    def wake(self) -> None:
        """Build and draw the figure (the first paint schedules this)."""
        if self._awake:
            return
        self._awake = True
        step, self._step = self._step, None
        if step is not None:
            self.show_step(step)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._awake and not self._waking:
            self._waking = True
            QTimer.singleShot(0, self, self.wake)  # (cancelled if the widget goes first)
        painter = QPainter(self)
        only = QRectF(event.rect())  # a new frame repaints only round what moved
        self._paint(painter, QRectF(self.rect()), card_layer=True, only=only)
        painter.end()

    def render_moment(self, step: Step, moment: Moment, size: QSize) -> QImage:
        """The card for a moment of a step, as an image (the PNG exports, the tests)."""
        self._awake = True
        self.show_step(step)
        self._moment = moment
        self._painted_points = None
        self._set_words(step, moment.step)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(theme.current().window))
        painter = QPainter(image)
        self._paint(painter, QRectF(0, 0, size.width(), size.height()), card_layer=False)
        painter.end()
        return image

    def _paint(
        self, painter: QPainter, rect: QRectF, *, card_layer: bool, only: QRectF | None = None
    ) -> None:
        colours = theme.current()
        card = rect.adjusted(1, 1, -1, -1)
        step, demo = self._step, self._demo
        if card_layer:
            painter.drawPixmap(0, 0, self._card_layer(colours, card))
        else:
            _paint_card(painter, card, colours)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._awake:
            return  # an empty card, just this once
        if step is None or demo is None or self._moment is None:
            self._paint_name_card(painter, card, colours)
            return
        stager = self.stager(step.stretch.id)
        framing = self._framing(step.stretch.id)
        if stager is None or framing is None:
            return
        area = self._figure_area(card)
        above = QRectF(card.left(), card.top(), card.width(), area.top() - card.top())
        if (
            self._caption
            and area.top() > card.top() + 8
            and (only is None or only.intersects(above))
        ):
            self._paint_caption(painter, card.adjusted(8, 8, -8, -8), colours)
        mirror = step.side is Side.RIGHT
        points = self._painted_points or stager.points(self._moment)
        if mirror:
            points = _figure()[0].mirrored(points)
        _figure()[1].paint_figure(
            painter,
            area,
            points,
            demo,
            framing,
            colours=colours,
            mirror=mirror,
            mat=not card_layer,
            tag=self._side,
            only=only,
        )

    def _caption_font(self, area: QRectF) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(round(max(11.0, min(22.0, area.height() * 0.055))))
        return font

    def _paint_caption(self, painter: QPainter, area: QRectF, colours: theme.Theme) -> None:
        """The step's words along the top of the card, smaller if they need to be to fit
        the band, which keeps one height so the figure never moves when they change."""
        font = self._caption_font(area)
        band = QRectF(area.left() + 6, area.top() + 2, area.width() - 12, self._band_height(area))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        metrics = QFontMetricsF(font)
        while (
            font.pixelSize() > 10
            and metrics.boundingRect(band, flags, self._words).height() > band.height()
        ):
            font.setPixelSize(font.pixelSize() - 1)
            metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        painter.drawText(band, flags, self._words)

    def _paint_name_card(self, painter: QPainter, card: QRectF, colours: theme.Theme) -> None:
        floor_y = card.bottom() - card.height() * 0.22
        painter.setPen(QPen(colours.qcolor("track"), max(2.0, card.height() * 0.02)))
        painter.drawLine(
            QPointF(card.left() + card.width() * 0.08, floor_y),
            QPointF(card.right() - card.width() * 0.08, floor_y),
        )
        text = self._name if not self._side else f"{self._name}\n{self._side}"
        box = QRectF(card.left(), card.top(), card.width(), floor_y - card.top())
        box = box.adjusted(card.width() * 0.06, 6, -card.width() * 0.06, -6)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.setFont(self._fitting_font(text, box, flags))
        painter.setPen(colours.qcolor("muted"))
        painter.drawText(box, flags, text)

    def _fitting_font(self, text: str, box: QRectF, flags: int) -> QFont:
        """The largest font, up to a fifth of the card's height, that fits the box."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        size = max(11, round(box.height() * 0.3))
        while True:
            font.setPixelSize(size)
            needed = QFontMetricsF(font).boundingRect(box, flags, text)
            if size <= 11 or (needed.width() <= box.width() and needed.height() <= box.height()):
                return font
            size = max(11, round(size * 0.9))
