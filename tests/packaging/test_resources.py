"""Assets are found the same way from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from backspasm_gui import resources
from backspasm_gui.core.routine_file import load_routine

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_assets() -> None:
    assert resources.assets_dir() == ROOT / "assets"
    assert len(load_routine(resources.path("routine.toml")).steps) == 11


def test_a_frozen_bundle_reads_the_assets_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "assets", tmp_path / "assets")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.path("routine.toml") == tmp_path / "assets" / "routine.toml"
    assert len(load_routine(resources.path("routine.toml")).steps) == 11


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
    )
    return next(out.glob("backspasm_gui-*.whl"))


def test_the_wheel_carries_the_assets_inside_the_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "backspasm_gui/assets/routine.toml" in names
    assert "backspasm_gui/assets/about.toml" in names
    assert not [n for n in names if n.startswith("tests/")]


def test_an_installed_wheel_reads_its_own_assets(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = (
        "import backspasm_gui, backspasm_gui.resources as r\n"
        "from backspasm_gui.core.routine_file import load_routine\n"
        "from backspasm_gui.core.about import load_about\n"
        "print(backspasm_gui.__file__)\n"
        "print(r.assets_dir())\n"
        "routine = load_routine(r.path('routine.toml'))\n"
        "print(len(routine.steps), len(load_about(r.path('about.toml'))))\n"
    )
    # -S: no site-packages, so the editable install of the checkout cannot win.
    result = subprocess.run(
        [sys.executable, "-S", "-c", code],
        env={**os.environ, "PYTHONPATH": str(site)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    package_file, assets, counts = result.stdout.strip().splitlines()
    assert Path(package_file).is_relative_to(site)
    assert Path(assets) == site / "backspasm_gui" / "assets"
    assert counts == "11 4"
