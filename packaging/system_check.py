"""Are the system packages the app needs installed? If not, install them or say how.

    python3 packaging/system_check.py GROUP...      (groups of packaging/system-packages.txt)

``make run`` checks ``run``, ``make test`` ``run`` and ``test``, and so on; .ci/run
asks for every group. It runs with the system's python3 before the venv exists, so it
is plain standard library. On Debian and Ubuntu one ``dpkg-query`` call answers
(a few tens of milliseconds); where something is missing, it is installed with
apt-get if this is root or ``sudo`` works without a password, after one line saying
what and why; otherwise one sentence names the packages and the command that
installs them, and the exit code is 2. On Fedora and Arch the run group is checked
in their own names; macOS and Windows need nothing, the PySide6 wheels carry Qt.

BACKSPASM_SKIP_SYSTEM_CHECK=1 skips the check (once CI has installed everything,
or for whoever knows their system has it under other names).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LIST = Path(__file__).resolve().parent / "system-packages.txt"
SKIP_VARIABLE = "BACKSPASM_SKIP_SYSTEM_CHECK"
EXIT_OK = 0
EXIT_MISSING = 2

# Why each group is wanted, as the sentences say it.
PURPOSE = {
    "run": "to run the app",
    "test": "for the tests",
    "dist": "to build and check the installer",
    "bench": "for the benchmarks",
}

# The package manager of each system without apt whose names the list has ([run:fedora]).
OTHER_SYSTEMS = {"fedora": "dnf", "arch": "pacman"}

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


@dataclass(frozen=True)
class Need:
    """One package (or its other names on other releases) and the group that wants it."""

    names: tuple[str, ...]
    group: str

    @property
    def name(self) -> str:
        return self.names[0]


def read_list(text: str) -> dict[str, list[tuple[str, ...]]]:
    """The groups of the package list: ``[group]`` headers, one package a line, ``a | b``
    for a package named otherwise on another release, ``#`` comments."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    current: list[tuple[str, ...]] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(f"system-packages.txt, line {number}: a package before any [group]")
        current.append(tuple(name.strip() for name in line.split("|")))
    return groups


def wanted(groups: dict[str, list[tuple[str, ...]]], asked: Sequence[str]) -> list[Need]:
    """The packages of the groups asked for, each once, in the list's order."""
    needs: list[Need] = []
    seen: set[tuple[str, ...]] = set()
    for group in asked:
        if group not in groups:
            known = ", ".join(groups)
            raise ValueError(f"no group {group!r} in system-packages.txt (it has {known})")
        for names in groups[group]:
            if names not in seen:
                seen.add(names)
                needs.append(Need(names, group))
    return needs


def installed_debs(names: Sequence[str], run: Runner = _run) -> set[str]:
    """Which of ``names`` dpkg has installed, in one ``dpkg-query`` call (names it has never
    heard of are simply not installed)."""
    result = run(["dpkg-query", "-W", "-f", "${Status} ${Package}\n", *names])
    found: set[str] = set()
    for line in result.stdout.splitlines():
        words = line.split()
        if len(words) == 4 and words[:3] == ["install", "ok", "installed"]:
            found.add(words[3].split(":")[0])
    return found


def missing(needs: Sequence[Need], installed: set[str]) -> list[Need]:
    return [need for need in needs if not installed.intersection(need.names)]


def by_purpose(needs: Sequence[Need]) -> str:
    """``to run the app: libpulse0; for the tests: xvfb, xauth``."""
    parts: dict[str, list[str]] = {}
    for need in needs:
        parts.setdefault(need.group, []).append(need.name)
    return "; ".join(
        f"{PURPOSE.get(group, group)}: {', '.join(names)}" for group, names in parts.items()
    )


@dataclass(frozen=True)
class Plan:
    """What to do about the missing packages: install with ``prefix`` (``[]`` as root,
    ``["sudo"]``), or only say ``sentence`` and exit 2."""

    install: bool
    sentence: str
    prefix: list[str] = field(default_factory=list)


def plan(needs: Sequence[Need], *, uid: int, sudo_works: bool, has_sudo: bool) -> Plan:
    """Install as root or with a sudo that needs no password; else say the one command."""
    names = " ".join(need.name for need in needs)
    if uid == 0 or sudo_works:
        count = len(needs)
        noun = "package" if count == 1 else "packages"
        return Plan(
            install=True,
            prefix=[] if uid == 0 else ["sudo", "-n"],
            sentence=(
                f"Installing {count} missing system {noun} with apt-get ({by_purpose(needs)})."
            ),
        )
    command = f"sudo apt-get install {names}" if has_sudo else f"su -c 'apt-get install {names}'"
    return Plan(
        install=False,
        sentence=(
            f"Some system packages are missing ({by_purpose(needs)}); install them with "
            f"`{command}` and try again ({SKIP_VARIABLE}=1 skips this check)."
        ),
    )


