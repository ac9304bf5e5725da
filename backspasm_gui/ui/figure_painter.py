"""Paint a pose picture (from ``core.figure``) with QPainter, in the theme's colours.

The same function paints the window's picture, the README's PNG exports and
the tests' renders, so what is checked is what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from backspasm_gui.core.figure import Picture, Pose, View, picture
from backspasm_gui.ui.theme import Theme

MARGIN = 0.06  # of the smaller side, all round


def pose_bounds(pose: Pose) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) around every key pose, both sides: a stable frame, so
    the figure does not jump or change size while it moves."""
    boxes = [
        picture(pose, frame, mirrored=mirrored).bounds()
        for frame in pose.frames.values()
        for mirrored in (False, True)
    ]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class _Canvas:
    """Figure units (centimetres, y up) to widget pixels (y down)."""

    def __init__(self, area: QRectF, shot: Picture, bounds: tuple[float, ...]) -> None:
        left, bottom, right, top = bounds
        pad = 0.0 if shot.view is View.SIDE else 14.0  # room for the mat seen from above
        self.left, self.bottom = left - pad, bottom - pad
        self.right, self.top = right + pad, top + pad
        floor_room = 7.0 if shot.view is View.SIDE else 0.0
        self.margin = min(area.width(), area.height()) * MARGIN
        inner = area.adjusted(self.margin, self.margin, -self.margin, -self.margin)
        width, height = self.right - self.left, self.top - self.bottom + floor_room
        self.empty = inner.width() <= 0 or inner.height() <= 0 or width <= 0 or height <= 0
        self.scale = 0.0 if self.empty else min(inner.width() / width, inner.height() / height)
        self.x0 = inner.center().x() - (self.left + self.right) / 2 * self.scale
        base = inner.center().y() + height * self.scale / 2 - floor_room * self.scale
        self.y0 = base + self.bottom * self.scale

    def at(self, p: tuple[float, float]) -> QPointF:
        return QPointF(self.x0 + p[0] * self.scale, self.y0 - p[1] * self.scale)

    def pen(self, colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width * self.scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


def paint_picture(
    painter: QPainter,
    area: QRectF,
    shot: Picture,
    bounds: tuple[float, float, float, float],
    colours: Theme,
) -> None:
    canvas = _Canvas(area, shot, bounds)
    if canvas.empty:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_floor(painter, canvas, area, shot, colours)
    _paint_focus(painter, canvas, shot, colours)
    _paint_body(painter, canvas, shot, colours)
    painter.restore()


def _paint_floor(
    painter: QPainter, canvas: _Canvas, area: QRectF, shot: Picture, colours: Theme
) -> None:
    s = canvas.scale
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.mat))
    if shot.view is View.TOP:
        rug = QRectF(canvas.at((canvas.left, canvas.top)), canvas.at((canvas.right, canvas.bottom)))
        painter.drawRoundedRect(rug, 6 * s, 6 * s)
        return
    floor_y = canvas.y0 - canvas.bottom * s
    width = (canvas.right - canvas.left + 20) * s
    slab = QRectF(canvas.x0 + (canvas.left - 10) * s, floor_y, width, 3.5 * s)
    painter.drawRoundedRect(slab, 1.2 * s, 1.2 * s)
    painter.setPen(QPen(QColor(colours.track), max(1.0, s * 0.8)))
    edge = canvas.margin / 2
    painter.drawLine(
        QPointF(area.left() + edge, slab.bottom()), QPointF(area.right() - edge, slab.bottom())
    )


def _paint_focus(painter: QPainter, canvas: _Canvas, shot: Picture, colours: Theme) -> None:
    """The working body part glows under everything else."""
    glow = QColor(colours.focus_area)
    glow.setAlphaF(0.28)
    for bone in shot.bones:
        if bone.highlight:
            painter.setPen(canvas.pen(glow, bone.width + 9))
            painter.drawLine(canvas.at(bone.a), canvas.at(bone.b))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    for centre in shot.glutes:
        r = 15 * canvas.scale
        painter.drawEllipse(canvas.at(centre), r, r)


def _paint_body(painter: QPainter, canvas: _Canvas, shot: Picture, colours: Theme) -> None:
    accent = QColor(colours.focus_area)
    near, far = QColor(colours.figure), QColor(colours.figure_far)
    s = canvas.scale
    for layer in (0, 1, 2):
        if layer == 1 and shot.torso:
            path = QPainterPath()
            path.addPolygon(QPolygonF([canvas.at(p) for p in shot.torso]))
            path.closeSubpath()
            painter.setPen(canvas.pen(near, 8))
            painter.setBrush(near)
            painter.drawPath(path)
        for bone in shot.bones:
            if bone.layer == layer:
                colour = accent if bone.highlight else (far if layer == 0 else near)
                painter.setPen(canvas.pen(colour, bone.width))
                painter.drawLine(canvas.at(bone.a), canvas.at(bone.b))
        if layer == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(near)
            r = shot.head_radius * s
            painter.drawEllipse(canvas.at(shot.head), r, r)
            if shot.nose is not None:
                painter.drawEllipse(canvas.at(shot.nose), 3.6 * s, 3.6 * s)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    for centre in shot.glutes:
        painter.drawEllipse(canvas.at(centre), 6.5 * s, 6.5 * s)


def render_image(
    pose: Pose, shot: Picture, size: QSize, colours: Theme, *, background: bool = True
) -> QImage:
    """The picture alone, as an image (for exports and tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours.surface) if background else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    area = QRectF(0, 0, size.width(), size.height())
    paint_picture(painter, area, shot, pose_bounds(pose), colours)
    painter.end()
    return image
