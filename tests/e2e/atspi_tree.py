"""Print an application's accessible tree as a screen reader sees it, over AT-SPI, as JSON.

Run by the system Python (``/usr/bin/python3``, Debian's python3-pyatspi and
gir1.2-atspi-2.0), not the project's venv, which cannot import gi:

    python3 atspi_tree.py APP_NAME SECONDS [press:BUTTON | wait:TEXT | key:KEY | hear:TEXT] ...

Waits up to SECONDS for an application called APP_NAME to appear on the
accessibility bus with a window that has children, and prints its tree; then,
in order, presses the push button named BUTTON through its AT-SPI action (as a
screen reader user would) or waits up to five seconds until a showing node's name
or text is TEXT, or its description begins with TEXT, printing the tree again
after each wait. ``key:KEY`` types KEY (an xdotool key name such as ``space``) into the
app's window, as a keyboard user would; ``hear:TEXT`` waits up to a minute until the app
has announced something (QAccessibleAnnouncementEvent, AT-SPI ``object:announcement``,
what a screen reader speaks unasked) that contains TEXT. Output: one JSON line
per tree, ``{"application": name, "nodes": [{"role", "name", "description",
"text", "depth", "showing", "enabled", "extents", "first"}, ...]}`` (extents: x, y,
width, height on the screen; first: the same of the first character of its text), and
last ``{"heard": [...]}``, every announcement in order. Exits 3 if something never
appears, saying what was there instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

MAX_DEPTH = 40
MAX_NODES = 5000
WAIT_SECONDS = 5.0  # for a wait:TEXT after a press; the app answers in milliseconds
HEAR_SECONDS = 60.0  # for a hear:TEXT: a whole (short) session may pass first

heard: list[str] = []


def on_announcement(event: object) -> None:
    heard.append(str(event.any_data))


def pump(seconds: float) -> None:
    """Let AT-SPI deliver its events for a while (instead of sleeping)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not context.iteration(False):
            time.sleep(0.02)  # polling another process


def key(app_name: str, name: str) -> bool:
    """Type a key into the app's window with xdotool, focused first."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", app_name],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    windows = found.stdout.split()
    if not windows:
        return False
    window = windows[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], timeout=10, check=False)
    typed = subprocess.run(["xdotool", "key", "--window", window, name], timeout=10, check=False)
    return typed.returncode == 0


def walk(node: object, depth: int, out: list[dict[str, object]]) -> None:
    if depth > MAX_DEPTH or len(out) >= MAX_NODES:
        return
    try:
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "depth": depth,
                "text": text_of(node),
                "showing": node.getState().contains(pyatspi.STATE_SHOWING),
                "enabled": node.getState().contains(pyatspi.STATE_ENABLED),
                "extents": extents_of(node),
                "first": first_character(node),
            }
        )
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception as exc:  # a widget that went away while being read
        out.append({"role": "error", "name": str(exc), "description": "", "depth": depth})
        return
    for child in children:
        if child is not None:
            walk(child, depth + 1, out)


def extents_of(node: object) -> list[int]:
    """Where the node is on the screen: x, y, width, height (empty if it cannot say)."""
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except (NotImplementedError, AttributeError):
        return []
    return [box.x, box.y, box.width, box.height]


def first_character(node: object) -> list[int]:
    """Where the first character of its text is drawn (x, y, width, height): on the left
    of a left-to-right line, on the right of a right-to-left one."""
    try:
        text = node.queryText()
        if text.characterCount == 0:
            return []
        return list(text.getCharacterExtents(0, pyatspi.DESKTOP_COORDS))
    except (NotImplementedError, AttributeError):
        return []


def text_of(node: object) -> str:
    """The words inside a label or text field (what "read this line" reads)."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, -1))


def tree(app: object) -> list[dict[str, object]]:
    nodes: list[dict[str, object]] = []
    walk(app, 0, nodes)
    return nodes


def dump(app: object) -> None:
    print(json.dumps({"application": app.name, "nodes": tree(app)}, ensure_ascii=False))
    sys.stdout.flush()


def press(app: object, button: str) -> bool:
    found = pyatspi.findDescendant(
        app, lambda n: n.getRoleName() == "push button" and n.name == button
    )
    if found is None:
        return False
    action = found.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    return bool(action.doAction(names.index("Press") if "Press" in names else 0))


def shows(app: object, words: str) -> bool:
    return any(
        node["showing"]
        and (words in (node["name"], node["text"]) or str(node["description"]).startswith(words))
        for node in tree(app)
    )


def find(name: str) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name and app.childCount > 0:
            window = app.getChildAtIndex(0)
            if window is not None and window.childCount > 0:
                return app
    return None


def main() -> int:
    name, seconds, steps = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    deadline = time.monotonic() + seconds
    while (app := find(name)) is None:
        if time.monotonic() > deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            seen = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
            print(f"no application {name!r} on the accessibility bus; saw {seen}", file=sys.stderr)
            return 3
        time.sleep(0.1)  # polling another process
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    dump(app)
    for step in steps:
        kind, _, what = step.partition(":")
        if kind == "press" and not press(app, what):
            print(f"no push button {what!r} to press", file=sys.stderr)
            return 3
        if kind == "key" and not key(name, what):
            print(f"no window {name!r} to type {what!r} into", file=sys.stderr)
            return 3
        if kind == "hear":
            deadline = time.monotonic() + HEAR_SECONDS
            while not any(what in words for words in heard):
                if time.monotonic() > deadline:
                    print(f"{what!r} never announced; heard {heard}", file=sys.stderr)
                    return 3
                pump(0.1)
            dump(app)
        if kind == "wait":
            deadline = time.monotonic() + WAIT_SECONDS
            while not shows(app, what):
                if time.monotonic() > deadline:
                    print(f"{what!r} never showed", file=sys.stderr)
                    dump(app)
                    return 3
                pump(0.1)
            dump(app)
    print(json.dumps({"heard": heard}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
