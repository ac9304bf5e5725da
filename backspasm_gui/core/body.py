"""A jointed human body in 3D: the skeleton, its joints' human ranges, and how
angles become joint positions (forward kinematics) and back (two-bone IK).

World axes: x is the figure's left when it stands facing +z, y is up, z forward;
metres. The skeleton is an adult about 1.75 m tall. Every joint turns by named
angles (degrees) whose positive direction is the movement's name: ``flex`` bends
forward (a hip brings the thigh up, a knee folds the heel to the buttock, the
spine curls forward), ``abduct`` takes a limb out to its own side, ``twist`` turns
a limb outward (external rotation) or the spine to the left, ``side`` bends the
spine to the left. A right limb is the mirror of a left one, so the same angle
means the same movement on either side.

This module knows nothing of Qt; ``ui/figure_painter.py`` draws what it returns.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows

SIDES = ("left", "right")

# --- small vector algebra ----------------------------------------------------------


def add(a: Vec, b: Vec) -> Vec:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def sub(a: Vec, b: Vec) -> Vec:
    return a[0] - b[0], a[1] - b[1], a[2] - b[2]


def mul(a: Vec, k: float) -> Vec:
    return a[0] * k, a[1] * k, a[2] * k


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    length = norm(a)
    return (0.0, 0.0, 0.0) if length == 0 else mul(a, 1.0 / length)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return add(a, mul(sub(b, a), t))


def apply(m: Mat, v: Vec) -> Vec:
    return dot(m[0], v), dot(m[1], v), dot(m[2], v)


def matmul(a: Mat, b: Mat) -> Mat:
    cols = ((b[0][0], b[1][0], b[2][0]), (b[0][1], b[1][1], b[2][1]), (b[0][2], b[1][2], b[2][2]))
    return (
        (dot(a[0], cols[0]), dot(a[0], cols[1]), dot(a[0], cols[2])),
        (dot(a[1], cols[0]), dot(a[1], cols[1]), dot(a[1], cols[2])),
        (dot(a[2], cols[0]), dot(a[2], cols[1]), dot(a[2], cols[2])),
    )


IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def rotation(axis: str, degrees: float) -> Mat:
    """A turn about a main axis, counter-clockwise looking down the axis."""
    if not degrees:
        return IDENTITY
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == "x":
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == "y":
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


# --- the skeleton --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dof:
    """One way a joint turns: about ``axis`` (x, y or z of its parent's frame), with
    ``sign`` making the positive angle the movement's name, within [low, high]."""

    name: str
    axis: str
    sign: float
    low: float
    high: float


def _spine(flex: tuple[float, float], side: float, twist: float) -> tuple[Dof, ...]:
    return (
        Dof("flex", "x", 1.0, *flex),
        Dof("side", "z", -1.0, -side, side),
        Dof("twist", "y", 1.0, -twist, twist),
    )


# Ranges of motion (degrees), from the usual clinical tables (AAOS), rounded; the
# spine's are per segment, so the whole spine moves as far as a person's does.
KINDS: dict[str, tuple[Dof, ...]] = {
    "lumbar": _spine((-25, 45), 12, 5),
    "thorax": _spine((-15, 30), 12, 15),
    "upper_thorax": _spine((-15, 30), 10, 20),
    "neck": _spine((-60, 50), 40, 70),
    "head": (Dof("flex", "x", 1.0, -20, 25),),
    "shoulder": (
        Dof("flex", "x", -1.0, -60, 180),
        Dof("abduct", "z", 1.0, -30, 180),
        Dof("twist", "y", 1.0, -70, 90),
    ),
    "elbow": (Dof("flex", "x", -1.0, 0, 150),),
    "wrist": (Dof("flex", "x", 1.0, -90, 80), Dof("deviate", "z", 1.0, -30, 20)),
    "hip": (
        Dof("flex", "x", -1.0, -30, 140),
        Dof("abduct", "z", 1.0, -30, 50),
        Dof("twist", "y", 1.0, -45, 60),
    ),
    "knee": (Dof("flex", "x", 1.0, -5, 165),),  # a little hyperextension is usual
    "ankle": (Dof("flex", "x", 1.0, -25, 75),),
}


@dataclass(frozen=True, slots=True)
class Articulation:
    """A joint of the skeleton: where it sits in its parent's frame at rest, the bone
    it turns (to ``end``), and how it turns."""

    name: str  # e.g. "knee_left"
    kind: str  # a key of KINDS
    parent: str | None
    at: Vec  # offset from the parent's joint, in the parent's frame
    end: str  # the joint at the far end of the bone this one turns
    bone: Vec  # from this joint to ``end``, in this joint's frame at rest


def _limbs(side: str) -> list[Articulation]:
    x = 1.0 if side == "left" else -1.0
    s = f"_{side}"
    return [
        Articulation("shoulder" + s, "shoulder", "upper_thorax", (0.17 * x, 0.15, -0.02),
                     "elbow" + s, (0.0, -0.29, 0.0)),
        Articulation("elbow" + s, "elbow", "shoulder" + s, (0.0, -0.29, 0.0),
                     "wrist" + s, (0.0, -0.25, 0.0)),
        Articulation("wrist" + s, "wrist", "elbow" + s, (0.0, -0.25, 0.0),
                     "hand" + s, (0.0, -0.085, 0.0)),
        Articulation("hip" + s, "hip", "pelvis", (0.09 * x, -0.06, 0.0),
                     "knee" + s, (0.0, -0.43, 0.0)),
        Articulation("knee" + s, "knee", "hip" + s, (0.0, -0.43, 0.0),
                     "ankle" + s, (0.0, -0.43, 0.0)),
        Articulation("ankle" + s, "ankle", "knee" + s, (0.0, -0.43, 0.0),
                     "toe" + s, (0.0, -0.045, 0.15)),
    ]  # fmt: skip


# The pelvis is the root; its joint is the centre between the hip joints' tops.
ARTICULATIONS: tuple[Articulation, ...] = (
    Articulation("lumbar", "lumbar", "pelvis", (0.0, 0.0, 0.0), "waist", (0.0, 0.12, 0.0)),
    Articulation("thorax", "thorax", "lumbar", (0.0, 0.12, 0.0), "chest", (0.0, 0.14, 0.0)),
    Articulation(
        "upper_thorax", "upper_thorax", "thorax", (0.0, 0.14, 0.0), "neck", (0.0, 0.18, 0.0)
    ),
    Articulation("neck", "neck", "upper_thorax", (0.0, 0.18, 0.0), "skull", (0.0, 0.11, 0.01)),
    Articulation("head", "head", "neck", (0.0, 0.11, 0.01), "head", (0.0, 0.09, 0.02)),
    *_limbs("left"),
    *_limbs("right"),
)
BY_NAME = {a.name: a for a in ARTICULATIONS}
# Points on the head, from the head joint at rest: the face looks along +z.
FACE: dict[str, Vec] = {
    "forehead": (0.0, 0.135, 0.105),  # just inside the skin above the brows
    "nose": (0.0, 0.065, 0.115),
}
ROOT = "pelvis"

# The joints of the export, each a joint centre (``skull`` and ``waist`` are drawn only).
EXPORTED = (
    "head", "forehead", "nose", "neck", "chest", "pelvis",
    *(f"{j}_{s}" for s in SIDES for j in
      ("shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "toe")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Segment:
    """A rounded solid from joint ``a`` to joint ``b``: the painter's capsule, and
    what rests on the floor. ``part`` names it for highlighting."""

    part: str
    a: str
    b: str
    radius: float  # metres, at a
    radius_b: float  # at b


def _limb_segments(side: str) -> list[Segment]:
    s = f"_{side}"
    return [
        Segment("thigh" + s, "hip" + s, "knee" + s, 0.075, 0.055),
        Segment("shin" + s, "knee" + s, "ankle" + s, 0.052, 0.038),
        Segment("foot" + s, "ankle" + s, "toe" + s, 0.036, 0.028),
        Segment("upper_arm" + s, "shoulder" + s, "elbow" + s, 0.048, 0.04),
        Segment("forearm" + s, "elbow" + s, "wrist" + s, 0.04, 0.03),
        Segment("hand" + s, "wrist" + s, "hand" + s, 0.03, 0.03),
    ]


SEGMENTS: tuple[Segment, ...] = (
    Segment("pelvis", "hip_left", "hip_right", 0.095, 0.095),
    Segment("lumbar", "pelvis", "waist", 0.1, 0.11),
    Segment("thorax", "waist", "chest", 0.12, 0.13),
    Segment("upper_thorax", "chest", "neck", 0.13, 0.09),
    Segment("shoulders", "shoulder_left", "shoulder_right", 0.06, 0.06),
    Segment("neck", "neck", "skull", 0.05, 0.05),
    *_limb_segments("left"),
    *_limb_segments("right"),
)
HEAD_RADIUS = 0.11
# What a pose may highlight: a segment, or a group of them.
PARTS = frozenset({s.part for s in SEGMENTS} | {"head", "glute_left", "glute_right"})


def bone_lengths() -> dict[tuple[str, str], float]:
    """Every bone's length: joint pairs that keep their distance in every posture."""
    lengths = {(a.name, a.end): norm(a.bone) for a in ARTICULATIONS if a.end != a.name}
    lengths[("head", "skull")] = norm(BY_NAME["head"].bone)
    return lengths


# --- angles and forward kinematics -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Posture:
    """Every joint's angles, and how the whole body is turned (``root``: pitch about
    x, roll about z, yaw about y, then ``turn`` about the body's own length, degrees;
    pitch 90 lies face down, -90 face up; turn rolls the front toward the left)."""

    angles: Mapping[str, Mapping[str, float]]  # articulation -> dof -> degrees
    root: Mapping[str, float]


def mirror_angles(posture: Posture) -> Posture:
    """The same posture done by the other side: left and right limbs swap, and the
    spine's side bends, twists and the body's roll and yaw turn the other way."""
    swapped: dict[str, dict[str, float]] = {}
    for name, dofs in posture.angles.items():
        if name.endswith(("_left", "_right")):
            swapped[other_side(name)] = dict(dofs)
        else:
            swapped[name] = {k: (-v if k in ("side", "twist") else v) for k, v in dofs.items()}
    root = {k: (-v if k in ("roll", "yaw", "turn") else v) for k, v in posture.root.items()}
    return Posture(swapped, root)


def other_side(name: str) -> str:
    """``knee_left`` for ``knee_right`` and the other way round; other names as they are."""
    if name.endswith("_left"):
        return name[: -len("_left")] + "_right"
    if name.endswith("_right"):
        return name[: -len("_right")] + "_left"
    return name


def root_rotation(root: Mapping[str, float]) -> Mat:
    turned = rotation("y", root.get("yaw", 0.0))
    turned = matmul(turned, rotation("x", root.get("pitch", 0.0)))
    turned = matmul(turned, rotation("z", root.get("roll", 0.0)))
    return matmul(turned, rotation("y", root.get("turn", 0.0)))


def local_rotation(articulation: Articulation, dofs: Mapping[str, float]) -> Mat:
    """Twist first (about the bone), then out to the side, then forward: so a thigh
    turned out and then flexed points forward with its knee out, as a hip does."""
    mirrored = articulation.name.endswith("_right")
    turns = {d.name: d for d in KINDS[articulation.kind]}
    result = IDENTITY
    for name in ("flex", "abduct", "side", "deviate", "twist"):
        if name not in turns or not dofs.get(name):
            continue
        dof = turns[name]
        sign = dof.sign * (-1.0 if mirrored and dof.axis != "x" else 1.0)
        result = matmul(result, rotation(dof.axis, sign * dofs[name]))
    return result


def forward(posture: Posture) -> tuple[dict[str, Vec], dict[str, Mat]]:
    """Joint positions with the pelvis at the origin, and each joint's frame."""
    frames: dict[str, Mat] = {ROOT: root_rotation(posture.root)}
    points: dict[str, Vec] = {ROOT: (0.0, 0.0, 0.0)}
    for art in ARTICULATIONS:
        parent = art.parent or ROOT
        here = add(points[parent], apply(frames[parent], art.at))
        if art.name != "head":
            points[art.name] = here
        frame = matmul(frames[parent], local_rotation(art, posture.angles.get(art.name, {})))
        frames[art.name] = frame
        points[art.end] = add(here, apply(frame, art.bone))
    head = frames["head"]
    for name, offset in FACE.items():
        points[name] = add(points["skull"], apply(head, offset))
    return points, frames


# --- two-bone IK -----------------------------------------------------------------------


def two_bone(root: Vec, mid: Vec, tip: Vec, target: Vec, pole: Vec) -> tuple[Vec, Vec]:
    """Where the middle joint and the tip go for the tip to reach ``target`` (or as
    near as the bones allow), the chain bending toward ``pole`` (a direction)."""
    a, b = norm(sub(mid, root)), norm(sub(tip, mid))
    reach = sub(target, root)
    d = min(max(norm(reach), abs(a - b) + 1e-6), a + b - 1e-6)
    u = unit(reach)
    w = sub(pole, mul(u, dot(pole, u)))
    if norm(w) < 1e-9:  # the pole lies along the reach: keep the bend the limb had
        w = sub(sub(mid, root), mul(u, dot(sub(mid, root), u)))
    w = unit(w)
    cos_root = (a * a + d * d - b * b) / (2 * a * d)
    sin_root = math.sqrt(max(0.0, 1.0 - cos_root * cos_root))
    new_mid = add(root, add(mul(u, a * cos_root), mul(w, a * sin_root)))
    return new_mid, add(root, mul(u, d))


def angle_at(a: Vec, b: Vec, c: Vec) -> float:
    """The angle at ``b`` between the bones to ``a`` and to ``c``, degrees (180 = straight)."""
    u, v = unit(sub(a, b)), unit(sub(c, b))
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(u, v)))))


def out_of_range(posture: Posture) -> list[str]:
    """Each angle outside its human range, as 'knee_left.flex = 170'."""
    problems = []
    for name, dofs in posture.angles.items():
        kind = BY_NAME[name].kind
        limits = {d.name: d for d in KINDS[kind]}
        for dof, value in dofs.items():
            limit = limits[dof]
            if not limit.low - 1e-6 <= value <= limit.high + 1e-6:
                problems.append(f"{name}.{dof} = {value:g}")
    return problems
