"""How a demonstration's body moves: key poses blended angle by angle (so bones
keep their length), the body set on the floor with its anchor (the knees on
hands and knees, say) where it was, planted hands kept where they were put
down and knees and feet brought to their marks by two-bone IK; and when, in a
get-ready or a hold, the body is where.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backspasm_gui.core.body import (
    EXPORTED,
    HEAD_RADIUS,
    SEGMENTS,
    Posture,
    Vec,
    add,
    cross,
    dot,
    forward,
    lerp,
    mul,
    norm,
    other_side,
    sub,
    two_bone,
    unit,
)
from backspasm_gui.core.poses import CHAINS, ROOT_KEYS, Demonstration, Reach
from backspasm_gui.core.script import Script

# --- blending and placing --------------------------------------------------------------


def blend(a: Posture, b: Posture, t: float) -> Posture:
    """``t`` of the way from ``a`` to ``b`` (0-1), every angle in proportion."""
    angles: dict[str, dict[str, float]] = {}
    for name in set(a.angles) | set(b.angles):
        one, two = a.angles.get(name, {}), b.angles.get(name, {})
        angles[name] = {
            dof: one.get(dof, 0.0) + (two.get(dof, 0.0) - one.get(dof, 0.0)) * t
            for dof in set(one) | set(two)
        }
    root = {
        k: a.root.get(k, 0.0) + (b.root.get(k, 0.0) - a.root.get(k, 0.0)) * t for k in ROOT_KEYS
    }
    return Posture(angles, root)


def ease(t: float) -> float:
    """Slow in, slow out."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def _pole(points: Mapping[str, Vec], chain: str) -> Vec:
    """The way the limb bends now: IK keeps an elbow or a knee pointing that way."""
    root, mid, tip, _end = CHAINS[chain]
    straight = lerp(points[root], points[tip], 0.5)
    bend = sub(points[mid], straight)
    if norm(bend) > 1e-4:
        return bend
    # Straight: an elbow folds back toward the hips, a knee forward over the toes.
    if chain.startswith("arm"):
        side = chain.split("_")[1]
        return sub(points[f"hip_{side}"], points[f"shoulder_{side}"])
    return sub(points[tip], points[f"toe_{chain.split('_')[1]}"])


def _solve(
    points: dict[str, Vec], chain: str, target: Vec, flat: bool, pole: Vec | None = None
) -> None:
    """Move a chain so its tip is at ``target``; the end (hand, toes) turns with the
    forearm or shin, so a foot keeps its angle at the ankle, or lies flat along the
    floor for a planted hand."""
    root, mid, tip, end = CHAINS[chain]
    direction = sub(points[end], points[tip])
    length = norm(direction)
    bend = pole if pole is not None else _pole(points, chain)
    new_mid, new_tip = two_bone(points[root], points[mid], points[tip], target, bend)
    direction = turned(direction, sub(points[tip], points[mid]), sub(new_tip, new_mid))
    if flat:
        direction = (direction[0], 0.0, direction[2])
    points[mid], points[tip] = new_mid, new_tip
    points[end] = add(new_tip, mul(unit(direction), length))
    if points[end][1] < RADII[end]:  # a foot or hand that would go into the floor lies on it
        direction = (direction[0], min(0.0, RADII[end] - new_tip[1]), direction[2])
        points[end] = add(new_tip, mul(unit(direction), length))


def turned(v: Vec, before: Vec, after: Vec) -> Vec:
    """``v`` turned by the least rotation that takes direction ``before`` to ``after``
    (Rodrigues' formula)."""
    a, b = unit(before), unit(after)
    axis = cross(a, b)
    sine, cosine = norm(axis), dot(a, b)
    if sine < 1e-9:
        return v if cosine > 0 else mul(v, -1.0)
    k = mul(axis, 1.0 / sine)
    return add(add(mul(v, cosine), mul(cross(k, v), sine)), mul(k, dot(k, v) * (1.0 - cosine)))


def _reach_target(points: Mapping[str, Vec], chain: str, reach: Reach) -> Vec:
    """A point on the body's surface, on the side the limb comes from."""
    on_axis = lerp(points[reach.a], points[reach.b], reach.along)
    axis = unit(sub(points[reach.b], points[reach.a]))
    towards = sub(points[CHAINS[chain][0]], on_axis)
    off = sub(towards, mul(axis, sum(t * x for t, x in zip(towards, axis, strict=True))))
    return add(on_axis, mul(unit(off), 0.085))


def _joint_radii() -> dict[str, float]:
    radii: dict[str, float] = {"head": HEAD_RADIUS, "forehead": 0.012, "nose": 0.01}
    for segment in SEGMENTS:
        for joint, r in ((segment.a, segment.radius), (segment.b, segment.radius_b)):
            radii[joint] = max(radii.get(joint, 0.0), r)
    return radii


RADII = _joint_radii()


def lowest(points: Mapping[str, Vec], skip: frozenset[str] = frozenset()) -> float:
    """The height of the body's lowest surface point (capsules and the head)."""
    heights = [points["head"][1] - HEAD_RADIUS]
    for segment in SEGMENTS:
        if segment.part in skip:
            continue
        heights.append(points[segment.a][1] - segment.radius)
        heights.append(points[segment.b][1] - segment.radius_b)
    return min(heights)


