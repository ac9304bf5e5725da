"""Start on login: the XDG entry, the Windows Run value and the macOS launch agent."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backspasm_gui import APP_ID, APP_NAME
from backspasm_gui.desktop.autostart import (
    AutostartError,
    LaunchAgent,
    WindowsRegistry,
    WindowsRunKey,
    XdgAutostart,
    for_this_system,
    launch_command,
)

SPACED = ["/opt/My Apps/Back Spasm/backspasm-gui", "--background"]
AWKWARD = ['/home/me/odd "dir" $HOME\\x `y` 100%/python', "-m", "backspasm_gui", "it's"]
ROOT_IGNORES_PERMISSIONS = hasattr(os, "geteuid") and os.geteuid() == 0


def parse_exec(value: str) -> list[str]:
    """An Exec value back to its arguments, as the Desktop Entry spec says a launcher reads it."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text = re.sub(r"\\(.)", lambda m: escapes.get(m[1], m[0]), value)
    args: list[str] = []
    current: list[str] = []
    in_arg = quoted = False
    chars = iter(text)
    for c in chars:
        if quoted and c == "\\":
            current.append(next(chars))
        elif c == '"':
            quoted, in_arg = not quoted, True
        elif c == " " and not quoted:
            if in_arg:
                args.append("".join(current))
            current, in_arg = [], False
        else:
            current.append(c)
            in_arg = True
    if in_arg:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def xdg(tmp_path: Path, command: list[str] = SPACED) -> XdgAutostart:
    return XdgAutostart(tmp_path / "config", command)


# --- XDG ------------------------------------------------------------------------------------


def test_xdg_is_off_by_default(tmp_path: Path) -> None:
    assert xdg(tmp_path).enabled() is False


