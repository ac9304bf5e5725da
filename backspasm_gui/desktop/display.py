"""Whether there is a screen to open the window on, found before Qt looks.

Without one, Qt's xcb plugin aborts the process with advice about reinstalling
libraries (``xcb-cursor0 or libxcb-cursor0 is needed``), which sends a person after
the wrong cause. On Linux and the BSDs the app asks first: is a Wayland or X11
display named, and does the local X server named answer? Anything else (Windows,
macOS, Qt's own ``offscreen``/``minimal`` platforms, a remote X display) is left to Qt.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping

from backspasm_gui.core.i18n import translate

_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")  # ":0", ":1.0", "unix:0"
_WINDOWING = ("xcb", "wayland")  # the platforms that need a display server


def missing_display(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """One sentence saying why no window can open here, or "" if one can (or it is
    Qt's to find out)."""
    env = os.environ if environ is None else environ
    if platform.startswith(("win", "darwin", "cygwin")):
        return ""
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked and not any(name in asked for name in _WINDOWING):
        return ""  # offscreen, minimal, eglfs, vnc...: no display server needed
    if env.get("WAYLAND_DISPLAY") and "xcb" not in asked:
        return ""
    display = env.get("DISPLAY", "")
    if not display:
        return translate(
            "Display", "No display found (DISPLAY is not set): run this from a desktop session."
        )
    local = _LOCAL_X.match(display)
    if local and not _x_server_answers(int(local.group(1))):
        return translate(
            "Display",
            "No display answers at DISPLAY={display}: run this from a desktop session, "
            "or start the X server first.",
        ).format(display=display)
    return ""


def _x_server_answers(number: int) -> bool:
    """Whether a local X server listens as display ``number`` (its Unix socket, in the
    file system or Linux's abstract namespace, where X servers listen too)."""
    import socket  # noqa: PLC0415 - the single-instance check loads it anyway

    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, "\0" + path):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(1.0)
            try:
                connection.connect(address)
            except OSError:
                continue
            return True
    return False
