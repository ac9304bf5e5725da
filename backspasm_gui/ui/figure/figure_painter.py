"""Draw the 3D body (``core.body``/``core.poses``) with QPainter: a shaded mannequin
of rounded solids, sorted by depth, lit by one soft light, on a mat with a soft
contact shadow, the worked body parts in the accent colour.

The same functions paint the window's picture, the compact panel's, the PNG
exports and the tests' renders, so what is checked is what is shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)

from backspasm_gui.core.body import HEAD_RADIUS, SEGMENTS, Vec, cross, other_side, sub, unit
from backspasm_gui.core.poses import Demonstration
from backspasm_gui.core.staging import Stager
from backspasm_gui.ui.figure.figure_camera import (
    Canvas,
    Eye,
    Framing,
    demo_bounds,
    side_framing,
)
from backspasm_gui.ui.shared.theme import Theme

__all__ = ["Framing", "demo_bounds", "paint_figure", "paint_mat"]


def paint_figure(
    painter: QPainter,
    area: QRectF,
    points: Mapping[str, Vec],
    demo: Demonstration,
    framing: Framing,
    *,
    colours: Theme,
    mirror: bool = False,
    mat: bool = True,
    tag: str = "",
    only: QRectF | None = None,
) -> None:
    """The body at ``points`` (already mirrored for a right side), seen by the
    stretch's camera, filling ``area`` with the stretch's frame; ``tag`` names the side
    on the working limb. With ``only`` (what needs repainting), the parts wholly
    outside it are not drawn at all."""
    canvas = Canvas(area, side_framing(framing, mirror).bounds)
    if canvas.empty:
        return
    eye = Eye.of(demo.camera, mirror=mirror)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(area)
    if mat:  # else it is already there (the window keeps it with the card)
        _paint_mat(painter, canvas, eye, framing, colours=colours, mirror=mirror)
    _paint_shadow(painter, canvas, eye, points, area=area, colours=colours)
    _paint_body(
        painter,
        canvas,
        eye,
        points,
        highlight=demo.highlight,
        colours=colours,
        mirror=mirror,
        visible=area if only is None else area.intersected(only),
    )
    painter.restore()
    if tag and demo.marker:  # the side's name, on the working limb
        label_at(painter, area, points, demo, framing, colours=colours, text=tag, mirror=mirror)


def paint_mat(
    painter: QPainter,
    area: QRectF,
    demo: Demonstration,
    framing: Framing,
    *,
    colours: Theme,
    mirror: bool = False,
) -> None:
    """The mat alone, where :func:`paint_figure` would put it."""
    canvas = Canvas(area, side_framing(framing, mirror).bounds)
    if canvas.empty:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(area)
    _paint_mat(
        painter, canvas, Eye.of(demo.camera, mirror=mirror), framing, colours=colours, mirror=mirror
    )
    painter.restore()


def _paint_mat(
    painter: QPainter, canvas: Canvas, eye: Eye, framing: Framing, *, colours: Theme, mirror: bool
) -> None:
    """The exercise mat under the body, seen by the camera, with a thin edge."""
    x0, x1, z0, z1 = framing.mat
    if mirror:
        x0, x1 = -x1, -x0
    corners = [(x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1)]
    polygon = QPolygonF([canvas.at(eye.flat(c)) for c in corners])
    painter.setBrush(QColor(colours.mat))
    edge = QColor(colours.mat).darker(112 if colours.name != "dark" else 80)
    painter.setPen(QPen(edge, max(1.0, canvas.scale * 0.012)))
    painter.drawPolygon(polygon)


SHADOW_SCALE = 6  # the shadow is drawn this many times smaller, then spread: soft for free
_SHADOWS: dict[tuple[object, ...], QImage] = {}  # the last few, spread to full size


def _paint_shadow(
    painter: QPainter,
    canvas: Canvas,
    eye: Eye,
    points: Mapping[str, Vec],
    *,
    area: QRectF,
    colours: Theme,
) -> None:
    """A soft dark pool on the floor under each part near it, darker the nearer. Only
    the parts near the floor cast one, and those rarely move (hands, knees, feet), so
    the spread shadow is kept and reused while it stays the same to the pixel."""
    darkest = 0.3 if colours.name == "dark" else 0.14
    squash = max(0.18, abs(eye.toward[1]))
    pools: list[tuple[int, int, int, int, int]] = []
    for segment in SEGMENTS:
        a, b = points[segment.a], points[segment.b]
        for t in (0.0, 0.5, 1.0):
            p = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)
            strength = max(0.0, 1.0 - p[1] / 0.35)
            if strength <= 0:
                continue
            r = (segment.radius + (segment.radius_b - segment.radius) * t) * 1.5 * canvas.scale
            at = canvas.at(eye.flat((p[0], 0.0, p[2])))
            # To two pixels and a few shades: a soft shadow shows no finer step, and a
            # thigh rising off the mat then leaves the kept shadow as it was.
            pools.append(
                (
                    2 * round(at.x() / 2),
                    2 * round(at.y() / 2),
                    2 * round(r / 2),
                    2 * round(r * squash / 2),
                    4 * round(255 * darkest * strength / 4),
                )
            )
    key = (round(area.width()), round(area.height()), tuple(pools))
    spread = _SHADOWS.get(key)
    if spread is None:
        small = QImage(
            max(1, math.ceil(area.width() / SHADOW_SCALE)),
            max(1, math.ceil(area.height() / SHADOW_SCALE)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        small.fill(Qt.GlobalColor.transparent)
        shadow = QPainter(small)
        shadow.setRenderHint(QPainter.RenderHint.Antialiasing)
        shadow.scale(1 / SHADOW_SCALE, 1 / SHADOW_SCALE)
        shadow.translate(-area.left(), -area.top())
        shadow.setPen(Qt.PenStyle.NoPen)
        for x, y, rx, ry, alpha in pools:
            shadow.setBrush(QColor(0, 0, 0, alpha))
            shadow.drawEllipse(QPointF(x, y), rx, ry)
        shadow.end()
        spread = small.scaled(
            round(area.width()),
            round(area.height()),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        if len(_SHADOWS) >= 4:
            _SHADOWS.pop(next(iter(_SHADOWS)))
        _SHADOWS[key] = spread
    painter.drawImage(area.topLeft(), spread)


@dataclass(frozen=True, slots=True)
class _Solid:
    """Something to paint, at a depth: capsules (a limb's part, or the trunk's
    several, painted as one smooth shape) or a ball."""

    depth: float
    capsules: tuple[tuple[Vec, Vec, float, float], ...]  # a, b, radius at a, at b
    colour: QColor
    accents: tuple[tuple[Vec, Vec, float, float], ...] = ()  # worked parts, within it
    accent: QColor | None = None


def _glute(points: Mapping[str, Vec], side: str) -> Vec:
    left = unit(sub(points["hip_left"], points["hip_right"]))
    up = unit(sub(points["waist"], points["pelvis"]))
    back = cross(up, left)  # the body's backward direction
    hip = points[f"hip_{side}"]
    return (hip[0] + back[0] * 0.06 - up[0] * 0.02,
            hip[1] + back[1] * 0.06 - up[1] * 0.02,
            hip[2] + back[2] * 0.06 - up[2] * 0.02)  # fmt: skip


TRUNK = frozenset({"pelvis", "lumbar", "thorax", "upper_thorax", "shoulders", "neck"})


def _paint_body(
    painter: QPainter,
    canvas: Canvas,
    eye: Eye,
    points: Mapping[str, Vec],
    *,
    highlight: frozenset[str],
    colours: Theme,
    mirror: bool,
    visible: QRectF,
) -> None:
    base = QColor(colours.figure)
    accent = QColor(colours.focus_area)
    near_left = eye.depth(points["hip_left"]) >= eye.depth(points["hip_right"])
    far_side = "_right" if near_left else "_left"
    far = _mix(base, QColor(colours.surface), 0.32)
    # The highlight names the left side's parts; mirrored, they are the right's.
    worked = {other_side(p) for p in highlight} if mirror else set(highlight)

    def capsule(part: str, a: str, b: str, ra: float, rb: float) -> tuple[Vec, Vec, float, float]:
        return points[a], points[b], ra, rb

    trunk = tuple(
        capsule(s.part, s.a, s.b, s.radius, s.radius_b) for s in SEGMENTS if s.part in TRUNK
    )
    lit = tuple(
        capsule(s.part, s.a, s.b, s.radius, s.radius_b)
        for s in SEGMENTS
        if s.part in TRUNK and s.part in worked
    )
    solids = [_Solid(eye.depth(points["chest"]), trunk, base, lit, accent)]
    for segment in SEGMENTS:
        if segment.part in TRUNK:
            continue
        a, b = points[segment.a], points[segment.b]
        colour = base
        if segment.part in worked:
            colour = accent
        elif segment.part.endswith(far_side):
            colour = far
        middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2)
        solids.append(
            _Solid(eye.depth(middle), ((a, b, segment.radius, segment.radius_b),), colour)
        )
    head = accent if "head" in worked else base
    centre = points["head"]
    solids.append(_Solid(eye.depth(centre), ((centre, centre, HEAD_RADIUS, HEAD_RADIUS),), head))
    nose = points["nose"]
    solids.append(_Solid(eye.depth(nose), ((nose, nose, 0.028, 0.028),), head))
    for side in ("left", "right"):
        if f"glute_{side}" in worked:
            g = _glute(points, side)
            solids.append(_Solid(eye.depth(g) + 0.02, ((g, g, 0.085, 0.085),), accent))
    solids.sort(key=lambda solid: solid.depth)
    for solid in solids:
        _paint_solid(painter, canvas, eye, solid, visible)


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


_SHADES: dict[int, tuple[QColor, QColor, QColor]] = {}


def _shades(colour: QColor) -> tuple[QColor, QColor, QColor]:
    """Lit, the colour itself, and in shadow."""
    key = colour.rgba()
    if key not in _SHADES:
        lit, dark = _mix(colour, QColor("white"), 0.22), _mix(colour, QColor("black"), 0.3)
        _SHADES[key] = (lit, colour, dark)
    return _SHADES[key]


Capsule = tuple[float, float, float, float, float, float]  # ax, ay, bx, by, ra, rb on screen


def _on_screen(
    canvas: Canvas, eye: Eye, capsules: Sequence[tuple[Vec, Vec, float, float]]
) -> list[Capsule]:
    out = []
    for a, b, ra, rb in capsules:
        pa, pb = canvas.at(eye.flat(a)), canvas.at(eye.flat(b))
        out.append((pa.x(), pa.y(), pb.x(), pb.y(), ra * canvas.scale, rb * canvas.scale))
    return out


def _paint_capsules(
    painter: QPainter,
    eye: Eye,
    capsules: Sequence[Capsule],
    *,
    shrink: float = 1.0,
    toward_light: float = 0.0,
) -> None:
    """Rounded solids, each a circle at either end and the band between them (flat and
    opaque, so their overlaps need no union); ``shrink`` narrows them and
    ``toward_light`` moves them that share of their radius toward the light (the lit and
    highlighted layers of the shading). Drawn as primitives rather than one path: a
    moving figure is repainted several times a second, and this is a third of the work."""
    lx, ly = eye.light
    for x0, y0, x1, y1, r0, r1 in capsules:
        shift = max(r0, r1) * toward_light
        ax, ay, bx, by = x0 + lx * shift, y0 + ly * shift, x1 + lx * shift, y1 + ly * shift
        ra, rb = r0 * shrink, r1 * shrink
        painter.drawEllipse(QPointF(ax, ay), ra, ra)
        length = math.hypot(bx - ax, by - ay)
        if length < 0.5:
            continue
        painter.drawEllipse(QPointF(bx, by), rb, rb)
        nx, ny = -(by - ay) / length, (bx - ax) / length  # across the bone
        painter.drawPolygon(
            QPolygonF(
                (
                    QPointF(ax + nx * ra, ay + ny * ra),
                    QPointF(bx + nx * rb, by + ny * rb),
                    QPointF(bx - nx * rb, by - ny * rb),
                    QPointF(ax - nx * ra, ay - ny * ra),
                )
            )
        )


# The shading, in three flat layers: the whole shape in shadow, the lit body a little
# narrower and toward the light, and a highlight. Flat fills, because Qt's raster
# engine spreads every large gradient fill over a thread pool (hundreds of wake-ups a
# second for a moving figure).
_LAYERS = ((1.0, 0.0, 2), (0.84, 0.16, 1), (0.4, 0.42, 0))  # shrink, toward light, shade


def _paint_solid(
    painter: QPainter, canvas: Canvas, eye: Eye, solid: _Solid, visible: QRectF
) -> None:
    capsules = _on_screen(canvas, eye, solid.capsules)
    if not _bounds(capsules).intersects(visible):
        return  # none of its pixels are repainted
    painter.setPen(Qt.PenStyle.NoPen)
    _paint_layers(painter, eye, capsules, solid.colour)
    if solid.accents and solid.accent is not None:  # the worked part of the trunk
        _paint_layers(painter, eye, _on_screen(canvas, eye, solid.accents), solid.accent)


def _bounds(capsules: Sequence[Capsule]) -> QRectF:
    left = min(min(ax - ra, bx - rb) for ax, _ay, bx, _by, ra, rb in capsules)
    right = max(max(ax + ra, bx + rb) for ax, _ay, bx, _by, ra, rb in capsules)
    top = min(min(ay - ra, by - rb) for _ax, ay, _bx, by, ra, rb in capsules)
    bottom = max(max(ay + ra, by + rb) for _ax, ay, _bx, by, ra, rb in capsules)
    return QRectF(left, top, right - left, bottom - top).adjusted(-2, -2, 2, 2)


def _paint_layers(painter: QPainter, eye: Eye, capsules: Sequence[Capsule], colour: QColor) -> None:
    shades = _shades(colour)
    for shrink, toward_light, shade in _LAYERS:
        painter.setBrush(shades[shade])
        _paint_capsules(painter, eye, capsules, shrink=shrink, toward_light=toward_light)


def label_at(
    painter: QPainter,
    area: QRectF,
    points: Mapping[str, Vec],
    demo: Demonstration,
    framing: Framing,
    *,
    colours: Theme,
    text: str,
    mirror: bool = False,
) -> None:
    """A small tag with the side's name, pointing at the working limb's joint."""
    canvas = Canvas(area, side_framing(framing, mirror).bounds)
    if canvas.empty or not demo.marker or not text:
        return
    eye = Eye.of(demo.camera, mirror=mirror)
    joint = demo.marker if not mirror else other_side(demo.marker)
    at = canvas.at(eye.flat(points[joint]))
    font = painter.font()
    font.setPixelSize(max(11, min(20, round(area.height() * 0.05))))
    font.setWeight(QFont.Weight.DemiBold)
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    pad = metrics.height() * 0.3
    width = metrics.horizontalAdvance(text) + 2 * pad
    height = metrics.height() + pad
    gap = metrics.height() * 1.4
    # Above the joint, and inside the picture.
    box = QRectF(at.x() - width / 2, at.y() - gap - height, width, height)
    box.moveLeft(min(max(box.left(), area.left() + 2), area.right() - width - 2))
    box.moveTop(max(box.top(), area.top() + 2))
    fill = QColor(colours.focus_area)
    painter.setPen(QPen(fill, max(1.5, height * 0.08)))
    painter.drawLine(QPointF(box.center().x(), box.bottom()), at)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(QColor(colours.on_hold if colours.name == "dark" else "#FFFFFF"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def render_image(
    stager: Stager,
    points: Mapping[str, Vec],
    size: QSize,
    colours: Theme,
    *,
    mirror: bool = False,
    framing: Framing | None = None,
    background: bool = True,
) -> QImage:
    """The picture alone, as an image (for exports and tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(colours.surface) if background else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    area = QRectF(0, 0, size.width(), size.height())
    paint_figure(
        painter,
        area,
        points,
        stager.demo,
        framing or demo_bounds(stager),
        colours=colours,
        mirror=mirror,
    )
    painter.end()
    return image
