"""Settings files spoiled as a careless user or a stranger would spoil them."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

RANDOM_BYTES = bytes(range(256)) * 8  # the same every run, and no text


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be written while the block runs, even by root (who ignores the
    mode bits): immutable where chattr can make it so."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o600)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], check=False).returncode:
        pytest.skip("root writes a read-only file, and this file system has no immutable flag")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)
