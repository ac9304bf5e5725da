"""Start on login, off until the person turns it on, in each system's own place.

Linux and the BSDs read ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``, Windows
the per-user ``Run`` registry key (the uninstaller deletes the value named after
the app id), macOS a launch agent in ``~/Library/LaunchAgents``. Plain Python:
no Qt, so the settings code and the tests can use it without a screen.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Protocol

from backspasm_gui import APP_ID, APP_NAME
from backspasm_gui.core.i18n import translate

log = logging.getLogger(__name__)

SCRIPT_NAME = "backspasm-gui"  # the console script pyproject.toml installs
BACKGROUND_FLAG = "--background"  # the app starts quietly in the tray
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(Exception):
    """Start on login could not be read or changed; ``str()`` is one sentence for a
    person, in the app's language."""


def _error(sentence: str, place: object, error: BaseException) -> AutostartError:
    """``sentence`` (translated, with ``{place}`` and ``{reason}``) filled in."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    reason = reason.strip().rstrip(".") or type(error).__name__
    reason = reason[:1].lower() + reason[1:]
    return AutostartError(sentence.format(place=place, reason=reason))


def _unreadable(place: object, error: BaseException) -> AutostartError:
    #: {place} is a file, or the registry key; {reason} is the system's reason.
    sentence = translate(
        "Autostart", "Could not check start on login because {place} could not be read: {reason}."
    )
    return _error(sentence, place, error)


def _unwritable(on: bool, place: object, error: BaseException) -> AutostartError:
    """A file that could not be written (to turn it on) or removed (to turn it off)."""
    if on:
        sentence = translate(
            "Autostart",
            "Could not turn on start on login because {place} could not be written: {reason}.",
        )
    else:
        sentence = translate(
            "Autostart",
            "Could not turn off start on login because {place} could not be removed: {reason}.",
        )
    return _error(sentence, place, error)


def _unchangeable(on: bool, place: object, error: BaseException) -> AutostartError:
    """A registry key that could not be changed."""
    if on:
        sentence = translate(
            "Autostart",
            "Could not turn on start on login because {place} could not be changed: {reason}.",
        )
    else:
        sentence = translate(
            "Autostart",
            "Could not turn off start on login because {place} could not be changed: {reason}.",
        )
    return _error(sentence, place, error)


def _run_key_place() -> str:
    return translate("Autostart", "the registry key {key}").format(
        key=rf"HKEY_CURRENT_USER\{RUN_KEY}"
    )


def _console_script() -> str | None:
    names = [f"{SCRIPT_NAME}.exe", SCRIPT_NAME] if sys.platform == "win32" else [SCRIPT_NAME]
    if sys.executable:
        folder = Path(sys.executable).parent
        for name in names:
            if (folder / name).is_file():
                return str(folder / name)
    found = shutil.which(SCRIPT_NAME)
    return os.path.abspath(found) if found else None


def launch_command(background: bool = True) -> list[str]:
    """How to start this app again: the bundle, the installed command, or ``python -m``."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    elif script := _console_script():
        command = [script]
    else:
        command = [sys.executable, "-m", "backspasm_gui"]
    return [*command, BACKGROUND_FLAG] if background else command


class Autostart(Protocol):
    """Start on login for one system; both methods raise AutostartError when the place fails."""

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a whole new file or nothing, so a full disk never leaves half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


# --- Linux and the BSDs: an XDG autostart desktop entry --------------------------------------

# Characters that make the Desktop Entry spec's Exec key quote an argument.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# The general escapes of a string value, applied when reading before the quoting rule.
_STRING_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"})


def _exec_argument(argument: str) -> str:
    """One argument of an Exec value, quoted and escaped per the Desktop Entry spec."""
    if argument and not _EXEC_RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
        quoted = f'"{inner}"'
    return quoted.replace("%", "%%").translate(_STRING_ESCAPES)


def desktop_exec(command: list[str]) -> str:
    """The Exec value that runs ``command`` exactly, spaces and all."""
    return " ".join(_exec_argument(argument) for argument in command)


def _desktop_entry(command: list[str]) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME.translate(_STRING_ESCAPES)}",
        # Shown by the desktop's list of startup programs, in the language of the day.
        f"Comment={_comment().translate(_STRING_ESCAPES)}",
        f"Exec={desktop_exec(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    return "\n".join(lines) + "\n"


def _comment() -> str:
    return translate("Autostart", "Start quietly in the tray when you log in")


