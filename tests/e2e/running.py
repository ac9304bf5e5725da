"""The real app as a separate process, for the tests that drive it from outside."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running_app(env: dict[str, str], *args: str) -> Iterator[subprocess.Popen[str]]:
    """``python -m backspasm_gui ARGS`` while the block runs; then asked to stop (killed
    if it will not) and checked: no traceback may have reached its stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "backspasm_gui", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        process.terminate()
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
        assert "Traceback" not in stderr, stderr
