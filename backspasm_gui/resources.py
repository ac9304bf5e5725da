"""Find the files in ``assets/`` the same way from a checkout, a wheel and a bundle.

* PyInstaller bundle: ``sys._MEIPASS/assets`` (the spec copies them there).
* Installed wheel: ``backspasm_gui/assets`` inside the package (the build maps
  the top-level ``assets/`` there).
* Source checkout (also an editable install): ``assets/`` beside the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def assets_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "assets"
    inside = _PACKAGE / "assets"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / "assets"


def path(name: str) -> Path:
    """The path of an asset, e.g. ``path("routine.toml")``."""
    return assets_dir() / name
