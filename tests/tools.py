"""Tests that need programs of the system: run where they are, and never skipped in CI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable

import pytest


def require_tools(tools: Iterable[str], packages: str) -> None:
    """Skip the test where one of ``tools`` is missing, naming ``packages`` to install;
    fail instead under CI, which must run every test and installs them (.ci/run, through
    packaging/system_check.py)."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        message = f"needs {', '.join(missing)} ({packages}; make test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run this test, never skip it
        pytest.skip(message)
