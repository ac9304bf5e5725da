"""--print-routine's plan, for people and for machines."""

from __future__ import annotations

import json

from backspasm_gui.core.plan import plan_json, plan_text, session_seconds
from backspasm_gui.core.routine import Routine


def test_the_session_lasts_377_seconds_with_the_lead_ins(routine: Routine) -> None:
    assert session_seconds(routine) == 377.0  # 330 s held, 7 x 5 s and 4 x 3 s lead-ins


def test_the_text_plan_lists_every_hold_in_order_with_its_side(routine: Routine) -> None:
    text = plan_text(routine)
    assert "11 holds, 5 min 30 s of stretching (6 min 17 s with the lead-ins)" in text
    order = [
        " 1. Cat Cow — keep moving, 30 s",
        " 3. Knee to Chest · Left side — hold, 30 s",
        " 4. Knee to Chest · Right side — hold, 30 s",
        "11. Child's Pose — hold, 30 s",
    ]
    positions = [text.index(line) for line in order]
    assert positions == sorted(positions)
    assert "Let your forehead rest on the ground and relax." in text


def test_the_json_plan_keeps_every_instruction_exactly(routine: Routine) -> None:
    data = json.loads(plan_json(routine))
    assert len(data["holds"]) == 11
    assert data["hold_seconds"] == 330
    assert [h["side"] for h in data["holds"][2:4]] == ["left", "right"]
    for hold, step in zip(data["holds"], routine.steps, strict=True):
        assert hold["instructions"] == list(step.stretch.instructions)
        assert hold["objective"] == step.stretch.objective
