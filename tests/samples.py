"""A small routine file of one's own, for the loader and command-line tests to spoil."""

from __future__ import annotations

HEAD = 'schema = 1\ntitle = "Mine"\n'

# Line 4 is [[stretch]]; "seconds" is on line 10 and "sides" on line 11.
STRETCH = """
[[stretch]]
id = "knee-to-chest"
name = "Knee to Chest"
kind = "hold"
objective = "Stretch the lower back and hips."
instructions = ["Lie on your back."]
seconds = 30
sides = ["left", "right"]
"""


def routine_text(stretch: str = STRETCH, head: str = HEAD) -> str:
    return head + stretch


GOOD = routine_text()
