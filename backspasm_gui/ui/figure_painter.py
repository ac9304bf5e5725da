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


def paint_picture(
    painter: QPainter,
    area: QRectF,
    shot: Picture,
    bounds: tuple[float, float, float, float],
    colours: Theme,
) -> None:
    left, bottom, right, top = bounds
    pad = 0.0 if shot.view is View.SIDE else 14.0  # room for the mat seen from above
    left, bottom, right, top = left - pad, bottom - pad, right + pad, top + pad
    floor_room = 7.0 if shot.view is View.SIDE else 0.0
    margin = min(area.width(), area.height()) * MARGIN
    inner = area.adjusted(margin, margin, -margin, -margin)
    width, height = right - left, top - bottom + floor_room
    if inner.width() <= 0 or inner.height() <= 0 or width <= 0 or height <= 0:
        return
    scale = min(inner.width() / width, inner.height() / height)
    x0 = inner.center().x() - (left + right) / 2 * scale
    base = inner.center().y() + height * scale / 2 - floor_room * scale
    y0 = base + bottom * scale

    def at(p: tuple[float, float]) -> QPointF:
        return QPointF(x0 + p[0] * scale, y0 - p[1] * scale)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mat = QColor(colours.mat)
    if shot.view is View.SIDE:
        floor_y = y0 - bottom * scale
        slab = QRectF(
            x0 + (left - 10) * scale, floor_y, (right - left + 20) * scale, 3.5 * scale
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mat)
        painter.drawRoundedRect(slab, 1.2 * scale, 1.2 * scale)
        painter.setPen(QPen(QColor(colours.track), max(1.0, scale * 0.8)))
        painter.drawLine(QPointF(area.left() + margin / 2, slab.bottom()),
                         QPointF(area.right() - margin / 2, slab.bottom()))
    else:
        rug = QRectF(at((left, top)), at((right, bottom)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mat)
        painter.drawRoundedRect(rug, 6 * scale, 6 * scale)

    def stroke(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    accent = QColor(colours.focus_area)
    glow = QColor(accent)
    glow.setAlphaF(0.28)
    near, far = QColor(colours.figure), QColor(colours.figure_far)

    # The working body part glows under everything else.
    for bone in shot.bones:
        if bone.highlight:
            painter.setPen(stroke(glow, bone.width + 9))
            painter.drawLine(at(bone.a), at(bone.b))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    for centre in shot.glutes:
        r = 15 * scale
        painter.drawEllipse(at(centre), r, r)

    for layer in (0, 1, 2):
        if layer == 1 and shot.torso:
            outline = QPolygonF([at(p) for p in shot.torso])
            path = QPainterPath()
            path.addPolygon(outline)
            path.closeSubpath()
            painter.setPen(stroke(near, 8))
            painter.setBrush(near)
            painter.drawPath(path)
        for bone in shot.bones:
            if bone.layer != layer:
                continue
            colour = accent if bone.highlight else (far if layer == 0 else near)
            painter.setPen(stroke(colour, bone.width))
            painter.drawLine(at(bone.a), at(bone.b))
        if layer == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(near)
            r = shot.head_radius * scale
            painter.drawEllipse(at(shot.head), r, r)
            if shot.nose is not None:
                painter.drawEllipse(at(shot.nose), 3.6 * scale, 3.6 * scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    for centre in shot.glutes:
        r = 6.5 * scale
        painter.drawEllipse(at(centre), r, r)
    painter.restore()


def render_image(
    pose: Pose, shot: Picture, size: QSize, colours: Theme, *, background: bool = True
) -> QImage:
    """The picture alone, as an image (for exports and tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours.surface) if background else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_picture(painter, QRectF(0, 0, size.width(), size.height()), shot, pose_bounds(pose), colours)
    painter.end()
    return image
