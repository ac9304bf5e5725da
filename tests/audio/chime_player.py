"""Plays every chime once, in its own process, for tests/audio/test_chimes_heard.py.

Run as ``python -m tests.audio.chime_player GAP_MS``: it finds the sound server named by
the environment, prints "ready" once the sounds are loaded, waits for a line on stdin
(the recorder is listening then), plays each chime ``GAP_MS`` apart and exits 0 if
every one was played without a problem. A process of its own, so the test process's
Qt never sees the test's sound server: the tests of a computer without sound, which
run after it, must still find none.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from backspasm_gui.audio.chimes import ChimePlayer
from backspasm_gui.core.cues import Sound


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    gap_ms = int(sys.argv[1])
    _app = QApplication([])
    player = ChimePlayer()
    problems: list[str] = []
    player.problem.connect(problems.append)
    wait(1500)  # the server's sink found, the five sounds loaded for it
    if not player.has_output:
        print("no sound output found", flush=True)
        return 3
    print("ready", flush=True)
    sys.stdin.readline()
    for sound in Sound:
        if not player.play(sound):
            print(f"{sound} was not played", flush=True)
            return 1
        wait(gap_ms)
    for problem in problems:
        print(problem, flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
