"""The house's rule, as ARCHITECTURE.md draws it: each layer imports only the ones
below it, so a change in one room never has to be chased up through the rest.

    core  <-  storage, audio, desktop, report  <-  ui  <-  app (app, parts, startup)  <-  cli
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "backspasm_gui"

# What each part may import of the app (besides itself, the package's own
# __init__ names, resources.py, and Qt and the standard library).
ALLOWED = {
    "core": set(),
    "storage": {"core"},
    "audio": {"core", "storage"},
    "desktop": {"core"},
    "report": {"core"},
    "ui": {"core", "storage", "audio", "desktop", "report"},
    "app": {"core", "storage", "audio", "desktop", "report", "ui", "logs"},
    "cli": {"core", "storage", "audio", "desktop", "report", "ui", "logs", "app"},
}
COMPOSITION = {"app.py": "app", "parts.py": "app", "startup.py": "app"}
FREE = {"resources", "logs", "private"}  # small leaves anyone may use


def part_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) > 1:
        return relative.parts[0]
    return COMPOSITION.get(relative.name)


def imported_parts(path: Path) -> set[str]:
    """The app's top-level parts a module imports (``backspasm_gui.X...`` -> X)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = node.module.split(".")
            if names[0] != "backspasm_gui":
                continue
            if len(names) > 1:
                found.add(names[1])
            else:  # from backspasm_gui import x
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names = alias.name.split(".")
                if names[0] == "backspasm_gui" and len(names) > 1:
                    found.add(names[1])
    return found


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if part_of(path) is not None)


@pytest.mark.parametrize("path", modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_each_module_imports_only_the_layers_below_its_own(path: Path) -> None:
    part = part_of(path)
    assert part is not None
    parts = {COMPOSITION.get(f"{name}.py", name) for name in imported_parts(path)}
    wrong = parts - ALLOWED[part] - {part} - FREE - {"APP_ID", "APP_NAME", "version"}
    assert not wrong, f"{path.relative_to(PACKAGE)} ({part}) imports {sorted(wrong)}"


def test_the_rule_sees_a_wrong_import(tmp_path: Path) -> None:
    """The check itself: a core module importing the ui is caught."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text("from backspasm_gui.ui.shared import theme\n", encoding="utf-8")
    assert imported_parts(wrong) == {"ui"}
    assert "ui" not in ALLOWED["core"]
