"""Build the Debian package from the PyInstaller bundle.

    python packaging/linux/build_deb.py BUNDLE ICONS OUTDIR

BUNDLE is the one-folder bundle (``build/bundle/backspasm-gui``), ICONS the
folder ``packaging/icons.py`` wrote. The package installs:

* the bundle under ``/opt/backspasm-gui/`` and a ``backspasm-gui`` launcher
  on PATH (``/usr/bin``, a symlink);
* the ``.desktop`` entry, AppStream metainfo and hicolor icons, named after
  the app id, so menus and software centres find it, and the shared-mime-info
  XML of the prescription file type (``*.stretches``) with its own icon, which
  the entry's ``MimeType=`` opens (dpkg's triggers update the menu, icon, MIME
  and MIME-to-app caches; no maintainer scripts);
* the copyright, changelog, a man page and the lintian overrides that
  explain why a self-contained bundle lives in /opt.

``Depends`` are the system libraries the bundle really loads: ``ldd`` on
every ELF file in it (the Qt platform plugins included), each library found
outside the bundle that an ELF file links to directly (its ``NEEDED``
entries, as ``objdump -p`` shows them) mapped to its package with ``dpkg -S``. Libraries that only
the speech plugin needs go to ``Recommends`` with the speech-dispatcher
daemon: without them the app runs and says the voice is unavailable.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from backspasm_gui import APP_ID  # noqa: E402

PACKAGE = "backspasm-gui"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = "Back Spasm Stretches developers <backspasm@users.noreply.github.com>"
DESCRIPTION = """\
guided back spasm stretches you can follow by ear
 A clinic handout on back pain and spasms, made into a routine you can
 follow on the floor without looking at the screen: seven stretches of
 30 seconds each, four of them on each side, about five minutes, two or
 three times a day.
 .
 A large countdown ring, a moving picture of each stretch with the
 handout's own words, chimes and a spoken voice guide every step."""
# Features whose libraries are recommended, not required: the app tells the
# person in one sentence when they are missing and carries on.
OPTIONAL_PLUGINS = ("texttospeech",)
OPTIONAL_EXTRA = ("speech-dispatcher",)
# The fonts Arabic and Chinese are written in (backspasm_gui/ui/shared/fonts.py): no
# library links to them, so ldd cannot find them. Noto Sans Arabic UI (ui-core) and
# Noto Sans Arabic (core); Noto Sans CJK SC, or the much smaller WenQuanYi Micro Hei
# where a system has that instead.
FONTS = ("fonts-noto-core", "fonts-noto-ui-core", "fonts-noto-cjk | fonts-wqy-microhei")

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\x00")


@dataclass(frozen=True)
class Relations:
    depends: tuple[str, ...]
    recommends: tuple[str, ...]


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def parse_ldd(output: str) -> dict[str, str | None]:
    """``ldd`` output as {soname: resolved path, or None when not found}."""
    found: dict[str, str | None] = {}
    for line in output.splitlines():
        match = _LDD_LINE.match(line)
        if match:
            name, where = match.groups()
            found[name] = None if where == "not found" else where
    return found


