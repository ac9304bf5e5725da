"""The pose pictures as data: a small jointed figure, its key poses, and how it moves.

Each stretch has a few key poses in ``assets/poses.toml``: the angle of every
body segment, in degrees counter-clockwise from pointing right. A picture is
the figure at one moment: key poses are blended angle by angle (so limbs keep
their length), then placed so one joint stays put and the body rests on the
floor. The Qt layer only paints the bones this module returns.

Two views: ``side`` (the floor is a line under the figure) and ``top`` (seen
from above, lying on a mat; the working side is the upper half of the picture).
The right side of a stretch is the mirror of the left.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate

SCHEMA_VERSION = 1

# Segment lengths, in centimetres of a person about 175 cm tall.
LENGTHS: dict[str, float] = {
    "lumbar": 26.0,
    "thoracic": 28.0,
    "arm": 29.0,
    "forearm": 25.0,
    "hand": 9.0,
    "thigh": 43.0,
    "shin": 42.0,
    "foot": 13.0,
}
NECK = 8.0
HEAD_RADIUS = 11.0
SHOULDER_HALF_WIDTH = 19.0  # top view only
HIP_HALF_WIDTH = 11.0
TORSO_WIDTH = 17.0  # line widths of the side view
LIMB_WIDTH = 9.5
THIGH_WIDTH = 12.0

LIMB_SEGMENTS = ("arm", "forearm", "hand", "thigh", "shin", "foot")
SEGMENTS = (
    "lumbar",
    "thoracic",
    "head",
    *(f"{name}_{side}" for side in "ab" for name in LIMB_SEGMENTS),
)
HIGHLIGHTS = frozenset({*SEGMENTS, "glute_a", "glute_b"})
JOINTS = frozenset(
    {"pelvis", "mid", "neck", "head", "nose"}
    | {
        f"{joint}_{side}"
        for side in "ab"
        for joint in ("shoulder", "elbow", "wrist", "fingers", "hip", "knee", "ankle", "toes")
    }
)


class View(Enum):
    SIDE = "side"
    TOP = "top"


@dataclass(frozen=True, slots=True)
class Frame:
    """One key pose: an angle for every segment and a length factor for some
    (less than 1 where a limb points toward or away from the viewer)."""

    angles: Mapping[str, float]
    scales: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Pose:
    """A stretch's picture: its key poses and which of them the session shows."""

    stretch_id: str
    view: View
    anchor: str  # this joint stays in place while the figure moves
    highlight: tuple[str, ...]  # the working body parts
    frames: Mapping[str, Frame]
    start: str  # the position the get-ready demonstration starts from
    hold: tuple[str, ...]  # the stretch position; a movement alternates between several


@dataclass(frozen=True, slots=True)
class Bone:
    """A segment to paint, from ``a`` to ``b``; ``layer`` 0 is behind the body, 2 in front."""

    name: str
    a: tuple[float, float]
    b: tuple[float, float]
    width: float
    layer: int
    highlight: bool


@dataclass(frozen=True, slots=True)
class Picture:
    view: View
    bones: tuple[Bone, ...]
    head: tuple[float, float]
    head_radius: float
    nose: tuple[float, float] | None  # side view: which way the face looks
    torso: tuple[tuple[float, float], ...]  # outline of the trunk in the top view, else ()
    glutes: tuple[tuple[float, float], ...]  # centres of highlighted glutes
    joints: Mapping[str, tuple[float, float]]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) around everything painted."""
        xs: list[float] = []
        ys: list[float] = []
        for bone in self.bones:
            for x, y in (bone.a, bone.b):
                xs += [x - bone.width / 2, x + bone.width / 2]
                ys += [y - bone.width / 2, y + bone.width / 2]
        hx, hy = self.head
        xs += [hx - self.head_radius, hx + self.head_radius]
        ys += [hy - self.head_radius, hy + self.head_radius]
        return min(xs), min(ys), max(xs), max(ys)


# --- moving between key poses ----------------------------------------------------------


def blend(a: Frame, b: Frame, t: float) -> Frame:
    """The pose ``t`` of the way from ``a`` to ``b`` (0–1), each angle by its shorter turn."""
    angles = {}
    for name in SEGMENTS:
        turn = (b.angles[name] - a.angles[name] + 180.0) % 360.0 - 180.0
        angles[name] = a.angles[name] + turn * t
    scales = {
        name: a.scales.get(name, 1.0) + (b.scales.get(name, 1.0) - a.scales.get(name, 1.0)) * t
        for name in set(a.scales) | set(b.scales)
    }
    return Frame(angles, scales)


def ease(t: float) -> float:
    """Slow in, slow out."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


