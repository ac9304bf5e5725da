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


# Three one-second holds: a whole session in a few seconds, for the real-app tests.
SHORT_ROUTINE = """
schema = 1
title = "Short"

[[stretch]]
id = "back-extension"
name = "Back Extension"
kind = "hold"
objective = "stretch and strengthen the lower back muscles"
instructions = ["Lie face down with your hands under your shoulders."]
seconds = 1

[[stretch]]
id = "knee-to-chest"
name = "Knee to Chest"
kind = "hold"
objective = "Stretch the lower back and hips."
instructions = ["Lie on your back, pull one knee toward your chest."]
seconds = 1
sides = ["left", "right"]
"""
