"""The command line: ``backspasm-gui`` and ``python -m backspasm_gui``.

``main`` parses the options, then either runs one command that writes something and
exits (a plan, a picture, an export, a report) or hands over to the running app. Each
command's module is imported only when it is asked for, so opening the window costs
none of them.
"""

from __future__ import annotations

import sys

PROG = "backspasm-gui"


def say(message: object) -> None:
    """One line to the terminal's error stream, named as the command's own."""
    print(f"{PROG}: {message}", file=sys.stderr)
