"""``--export-skeleton``: every hold's demonstration as joint positions, for checks
outside the app (is the forehead on the floor in Child's Pose, is the back leg
straight in Pigeon…) and for anyone who wants to see the figure as numbers.

The shape is an interface (issue 17)::

    {"schema": 1, "units": "m", "up": "y", "floor": 0,
     "stretches": [{"id": ..., "side": "left" | "right" | null,
                    "frames": [{"t": s, "phase": "start" | "move" | "hold",
                                "label": "key pose", "joints": {name: [x, y, z]}}]}]}

Frames sample the get-ready at 10 per second, from the start position to the
hold, in the time the session gives it (its script: as long as the handout's
sentences take to say), then the hold: one full cycle of a movement, one breath of a still hold.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from backspasm_gui.core.body import EXPORTED
from backspasm_gui.core.poses import Demonstration
from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.core.script import Script, Scripts
from backspasm_gui.core.staging import BREATH_SECONDS, Moment, Stager, mirrored

FPS = 10
SCHEMA = 1


def _at_key(moment: Moment) -> str:
    """The key pose the figure is in at this moment, if it is in one."""
    if moment.t <= 0.0:
        return moment.a
    if moment.t >= 1.0:
        return moment.b
    return ""


def _frames(
    stager: Stager,
    script: Script,
    *,
    lead_in: float,
    pace: float | None,
    hold_seconds: float,
    mirror: bool,
) -> list[dict[str, Any]]:
    moments: list[tuple[float, Moment]] = []
    count = round(lead_in * FPS)
    for i in range(count):
        moments.append((i / FPS, stager.demonstration(i / FPS, script)))
    cycle = BREATH_SECONDS
    if pace and len(stager.demo.hold) > 1:
        cycle = pace * len(stager.demo.hold)
    cycle = min(cycle, hold_seconds)
    for i in range(round(cycle * FPS) + 1):
        elapsed = i / FPS
        moments.append((lead_in + elapsed, stager.holding(elapsed, pace)))
    frames = []
    previous = ""
    phase = ""
    for t, moment in moments:
        if moment.phase != phase:  # a new phase names the position it begins in
            previous, phase = "", moment.phase
        points = stager.points(moment)
        if mirror:
            points = mirrored(points)
        key = _at_key(moment)
        frame: dict[str, Any] = {"t": round(t, 3), "phase": moment.phase}
        if key and key != previous:
            frame["label"] = key
        previous = key
        frame["joints"] = {name: [round(v, 4) for v in points[name]] for name in EXPORTED}
        frames.append(frame)
    return frames


def skeleton(
    routine: Routine,
    demos: Mapping[str, Demonstration],
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
) -> dict[str, Any]:
    """One entry per hold of the routine, in order."""
    stretches = []
    stagers: dict[str, Stager] = {}
    scripts = Scripts(demos)
    steps = routine.steps
    for index, step in enumerate(steps):
        demo = demos.get(step.stretch.id)
        if demo is None:
            continue
        stager = stagers.setdefault(step.stretch.id, Stager(demo))
        switching = index > 0 and steps[index - 1].stretch.id == step.stretch.id
        script = scripts(step, switching)
        assert script is not None  # there is a demonstration
        least = switch_lead_in if switching else lead_in
        pace = step.stretch.pace.seconds if step.stretch.pace else None
        frames = _frames(
            stager,
            script,
            lead_in=max(least, script.seconds),
            pace=pace,
            hold_seconds=float(step.seconds),
            mirror=step.side is Side.RIGHT,
        )
        stretches.append(
            {
                "id": step.stretch.id,
                "side": step.side.value if step.side else None,
                "frames": frames,
            }
        )
    return {"schema": SCHEMA, "units": "m", "up": "y", "floor": 0, "stretches": stretches}


def skeleton_json(routine: Routine, demos: Mapping[str, Demonstration]) -> str:
    return json.dumps(skeleton(routine, demos), separators=(",", ":"))
