"""The real app, started as ``backspasm-gui`` starts it, looked at from inside, then quit.

    python -m tests.app_probe ARGS...      (ARGS as for backspasm-gui)

Environment: ``PROBE_BLOCK`` names modules made unimportable as when their shared
library is missing (``PySide6.QtMultimedia=libpulse.so.0``, comma-separated);
``PROBE_RAISE_AT`` a second after start at which a slot raises an error nobody
foresaw; ``PROBE_QUIT_AT`` when to look and quit (default 4). The session is started
(as Start would) one second in. One JSON line on stdout says what the probe saw;
stderr is the app's own.
"""

from __future__ import annotations

import importlib.abc
import json
import os
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import backspasm_gui.app as app_module
from backspasm_gui.cli.main import main
from backspasm_gui.ui.session.main_window import MainWindow

SEEN: dict[str, Any] = {"states": []}


def _window() -> MainWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert len(found) == 1, found
    return found[0]


def _note() -> None:
    view = _window().driver.view()
    SEEN["states"].append(
        {"state": view.state.value, "index": view.index, "holds_done": view.holds_done}
    )


def _start() -> None:
    _window().driver.toggle()  # as Start, or Space
    _note()


def _raise() -> None:
    _note()
    raise RuntimeError("the probe's own unforeseen error")


def _look_and_quit() -> None:
    try:
        window = _window()
        _note()
        SEEN["visible"] = window.isVisible()
        SEEN["notices"] = list(window.notice.lines)
        SEEN["shown_notice"] = window.notice.label.text() if window.notice.isVisible() else ""
        SEEN["holds_done"] = window.driver.view().holds_done
        SEEN["voice_note"] = window.sound_button.voice_note
        print(json.dumps(SEEN), flush=True)
    finally:
        QApplication.instance().quit()  # type: ignore[union-attr]


def _application(theme: str | None) -> QApplication:
    app = _real_application(theme)
    QTimer.singleShot(1000, _start)
    raise_at = os.environ.get("PROBE_RAISE_AT")
    if raise_at:
        QTimer.singleShot(int(float(raise_at) * 1000), _raise)
    QTimer.singleShot(int(float(os.environ.get("PROBE_QUIT_AT", "4")) * 1000), _look_and_quit)
    return app


class _Missing(importlib.abc.MetaPathFinder):
    """Fails the import of a module as Python does when its shared library is missing."""

    def __init__(self, blocked: dict[str, str]) -> None:
        self.blocked = blocked

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        del path, target
        if fullname in self.blocked:
            library = self.blocked[fullname]
            raise ImportError(
                f"{library}: cannot open shared object file: No such file or directory"
            )


_real_application = app_module.application

if __name__ == "__main__":
    blocked = os.environ.get("PROBE_BLOCK", "")
    sys.meta_path.insert(0, _Missing(dict(i.split("=", 1) for i in blocked.split(",") if i)))
    app_module.application = _application
    sys.exit(main(sys.argv[1:]))
