"""How the demonstration is seen: the stretch's camera (an orthographic eye turned
round the body and looking down on it), the one frame that holds the body in every
moment of its demonstration (so nothing slides or changes size), and the mapping
from that frame to a rectangle of pixels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QRegion

from backspasm_gui.core.body import HEAD_RADIUS, SEGMENTS, Vec, cross, dot, unit
from backspasm_gui.core.poses import Camera, Demonstration
from backspasm_gui.core.staging import Moment, Stager

MARGIN = 0.05  # of the smaller side, all round
LIGHT_2D = (-0.45, -0.89)  # on screen: from the upper left

Bounds = tuple[float, float, float, float]  # left, bottom, right, top in view metres


@dataclass(frozen=True, slots=True)
class Framing:
    """One stretch's frame: the view's extent, and the mat (x0, x1, z0, z1 on the floor)."""

    bounds: Bounds
    mat: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Eye:
    """An orthographic camera: screen right, screen up, and toward the viewer."""

    right: Vec
    up: Vec
    toward: Vec
    light: tuple[float, float] = LIGHT_2D  # on screen, toward the light

    @classmethod
    def of(cls, camera: Camera, *, mirror: bool = False) -> Eye:
        """The camera; ``mirror`` sees a mirrored body as the mirror image of the
        unmirrored one, so a right side's picture is the left side's, flipped."""
        yaw, pitch = math.radians(camera.yaw), math.radians(camera.pitch)
        side = (math.cos(yaw), 0.0, -math.sin(yaw))
        right = (-math.sin(yaw), 0.0, -math.cos(yaw))
        toward = (side[0] * math.cos(pitch), math.sin(pitch), side[2] * math.cos(pitch))
        up = unit(cross(toward, right))
        if mirror:  # and the light from the upper right: the whole picture mirrored
            right = (right[0], -right[1], -right[2])
            up = (-up[0], up[1], up[2])
            toward = (-toward[0], toward[1], toward[2])
            return cls(right, up, toward, (-LIGHT_2D[0], LIGHT_2D[1]))
        return cls(right, up, toward)

    def flat(self, p: Vec) -> tuple[float, float]:
        return dot(p, self.right), dot(p, self.up)

    def depth(self, p: Vec) -> float:
        return dot(p, self.toward)


def _sample_moments(stager: Stager) -> Iterable[Moment]:
    demo = stager.demo
    names = [demo.start, *(k for s in demo.steps[1:] for k in s.keys), *demo.hold]
    for a, b in pairwise(names):
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            yield Moment(a, b, t, 0, "move")
    yield Moment(names[0], names[0], 0.0, 0, "start")
    for breath in (-1.0, 1.0):
        yield Moment(demo.hold[0], demo.hold[0], 0.0, 0, "hold", breath)


def demo_bounds(stager: Stager) -> Framing:
    """Around the body in every moment of the demonstration, both sides, as the camera
    sees it: one frame and one scale for the whole stretch, so nothing slides."""
    xs: list[float] = []
    ys: list[float] = []
    floor_x: list[float] = []
    floor_z: list[float] = []
    eye = Eye.of(stager.demo.camera)
    if True:  # the right side's frame is this one's mirror image
        for moment in _sample_moments(stager):
            points = stager.points(moment)
            for segment in SEGMENTS:
                for joint, r in ((segment.a, segment.radius), (segment.b, segment.radius_b)):
                    x, y = eye.flat(points[joint])
                    xs += [x - r, x + r]
                    ys += [y - r, y + r]
            x, y = eye.flat(points["head"])
            xs += [x - HEAD_RADIUS, x + HEAD_RADIUS]
            ys += [y - HEAD_RADIUS, y + HEAD_RADIUS]
            # The floor under the body, where the mat and the shadow are drawn.
            for joint in ("pelvis", "head", "toe_left", "toe_right", "hand_left", "hand_right"):
                px, _py, pz = points[joint]
                fx, fy = eye.flat((px, 0.0, pz))
                xs.append(fx)
                ys.append(fy - 0.04)
                floor_x.append(px)
                floor_z.append(pz)
    mat = (min(floor_x) - 0.2, max(floor_x) + 0.2, min(floor_z) - 0.15, max(floor_z) + 0.15)
    for x in mat[:2]:
        for z in mat[2:]:
            fx, fy = eye.flat((x, 0.0, z))
            xs.append(fx)
            ys.append(fy)
    return Framing((min(xs), min(ys), max(xs), max(ys)), mat)


def side_framing(framing: Framing, mirror: bool) -> Framing:
    """The frame of a right side: the left side's, mirrored."""
    if not mirror:
        return framing
    left, bottom, right, top = framing.bounds
    return Framing((-right, bottom, -left, top), framing.mat)


class Canvas:
    """View metres (y up) to widget pixels (y down), fitting ``bounds`` in ``area``."""

    def __init__(self, area: QRectF, bounds: Bounds) -> None:
        left, bottom, right, top = bounds
        margin = min(area.width(), area.height()) * MARGIN
        inner = area.adjusted(margin, margin, -margin, -margin)
        width, height = right - left, top - bottom
        self.empty = inner.width() <= 0 or inner.height() <= 0 or width <= 0 or height <= 0
        self.scale = 0.0 if self.empty else min(inner.width() / width, inner.height() / height)
        self.x0 = inner.center().x() - (left + right) / 2 * self.scale
        self.y0 = inner.center().y() + (bottom + top) / 2 * self.scale

    def at(self, p: tuple[float, float]) -> QPointF:
        return QPointF(self.x0 + p[0] * self.scale, self.y0 - p[1] * self.scale)


def moved_region(
    area: QRectF,
    before: Mapping[str, Vec],
    after: Mapping[str, Vec],
    demo: Demonstration,
    framing: Framing,
    *,
    mirror: bool = False,
) -> QRegion:
    """The pixels a new frame changes: around each part that moved (where it was and
    where it is, with its shadow), and the side's tag if its joint moved. Parts that
    stay still (the knees and hands on the mat in Cat Cow) are not repainted."""
    canvas = Canvas(area, side_framing(framing, mirror).bounds)
    region = QRegion()
    if canvas.empty:
        return region
    eye = Eye.of(demo.camera, mirror=mirror)

    def box(a: Vec, b: Vec, radius: float) -> QRect:
        xs, ys = [], []
        for p in (a, b, (a[0], 0.0, a[2]), (b[0], 0.0, b[2])):
            at = canvas.at(eye.flat(p))
            xs.append(at.x())
            ys.append(at.y())
        pad = radius * canvas.scale * 1.6 + 3
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        ).toAlignedRect()

    def moved(name: str) -> bool:
        return max(abs(p - q) for p, q in zip(before[name], after[name], strict=True)) > 1e-4

    for segment in SEGMENTS:
        if moved(segment.a) or moved(segment.b):
            radius = max(segment.radius, segment.radius_b)
            region += box(before[segment.a], before[segment.b], radius)
            region += box(after[segment.a], after[segment.b], radius)
    for name in ("head", "nose", "forehead"):
        if moved(name):
            region += box(before[name], before[name], HEAD_RADIUS)
            region += box(after[name], after[name], HEAD_RADIUS)
    if demo.marker and moved(demo.marker):  # the side's tag above the working joint
        for points in (before, after):
            at = canvas.at(eye.flat(points[demo.marker]))
            tag = max(11, min(20, area.height() * 0.05)) * 3
            region += QRectF(
                at.x() - 8 * tag, at.y() - 1.5 * tag, 16 * tag, 1.6 * tag
            ).toAlignedRect()
    return region.intersected(area.toAlignedRect())
