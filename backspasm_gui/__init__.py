"""Back Spasm Stretches: a guided, follow-by-ear routine from a clinic handout."""

from __future__ import annotations

APP_NAME = "Back Spasm Stretches"
# The reverse-DNS id: the .desktop file, AppStream metainfo and icons are named after it.
APP_ID = "io.github.backspasm.Stretches"


def version() -> str:
    """The version from pyproject.toml, as installed."""
    from importlib import metadata  # noqa: PLC0415  (30 ms: only when asked, not at every start)

    try:
        return metadata.version("backspasm-gui")
    except metadata.PackageNotFoundError:  # running from a bare checkout
        return "0+unknown"
