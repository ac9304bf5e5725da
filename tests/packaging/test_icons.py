"""The app icon: drawn from assets/icon.svg, sharp at every size, packed into .ico and .icns."""

from __future__ import annotations

import logging
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from backspasm_gui import APP_ID
from backspasm_gui.ui.shared.app_icon import SIZES, app_icon, render

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import icons  # noqa: E402


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    out = tmp_path_factory.mktemp("icons")
    assert icons.main([str(out)]) == 0
    return out


def _alpha(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).alpha()


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("size", [16, 48, 256])
def test_the_icon_is_a_rounded_tile_with_a_picture_on_it(size: int) -> None:
    image = render(size)
    assert image.size() == QSize(size, size)
    assert _alpha(image, 0, 0) == 0  # rounded corners are see-through
    opaque = sum(_alpha(image, x, y) == 255 for x in range(size) for y in range(size)) / (
        size * size
    )
    assert opaque > 0.7  # a full tile, not a thin glyph lost on a dark panel
    colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
    assert len(colours) > 8  # a picture, not a flat square


@pytest.mark.usefixtures("qapp")
def test_the_window_icon_has_every_size() -> None:
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)


@pytest.mark.usefixtures("qapp")
def test_an_unreadable_icon_file_leaves_the_default_icon_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "icon.svg"
    broken.write_text("<svg", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        icon = app_icon(broken)
    assert icon.isNull()
    assert "could not be read" in caplog.text


def test_hicolor_has_every_size_named_after_the_app_id(made: Path) -> None:
    for size in icons.HICOLOR_SIZES:
        path = made / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(path))
        assert image.size() == QSize(size, size), path
    scalable = made / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "assets" / "icon.svg").read_bytes()


def test_the_prescription_file_has_its_own_icon_in_every_hicolor_size(made: Path) -> None:
    name = icons.DOCUMENT_ICON
    for size in icons.HICOLOR_SIZES:
        path = made / "hicolor" / f"{size}x{size}" / "mimetypes" / f"{name}.png"
        image = QImage(str(path))
        assert image.size() == QSize(size, size), path
        app = QImage(str(made / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert image != app  # a document, not the app
    scalable = made / "hicolor" / "scalable" / "mimetypes" / f"{name}.svg"
    assert QSvgRenderer(str(scalable)).isValid()


@pytest.mark.usefixtures("qapp")
def test_the_prescription_icon_is_a_sheet_carrying_the_app_tile(made: Path) -> None:
    svg = made / "hicolor" / "scalable" / "mimetypes" / f"{icons.DOCUMENT_ICON}.svg"
    # The app's own drawing, so the two icons cannot drift apart.
    assert '<rect x="12" y="12" width="232" height="232" rx="54" fill="url(#tile)" />' in (
        svg.read_text(encoding="utf-8")
    )
    image = render(256, svg)
    assert _alpha(image, 20, 128) == 0  # narrower than a square tile: a sheet of paper
    assert _alpha(image, 128, 30) == 255  # the paper above the tile
    assert image.pixelColor(128, 30).lightness() > 200
    assert image.pixelColor(128, 200).lightness() < 150  # the teal tile below


@pytest.mark.parametrize("name", ["backspasm-gui", icons.DOCUMENT_FILES])
def test_the_ico_holds_seven_sizes_that_windows_can_read(made: Path, name: str) -> None:
    path = made / f"{name}.ico"
    reserved, kind, count = struct.unpack("<HHH", path.read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    reader = QImageReader(str(path), b"ico")
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


@pytest.mark.parametrize("name", ["backspasm-gui", icons.DOCUMENT_FILES])
def test_the_icns_entries_are_well_formed_pngs_of_their_sizes(made: Path, name: str) -> None:
    data = (made / f"{name}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = [], 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        image = QImage.fromData(data[offset + 8 : offset + length])
        found.append((kind, image.width(), image.height()))
        offset += length
    assert offset == len(data)
    assert found == [(kind, size, size) for kind, size in icons.ICNS_TYPES]
    reader = QImageReader(str(made / f"{name}.icns"))
    assert reader.canRead()  # Qt's own icns reader agrees


def test_the_icons_come_out_the_same_every_build(made: Path, tmp_path: Path) -> None:
    assert icons.main([str(tmp_path)]) == 0
    document = f"hicolor/scalable/mimetypes/{icons.DOCUMENT_ICON}.svg"
    files = ("backspasm-gui.ico", "backspasm-gui.icns", document)
    files += (f"{icons.DOCUMENT_FILES}.ico", f"{icons.DOCUMENT_FILES}.icns")
    for name in files:
        assert (tmp_path / name).read_bytes() == (made / name).read_bytes()