def _entry_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group; lenient, as session managers are."""
    keys: dict[str, str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop``, read by every XDG desktop at login."""

    def __init__(self, config_home: Path, command: list[str]) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.command = list(command)

    def enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return False
        except OSError as error:
            raise _unreadable(self.path, error) from error
        keys = _entry_keys(text)
        hidden = keys.get("Hidden", "").lower() == "true"
        switched_off = keys.get("X-GNOME-Autostart-enabled", "").lower() == "false"
        return not (hidden or switched_off)

    def set_enabled(self, on: bool) -> None:
        try:
            if on:
                _write_atomically(self.path, _desktop_entry(self.command).encode("utf-8"))
            else:
                self.path.unlink(missing_ok=True)
        except (OSError, UnicodeError) as error:
            raise _unwritable(on, self.path, error) from error
        log.info("Start on login %s: %s", "on" if on else "off", self.path)


# --- Windows: the per-user Run key ---------------------------------------------------------


class RunRegistry(Protocol):
    """The values of ``HKCU\\...\\CurrentVersion\\Run``; every method may raise OSError."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _not_windows() -> OSError:
    return OSError(f"the Windows registry exists only on Windows, not {sys.platform}")


class WindowsRegistry:
    """The real Run key through ``winreg``, which exists only on Windows."""

    def get(self, name: str) -> str | None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415  (a Windows-only module)

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
            return value if isinstance(value, str) else None
        else:
            raise _not_windows()

    def set(self, name: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415  (a Windows-only module)

            access = winreg.KEY_SET_VALUE
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
        else:
            raise _not_windows()

    def delete(self, name: str) -> None:
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415  (a Windows-only module)

            access = winreg.KEY_SET_VALUE
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access) as key:
                    winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass
        else:
            raise _not_windows()


class WindowsRunKey:
    """A value named after the app id in the per-user Run key: the command line to start."""

    def __init__(self, command: list[str], registry: RunRegistry | None = None) -> None:
        self.command = list(command)
        self.registry: RunRegistry = registry if registry is not None else WindowsRegistry()

    def enabled(self) -> bool:
        try:
            return self.registry.get(APP_ID) is not None
        except OSError as error:
            raise _unreadable(_run_key_place(), error) from error

    def set_enabled(self, on: bool) -> None:
        try:
            if on:
                self.registry.set(APP_ID, subprocess.list2cmdline(self.command))
            else:
                self.registry.delete(APP_ID)
        except OSError as error:
            raise _unchangeable(on, _run_key_place(), error) from error
        log.info("Start on login %s: %s value %s", "on" if on else "off", RUN_KEY, APP_ID)


# --- macOS: a launch agent -----------------------------------------------------------------


class LaunchAgent:
    """``~/Library/LaunchAgents/<app id>.plist``, which launchd runs at the next login."""

    def __init__(self, home: Path, command: list[str]) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self.command = list(command)

    def enabled(self) -> bool:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise _unreadable(self.path, error) from error
        plistlib, expat = _plist_modules()
        try:
            agent = plistlib.loads(data)
        except (ValueError, expat.ExpatError):  # launchd skips a broken file too
            log.warning("Start on login counts as off: %s is not a property list", self.path)
            return False
        if not isinstance(agent, dict):
            return False
        return agent.get("RunAtLoad") is True and agent.get("Disabled") is not True

    def set_enabled(self, on: bool) -> None:
        agent = {
            "Label": APP_ID,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        plistlib, _expat = _plist_modules()
        try:
            if on:
                _write_atomically(self.path, plistlib.dumps(agent))
            else:
                self.path.unlink(missing_ok=True)
        except OSError as error:
            raise _unwritable(on, self.path, error) from error
        log.info("Start on login %s: %s", "on" if on else "off", self.path)


def _plist_modules() -> tuple[ModuleType, ModuleType]:
    """plistlib and the expat parser it reads with, imported only on macOS's path: the
    Linux and Windows bundles leave expat out (a .deb must not embed its own copy)."""
    import plistlib  # noqa: PLC0415
    from xml.parsers import expat  # noqa: PLC0415

    return plistlib, expat


def _xdg_config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    # The spec says to ignore a relative path.
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".config"


def for_this_system(command: list[str] | None = None) -> Autostart:
    """Start on login the way this system does it; ``command`` defaults to launch_command()."""
    if command is None:
        command = launch_command()
    if sys.platform == "win32":
        return WindowsRunKey(command)
    elif sys.platform == "darwin":
        return LaunchAgent(Path.home(), command)
    else:
        return XdgAutostart(_xdg_config_home(), command)