_CHAIN_PARTS = {
    chain: frozenset(
        {
            "upper_arm" if chain.startswith("arm") else "thigh",
            "forearm" if chain.startswith("arm") else "shin",
            "hand" if chain.startswith("arm") else "foot",
        }
    )
    for chain in CHAINS
}


def _parts_of(chains: frozenset[str]) -> frozenset[str]:
    return frozenset(
        f"{part}_{chain.split('_')[1]}" for chain in chains for part in _CHAIN_PARTS[chain]
    )


def place(
    posture: Posture,
    *,
    anchor: Sequence[str],
    at: tuple[float, float],
    reach: Mapping[str, tuple[Reach, float]],
    rest: Sequence[tuple[Sequence[str], float]],
    planted: Mapping[str, Vec],
    pelvis: Vec | None = None,
    goals: Mapping[str, tuple[Vec, Vec, float]] | None = None,
) -> dict[str, Vec]:
    """The body in the world: held limbs on their points, the anchor at ``at`` (x, z),
    the joints that ``rest`` on the floor on it (a blend of two sets of them, each
    with its weight), and planted tips where they were put down. Nothing goes under
    the floor: if a part would, the body is lifted off it instead."""
    points, _frames = forward(posture)
    for chain, (where, weight) in reach.items():  # weight: how far the hand has got there
        tip = points[CHAINS[chain][2]]
        _solve(points, chain, lerp(tip, _reach_target(points, chain, where), weight), flat=False)
    ax = sum(points[j][0] for j in anchor) / len(anchor)
    az = sum(points[j][2] for j in anchor) / len(anchor)
    skip = _parts_of(frozenset(planted) | frozenset(goals or {}))
    lift = 0.0
    for joints, weight in rest:
        if joints:
            lift -= weight * sum(points[j][1] - RADII[j] for j in joints) / len(joints)
        else:
            lift -= weight * lowest(points, skip)
    lift = max(lift, -lowest(points, skip))
    shift = (at[0] - ax, lift, at[1] - az)
    if pelvis is not None:
        shift = sub(pelvis, points["pelvis"])
    placed = {name: add(p, shift) for name, p in points.items()}
    for chain, target in planted.items():
        _solve(placed, chain, target, flat=chain.startswith("arm"))
    for chain, (mid, tip, weight) in (goals or {}).items():
        root, middle, end, _ = CHAINS[chain]
        target = lerp(placed[end], tip, weight)
        bend = sub(lerp(placed[middle], mid, weight), placed[root])
        for _try in range(8):  # a knee that would go through the floor lifts the foot
            trial = dict(placed)
            _solve(trial, chain, target, flat=False, pole=bend)
            under = RADII[middle] - trial[middle][1]
            if under <= 0.005:
                break
            target = (target[0], target[1] + under * 1.5, target[2])
        placed.update(trial)
    return placed


def mirrored(points: Mapping[str, Vec]) -> dict[str, Vec]:
    """The same body done with the other side: x negated, left and right swapped."""
    return {other_side(name): (-x, y, z) for name, (x, y, z) in points.items()}


# --- the demonstration in time ---------------------------------------------------------

MOVE_SHARE = 0.9  # of each move's time, moving; the rest is still in its position
MIN_WAY = 0.15  # metres: even a small move gets the time of this much
STEP_HEIGHT = 0.12  # metres: how high a knee or foot is lifted to be put down elsewhere
BREATH_SECONDS = 5.0
BREATH_DEGREES = 2.5


@dataclass(frozen=True, slots=True)
class Moment:
    """What the figure does at one moment: ``t`` of the way from key ``a`` to key ``b``,
    while the handout's step ``step`` is shown."""

    a: str
    b: str
    t: float
    step: int
    phase: str  # "start", "move" or "hold"
    breath: float = 0.0  # -1..1, the hold's slight breathing