def glibc_floor(blobs: Iterable[bytes]) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any of the ELF files asks for."""
    newest: tuple[int, ...] = ()
    for blob in blobs:
        for match in _GLIBC.finditer(blob):
            newest = max(newest, tuple(int(part) for part in match.groups() if part))
    return ".".join(map(str, newest)) if newest else None


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(bundle: Path) -> list[Path]:
    return sorted(path for path in bundle.rglob("*") if is_elf(path))


def library_dirs(bundle: Path) -> list[Path]:
    return sorted({path.parent for path in bundle.rglob("*.so*")} | {bundle / "_internal"})


def direct_needs(path: Path) -> set[str]:
    """The sonames ``path`` links to itself (DT_NEEDED), not those of its libraries."""
    result = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    )
    return {
        line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")
    }


def system_libraries(bundle: Path) -> dict[Path, set[str]]:
    """Each library outside the bundle that a file in it links to directly, with who does.

    Only direct links count, as dpkg-shlibdeps does: what those libraries need
    in turn comes with their own packages' Depends.
    """
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(map(str, library_dirs(bundle)))}
    needed: dict[Path, set[str]] = {}
    missing: dict[str, set[str]] = {}
    inside = bundle.resolve()
    for path in elf_files(bundle):
        result = subprocess.run(
            ["ldd", str(path)], env=env, capture_output=True, text=True, check=False
        )
        relative = str(path.relative_to(bundle))
        direct = direct_needs(path)
        for name, where in parse_ldd(result.stdout).items():
            if name not in direct:
                continue
            if where is None:
                missing.setdefault(name, set()).add(relative)
                continue
            resolved = Path(where).resolve()
            if not resolved.is_relative_to(inside):
                needed.setdefault(Path(where), set()).add(relative)
    if missing:
        lines = [f"  {name} (needed by {', '.join(sorted(who))})" for name, who in missing.items()]
        raise SystemExit(
            "build_deb: these libraries are not installed here, so the package's "
            "Depends cannot be worked out; install them (make dist installs them) and build "
            "again:\n" + "\n".join(sorted(lines))
        )
    return needed


def owning_package(library: Path) -> str:
    """The Debian package that ships ``library`` (merged /usr aware)."""
    candidates = [str(library), str(library.resolve())]
    for path in list(candidates):
        if path.startswith("/usr/lib/"):
            candidates.append(path.removeprefix("/usr"))
        elif path.startswith("/lib/"):
            candidates.append("/usr" + path)
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(
            ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout:
            package = result.stdout.split(":")[0].split(",")[0].strip()
            return package
    raise SystemExit(f"build_deb: no installed package ships {library}; cannot declare it")


def relations(needed: dict[Path, set[str]], glibc: str | None) -> Relations:
    required: set[str] = set()
    optional: set[str] = set()
    for library, users in needed.items():
        package = owning_package(library)
        only_optional = all(
            any(f"/plugins/{plugin}/" in f"/{user}" for plugin in OPTIONAL_PLUGINS)
            for user in users
        )
        (optional if only_optional else required).add(package)
    optional -= required
    depends = sorted(required)
    if glibc and "libc6" in required:
        depends = [f"libc6 (>= {glibc})" if name == "libc6" else name for name in depends]
    return Relations((*depends, *FONTS), tuple(sorted(optional | set(OPTIONAL_EXTRA))))


def control(version: str, architecture: str, installed_kib: int, rel: Relations) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(rel.depends)}\n"
        f"Recommends: {', '.join(rel.recommends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://github.com/backspasm/backspasm-gui\n"
        f"Description: {DESCRIPTION}\n"
    )


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _gzip(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name: the same input gives the same bytes (lintian's -n check).
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as packed,
    ):
        packed.write(source.read_bytes())
    target.chmod(0o644)


def stage(bundle: Path, icons: Path, root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    for path in (root / INSTALL_DIR).rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or (path.name == PACKAGE and path.parent == root / INSTALL_DIR)
        path.chmod(0o755 if executable else 0o644)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = root / "usr" / "share"
    _install(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    # The prescription file type; the menu entry's MimeType= opens it with the app.
    _install(HERE / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    for icon in sorted((icons / "hicolor").rglob("*")):
        if icon.is_file():
            _install(icon, share / "icons" / icon.relative_to(icons))
    doc = share / "doc" / PACKAGE
    _install(HERE / "copyright", doc / "copyright")
    _gzip(HERE / "changelog", doc / "changelog.gz")
    _gzip(HERE / f"{PACKAGE}.1", share / "man" / "man1" / f"{PACKAGE}.1.gz")
    _install(HERE / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    for directory in [root, *root.rglob("*")]:
        if directory.is_dir() and not directory.is_symlink():
            directory.chmod(0o755)


def installed_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1024 if path.is_dir() and not path.is_symlink() else 0
        elif path.is_file():
            total += path.stat().st_size
    return (total + 1023) // 1024


def build(bundle: Path, icons: Path, outdir: Path) -> Path:
    version = project_version()
    changelog_top = (HERE / "changelog").read_text(encoding="utf-8").split("\n", 1)[0]
    if f"({version})" not in changelog_top:
        raise SystemExit(
            f"build_deb: packaging/linux/changelog starts with {changelog_top!r}, "
            f"but pyproject.toml says {version}; add a changelog entry"
        )
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = ROOT / "build" / "deb" / "root"
    stage(bundle, icons, root)
    installed = root / INSTALL_DIR
    needed = system_libraries(installed)
    glibc = glibc_floor(path.read_bytes() for path in elf_files(installed))
    rel = relations(needed, glibc)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(
        control(version, architecture, installed_kib(root), rel), encoding="utf-8"
    )
    outdir.mkdir(parents=True, exist_ok=True)
    deb = outdir / f"{PACKAGE}_{version}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"build_deb: {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    print(f"  Depends: {', '.join(rel.depends)}")
    print(f"  Recommends: {', '.join(rel.recommends)}")
    return deb


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    build(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
