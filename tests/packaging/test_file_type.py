"""The prescription file type is declared the same way by every installer (issue 19).

The shared-mime-info XML the .deb installs is the reference: its type, glob and
name must be what the .desktop entry, the AppStream metainfo, the Inno Setup
script and the macOS Info.plist declare. On Linux, the XML and the menu entry
are also run through the real tools (update-mime-database,
update-desktop-database, xdg-mime) in a private data folder, so a mistake shows
here and not only after ``apt install`` in ``make dist-check``.
"""

from __future__ import annotations

import ast
import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from backspasm_gui import APP_ID
from backspasm_gui.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(LINUX))
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402
import icons  # noqa: E402

MIME_XML = LINUX / f"{APP_ID}.mime.xml"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"

MIME_TYPE = "application/x-backspasm-stretches"
EXTENSION = "stretches"
NAME = "Stretch routine prescription"
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# A prescription as a clinician's copy of the app would write it; only its name
# and its being text matter here, the reader's tests own the format.
SAMPLE = '# Back Spasm Stretches prescription\nschema = 1\nclinician = "A. Physio"\n'


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"needs {tool} (make test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run this check, never skip it
        pytest.skip(message)
    return path


def _mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{SMI}mime-info"
    types = root.findall(f"{SMI}mime-type")
    assert len(types) == 1
    return types[0]


def _desktop() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_mime_xml_declares_the_type_its_extension_and_its_name() -> None:
    declared = _mime_type()
    assert declared.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in declared.findall(f"{SMI}glob")] == [f"*.{EXTENSION}"]
    comments = {c.get(LANG, "en"): c.text for c in declared.findall(f"{SMI}comment")}
    assert comments["en"] == NAME
    assert set(comments) == set(LANGUAGES)  # the languages the app ships
    assert all(text and text.strip() == text for text in comments.values())
    # TOML inside: text editors and previewers may open it too.
    parents = [p.get("type") for p in declared.findall(f"{SMI}sub-class-of")]
    assert parents[0] == "application/toml"
    assert "text/plain" in parents
    # The hicolor icon packaging/icons.py draws and the .deb installs.
    icon = declared.find(f"{SMI}icon")
    assert icon is not None
    assert icon.get("name") == MIME_TYPE.replace("/", "-") == icons.DOCUMENT_ICON


def test_the_menu_entry_opens_the_type_with_the_file_as_its_argument() -> None:
    desktop = _desktop()
    assert desktop["MimeType"] == f"{MIME_TYPE};"
    # One path per start (%f); the app hands it to a running copy itself.
    assert desktop["Exec"].split()[1:] == ["%f"]