# Get-ready: the demonstration loop, as fractions of one loop.
DEMO_REST_AT_START = 0.15
DEMO_ARRIVE = 0.8
DEMO_LOOP_SECONDS = 4.5  # about this long; each loop ends as the lead-in does


def demonstration(pose: Pose, elapsed: float, lead_in: float) -> Frame:
    """The figure during a lead-in: from the start position into the stretch, in
    loops of about 4.5 s timed so that the last one arrives as the hold begins."""
    loops = max(1, round(lead_in / DEMO_LOOP_SECONDS)) if lead_in > 0 else 1
    length = lead_in / loops if lead_in > 0 else 1.0
    into = (elapsed % length) / length if elapsed < lead_in else 1.0
    t = ease((into - DEMO_REST_AT_START) / (DEMO_ARRIVE - DEMO_REST_AT_START))
    return blend(pose.frames[pose.start], pose.frames[pose.hold[0]], t)


def holding(pose: Pose, elapsed: float, pace_seconds: float | None) -> Frame:
    """The figure during a hold: still in the stretch, or moving in step with the pace
    (it reaches each position in the first 70% of that position's beat)."""
    if len(pose.hold) == 1 or not pace_seconds:
        return pose.frames[pose.hold[0]]
    beat = int(elapsed // pace_seconds)
    into = (elapsed - beat * pace_seconds) / pace_seconds
    here = pose.frames[pose.hold[beat % len(pose.hold)]]
    if beat == 0:
        return here
    before = pose.frames[pose.hold[(beat - 1) % len(pose.hold)]]
    return blend(before, here, ease(into / 0.7))


# --- from angles to a picture ----------------------------------------------------------


def _toward(origin: tuple[float, float], degrees: float, length: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)


def picture(pose: Pose, frame: Frame, *, mirrored: bool = False) -> Picture:
    """Place the figure: forward kinematics from the pelvis, then the anchor joint at
    x = 0 and (side view) the lowest point on the floor, y = 0."""
    angle, scale = frame.angles, frame.scales

    def length(segment: str, side: str = "") -> float:
        key = f"{segment}_{side}" if side else segment
        return LENGTHS[segment] * scale.get(key, 1.0)

    top = pose.view is View.TOP
    joints: dict[str, tuple[float, float]] = {"pelvis": (0.0, 0.0)}
    joints["mid"] = _toward(joints["pelvis"], angle["lumbar"], length("lumbar"))
    joints["neck"] = _toward(joints["mid"], angle["thoracic"], length("thoracic"))
    joints["head"] = _toward(joints["neck"], angle["head"], NECK + HEAD_RADIUS)
    # The face is a quarter turn clockwise of the head's direction in every pose as
    # drawn (facing right on hands and knees, face up lying head-left, ...).
    joints["nose"] = _toward(joints["head"], angle["head"] - 90.0, HEAD_RADIUS)
    for side, sign in (("a", 1.0), ("b", -1.0)):
        shoulder, hip = joints["neck"], joints["pelvis"]
        if top:  # the working side (a) is to the figure's left: up when the head points left
            shoulder = _toward(shoulder, angle["thoracic"] - 90.0, sign * SHOULDER_HALF_WIDTH)
            hip = _toward(hip, angle["lumbar"] - 90.0, sign * HIP_HALF_WIDTH)
        joints[f"shoulder_{side}"] = shoulder
        chain = [("elbow", "arm"), ("wrist", "forearm"), ("fingers", "hand")]
        here = shoulder
        for joint, segment in chain:
            here = _toward(here, angle[f"{segment}_{side}"], length(segment, side))
            joints[f"{joint}_{side}"] = here
        joints[f"hip_{side}"] = hip
        here = hip
        for joint, segment in [("knee", "thigh"), ("ankle", "shin"), ("toes", "foot")]:
            here = _toward(here, angle[f"{segment}_{side}"], length(segment, side))
            joints[f"{joint}_{side}"] = here

    if mirrored:  # across the vertical in the side view, across the body's axis from above
        joints = {k: ((-x, y) if not top else (x, -y)) for k, (x, y) in joints.items()}

    bones = _bones(pose, joints)
    ax, _ = joints[pose.anchor]
    dx = -ax
    dy = 0.0
    if not top:
        lowest = min(
            [min(b.a[1], b.b[1]) - b.width / 2 for b in bones] + [joints["head"][1] - HEAD_RADIUS]
        )
        dy = -lowest

    def moved(p: tuple[float, float]) -> tuple[float, float]:
        return p[0] + dx, p[1] + dy

    joints = {k: moved(p) for k, p in joints.items()}
    bones = [Bone(b.name, moved(b.a), moved(b.b), b.width, b.layer, b.highlight) for b in bones]
    torso: tuple[tuple[float, float], ...] = ()
    if top:
        torso = tuple(joints[j] for j in ("shoulder_a", "shoulder_b", "hip_b", "hip_a"))
    glutes = tuple(joints[f"hip_{side}"] for side in "ab" if f"glute_{side}" in pose.highlight)
    nose = None if top else joints["nose"]
    return Picture(
        pose.view, tuple(bones), joints["head"], HEAD_RADIUS, nose, torso, glutes, joints
    )


def _bones(pose: Pose, joints: Mapping[str, tuple[float, float]]) -> list[Bone]:
    lit = set(pose.highlight)
    top = pose.view is View.TOP
    torso_width = LIMB_WIDTH if top else TORSO_WIDTH

    def limb(side: str, layer: int) -> list[Bone]:
        pairs = [
            ("arm", "shoulder", "elbow", LIMB_WIDTH),
            ("forearm", "elbow", "wrist", LIMB_WIDTH * 0.9),
            ("hand", "wrist", "fingers", LIMB_WIDTH * 0.8),
            ("thigh", "hip", "knee", THIGH_WIDTH),
            ("shin", "knee", "ankle", LIMB_WIDTH),
            ("foot", "ankle", "toes", LIMB_WIDTH * 0.8),
        ]
        return [
            Bone(
                f"{segment}_{side}",
                joints[f"{start}_{side}"],
                joints[f"{end}_{side}"],
                width,
                layer,
                f"{segment}_{side}" in lit,
            )
            for segment, start, end, width in pairs
        ]

    trunk = [
        Bone("lumbar", joints["pelvis"], joints["mid"], torso_width, 1, "lumbar" in lit),
        Bone("thoracic", joints["mid"], joints["neck"], torso_width, 1, "thoracic" in lit),
        Bone("neck", joints["neck"], joints["head"], LIMB_WIDTH, 1, "head" in lit),
    ]
    return limb("b", 0) + trunk + limb("a", 2)


# --- loading ---------------------------------------------------------------------------

_POSE_KEYS = {"stretch", "view", "anchor", "highlight", "start", "hold", "frame"}


def load_poses(path: Path) -> dict[str, Pose]:
    """Read ``poses.toml``; ContentError says what is wrong and where.

    What a person may meet (the file missing or unreadable, as in a damaged
    installation) is in the app's language; the checks of the file's contents,
    which only someone editing the bundled file can fail, are in English.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(str(path), translate("Figure", "the file does not exist")) from None
    except (OSError, UnicodeDecodeError) as exc:
        problem = translate("Figure", "the file cannot be read ({reason})")
        raise ContentError(str(path), problem.format(reason=exc)) from None
    except tomllib.TOMLDecodeError as exc:
        problem = translate("Figure", "this is not valid TOML ({detail})")
        raise ContentError(str(path), problem.format(detail=exc)) from None
    return parse_poses(data, source=str(path))


def parse_poses(data: Mapping[str, Any], *, source: str) -> dict[str, Pose]:
    if data.get("schema") != SCHEMA_VERSION:
        raise ContentError(source, f"'schema' must be {SCHEMA_VERSION}")
    poses: dict[str, Pose] = {}
    for number, table in enumerate(data.get("pose", []), start=1):
        pose = _parse_pose(table, source, f"pose {number}")
        if pose.stretch_id in poses:
            message = f"a second pose for '{pose.stretch_id}'"
            raise ContentError(source, message, context=f"pose {number}")
        poses[pose.stretch_id] = pose
    return poses


def _parse_pose(table: Any, source: str, where: str) -> Pose:
    def fail(message: str) -> ContentError:
        return ContentError(source, message, context=where)

    if not isinstance(table, dict):
        raise fail("each pose must be a [[pose]] table")
    unknown = sorted(set(table) - _POSE_KEYS)
    if unknown:
        raise fail(f"unknown key '{unknown[0]}'")
    missing = sorted(_POSE_KEYS - set(table))
    if missing:
        raise fail(f"the required key '{missing[0]}' is missing")
    stretch_id = table["stretch"]
    where = f"{where} ('{stretch_id}')"
    try:
        view = View(table["view"])
    except ValueError:
        raise fail(f'\'view\' must be "side" or "top", got {table["view"]!r}') from None
    if table["anchor"] not in JOINTS:
        raise fail(f"'anchor' must be a joint, one of {', '.join(sorted(JOINTS))}")
    highlight = table["highlight"]
    if not isinstance(highlight, list) or not set(highlight) <= HIGHLIGHTS:
        raise fail(f"'highlight' must list body parts from {', '.join(sorted(HIGHLIGHTS))}")
    raw = table["frame"]
    if not isinstance(raw, dict) or not raw:
        raise fail("'frame' must hold at least one key pose")
    frames: dict[str, Frame] = {}
    for name in raw:
        frames[name] = _frame(raw, name, [], fail)
    hold = table["hold"] if isinstance(table["hold"], list) else [table["hold"]]
    for name in [table["start"], *hold]:
        if name not in frames:
            raise fail(f"there is no key pose called {name!r}")
    return Pose(
        stretch_id, view, table["anchor"], tuple(highlight), frames, table["start"], tuple(hold)
    )


def _frame(raw: Mapping[str, Any], name: str, seen: list[str], fail: Any) -> Frame:
    """A key pose; ``like = "other"`` starts from another one, a limb segment given
    for side ``_a`` only sets its ``_b`` twin too, and ``scale`` shortens segments
    seen end-on."""
    if name in seen:
        raise fail(f"the key poses {' → '.join([*seen, name])} are built on each other in a circle")
    table = raw.get(name)
    if not isinstance(table, dict):
        raise fail(f"there is no key pose called {name!r}")
    angles: dict[str, float] = {}
    scales: dict[str, float] = {}
    if "like" in table:
        base = _frame(raw, table["like"], [*seen, name], fail)
        angles.update(base.angles)
        scales.update(base.scales)
    for key, value in table.items():
        if key in ("like", "scale"):
            continue
        if key not in SEGMENTS:
            raise fail(f"key pose {name!r}: unknown segment '{key}'")
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise fail(f"key pose {name!r}: '{key}' must be an angle in degrees, got {value!r}")
        angles[key] = float(value)
    for key, value in table.items():
        twin = key[:-2] + "_b"
        if key.endswith("_a") and twin not in table:
            angles[twin] = float(value)
    scales.update(_scales(table.get("scale", {}), name, fail))
    absent = [s for s in SEGMENTS if math.isnan(angles.get(s, math.nan))]
    if absent:
        raise fail(f"key pose {name!r} has no angle for '{absent[0]}'")
    return Frame(angles, scales)


def _scales(given: object, name: str, fail: Any) -> dict[str, float]:
    if not isinstance(given, dict):
        raise fail(f"key pose {name!r}: 'scale' must be a table of segment = factor")
    for key, value in given.items():
        if key not in SEGMENTS or not isinstance(value, int | float) or not 0 < value <= 1:
            raise fail(f"key pose {name!r}: scale '{key}' must be a segment and 0 < factor ≤ 1")
    return {key: float(value) for key, value in given.items()}