def test_xdg_entry_is_written_in_the_autostart_folder(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(True)
    assert autostart.path == tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.path.is_file()


def test_xdg_entry_has_the_keys_a_session_needs(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(True)
    entry = desktop_entry(autostart.path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Comment"]


@pytest.mark.parametrize("command", [SPACED, AWKWARD], ids=["spaces", "reserved-characters"])
def test_xdg_exec_round_trips_the_command(tmp_path: Path, command: list[str]) -> None:
    autostart = xdg(tmp_path, command)
    autostart.set_enabled(True)
    assert parse_exec(desktop_entry(autostart.path)["Exec"]) == command


def test_xdg_turned_on_reads_back_as_on(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(True)
    assert autostart.enabled() is True


def test_xdg_turning_on_twice_keeps_one_entry(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(True)
    autostart.set_enabled(True)
    assert [p.name for p in autostart.path.parent.iterdir()] == [f"{APP_ID}.desktop"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_xdg_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    autostart = xdg(tmp_path, AWKWARD)
    autostart.set_enabled(True)
    result = subprocess.run(
        ["desktop-file-validate", str(autostart.path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_xdg_turning_off_removes_the_entry(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert not autostart.path.exists()
    assert autostart.enabled() is False


def test_xdg_turning_off_when_already_off_is_fine(tmp_path: Path) -> None:
    autostart = xdg(tmp_path)
    autostart.set_enabled(False)
    assert autostart.enabled() is False


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path, line: str) -> None:
    autostart = xdg(tmp_path)
    autostart.path.parent.mkdir(parents=True)
    autostart.path.write_text(
        f"[Desktop Entry]\nType=Application\nName=X\nExec=x\n{line}\n", encoding="utf-8"
    )
    assert autostart.enabled() is False


@pytest.mark.skipif(ROOT_IGNORES_PERMISSIONS, reason="root may write to any folder")
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_xdg_unwritable_config_folder_raises_a_sentence(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    config.chmod(0o500)
    try:
        with pytest.raises(AutostartError) as caught:
            XdgAutostart(config, SPACED).set_enabled(True)
    finally:
        config.chmod(0o700)
    message = str(caught.value)
    assert message.startswith("Could not turn on start on login because ")
    assert str(config / "autostart") in message
    assert "permission denied" in message
    assert message.endswith(".")


def test_xdg_config_home_that_is_a_file_raises_a_sentence(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.write_text("not a folder", encoding="utf-8")
    with pytest.raises(AutostartError, match=r"^Could not turn on start on login because .+\.$"):
        XdgAutostart(config, SPACED).set_enabled(True)


# --- Windows --------------------------------------------------------------------------------


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class LockedRunKey(FakeRunKey):
    def set(self, name: str, value: str) -> None:
        raise PermissionError(13, "Access is denied.")


def test_windows_is_off_by_default() -> None:
    assert WindowsRunKey(SPACED, FakeRunKey()).enabled() is False


def test_windows_value_is_named_after_the_app_id_with_the_command_quoted() -> None:
    registry = FakeRunKey()
    command = [r"C:\Users\Me\AppData\Local\Programs\Back Spasm Stretches\backspasm-gui.exe"]
    WindowsRunKey([*command, "--background"], registry).set_enabled(True)
    assert registry.values == {APP_ID: f'"{command[0]}" --background'}


def test_windows_turned_on_reads_back_as_on() -> None:
    autostart = WindowsRunKey(SPACED, FakeRunKey())
    autostart.set_enabled(True)
    assert autostart.enabled() is True


def test_windows_turning_off_deletes_the_value() -> None:
    registry = FakeRunKey()
    autostart = WindowsRunKey(SPACED, registry)
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert registry.values == {}


def test_windows_refused_registry_raises_a_sentence() -> None:
    with pytest.raises(AutostartError) as caught:
        WindowsRunKey(SPACED, LockedRunKey()).set_enabled(True)
    assert str(caught.value) == (
        "Could not turn on start on login because the registry key HKEY_CURRENT_USER"
        r"\Software\Microsoft\Windows\CurrentVersion\Run could not be changed: access is denied."
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry is there")
def test_windows_registry_elsewhere_raises_a_sentence() -> None:
    with pytest.raises(AutostartError, match=r"^Could not check start on login because .+\.$"):
        WindowsRunKey(SPACED, WindowsRegistry()).enabled()


# --- macOS ----------------------------------------------------------------------------------


def test_launch_agent_is_off_by_default(tmp_path: Path) -> None:
    assert LaunchAgent(tmp_path, SPACED).enabled() is False


def test_launch_agent_plist_round_trips(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path, SPACED)
    agent.set_enabled(True)
    assert agent.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    with agent.path.open("rb") as file:
        assert plistlib.load(file) == {
            "Label": APP_ID,
            "ProgramArguments": SPACED,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }


def test_launch_agent_turned_on_reads_back_as_on(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path, SPACED)
    agent.set_enabled(True)
    assert agent.enabled() is True


def test_launch_agent_turning_off_removes_the_plist(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path, SPACED)
    agent.set_enabled(True)
    agent.set_enabled(False)
    assert not agent.path.exists()


def test_launch_agent_broken_plist_counts_as_off(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path, SPACED)
    agent.path.parent.mkdir(parents=True)
    agent.path.write_text("<?xml version='1.0'?><plist><dict><key>", encoding="utf-8")
    assert agent.enabled() is False


# --- the command and the choice of system ---------------------------------------------------


@pytest.fixture
def python_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An unfrozen Python in a folder of its own, and a PATH without the app's command."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (tmp_path / "empty").mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    return folder


def test_launch_command_of_a_frozen_bundle_is_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/backspasm-gui/backspasm-gui")
    assert launch_command() == ["/opt/backspasm-gui/backspasm-gui", "--background"]


def test_launch_command_in_the_foreground_has_no_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/backspasm-gui/backspasm-gui")
    assert launch_command(background=False) == ["/opt/backspasm-gui/backspasm-gui"]


def test_launch_command_without_a_script_runs_the_module(python_in: Path) -> None:
    python = str(python_in / "python")
    assert launch_command() == [python, "-m", "backspasm_gui", "--background"]


@pytest.mark.skipif(sys.platform == "win32", reason="the script is backspasm-gui.exe there")
def test_launch_command_prefers_the_script_next_to_python(python_in: Path) -> None:
    script = python_in / "backspasm-gui"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    assert launch_command() == [str(script), "--background"]


@pytest.mark.skipif(sys.platform == "win32", reason="the script is backspasm-gui.exe there")
def test_launch_command_finds_the_script_on_path(
    python_in: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pipx"
    folder.mkdir()
    script = folder / "backspasm-gui"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    assert launch_command() == [str(script), "--background"]


def test_for_this_system_on_linux_uses_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "linux")
        chosen = for_this_system(SPACED)
    assert isinstance(chosen, XdgAutostart)
    assert chosen.path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"


def test_for_this_system_on_windows_uses_the_run_key() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        chosen = for_this_system(SPACED)
    assert isinstance(chosen, WindowsRunKey)


def test_for_this_system_on_macos_uses_a_launch_agent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "darwin")
        chosen = for_this_system(SPACED)
    assert isinstance(chosen, LaunchAgent)
    assert chosen.path.parent == tmp_path / "Library" / "LaunchAgents"


def test_for_this_system_starts_the_app_in_the_background_by_default() -> None:
    chosen = for_this_system()
    assert isinstance(chosen, XdgAutostart | WindowsRunKey | LaunchAgent)
    assert chosen.command == launch_command(background=True)