def chosen_names(needs: Sequence[Need], run: Runner = _run) -> list[str]:
    """The name apt knows for each package: the first that ``apt-cache show`` finds (Ubuntu
    24.04 has libglib2.0-0t64, 22.04 dbus), else the first."""
    names = []
    for need in needs:
        name = need.name
        if len(need.names) > 1:
            for candidate in need.names:
                if run(["apt-cache", "show", "--no-all-versions", candidate]).returncode == 0:
                    name = candidate
                    break
        names.append(name)
    return names


def install(needs: Sequence[Need], prefix: list[str], run: Runner = _run) -> int:
    """apt-get update, then install; 0, or apt-get's exit code after saying it failed."""
    update = run([*prefix, "apt-get", "update", "-qq"])
    if update.returncode != 0:
        sys.stderr.write(update.stderr)
    names = chosen_names(needs, run)
    result = run(
        [
            *prefix,
            "env",
            "DEBIAN_FRONTEND=noninteractive",
            "apt-get",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            *names,
        ]
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        print(
            f"apt-get could not install {' '.join(names)} (exit code {result.returncode}); "
            "its message is above.",
            file=sys.stderr,
        )
        return result.returncode
    return EXIT_OK


def system() -> str:
    """``debian`` (dpkg and apt), ``fedora``, ``arch``, ``macos``, ``windows`` or ``other``."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if shutil.which("dpkg-query") and shutil.which("apt-get"):
        return "debian"
    if shutil.which("rpm") and shutil.which("dnf"):
        return "fedora"
    if shutil.which("pacman"):
        return "arch"
    return "other"


def other_system(kind: str, text: str, run: Runner = _run) -> int:
    """Fedora and Arch: check the run group in their names (``text``, the list) and say
    what is missing. Elsewhere say what is needed, or that nothing is."""
    if kind in ("macos", "windows"):
        where = "macOS" if kind == "macos" else "Windows"
        print(f"On {where} nothing is needed from the system: the PySide6 wheels carry Qt.")
        return EXIT_OK
    if kind not in OTHER_SYSTEMS:
        print(
            "This system has neither apt, dnf nor pacman, so its packages are not checked: "
            "Qt needs its X11 (xcb), OpenGL, fontconfig, D-Bus and PulseAudio libraries "
            f"(Debian's names are in {LIST.name})."
        )
        return EXIT_OK
    tool = OTHER_SYSTEMS[kind]
    names = [need.name for need in wanted(read_list(text), [f"run:{kind}"])]
    query = ["rpm", "-q", "--qf", "%{NAME}\n"] if kind == "fedora" else ["pacman", "-Qq"]
    result = run([*query, *names])
    found = {line.strip() for line in result.stdout.splitlines()}
    absent = [name for name in names if name not in found]
    if not absent:
        return EXIT_OK
    command = f"sudo {tool} install" if tool == "dnf" else "sudo pacman -S --needed"
    print(
        f"Qt needs system packages that are missing here ({', '.join(absent)}); install "
        f"them with `{command} {' '.join(absent)}` and try again ({SKIP_VARIABLE}=1 "
        "skips this check).",
        file=sys.stderr,
    )
    return EXIT_MISSING


def sudo_works(run: Runner = _run) -> bool:
    """``sudo`` is there and asks for no password."""
    return shutil.which("sudo") is not None and run(["sudo", "-n", "true"]).returncode == 0


def main(argv: Sequence[str] | None = None, *, uid: int | None = None) -> int:
    """Check (and install, or say how to install) the groups named in ``argv``."""
    asked = list(sys.argv[1:] if argv is None else argv) or ["run"]
    if os.environ.get(SKIP_VARIABLE, "") not in ("", "0"):
        return EXIT_OK
    try:
        text = LIST.read_text(encoding="utf-8")
        kind = system()
        if kind != "debian":
            return other_system(kind, text)
        needs = wanted(read_list(text), asked)
    except (OSError, ValueError) as exc:
        print(f"system_check: {exc}", file=sys.stderr)
        return EXIT_MISSING
    lacking = missing(needs, installed_debs([name for need in needs for name in need.names]))
    if not lacking:
        return EXIT_OK
    uid = os.geteuid() if uid is None else uid
    decided = plan(
        lacking,
        uid=uid,
        sudo_works=uid != 0 and sudo_works(),
        has_sudo=shutil.which("sudo") is not None,
    )
    if not decided.install:
        print(decided.sentence, file=sys.stderr)
        return EXIT_MISSING
    print(decided.sentence, flush=True)
    return install(lacking, decided.prefix)


if __name__ == "__main__":
    sys.exit(main())