def test_the_metainfo_tells_software_centres_the_app_opens_the_type() -> None:
    component = ET.parse(METAINFO).getroot()
    assert [m.text for m in component.findall("provides/mediatype")] == [MIME_TYPE]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private XDG data folder laid out as the .deb installs it, caches built."""
    share = tmp_path / "share"
    packages = share / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_XML, packages / f"{APP_ID}.xml")  # the name build_deb installs
    applications = share / "applications"
    applications.mkdir()
    shutil.copyfile(DESKTOP, applications / DESKTOP.name)
    # It exits 0 even on a file it cannot parse, only saying so on stderr; it
    # also warns there about a folder outside XDG_DATA_DIRS, hence the env.
    mime = subprocess.run(
        [require("update-mime-database"), str(share / "mime")],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_DIRS": str(share), "XDG_DATA_HOME": str(share)},
        check=False,
    )
    assert mime.returncode == 0, mime.stdout + mime.stderr
    assert mime.stderr == ""
    desktop = subprocess.run(
        [require("update-desktop-database"), str(applications)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert desktop.returncode == 0, desktop.stdout + desktop.stderr
    return share


def test_the_shared_mime_database_built_from_the_xml_has_the_type(data_dir: Path) -> None:
    built = ET.parse(data_dir / "mime" / f"{MIME_TYPE}.xml").getroot()
    assert built.get("type") == MIME_TYPE
    globs = (data_dir / "mime" / "globs2").read_text(encoding="utf-8")
    assert f":{MIME_TYPE}:*.{EXTENSION}\n" in globs
    cache = (data_dir / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={DESKTOP.name};" in cache.splitlines()


def test_xdg_mime_names_the_type_of_a_prescription_and_the_app_that_opens_it(
    data_dir: Path, tmp_path: Path
) -> None:
    xdg_mime = require("xdg-mime")
    require("mimetype")  # what xdg-mime asks outside GNOME and KDE; `file` knows no globs
    home = tmp_path / "home"
    home.mkdir()
    # Only the private folder and an empty home: nothing installed here, and
    # no desktop's own choices, can answer for the package.
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_DIRS": str(data_dir)}
    prescription = tmp_path / f"x.{EXTENSION}"
    prescription.write_text(SAMPLE, encoding="utf-8")

    def query(*what: str) -> str:
        result = subprocess.run(
            [xdg_mime, "query", *what], capture_output=True, text=True, env=env, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout.strip()

    assert query("filetype", str(prescription)) == MIME_TYPE
    assert query("default", MIME_TYPE) == DESKTOP.name


def test_the_deb_installs_the_xml_where_shared_mime_info_reads_it(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / build_deb.PACKAGE).write_bytes(b"")
    icons = tmp_path / "icons"
    (icons / "hicolor").mkdir(parents=True)
    root = tmp_path / "root"
    build_deb.stage(bundle, icons, root)
    installed = root / "usr/share/mime/packages" / f"{APP_ID}.xml"
    assert installed.read_bytes() == MIME_XML.read_bytes()
    assert installed.stat().st_mode & 0o777 == 0o644


# ---- Windows: the Inno Setup script ------------------------------------------
ISS = ROOT / "packaging" / "windows" / "backspasm-gui.iss"
_ENTRY = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')


def _iss() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def _iss_section(name: str) -> list[str]:
    lines = _iss().split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0].splitlines()
    return [line for line in lines if line.strip() and not line.startswith(";")]


def _iss_entry(line: str) -> dict[str, str]:
    """``Root: HKA; Subkey: "a\\b"; ...`` as a dict, quotes removed (``""`` is one quote)."""
    entry = {}
    for key, raw in _ENTRY.findall(line):
        value = raw.strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        entry[key] = value
    return entry


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "(.*)"$', _iss(), flags=re.MULTILINE))


def test_the_windows_installer_names_the_same_extension_type_and_icon() -> None:
    defines = _iss_defines()
    assert defines["RxExt"] == f".{EXTENSION}"
    assert defines["RxMime"] == MIME_TYPE
    # A ProgID: letters and dots, no other punctuation, at most 39 characters.
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+", defines["RxProgId"])
    assert len(defines["RxProgId"]) <= 39
    assert defines["RxIcon"] == f"{icons.DOCUMENT_FILES}.ico"  # what packaging/icons.py writes
    files = [_iss_entry(line) for line in _iss_section("Files")]
    assert {"Source": "{#IconsDir}\\{#RxIcon}", "DestDir": "{app}"}.items() <= files[-1].items()
    messages = dict(line.split("=", 1) for line in _iss_section("CustomMessages"))
    assert messages["english.PrescriptionType"] == NAME
    comments = {c.get(LANG, "en"): c.text for c in _mime_type().findall(f"{SMI}comment")}
    # Each language the installer speaks names the file as the file manager does.
    installer = {
        "spanish": "es",
        "german": "de",
        "french": "fr",
        "brazilianportuguese": "pt_BR",
        "italian": "it",
        "polish": "pl",
    }
    for name, code in installer.items():
        assert messages[f"{name}.PrescriptionType"] == comments[code], name


def test_the_windows_installer_opens_the_extension_with_the_app_and_its_path() -> None:
    setup = dict(line.split("=", 1) for line in _iss_section("Setup"))
    assert setup["ChangesAssociations"] == "yes"  # Explorer rereads them at once
    entries = [_iss_entry(line) for line in _iss_section("Registry")]
    assert all(entry["Root"] == "HKA" for entry in entries)  # per user, as the install is
    values = {(e["Subkey"], e.get("ValueName", "")): e.get("ValueData") for e in entries}
    ext, progid = "Software\\Classes\\{#RxExt}", "Software\\Classes\\{#RxProgId}"
    assert values[(ext, "")] == "{#RxProgId}"
    assert values[(ext, "Content Type")] == "{#RxMime}"
    assert values[(ext + "\\OpenWithProgids", "{#RxProgId}")] == ""
    assert values[(progid, "")] == "{cm:PrescriptionType}"
    assert values[(progid + "\\DefaultIcon", "")] == "{app}\\{#RxIcon}"
    # Both quoted: Explorer passes a path with spaces as one argument.
    assert values[(progid + "\\shell\\open\\command", "")] == '"{app}\\{#AppExe}" "%1"'


def test_uninstalling_removes_everything_the_association_wrote() -> None:
    entries = [_iss_entry(line) for line in _iss_section("Registry")]
    owned = {e["Subkey"] for e in entries if "uninsdeletekey" in e.get("Flags", "").split()}
    assert owned == {"Software\\Classes\\{#RxProgId}"}
    for entry in entries:
        flags = entry.get("Flags", "").split()
        inside = any(entry["Subkey"].startswith(key + "\\") for key in owned)
        assert inside or {"uninsdeletekey", "uninsdeletevalue"} & set(flags), entry
        if "uninsdeletevalue" in flags:
            assert "uninsdeletekeyifempty" in flags, entry  # no empty .stretches key left


# ---- macOS: the Info.plist in the PyInstaller spec ---------------------------
SPEC = ROOT / "packaging" / "backspasm-gui.spec"


def _spec_literals() -> dict[str, Any]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in {"EXPORTED_TYPES", "DOCUMENT_TYPES"}:
                found[target.id] = ast.literal_eval(node.value)
    return found


def _info_plist_keys() -> dict[str, str]:
    """The BUNDLE's info_plist entries whose value is a name: key -> that name."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BUNDLE":
            plist = next(k.value for k in node.keywords if k.arg == "info_plist")
            assert isinstance(plist, ast.Dict)
            return {
                key.value: value.id
                for key, value in zip(plist.keys, plist.values, strict=True)
                if isinstance(key, ast.Constant) and isinstance(value, ast.Name)
            }
    raise AssertionError("no BUNDLE(...) in the spec")


