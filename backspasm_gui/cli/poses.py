"""--export-poses DIR and --export-skeleton FILE: every hold's demonstration, as
pictures or as joint positions, for checking the figure against the handout."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from backspasm_gui.cli import say
from backspasm_gui.core.routine import Routine
from backspasm_gui.startup import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, application, poses

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration


def export_poses(routine: Routine, directory: Path) -> int:
    """A PNG of each step and hold, light and dark, in ``directory``; each path printed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application("light")
    from backspasm_gui.ui.figure.pose_export import export_poses as write

    return _each_written(lambda demonstrations: write(routine, demonstrations, directory))


def export_skeleton(routine: Routine, path: Path) -> int:
    """Every demonstration's joint positions (JSON, metres) in ``path``, then its name."""
    from backspasm_gui.core.skeleton import skeleton_json

    def write(demonstrations: dict[str, Demonstration]) -> list[Path]:
        path.write_text(skeleton_json(routine, demonstrations), encoding="utf-8")
        return [path]

    return _each_written(write)


def _each_written(write: Callable[[dict[str, Demonstration]], Iterable[Path]]) -> int:
    """Write from the demonstrations, printing each file as it is written; a broken
    poses file is bad input (exit 2), a place that cannot be written a failure (1)."""
    demonstrations, problem = poses()
    if problem:
        say(problem)
        return EXIT_BAD_INPUT
    try:
        for path in write(demonstrations):
            print(path)
    except OSError as exc:
        say(exc)
        return EXIT_FAILURE
    return EXIT_OK
