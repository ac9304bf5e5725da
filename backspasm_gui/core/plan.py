"""The routine as a plan people (``--print-routine``) and machines (``--json``) read.

The text is in the language loaded for the app (context "Plan"); the JSON's keys and
values for machines (ids, sides, kinds) stay as they are.
"""

from __future__ import annotations

import json
from typing import Any

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Kind, Routine, Step
from backspasm_gui.core.session import Scripts, Session
from backspasm_gui.core.timefmt import duration, seconds_short


def session_seconds(
    routine: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> float:
    """How long the whole session takes, lead-ins included, if nothing is skipped."""
    session = Session(
        routine, lambda: 0.0, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts
    )
    return session.view().session_remaining


def plan_data(
    routine: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> dict[str, Any]:
    return {
        "title": routine.title,
        "introduction": routine.introduction,
        "hold_seconds": routine.hold_seconds,
        "lead_in_seconds": lead_in,
        "switch_lead_in_seconds": switch_lead_in,
        "session_seconds": session_seconds(
            routine, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts
        ),
        "holds": [
            {
                "hold": number,
                "stretch_number": step.stretch_number,
                "stretch_id": step.stretch.id,
                "stretch": step.stretch.name,
                "side": step.side.value if step.side else None,
                "repetition": step.repetition,
                "repetitions": step.repetitions,
                "kind": step.stretch.kind.value,
                "seconds": step.seconds,
                "objective": step.stretch.objective,
                "instructions": list(step.stretch.instructions),
                "timing": step.stretch.timing,
            }
            for number, step in enumerate(routine.steps, start=1)
        ],
    }


def plan_json(
    routine: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> str:
    data = plan_data(routine, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts)
    return json.dumps(data, indent=2, ensure_ascii=False)


def plan_text(
    routine: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> str:
    total = session_seconds(
        routine, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts
    )
    if len(routine.steps) == 1:
        summary = translate(
            "Plan", "1 hold, {stretching} of stretching ({total} with the lead-ins)"
        )
    else:
        summary = translate(
            "Plan", "{holds} holds, {stretching} of stretching ({total} with the lead-ins)"
        )
    lines = [
        routine.title,
        summary.format(
            holds=len(routine.steps),
            stretching=duration(routine.hold_seconds),
            total=duration(total),
        ),
    ]
    if routine.introduction:
        lines += ["", routine.introduction]
    width = len(str(len(routine.steps)))
    for number, step in enumerate(routine.steps, start=1):
        stretch = step.stretch
        pad = " " * (width + 2)
        objective = translate("Plan", "Objective: {objective}").format(objective=stretch.objective)
        lines += [
            "",
            f"{number:>{width}}. {_heading(step)}",
            f"{pad}{objective}",
            *(f"{pad}{i}. {text}" for i, text in enumerate(stretch.instructions, start=1)),
            f"{pad}{stretch.timing}",
        ]
    return "\n".join(lines)


def _heading(step: Step) -> str:
    """Knee to Chest · Left side — hold, 30 s"""
    moving = step.stretch.kind is Kind.MOVEMENT
    if step.side is not None and moving:
        #: A hold in --print-routine; {side} is "Left side" or "Right side", {seconds} "30 s".
        text = translate("Plan", "{stretch} · {side} — keep moving, {seconds}")
    elif step.side is not None:
        text = translate("Plan", "{stretch} · {side} — hold, {seconds}")
    elif moving:
        text = translate("Plan", "{stretch} — keep moving, {seconds}")
    else:
        text = translate("Plan", "{stretch} — hold, {seconds}")
    side = step.side.label if step.side is not None else ""
    return text.format(stretch=step.name, side=side, seconds=seconds_short(step.seconds))