def test_the_macos_app_exports_the_type_with_the_same_extension_and_mime_type() -> None:
    (exported,) = _spec_literals()["EXPORTED_TYPES"]
    assert exported["UTTypeIdentifier"] == "io.github.backspasm.stretches"
    assert exported["UTTypeDescription"] == NAME
    assert exported["UTTypeConformsTo"] == ["public.plain-text"]  # TOML: Quick Look shows it
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [EXTENSION]  # without the dot, as macOS wants
    assert tags["public.mime-type"] == [MIME_TYPE]
    assert exported["UTTypeIconFile"] == f"{icons.DOCUMENT_FILES}.icns"


def test_the_macos_app_owns_the_document_type_and_carries_its_icon() -> None:
    literals = _spec_literals()
    (document,) = literals["DOCUMENT_TYPES"]
    (exported,) = literals["EXPORTED_TYPES"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert document["CFBundleTypeRole"] in {"Editor", "Viewer"}
    assert document["CFBundleTypeName"] == NAME
    assert document["CFBundleTypeIconFile"] == exported["UTTypeIconFile"]
    keys = _info_plist_keys()
    assert keys["UTExportedTypeDeclarations"] == "EXPORTED_TYPES"
    assert keys["CFBundleDocumentTypes"] == "DOCUMENT_TYPES"
    # The icon goes into Contents/Resources, where those names are looked up.
    spec = SPEC.read_text(encoding="utf-8")
    assert f'datas.append((str(ICONS / "{document["CFBundleTypeIconFile"]}"), "."))' in spec
    plistlib.dumps({"CFBundleDocumentTypes": [document], "UTExportedTypeDeclarations": [exported]})
