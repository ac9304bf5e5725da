"""The routine as a plan people (``--print-routine``) and machines (``--json``) read."""

from __future__ import annotations

import json
from typing import Any

from backspasm_gui.core.routine import Kind, Routine
from backspasm_gui.core.session import Session
from backspasm_gui.core.timefmt import duration


def session_seconds(
    routine: Routine, *, lead_in: float = 5.0, switch_lead_in: float = 3.0
) -> float:
    """How long the whole session takes, lead-ins included, if nothing is skipped."""
    session = Session(routine, lambda: 0.0, lead_in=lead_in, switch_lead_in=switch_lead_in)
    return session.view().session_remaining


def plan_data(
    routine: Routine, *, lead_in: float = 5.0, switch_lead_in: float = 3.0
) -> dict[str, Any]:
    return {
        "title": routine.title,
        "introduction": routine.introduction,
        "hold_seconds": routine.hold_seconds,
        "lead_in_seconds": lead_in,
        "switch_lead_in_seconds": switch_lead_in,
        "session_seconds": session_seconds(routine, lead_in=lead_in, switch_lead_in=switch_lead_in),
        "holds": [
            {
                "hold": number,
                "stretch_number": step.stretch_number,
                "stretch_id": step.stretch.id,
                "stretch": step.stretch.name,
                "side": step.side.value if step.side else None,
                "kind": step.stretch.kind.value,
                "seconds": step.seconds,
                "objective": step.stretch.objective,
                "instructions": list(step.stretch.instructions),
                "timing": step.stretch.timing,
            }
            for number, step in enumerate(routine.steps, start=1)
        ],
    }


def plan_json(routine: Routine, *, lead_in: float = 5.0, switch_lead_in: float = 3.0) -> str:
    data = plan_data(routine, lead_in=lead_in, switch_lead_in=switch_lead_in)
    return json.dumps(data, indent=2, ensure_ascii=False)


def plan_text(routine: Routine, *, lead_in: float = 5.0, switch_lead_in: float = 3.0) -> str:
    total = session_seconds(routine, lead_in=lead_in, switch_lead_in=switch_lead_in)
    lines = [
        routine.title,
        f"{len(routine.steps)} holds, {duration(routine.hold_seconds)} of stretching "
        f"({duration(total)} with the lead-ins)",
    ]
    if routine.introduction:
        lines += ["", routine.introduction]
    width = len(str(len(routine.steps)))
    for number, step in enumerate(routine.steps, start=1):
        stretch = step.stretch
        what = "keep moving" if stretch.kind is Kind.MOVEMENT else "hold"
        side = f" · {step.side.label}" if step.side else ""
        pad = " " * (width + 2)
        lines += [
            "",
            f"{number:>{width}}. {stretch.name}{side} — {what}, {stretch.seconds} s",
            f"{pad}Objective: {stretch.objective}",
            *(f"{pad}{i}. {text}" for i, text in enumerate(stretch.instructions, start=1)),
            f"{pad}{stretch.timing}",
        ]
    return "\n".join(lines)