class Stager:
    """Places a stretch's key poses once, then any moment between them."""

    def __init__(self, demo: Demonstration) -> None:
        self.demo = demo
        self._path = [demo.start] + [k for s in demo.steps[1:] for k in s.keys]
        self._planted: dict[str, dict[str, Vec]] = {}
        self._pelvis: dict[str, Vec] = {}
        self._at = (0.0, 0.0)
        previous: dict[str, Vec] = {}
        for name in dict.fromkeys([*self._path, *demo.hold, *demo.keys]):
            key = demo.keys[name]
            kept = {c: previous[c] for c in key.plant if c in previous}
            placed = place(
                key.posture,
                anchor=demo.anchor,
                at=self._at,
                reach={c: (r, 1.0) for c, r in key.reach.items()},
                rest=[(key.rest, 1.0)],
                planted=kept,
                pelvis=key.pelvis,
            )
            self._pelvis[name] = placed["pelvis"]
            for chain in sorted(key.plant - set(kept)):  # put down on the floor here
                tip = CHAINS[chain][2]
                x, _y, z = placed[tip]
                kept[chain] = (x, RADII[tip], z)
            self._planted[name] = kept
            previous = kept
        # How far the body goes in each move of the get-ready (its furthest joint): a
        # long way gets more of the time, so nothing moves faster than it must.
        self._spans: list[float] = []
        before = self.key(demo.start)
        for key_name in self._path[1:]:
            after = self.key(key_name)
            way = max(norm(sub(after[j], before[j])) for j in EXPORTED)
            self._spans.append(max(MIN_WAY, way))
            before = after
        # Where each step's moves begin in the path (the start position makes none).
        self._first_move = [0, 0]
        for step in demo.steps[1:-1]:
            self._first_move.append(self._first_move[-1] + len(step.keys))

    def key(self, name: str) -> dict[str, Vec]:
        return self.points(Moment(name, name, 0.0, 0, "hold"))

    def points(self, moment: Moment) -> dict[str, Vec]:
        a, b = self.demo.keys[moment.a], self.demo.keys[moment.b]
        posture = blend(a.posture, b.posture, moment.t)
        if moment.breath:
            posture = _breathing(posture, moment.breath)
        # A tip held in both keys stays put; reached only at the end, it arrives there.
        planted = {c: p for c, p in self._planted[moment.b].items() if c in self._planted[moment.a]}
        reach = {c: (r, 1.0 - moment.t) for c, r in a.reach.items()}
        for chain, where in b.reach.items():
            reach[chain] = (where, moment.t if chain not in a.reach else 1.0)
        goals: dict[str, tuple[Vec, Vec, float]] = {}
        for chain, (mid, tip) in a.goal.items():
            if chain in b.goal:
                mid2, tip2 = b.goal[chain]
                # A knee or foot put down somewhere else is lifted on its way there.
                way = max(norm(sub(mid2, mid)), norm(sub(tip2, tip)))
                arc = (0.0, min(STEP_HEIGHT, way / 3) * 4 * moment.t * (1 - moment.t), 0.0)
                goals[chain] = (
                    add(lerp(mid, mid2, moment.t), arc),
                    add(lerp(tip, tip2, moment.t), arc),
                    1.0,
                )
            else:
                goals[chain] = (mid, tip, 1.0 - moment.t)
        for chain, (mid, tip) in b.goal.items():
            goals.setdefault(chain, (mid, tip, moment.t))
        pelvis = None
        if a.pelvis is not None or b.pelvis is not None:
            pelvis = lerp(self._pelvis[a.name], self._pelvis[b.name], moment.t)
        return place(
            posture,
            anchor=self.demo.anchor,
            at=self._at,
            reach=reach,
            rest=[(a.rest, 1.0 - moment.t), (b.rest, moment.t)],
            planted=planted,
            pelvis=pelvis,
            goals=goals,
        )

    # -- timing --

    def demonstration(self, elapsed: float, script: Script) -> Moment:
        """The get-ready: the start position, then each step of the handout in the
        time ``script`` gives it, so the figure moves as its words are said. A step of
        several moves gives each its share by how far the body goes."""
        steps = self.demo.steps
        i = min(script.step_at(elapsed), len(steps) - 1)
        start = self.demo.start
        if i == 0 or len(script.steps) <= i:
            return Moment(start, start, 0.0, 0, "start")
        begin, end = script.steps[i]
        first = self._first_move[i]
        spans = self._spans[first : first + len(steps[i].keys)]
        into = min(1.0, max(0.0, (elapsed - begin) / (end - begin))) * sum(spans)
        k = 0
        while k < len(spans) - 1 and into >= spans[k]:
            into -= spans[k]
            k += 1
        before, key = self._path[first + k], self._path[first + k + 1]
        # Each move takes most of its share, then rests a moment in the position reached.
        return Moment(before, key, ease(min(1.0, into / spans[k] / MOVE_SHARE)), i, "move")

    def holding(self, elapsed: float, pace: float | None) -> Moment:
        """The hold: still in the stretch, breathing slightly; a movement goes from each
        of its positions to the next in step with its pace."""
        last = len(self.demo.steps) - 1
        breath = math.sin(2 * math.pi * elapsed / BREATH_SECONDS)
        hold = self.demo.hold
        if len(hold) == 1 or not pace:
            return Moment(hold[0], hold[0], 0.0, last, "hold", breath)
        beat = int(elapsed // pace)
        here = hold[beat % len(hold)]
        into = (elapsed - beat * pace) / pace
        if beat == 0:
            return Moment(here, here, 0.0, last, "hold")
        before = hold[(beat - 1) % len(hold)]
        t = ease(into / 0.7)
        return Moment(before, here, t, last, "hold")


def _breathing(posture: Posture, breath: float) -> Posture:
    angles = {k: dict(v) for k, v in posture.angles.items()}
    for name, share in (("upper_thorax", 1.0), ("thorax", 0.5)):
        dofs = angles.setdefault(name, {})
        dofs["flex"] = dofs.get("flex", 0.0) - BREATH_DEGREES * share * breath
    return Posture(angles, posture.root)
