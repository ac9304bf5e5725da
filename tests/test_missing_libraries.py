"""A test module that cannot be imported for want of a shared library fails with a
sentence naming the library and its package, and the rest of the run goes on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.missing_libraries import sentence

NEEDS_PULSE = """
raise ImportError("libpulse.so.0: cannot open shared object file: No such file or directory")
"""
FINE = """
def test_fine():
    pass
"""


def run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.missing_libraries", "-p", "no:cacheprovider"],
        cwd=folder,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_module_missing_libpulse_is_one_failure_naming_the_package(tmp_path: Path) -> None:
    (tmp_path / "test_needs_pulse.py").write_text(NEEDS_PULSE, encoding="utf-8")
    (tmp_path / "test_fine.py").write_text(FINE, encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 1, result.stdout
    assert "error during collection" not in result.stdout
    assert "1 failed, 1 passed" in result.stdout.splitlines()[-1]
    assert sentence("test_needs_pulse.py", "libpulse.so.0") in result.stdout.replace("\n", " ")


def test_the_sentence_names_the_library_the_package_and_the_command() -> None:
    assert sentence("tests/audio/test_voice.py", "libpulse.so.0") == (
        "tests/audio/test_voice.py cannot be imported: the shared library libpulse.so.0 is "
        "missing; install the Debian package libpulse0 (`sudo apt-get install libpulse0`), "
        "or run make test, which checks and installs the system packages."
    )


def test_a_library_not_in_the_list_points_at_the_list() -> None:
    assert "packaging/system-packages.txt" in sentence("t.py", "libunknown.so.3")
