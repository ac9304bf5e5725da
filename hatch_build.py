"""Build hook: synthesise the chime WAVs into assets/sounds/ before packaging.

The sounds are generated from backspasm_gui/audio/synth.py, never committed;
every build (wheel, editable install, sdist) makes them, and the wheel carries
them inside the package with the rest of assets/.
"""

from __future__ import annotations

import importlib.util
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
