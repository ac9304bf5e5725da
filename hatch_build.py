"""Build hook: synthesise the chime WAVs into assets/sounds/ and compile the
translations into assets/translations/*.qm before packaging.

Both are generated (from backspasm_gui/audio/synth.py and the .ts sources), never
committed; every build (wheel, editable install, sdist) makes them, and the wheel
carries them inside the package with the rest of assets/.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "_backspasm_synth", root / "backspasm_gui" / "audio" / "synth.py"
        )
        if spec is None or spec.loader is None:
            raise RuntimeError("backspasm_gui/audio/synth.py is missing")
        synth = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(synth)
        synth.write_all(root / "assets" / "sounds")
        _compile_translations(root / "assets" / "translations", needed=version != "editable")


def _compile_translations(folder: Path, *, needed: bool) -> None:
    """The .qm files beside their .ts: compiled here where pyside6-lrelease can be found
    (on PATH, as in a venv), kept where `make` already compiled them. An editable install
    reads assets/ in place, and `make` compiles them there, so it may go without."""
    lrelease = shutil.which("pyside6-lrelease")
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if lrelease is not None:
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        elif needed and not (target.exists() and target.stat().st_mtime >= source.stat().st_mtime):
            raise RuntimeError(
                f"{target.name} needs pyside6-lrelease (PySide6-Essentials) on PATH, "
                "or run `make` first, which compiles the translations"
            )
