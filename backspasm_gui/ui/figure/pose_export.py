"""``--export-poses DIR``: the demonstration as pictures, as the window shows it.

For every hold of the routine, light and dark: the picture at each step of its
get-ready (the handout's words for that step along the top) and the hold itself.
The README's gallery is made from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from backspasm_gui.core.poses import Demonstration
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.staging import Moment
from backspasm_gui.ui.figure.pose_view import PoseView
from backspasm_gui.ui.shared import theme as themes

SIZE = QSize(640, 400)


def export_poses(
    routine: Routine, demos: Mapping[str, Demonstration], directory: Path
) -> list[Path]:
    """Write the pictures; returns their paths, in order."""
    directory.mkdir(parents=True, exist_ok=True)
    view = PoseView(demos)
    written: list[Path] = []
    for number, step in enumerate(routine.steps, start=1):
        demo = demos.get(step.stretch.id)
        if demo is None:
            continue
        stem = f"{number:02d}-{step.stretch.id}" + (f"-{step.side.value}" if step.side else "")
        pictures: list[tuple[str, Moment]] = []
        for index, demo_step in enumerate(demo.steps):
            key = demo_step.keys[-1]
            if index == len(demo.steps) - 1 and key in demo.hold:
                break  # the last step arrives in the hold, pictured next
            pictures.append((f"step{index + 1}-{key}", Moment(key, key, 0.0, index, "move")))
        last = len(demo.steps) - 1
        for key in demo.hold:
            pictures.append((f"hold-{key}", Moment(key, key, 0.0, last, "hold")))
        for colours in (themes.LIGHT, themes.DARK):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                themes.install(app, colours.name)
            for name, moment in pictures:
                path = directory / f"{stem}-{name}-{colours.name}.png"
                view.render_moment(step, moment, SIZE).save(str(path))
                written.append(path)
    return written
