"""Prove the .deb works: validate it, unpack it, start the installed app in a real X window.

    python packaging/linux/check_deb.py DEB [--install]

1. lintian reports no errors or warnings (the overrides shipped in the package
   say why a bundle in /opt is fine); the .desktop entry passes
   desktop-file-validate and the metainfo passes appstream-util validate-relax.
2. ``dpkg-deb -x`` into a temporary root: the launcher on PATH points at the
   bundle, the menu entry's Exec and Icon resolve, every hicolor size is there;
   the prescription file type's shared-mime-info XML is where the trigger reads
   it, declares the type the menu entry's MimeType= names, and has its icon in
   every size.
3. The unpacked app answers ``--version`` with pyproject's version and
   ``--print-routine`` with the handout's 11 holds, renders ``--screenshot``
   offscreen, and opens a real window under Xvfb titled with the first
   stretch, with the app icon set and no traceback.
4. With ``--install`` (CI, as root or with sudo): ``apt-get install`` the
   file, which resolves its Depends from the Debian archive, start the app
   the way a menu does (``gio launch`` on the installed .desktop file), check
   the window again; ask ``xdg-mime`` as a fresh user's desktop would (an empty
   home) for the type of a ``.stretches`` file and the app that opens it, which
   proves dpkg's shared-mime-info and desktop-file-utils triggers ran; then
   remove the package.

Each check prints one line; the first failure stops with the reason.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))

from build_deb import PACKAGE, project_version  # noqa: E402
from translations import SHIPPED, messages, ts_path  # noqa: E402
from xwindow import FIRST_STRETCH, TITLE, Started, start, xvfb  # noqa: E402

from backspasm_gui import APP_ID  # noqa: E402

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The clinician's prescription file (issue 19) and where the .deb declares it.
PRESCRIPTION_TYPE = "application/x-backspasm-stretches"
PRESCRIPTION_EXTENSION = ".stretches"
MIME_XML = Path("usr/share/mime/packages") / f"{APP_ID}.xml"
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def ok(message: str) -> None:
    print(f"  ok  {message}", flush=True)


def fail(message: str) -> None:
    raise SystemExit(f"check_deb: FAILED: {message}")


def run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, env=env, check=False)


def validators(deb: Path, root: Path) -> None:
    lint = run("lintian", "--fail-on", "error,warning", str(deb))
    tags = [line for line in lint.stdout.splitlines() if line[:2] in ("E:", "W:")]
    if lint.returncode != 0 or tags:
        fail("lintian:\n" + (lint.stdout + lint.stderr).strip())
    ok("lintian: no errors or warnings")
    desktop = root / "usr/share/applications" / f"{APP_ID}.desktop"
    result = run("desktop-file-validate", str(desktop))
    if result.returncode != 0 or result.stdout.strip():
        fail(f"desktop-file-validate {desktop.name}:\n{result.stdout}{result.stderr}")
    ok(f"desktop-file-validate {desktop.name}")
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    result = run("appstream-util", "validate-relax", "--nonet", str(metainfo))
    if result.returncode != 0:
        fail(f"appstream-util validate-relax {metainfo.name}:\n{result.stdout}{result.stderr}")
    ok(f"appstream-util validate-relax {metainfo.name}")


def layout(root: Path) -> Path:
    """Check the unpacked files; returns the installed executable."""
    launcher = root / "usr/bin" / PACKAGE
    target = Path(os.readlink(launcher)) if launcher.is_symlink() else None
    executable = root / "opt" / PACKAGE / PACKAGE
    if target != Path("/opt") / PACKAGE / PACKAGE:
        fail(f"/usr/bin/{PACKAGE} should link to /opt/{PACKAGE}/{PACKAGE}, not {target}")
    if not os.access(executable, os.X_OK):
        fail(f"/opt/{PACKAGE}/{PACKAGE} is missing or not executable")
    ok(f"/usr/bin/{PACKAGE} -> /opt/{PACKAGE}/{PACKAGE}")
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "usr/share/applications" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    if section["Exec"].split()[0] != PACKAGE:
        fail(f"the menu entry runs {section['Exec']!r}, not {PACKAGE}")
    icons = root / "usr/share/icons/hicolor"
    wanted = [icons / f"{n}x{n}/apps/{section['Icon']}.png" for n in HICOLOR_SIZES]
    wanted.append(icons / f"scalable/apps/{section['Icon']}.svg")
    missing = [str(path.relative_to(root)) for path in wanted if not path.is_file()]
    if missing:
        fail(f"icons missing: {', '.join(missing)}")
    ok(f"menu entry runs {PACKAGE}; icon {section['Icon']} in {len(wanted)} sizes")
    file_type(root, section)
    return executable


def file_type(root: Path, entry: configparser.SectionProxy) -> None:
    """The prescription type: its XML, the entry that opens it, its icon in every size."""
    xml = root / MIME_XML
    if not xml.is_file():
        fail(f"/{MIME_XML} is missing: the prescription file type is not registered")
    declared = ET.parse(xml).getroot().find(f"{SMI}mime-type")
    globs = [] if declared is None else [g.get("pattern") for g in declared.iter(f"{SMI}glob")]
    if declared is None or declared.get("type") != PRESCRIPTION_TYPE:
        fail(f"/{MIME_XML} does not declare {PRESCRIPTION_TYPE}")
    if globs != [f"*{PRESCRIPTION_EXTENSION}"]:
        fail(f"/{MIME_XML} matches {globs}, not *{PRESCRIPTION_EXTENSION}")
    if entry.get("MimeType") != f"{PRESCRIPTION_TYPE};" or "%f" not in entry["Exec"].split():
        fail(f"the menu entry does not open {PRESCRIPTION_TYPE} with its file (MimeType=, %f)")
    icon = PRESCRIPTION_TYPE.replace("/", "-")
    icons = root / "usr/share/icons/hicolor"
    wanted = [icons / f"{n}x{n}/mimetypes/{icon}.png" for n in HICOLOR_SIZES]
    wanted.append(icons / f"scalable/mimetypes/{icon}.svg")
    missing = [str(path.relative_to(root)) for path in wanted if not path.is_file()]
    if missing:
        fail(f"prescription icons missing: {', '.join(missing)}")
    opened = f"*{PRESCRIPTION_EXTENSION} is {PRESCRIPTION_TYPE}, opened by the menu entry (%f)"
    ok(f"{opened}; icon {icon} in {len(wanted)} sizes")


def xdg_mime(home: Path) -> None:
    """Ask as a desktop does, in a fresh user's home: which type, which app."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    sample = home / f"x{PRESCRIPTION_EXTENSION}"
    sample.write_text("# a prescription\nschema = 1\n", encoding="utf-8")
    for question, wanted in (
        (("filetype", str(sample)), PRESCRIPTION_TYPE),
        (("default", PRESCRIPTION_TYPE), f"{APP_ID}.desktop"),
    ):
        answer = run("xdg-mime", "query", *question, env=env)
        said = answer.stdout.strip()
        if answer.returncode != 0 or said != wanted:
            fail(f"xdg-mime query {question[0]} said {said!r}, not {wanted!r}{answer.stderr}")
        shown = sample.name if question[0] == "filetype" else question[1]
        ok(f"xdg-mime query {question[0]} {shown}: {said}")


