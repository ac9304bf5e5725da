"""The stretches' demonstrations as data: per stretch a camera, the worked body
parts, a few key poses of the 3D body (``core.body``'s joint angles) and the
handout's steps, read from ``assets/poses.toml``. Each step is one of the
stretch's instruction sentences and the key poses the body moves through while
it is said. How the body moves between key poses is ``core.staging``.

Key poses show the figure's left side; the right side is their exact mirror.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backspasm_gui.core.body import BY_NAME, EXPORTED, KINDS, PARTS, Posture, Vec
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate

SCHEMA_VERSION = 2

# The chains IK can move: root, middle and tip joint, and the end beyond the tip.
CHAINS: dict[str, tuple[str, str, str, str]] = {
    f"{limb}_{side}": (
        (f"shoulder_{side}", f"elbow_{side}", f"wrist_{side}", f"hand_{side}")
        if limb == "arm"
        else (f"hip_{side}", f"knee_{side}", f"ankle_{side}", f"toe_{side}")
    )
    for limb in ("arm", "leg")
    for side in ("left", "right")
}
_LIMB_KINDS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
ROOT_KEYS = ("pitch", "roll", "yaw", "turn")


@dataclass(frozen=True, slots=True)
class Camera:
    """Where the picture is seen from: ``yaw`` turns around the figure (0 looks at its
    left side when it lies along z), ``pitch`` looks down from above (90 = straight down)."""

    yaw: float
    pitch: float


@dataclass(frozen=True, slots=True)
class Reach:
    """An arm's or leg's tip held on the body: ``along`` of the way from ``a`` to ``b``."""

    a: str
    b: str
    along: float


@dataclass(frozen=True, slots=True)
class KeyPose:
    name: str
    posture: Posture
    plant: frozenset[str]  # chains whose tip stays where it was put down
    reach: Mapping[str, Reach]  # chains whose tip holds a point of the body
    rest: tuple[str, ...]  # joints that rest on the floor
    pelvis: Vec | None = None  # where the pelvis is, if the key pose says
    goal: Mapping[str, tuple[Vec, Vec]] = field(default_factory=dict)  # chain: (mid, tip)


@dataclass(frozen=True, slots=True)
class DemoStep:
    """One step of the handout: an instruction sentence (``words``, 0-based index into
    the stretch's instructions) and the key poses the body moves through meanwhile."""

    words: int
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Demonstration:
    stretch_id: str
    camera: Camera
    highlight: frozenset[str]
    anchor: tuple[str, ...]  # joints whose place on the floor stays put
    keys: Mapping[str, KeyPose]
    steps: tuple[DemoStep, ...]  # the first is the start position
    hold: tuple[str, ...]  # the stretch; a movement cycles through several
    marker: str = ""  # a joint of the working limb, labelled with the side on screen

    @property
    def start(self) -> str:
        return self.steps[0].keys[-1]


# --- loading ----------------------------------------------------------------------------

_KEYS = {"stretch", "camera", "highlight", "anchor", "steps", "hold", "key"}
_OPTIONAL = {"marker"}


def load_demonstrations(path: Path) -> dict[str, Demonstration]:
    """Read ``poses.toml``; ContentError says what is wrong and where.

    What a person may meet (the file missing or unreadable, as in a damaged
    installation, or left from an older version) is in the app's language; the checks
    of the file's contents, which only someone editing it can fail, are in English.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(str(path), translate("Figure", "the file does not exist")) from None
    except (OSError, UnicodeDecodeError) as exc:
        problem = translate("Figure", "the file cannot be read ({reason})")
        raise ContentError(str(path), problem.format(reason=exc)) from None
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        problem = translate("Figure", "this is not valid TOML ({detail})")
        raise ContentError(str(path), problem.format(detail=exc)) from None
    return parse_demonstrations(data, source=str(path))


def parse_demonstrations(data: Mapping[str, Any], *, source: str) -> dict[str, Demonstration]:
    schema = data.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema < SCHEMA_VERSION:
        problem = translate(
            "Figure",
            "this file is from an older version (schema {old}); this one reads schema {new}",
        )
        raise ContentError(source, problem.format(old=schema, new=SCHEMA_VERSION))
    if schema != SCHEMA_VERSION:
        raise ContentError(source, f"'schema' must be {SCHEMA_VERSION}")
    found: dict[str, Demonstration] = {}
    tables = data.get("pose", [])
    if not isinstance(tables, list):
        raise ContentError(source, "'pose' must be a list of [[pose]] tables")
    for number, table in enumerate(tables, start=1):
        demo = _parse(table, source, f"pose {number}")
        if demo.stretch_id in found:
            raise ContentError(
                source, f"a second pose for '{demo.stretch_id}'", context=f"pose {number}"
            )
        found[demo.stretch_id] = demo
    return found


def _parse(table: Any, source: str, where: str) -> Demonstration:
    def fail(message: str) -> ContentError:
        return ContentError(source, message, context=where)

    if not isinstance(table, dict):
        raise fail("each pose must be a [[pose]] table")
    unknown = sorted(set(table) - _KEYS - _OPTIONAL)
    if unknown:
        raise fail(f"unknown key '{unknown[0]}'")
    missing = sorted(_KEYS - set(table))
    if missing:
        raise fail(f"the required key '{missing[0]}' is missing")
    stretch_id = table["stretch"]
    if not isinstance(stretch_id, str):
        raise fail("'stretch' must be the id of a stretch")
    where = f"{where} ('{stretch_id}')"
    camera = table["camera"]
    if (
        not isinstance(camera, dict)
        or set(camera) != {"yaw", "pitch"}
        or not all(_number(v) for v in camera.values())
    ):
        raise fail("'camera' must be { yaw = degrees, pitch = degrees }")
    highlight = table["highlight"]
    if not isinstance(highlight, list) or not set(highlight) <= PARTS:
        raise fail(f"'highlight' must list body parts from {', '.join(sorted(PARTS))}")
    anchor = table["anchor"]
    anchor = [anchor] if isinstance(anchor, str) else anchor
    joints = _joint_names()
    if not isinstance(anchor, list) or not anchor or not set(anchor) <= joints:
        raise fail("'anchor' must name one or more joints")
    raw = table["key"]
    if not isinstance(raw, dict) or not raw:
        raise fail("'key' must hold at least one key pose")
    keys = {name: _key(raw, name, [], fail) for name in raw}
    steps = _steps(table["steps"], keys, fail)
    hold = table["hold"] if isinstance(table["hold"], list) else [table["hold"]]
    for name in hold:
        if name not in keys:
            raise fail(f"there is no key pose called {name!r}")
    marker = table.get("marker", "")
    if marker and marker not in joints:
        raise fail("'marker' must name a joint of the working limb")
    return Demonstration(
        stretch_id,
        Camera(float(camera["yaw"]), float(camera["pitch"])),
        frozenset(highlight),
        tuple(anchor),
        keys,
        steps,
        tuple(hold),
        marker,
    )


def _joint_names() -> frozenset[str]:
    return frozenset(EXPORTED)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _steps(raw: Any, keys: Mapping[str, KeyPose], fail: Any) -> tuple[DemoStep, ...]:
    if not isinstance(raw, list) or not raw:
        raise fail("'steps' must list the handout's steps, the start position first")
    steps = []
    for number, step in enumerate(raw, start=1):
        if not isinstance(step, dict) or set(step) != {"words", "to"}:
            raise fail(f"step {number} must be {{ words = sentence number, to = key pose(s) }}")
        words, to = step["words"], step["to"]
        to = [to] if isinstance(to, str) else to
        if not isinstance(words, int) or isinstance(words, bool) or words < 1:
            raise fail(f"step {number}: 'words' must be the number of an instruction (1, 2…)")
        if not isinstance(to, list) or not to or any(k not in keys for k in to):
            raise fail(f"step {number}: 'to' must name key poses of this stretch")
        steps.append(DemoStep(words - 1, tuple(to)))
    return tuple(steps)


@dataclass(slots=True)
class _Draft:
    """A key pose while it is read: what ``like`` gave, then its own entries."""

    angles: dict[str, dict[str, float]] = field(default_factory=dict)
    root: dict[str, float] = field(default_factory=dict)
    plant: set[str] = field(default_factory=set)
    reach: dict[str, Reach] = field(default_factory=dict)
    rest: tuple[str, ...] = ()
    pelvis: Vec | None = None
    goal: dict[str, tuple[Vec, Vec]] = field(default_factory=dict)


def _key(raw: Mapping[str, Any], name: str, seen: list[str], fail: Any) -> KeyPose:
    """A key pose; ``like = "other"`` starts from another one, and a joint named
    without a side (``knee``) sets both sides."""
    if name in seen:
        raise fail(f"the key poses {' → '.join([*seen, name])} are built on each other in a circle")
    table = raw.get(name)
    if not isinstance(table, dict):
        raise fail(f"there is no key pose called {name!r}")
    draft = _Draft()
    if "like" in table:
        base = _key(raw, table["like"], [*seen, name], fail)
        draft = _Draft(
            {k: dict(v) for k, v in base.posture.angles.items()},
            dict(base.posture.root),
            set(base.plant),
            dict(base.reach),
            base.rest,
            base.pelvis,
            dict(base.goal),
        )
    both = [k for k in table if k in _LIMB_KINDS]
    for key in [*both, *(k for k in table if k not in both)]:  # one side overrides both
        if key != "like":
            _read_entry(draft, key, table[key], f"key pose {name!r}", fail)
    return KeyPose(
        name,
        Posture(draft.angles, draft.root),
        frozenset(draft.plant),
        draft.reach,
        draft.rest,
        draft.pelvis,
        draft.goal,
    )


def _read_entry(draft: _Draft, key: str, value: Any, where: str, fail: Any) -> None:
    if key == "root":
        draft.root.update(_angles(value, ROOT_KEYS, f"{where}: root", fail))
    elif key == "plant":
        if not isinstance(value, list) or not set(value) <= set(CHAINS):
            raise fail(f"{where}: 'plant' must list chains from {sorted(CHAINS)}")
        draft.plant = set(value)
    elif key == "reach":
        draft.reach = _reach(value, where, fail)
    elif key == "pelvis":
        draft.pelvis = _point(value, f"{where}: 'pelvis'", fail)
    elif key == "goal":
        draft.goal = _goal(value, where, fail)
    elif key == "rest":
        if not isinstance(value, list) or not set(value) <= _joint_names():
            raise fail(f"{where}: 'rest' must list joints on the floor")
        draft.rest = tuple(value)
    elif key in _LIMB_KINDS:
        allowed = [d.name for d in KINDS[key]]
        given = _angles(value, allowed, f"{where}: {key}", fail)
        for side in ("left", "right"):
            draft.angles.setdefault(f"{key}_{side}", {}).update(given)
    elif key in BY_NAME:
        allowed = [d.name for d in KINDS[BY_NAME[key].kind]]
        draft.angles.setdefault(key, {}).update(_angles(value, allowed, f"{where}: {key}", fail))
    else:
        raise fail(f"{where}: unknown joint '{key}'")


def _angles(value: Any, allowed: Sequence[str], where: str, fail: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise fail(f"{where} must be a table of angles, e.g. {{ {allowed[0]} = 30 }}")
    for dof, degrees in value.items():
        if dof not in allowed:
            raise fail(f"{where}: '{dof}' is not one of {', '.join(allowed)}")
        if not _number(degrees):
            raise fail(f"{where}: '{dof}' must be an angle in degrees, got {degrees!r}")
    return {dof: float(degrees) for dof, degrees in value.items()}


def _point(value: Any, where: str, fail: Any) -> Vec:
    if not isinstance(value, list) or len(value) != 3 or not all(_number(v) for v in value):
        raise fail(f"{where} must be a point [x, y, z] in metres")
    return float(value[0]), float(value[1]), float(value[2])


def _goal(value: Any, key_pose: str, fail: Any) -> dict[str, tuple[Vec, Vec]]:
    where = f"{key_pose}: 'goal'"
    if not isinstance(value, dict):
        raise fail(f"{where} must be {{ chain = [[knee or elbow], [ankle or wrist]] }}")
    out = {}
    for chain, spec in value.items():
        if chain not in CHAINS or not isinstance(spec, list) or len(spec) != 2:
            raise fail(f"{where}: '{chain}' must be a chain and two points")
        out[chain] = (_point(spec[0], where, fail), _point(spec[1], where, fail))
    return out


def _reach(value: Any, where: str, fail: Any) -> dict[str, Reach]:
    if not isinstance(value, dict):
        raise fail(f"{where}: 'reach' must be {{ chain = [joint, joint, share] }}")
    joints = _joint_names()
    out = {}
    for chain, spec in value.items():
        ok = (
            chain in CHAINS
            and isinstance(spec, list)
            and len(spec) == 3
            and spec[0] in joints
            and spec[1] in joints
            and _number(spec[2])
        )
        if not ok:
            raise fail(f"{where}: reach '{chain}' must be [joint, joint, share]")
        out[chain] = Reach(spec[0], spec[1], float(spec[2]))
    return out
