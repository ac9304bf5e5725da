"""The check of system packages `make run` and `make test` start with
(packaging/system_check.py), against a fake dpkg-query, apt-get, apt-cache and sudo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))

import system_check

LIST = system_check.LIST.read_text(encoding="utf-8")
FAKE_DPKG_QUERY = """#!/bin/sh
# dpkg-query -W -f FORMAT NAME...: every name installed but those in $FAKE_MISSING
shift 3
for name in "$@"; do
  case " $FAKE_MISSING " in
    *" $name "*) echo "dpkg-query: no packages found matching $name" >&2 ;;
    *) echo "install ok installed $name" ;;
  esac
done
"""
FAKE_APT_GET = """#!/bin/sh
echo "${FAKE_AS:-root} apt-get $*" >> "$FAKE_LOG"
"""
FAKE_APT_CACHE = """#!/bin/sh
# apt-cache show --no-all-versions NAME: known unless in $FAKE_UNKNOWN
case " $FAKE_UNKNOWN " in *" $3 "*) exit 100 ;; esac
echo "Package: $3"
"""
FAKE_SUDO = """#!/bin/sh
# sudo -n COMMAND: as $FAKE_SUDO says ("works" or anything else: a password is needed)
[ "$FAKE_SUDO" = works ] || { echo "sudo: a password is required" >&2; exit 1; }
shift
FAKE_AS=sudo exec "$@"
"""


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH of nothing but the fakes (and env and true, which the check runs)."""
    directory = tmp_path / "bin"
    directory.mkdir()
    for name, text in {
        "dpkg-query": FAKE_DPKG_QUERY,
        "apt-get": FAKE_APT_GET,
        "apt-cache": FAKE_APT_CACHE,
    }.items():
        (directory / name).write_text(text, encoding="utf-8")
        (directory / name).chmod(0o755)
    for tool in ("env", "true"):
        (directory / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    monkeypatch.setenv("PATH", str(directory))
    monkeypatch.setenv("FAKE_LOG", str(tmp_path / "apt.log"))
    monkeypatch.setenv("FAKE_MISSING", "libpulse0 libpulse0t64 xvfb")
    monkeypatch.delenv(system_check.SKIP_VARIABLE, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    return directory


def with_sudo(fake_bin: Path, monkeypatch: pytest.MonkeyPatch, *, works: bool) -> None:
    (fake_bin / "sudo").write_text(FAKE_SUDO, encoding="utf-8")
    (fake_bin / "sudo").chmod(0o755)
    monkeypatch.setenv("FAKE_SUDO", "works" if works else "password")


def apt_calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "apt.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


INSTALL = "apt-get install -y -qq --no-install-recommends"


def test_root_installs_what_is_missing_after_one_line_saying_what_and_why(
    fake_bin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert system_check.main(["run", "test"], uid=0) == 0
    out = capsys.readouterr().out
    assert out == (
        "Installing 2 missing system packages with apt-get "
        "(to run the app: libpulse0; for the tests: xvfb).\n"
    )
    assert apt_calls(tmp_path) == ["root apt-get update -qq", f"root {INSTALL} libpulse0 xvfb"]


def test_with_a_sudo_that_needs_no_password_it_installs_through_sudo(
    fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_sudo(fake_bin, monkeypatch, works=True)
    assert system_check.main(["run", "test"], uid=1000) == 0
    assert apt_calls(tmp_path) == ["sudo apt-get update -qq", f"sudo {INSTALL} libpulse0 xvfb"]


def test_without_root_or_sudo_it_names_the_packages_and_the_command_and_exits_2(
    fake_bin: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with_sudo(fake_bin, monkeypatch, works=False)
    assert system_check.main(["run", "test"], uid=1000) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        "Some system packages are missing (to run the app: libpulse0; for the tests: xvfb); "
        "install them with `sudo apt-get install libpulse0 xvfb` and try again "
        "(BACKSPASM_SKIP_SYSTEM_CHECK=1 skips this check).\n"
    )
    assert apt_calls(tmp_path) == []


def test_without_sudo_at_all_the_command_is_su(
    fake_bin: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert system_check.main(["run"], uid=1000) == 2
    assert "`su -c 'apt-get install libpulse0'`" in capsys.readouterr().err


def test_nothing_missing_says_nothing_and_installs_nothing(
    fake_bin: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FAKE_MISSING", "")
    assert system_check.main(["run", "test", "dist", "bench"], uid=1000) == 0
    assert capsys.readouterr() == ("", "")
    assert apt_calls(tmp_path) == []


def test_only_the_groups_asked_for_are_checked(fake_bin: Path, tmp_path: Path) -> None:
    assert system_check.main(["run"], uid=0) == 0
    assert apt_calls(tmp_path)[-1] == f"root {INSTALL} libpulse0"


def test_ubuntu_24_04s_t64_name_counts_as_installed(
    fake_bin: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MISSING", "libglib2.0-0")  # dpkg knows only libglib2.0-0t64
    assert system_check.main(["run"], uid=1000) == 0


def test_of_two_names_the_one_apt_knows_is_installed(
    fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MISSING", "libglib2.0-0 libglib2.0-0t64")
    monkeypatch.setenv("FAKE_UNKNOWN", "libglib2.0-0")  # Ubuntu 24.04
    assert system_check.main(["run"], uid=0) == 0
    assert apt_calls(tmp_path)[-1] == f"root {INSTALL} libglib2.0-0t64"


def test_the_variable_skips_the_check(
    fake_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(system_check.SKIP_VARIABLE, "1")
    assert system_check.main(["run", "test"], uid=1000) == 0
    assert apt_calls(tmp_path) == []


def test_a_failed_install_says_so_with_apt_gets_exit_code(
    fake_bin: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    failing = '[ "$1" = update ] && exit 0\necho "E: Unable to locate package" >&2\nexit 100\n'
    (fake_bin / "apt-get").write_text(f"#!/bin/sh\n{failing}", encoding="utf-8")
    assert system_check.main(["run"], uid=0) == 100
    err = capsys.readouterr().err
    assert err.endswith(
        "apt-get could not install libpulse0 (exit code 100); its message is above.\n"
    )


def test_the_command_line_checks_with_the_fakes(fake_bin: Path, tmp_path: Path) -> None:
    """As make runs it: the system's python3, the script's path, the groups."""
    env = {**os.environ, "FAKE_SUDO": "password"}
    (fake_bin / "sudo").write_text(FAKE_SUDO, encoding="utf-8")
    (fake_bin / "sudo").chmod(0o755)
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "system_check.py"), "run", "test"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if os.geteuid() == 0:
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Installing 2 missing system packages with apt-get")
    else:
        assert result.returncode == 2
        assert "`sudo apt-get install libpulse0 xvfb`" in result.stderr


def test_fedora_is_told_the_run_groups_names_in_dnfs_terms(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def rpm(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        assert list(command[:4]) == ["rpm", "-q", "--qf", "%{NAME}\n"]
        names = command[4:]
        out = "".join(f"{n}\n" for n in names if n != "pulseaudio-libs")
        return subprocess.CompletedProcess(
            [], 1, out + "package pulseaudio-libs is not installed\n", ""
        )

    assert system_check.other_system("fedora", LIST, run=rpm) == 2
    assert "`sudo dnf install pulseaudio-libs`" in capsys.readouterr().err


@pytest.mark.parametrize(("kind", "name"), [("macos", "macOS"), ("windows", "Windows")])
def test_macos_and_windows_need_nothing_from_the_system(
    kind: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert system_check.other_system(kind, LIST) == 0
    assert capsys.readouterr().out == (
        f"On {name} nothing is needed from the system: the PySide6 wheels carry Qt.\n"
    )


def test_the_list_has_the_four_groups_and_each_package_once() -> None:
    groups = system_check.read_list(LIST)
    assert list(groups) == ["run", "test", "dist", "bench", "run:fedora", "run:arch"]
    debian = ("run", "test", "dist", "bench")
    names = [names[0] for group in debian for names in groups[group]]
    assert len(names) == len(set(names))
    assert ("libpulse0", "libpulse0t64") in groups["run"]


def test_ci_installs_the_list_and_holds_no_copy_of_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/system_check.py run test dist bench" in ci
    for package in ("libxcb-cursor0", "libpulse0", "xvfb", "lintian", "trayer"):
        assert package not in ci


def test_make_run_and_make_test_check_first() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "packaging/system_check.py $(SYSTEM_GROUPS)" in makefile
    assert "run: system-check " in makefile
    assert "test: system-check " in makefile


@pytest.mark.skipif(system_check.system() != "debian", reason="dpkg is Debian's and Ubuntu's")
def test_the_real_check_takes_well_under_a_second() -> None:
    groups = system_check.read_list(system_check.LIST.read_text(encoding="utf-8"))
    needs = system_check.wanted(groups, ["run", "test", "dist", "bench"])
    start = time.perf_counter()
    system_check.installed_debs([name for need in needs for name in need.names])
    assert time.perf_counter() - start < 0.5
