"""A stand-in app for the single-instance tests: ``python instance_probe.py <name>``.

The first copy prints "first" and waits until a later launch wakes it, then
prints "activated" and exits 0. A later copy prints "second" and exits 3.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from backspasm_gui.desktop.single_instance import SingleInstance

SECOND = 3
GIVE_UP_MS = 20_000  # never outlive a test that forgot this process


def main(name: str) -> int:
    app = QCoreApplication([])
    instance = SingleInstance(name)
    if not instance.claim():
        print("second", flush=True)
        return SECOND

    def woken() -> None:
        print("activated", flush=True)
        app.quit()

    instance.activated.connect(woken)
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(1))
    print("first", flush=True)
    code = app.exec()
    instance.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
