"""A test module whose import fails on a missing shared library becomes one failing test
with a sentence, not a collection error that stops the whole run.

`make test` installs the system packages first (packaging/system_check.py); where that
was skipped, a module importing QtMultimedia without libpulse.so.0 used to end the run
at collection ("Interrupted: 1 error during collection") with an ImportError and no word
of which package was missing. tests/conftest.py takes these hooks.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

import pytest

# ld.so's own words, as Python's ImportError repeats them
MISSING = re.compile(r"(lib[\w+.-]+?\.so(?:\.\d+)*): cannot open shared object file")

# The Debian package of each library Qt loads that packaging/system-packages.txt installs.
PACKAGES = {
    "libpulse.so.0": "libpulse0",
    "libpulse-mainloop-glib.so.0": "libpulse0",
    "libspeechd.so.2": "libspeechd2",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def sentence(module: str, library: str) -> str:
    """What the person running the tests reads: the library, its package, the command."""
    package = PACKAGES.get(library)
    if package is None:
        return (
            f"{module} cannot be imported: the shared library {library} is missing "
            "(packaging/system-packages.txt lists the system packages; make test installs "
            "them)."
        )
    return (
        f"{module} cannot be imported: the shared library {library} is missing; install "
        f"the Debian package {package} (`sudo apt-get install {package}`), or run make test, "
        "which checks and installs the system packages."
    )


class MissingLibrary(pytest.Item):
    """Stands for a module that could not be imported: fails, saying why."""

    def __init__(self, *, why: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.why = why

    def runtest(self) -> None:
        pytest.fail(self.why, pytrace=False)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, self.name


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    report = yield
    if report.failed and isinstance(collector, pytest.Module):
        found = MISSING.search(str(report.longrepr))
        if found:
            library = found.group(1)
            why = sentence(collector.nodeid, library)
            item = MissingLibrary.from_parent(collector, name="needs_" + library, why=why)
            report.outcome = "passed"
            report.longrepr = None
            report.result = [item]
    return report