def offline(executable: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = run(str(executable), "--version", env=env)
    if version.stdout.strip() != f"{PACKAGE} {project_version()}":
        fail(f"--version said {version.stdout.strip()!r}{version.stderr}")
    ok(f"--version: {version.stdout.strip()}")
    routine = run(str(executable), "--print-routine", "--json", env=env)
    try:
        holds = len(json.loads(routine.stdout)["holds"])
    except (ValueError, KeyError):
        holds = 0
    if routine.returncode != 0 or holds != 11:
        fail(f"--print-routine did not list the 11 holds:\n{routine.stdout}{routine.stderr}")
    ok("--print-routine: the handout's 11 holds, from the bundled routine.toml")
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        result = run(str(executable), "--screenshot", str(shot), "--step", "3", env=env)
        if result.returncode != 0 or not shot.is_file() or shot.stat().st_size < 10_000:
            fail(f"--screenshot failed:\n{result.stdout}{result.stderr}")
        ok(f"--screenshot: {shot.stat().st_size // 1024} KB PNG rendered offscreen")
        report = Path(tmp) / "report.pdf"
        data = ("--data-dir", str(Path(tmp) / "data"))
        result = run(str(executable), *data, "--report", str(report), env=env)
        if result.returncode != 0 or not report.is_file() or report.read_bytes()[:4] != b"%PDF":
            fail(f"--report failed:\n{result.stdout}{result.stderr}")
        ok(f"--report: {report.stat().st_size // 1024} KB PDF for the clinician (QPdfWriter)")
        for language in SHIPPED:
            translated = Path(tmp) / f"report-{language}.pdf"
            asked = ("--language", language, "--report", str(translated))
            run(str(executable), *data, *asked, env=env)
            text = readable(run("pdftotext", str(translated), "-").stdout)
            word = readable(report_word(language))
            if word not in text:
                fail(f"--language {language}: the report does not say {word!r}; the .qm missing?")
        ok(f"--language {' / '.join(SHIPPED)}: the bundled translations load (the report in each)")


def report_word(language: str) -> str:
    """The report's title in ``language`` without the app's name ("informe de progreso"),
    as its .ts file has it: what the page must say when that translation loads."""
    for message in messages(ts_path(language)):
        if (message["context"], message["source"]) == ("Report", "{app} — progress report"):
            word = str(message["translation"]).replace("{app}", "").strip(" —-–:")
            if word:
                return word
    raise SystemExit(f"check_deb: the {language} translation has no report title (unfinished?)")


def readable(text: str) -> str:
    """``text`` as letters, one space between words: pdftotext gives Arabic in its printed
    shapes (presentation forms) wrapped in direction marks."""
    letters = unicodedata.normalize("NFKC", text)
    return " ".join("".join(c for c in letters if c not in DIRECTION_MARKS).split())


DIRECTION_MARKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def window(started: Started, how: str) -> None:
    expected = f"{FIRST_STRETCH} — {TITLE}"
    if started.title != expected:
        fail(f"{how}: the window is titled {started.title!r}, not {expected!r}\n{started.log}")
    if not started.has_icon:
        fail(f"{how}: the window has no icon (_NET_WM_ICON)")
    if "Traceback" in started.stderr or "Traceback" in started.log:
        fail(f"{how}: a traceback:\n{started.stderr}\n{started.log}")
    ok(f"{how}: window {expected!r} with its icon, visible after {started.seconds:.2f} s")


def install_and_launch(deb: Path, display: str) -> None:
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and shutil.which("sudo") is None:
        fail("--install needs root or sudo")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb.resolve())],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        fail(f"apt-get install {deb.name}:\n{result.stdout}{result.stderr}")
    ok(f"apt-get install {deb.name}: Depends resolved")
    try:
        desktop = Path("/usr/share/applications") / f"{APP_ID}.desktop"
        which = shutil.which(PACKAGE)
        if which != f"/usr/bin/{PACKAGE}":
            fail(f"{PACKAGE} is not on PATH after installing (found {which})")
        # gio launch starts the entry exactly as a desktop menu does.
        launcher = ["gio", "launch", str(desktop)] if shutil.which("gio") else [PACKAGE]
        # gio returns at once; the app it started is found, and closed, by its window.
        started = start(launcher, display, detached=launcher[0] == "gio")
        window(started, "from the menu entry" if launcher[0] == "gio" else "from PATH")
        if shutil.which("xdg-mime") is None:
            fail(
                "xdg-mime is missing: install xdg-utils and libfile-mimeinfo-perl (make test does)"
            )
        with tempfile.TemporaryDirectory(prefix="backspasm-home-") as home:
            xdg_mime(Path(home))
    finally:
        run("pkill", "-f", f"/opt/{PACKAGE}/{PACKAGE}")
        removed = subprocess.run(
            [*sudo, "apt-get", "remove", "-y", "-qq", PACKAGE],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if removed.returncode == 0 and not Path("/opt", PACKAGE).exists():
            ok(f"apt-get remove {PACKAGE}: /opt/{PACKAGE} gone")
        else:
            fail(f"apt-get remove left files behind:\n{removed.stdout}{removed.stderr}")


def main(argv: list[str]) -> int:
    args = [arg for arg in argv if not arg.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    deb = Path(args[0])
    print(f"check_deb: {deb}")
    with tempfile.TemporaryDirectory(prefix="backspasm-deb-") as tmp:
        root = Path(tmp)
        result = run("dpkg-deb", "-x", str(deb), str(root))
        if result.returncode != 0:
            fail(f"dpkg-deb -x: {result.stderr}")
        ok(f"dpkg-deb -x into {root}")
        validators(deb, root)
        executable = layout(root)
        offline(executable)
        with xvfb() as display:
            window(start([str(executable)], display), "unpacked app under Xvfb")
            if "--install" in argv:
                install_and_launch(deb, display)
    print("check_deb: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
