"""The Windows installer script agrees with the app it installs.

Inno Setup runs only on Windows, so these checks read the script: the release
workflow compiles it (.github/workflows/release.yml).
"""

from __future__ import annotations

import re
from pathlib import Path

from backspasm_gui import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "backspasm-gui.iss"


def _script() -> str:
    data = ISS.read_bytes()
    # Inno Setup reads a script as UTF-8 only with a byte order mark.
    assert data.startswith(b"\xef\xbb\xbf")
    return data[3:].decode("utf-8")


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "(.*)"$', text, flags=re.MULTILINE))


def test_it_installs_per_user_without_asking_for_an_administrator() -> None:
    setup = dict(line.split("=", 1) for line in _sections(_script())["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}\\")  # %LOCALAPPDATA%\Programs per user
    assert setup["AppId"] == "{#AppId}"


def test_the_names_match_the_app() -> None:
    defines = _defines(_script())
    assert defines["AppName"] == APP_NAME
    assert defines["AppId"] == APP_ID
    # The uninstaller deletes this organisation's folders and registry key when
    # asked: it must be the one QSettings and QStandardPaths use.
    from backspasm_gui.startup import ORGANISATION
    from backspasm_gui.storage.settings_file import ORGANISATION_FOLDER

    assert ORGANISATION == ORGANISATION_FOLDER == defines["Organisation"]


def test_start_menu_entry_always_and_desktop_shortcut_only_when_chosen() -> None:
    sections = _sections(_script())
    icons = sections["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\') for line in icons)
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}\\')]
    assert desktop
    assert all("Tasks: desktopicon" in line for line in desktop)
    task = next(line for line in sections["Tasks"] if 'Name: "desktopicon"' in line)
    assert "Flags: unchecked" in task


def test_every_language_has_the_uninstall_question() -> None:
    sections = _sections(_script())
    languages = {re.match(r'Name: "(\w+)"', line).group(1) for line in sections["Languages"]}  # type: ignore[union-attr]
    # The app's languages that Inno Setup itself translates (Arabic needs 6.5+, and
    # Chinese has only a user-contributed file: see packaging/README.md).
    assert languages == {
        "english",
        "spanish",
        "german",
        "french",
        "brazilianportuguese",
        "italian",
        "polish",
    }
    messages = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    names = {message.split(".", 1)[1] for message in messages}
    assert "KeepOrDelete" in names
    # Each message in every language: a missing one would fall back to nothing.
    assert messages == {f"{language}.{name}" for language in languages for name in names}


def test_uninstalling_keeps_the_history_unless_the_person_says_yes() -> None:
    code = _script().split("[Code]", 1)[1]
    # No is the default button and the answer of a silent uninstall.
    assert re.search(r"SuppressibleMsgBox\(.*MB_DEFBUTTON2, IDNO\) = IDYES", code, re.DOTALL)
    deleting = code.split("= IDYES then", 1)[1]
    assert "DelTree" in deleting
    assert "DelTree" not in code.split("= IDYES then", 1)[0]


def test_make_dist_passes_every_define_the_script_requires() -> None:
    text = _script()
    required = set(re.findall(r"^#ifndef (\w+)", text, flags=re.MULTILINE))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    passed = set(re.findall(r"/D(\w+)=", makefile))
    assert required == {"AppVersion", "BundleDir", "IconsDir"}
    assert required <= passed
