"""The picture of the stretch: the figure doing it, moving with the session.

During a lead-in the figure shows the movement, from the start position into
the stretch; during a hold it stays in the stretch, or for a paced movement
(Cat Cow) moves between its positions in step with the spoken beat. Right-side
holds are the mirror of the left. The widget repaints only when the figure
changes; the window's frame timer, which stops when nothing on screen moves,
is what makes it move. A stretch with no pose data gets a card with its name.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from backspasm_gui.core.figure import Frame, Pose, demonstration, holding, picture
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Side, Step
from backspasm_gui.core.session import State, View
from backspasm_gui.ui import theme
from backspasm_gui.ui.figure_painter import paint_picture, pose_bounds
from backspasm_gui.ui.page_layer import PageLayer

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


def pose_frame(pose: Pose, view: View) -> Frame:
    """The figure's key-pose blend for a moment of the session."""
    elapsed = view.phase_seconds - view.remaining
    if view.phase is State.GET_READY:
        return demonstration(pose, elapsed, view.phase_seconds)
    if view.phase is State.HOLDING:
        pace = view.step.stretch.pace
        return holding(pose, elapsed, pace.seconds if pace else None)
    return pose.frames[pose.hold[0]]


class PoseView(QWidget):
    def __init__(self, poses: Mapping[str, Pose], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("poseIllustration")
        self.setAccessibleName(translate("PoseView", "Picture of the stretch"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(48)
        # It paints every pixel of itself, so the window behind is never repainted for it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._card = PageLayer(self)
        self._poses = poses
        self._bounds: dict[str, tuple[float, float, float, float]] = {}
        self._name = ""
        self._side = ""
        self._pose: Pose | None = None
        self._mirrored = False
        self._frame: Frame | None = None

    @property
    def pose(self) -> Pose | None:
        return self._pose

    def moves(self, view: View) -> bool:
        """Whether the figure changes from moment to moment in this view."""
        if self._pose is None or view.state not in (State.GET_READY, State.HOLDING):
            return False
        return view.phase is State.GET_READY or len(self._pose.hold) > 1

    def show_view(self, view: View) -> None:
        self.show_step(view.step)
        if self._pose is None:
            return
        frame = pose_frame(self._pose, view)
        if frame != self._frame:
            self._frame = frame
            self.update()

    def show_step(self, step: Step) -> None:
        name, side = step.stretch.name, step.side.label if step.side else ""
        pose = self._poses.get(step.stretch.id)
        mirrored = step.side is Side.RIGHT
        if (name, side, pose, mirrored) == (self._name, self._side, self._pose, self._mirrored):
            return
        self._name, self._side, self._pose, self._mirrored = name, side, pose, mirrored
        self._frame = pose.frames[pose.hold[0]] if pose else None
        where = name
        if side:
            where = translate("PoseView", "{stretch}, {side}").format(stretch=name, side=side)
        position = _POSITION.get(step.stretch.id)
        if position:
            where = translate("PoseView", "{stretch}: {position}").format(
                stretch=where, position=translate("PoseView", position)
            )
        self.setAccessibleDescription(where)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def _card_layer(self, colours: theme.Theme, card: QRectF) -> QPixmap:
        """The page and the empty card, drawn once per size and theme."""

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(colours.qcolor("track"), 1.5))
            painter.setBrush(colours.qcolor("surface"))
            painter.drawRoundedRect(card, 16, 16)

        return self._card.get(colours, draw)

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = theme.current()
        card = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._card_layer(colours, card))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._pose is not None and self._frame is not None:
            bounds = self._bounds.get(self._pose.stretch_id)
            if bounds is None:
                bounds = self._bounds[self._pose.stretch_id] = pose_bounds(self._pose)
            shot = picture(self._pose, self._frame, mirrored=self._mirrored)
            paint_picture(painter, card.adjusted(8, 8, -8, -8), shot, bounds, colours)
            painter.end()
            return

        floor_y = card.bottom() - card.height() * 0.22
        painter.setPen(QPen(colours.qcolor("track"), max(2.0, card.height() * 0.02)))
        painter.drawLine(
            round(card.left() + card.width() * 0.08),
            round(floor_y),
            round(card.right() - card.width() * 0.08),
            round(floor_y),
        )

        text = self._name if not self._side else f"{self._name}\n{self._side}"
        box = QRectF(card.left(), card.top(), card.width(), floor_y - card.top())
        box = box.adjusted(card.width() * 0.06, 6, -card.width() * 0.06, -6)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.setFont(self._fitting_font(text, box, flags))
        painter.setPen(colours.qcolor("muted"))
        painter.drawText(box, flags, text)
        painter.end()

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
