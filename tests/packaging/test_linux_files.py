"""The .deb's parts: menu entry, metainfo, changelog and the Depends worked out from the bundle."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backspasm_gui import APP_ID, APP_NAME
from backspasm_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(LINUX))

import build_deb  # noqa: E402

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"needs {tool} (make test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run this check, never skip it
        pytest.skip(message)
    return path


def test_the_menu_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [require("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_the_metainfo_passes_appstream_util_validate_relax() -> None:
    result = subprocess.run(
        [require("appstream-util"), "validate-relax", "--nonet", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_menu_entry_starts_the_launcher_with_the_app_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == APP_NAME
    # The /usr/bin launcher, given the prescription file a double click opens.
    assert desktop["Exec"] == f"{build_deb.PACKAGE} %f"
    assert desktop["Icon"] == APP_ID  # the hicolor icons' name
    assert desktop["Terminal"] == "false"


def test_the_menu_entry_describes_the_app_in_each_language_the_app_ships() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        for key in ("GenericName", "Comment"):
            assert desktop.get(f"{key}[{code}]", "").strip(), f"{key}[{code}]"


def test_the_metainfo_names_the_app_its_menu_entry_and_this_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == build_deb.PACKAGE
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == VERSION  # bump both together


def test_the_changelog_and_man_page_are_for_this_version() -> None:
    changelog = (LINUX / "changelog").read_text(encoding="utf-8")
    assert changelog.startswith(f"{build_deb.PACKAGE} ({VERSION}) ")
    man = (LINUX / "backspasm-gui.1").read_text(encoding="utf-8")
    assert man.startswith(".TH BACKSPASM-GUI 1 ")


def test_ldd_output_is_read_as_found_and_missing_libraries() -> None:
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)\n"
        "\tlibQt6Gui.so.6 => /opt/backspasm-gui/_internal/libQt6Gui.so.6 (0x00007f)\n"
        "\tlibspeechd.so.2 => not found\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f)\n"
    )
    assert build_deb.parse_ldd(output) == {
        "libxcb-cursor.so.0": "/lib/x86_64-linux-gnu/libxcb-cursor.so.0",
        "libQt6Gui.so.6": "/opt/backspasm-gui/_internal/libQt6Gui.so.6",
        "libspeechd.so.2": None,
    }


def test_the_glibc_floor_is_the_newest_symbol_version_asked_for() -> None:
    blobs = [b"\x00GLIBC_2.2.5\x00GLIBC_2.17\x00", b"GLIBC_2.34\x00GLIBC_2.4\x00", b"none"]
    assert build_deb.glibc_floor(blobs) == "2.34"
    assert build_deb.glibc_floor([b"no versions here"]) is None


def test_libraries_only_the_voice_needs_are_recommended_not_required(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packages = {
        "/lib/libc.so.6": "libc6",
        "/lib/libxcb-cursor.so.0": "libxcb-cursor0",
        "/lib/libspeechd.so.2": "libspeechd2",
        "/lib/libpulse.so.0": "libpulse0",
    }
    monkeypatch.setattr(build_deb, "owning_package", lambda library: packages[str(library)])
    needed = {
        Path("/lib/libc.so.6"): {"_internal/libQt6Core.so.6"},
        Path("/lib/libxcb-cursor.so.0"): {"_internal/PySide6/Qt/plugins/platforms/libqxcb.so"},
        Path("/lib/libspeechd.so.2"): {
            "_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so"
        },
        Path("/lib/libpulse.so.0"): {
            "_internal/libQt6Multimedia.so.6",
            "_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        },
    }
    relations = build_deb.relations(needed, "2.34")
    assert relations.depends == (
        "libc6 (>= 2.34)",
        "libpulse0",
        "libxcb-cursor0",
        "fonts-noto-core",  # Arabic, and Chinese, which no library links to
        "fonts-noto-ui-core",
        "fonts-noto-cjk | fonts-wqy-microhei",
    )
    assert relations.recommends == ("libspeechd2", "speech-dispatcher")


def test_the_control_file_is_well_formed() -> None:
    relations = build_deb.Relations(("libc6 (>= 2.34)", "libxcb1"), ("speech-dispatcher",))
    control = build_deb.control(VERSION, "amd64", 103_456, relations)
    fields = dict(
        line.split(": ", 1) for line in control.splitlines() if re.match(r"^[A-Z][\w-]*: ", line)
    )
    assert fields["Package"] == "backspasm-gui"
    assert fields["Version"] == VERSION
    assert fields["Installed-Size"] == "103456"
    assert fields["Depends"] == "libc6 (>= 2.34), libxcb1"
    assert control.endswith("\n")
    body = control.split("Description: ", 1)[1].splitlines()
    assert len(body[0]) <= 80  # the synopsis
    assert all(line.startswith(" ") and len(line) <= 80 for line in body[1:])
