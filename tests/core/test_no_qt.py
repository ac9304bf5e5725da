"""core/ is plain Python: it never imports Qt, so its rules are testable without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backspasm_gui.core

CORE = Path(backspasm_gui.core.__file__).parent
QT_NAMES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in QT_NAMES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in QT_NAMES:
            found.append(node.module or "")
    return found


def test_the_scan_would_see_a_qt_import() -> None:
    assert qt_imports("from PySide6 import QtCore\nimport shiboken6\n") == ["PySide6", "shiboken6"]


def test_no_core_module_imports_qt() -> None:
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 5
    for path in modules:
        assert qt_imports(path.read_text(encoding="utf-8")) == [], path.name


def test_importing_all_of_core_loads_no_qt() -> None:
    code = (
        "import pkgutil, sys, importlib, backspasm_gui.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'backspasm_gui.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in "
        f"{QT_NAMES!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
