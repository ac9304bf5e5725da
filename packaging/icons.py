"""Make every icon file the installers need from ``assets/icon.svg``.

    python packaging/icons.py OUTDIR

writes ``OUTDIR/hicolor/<n>x<n>/apps/<APP_ID>.png`` for each size, the SVG as
``OUTDIR/hicolor/scalable/apps/<APP_ID>.svg``, ``OUTDIR/backspasm-gui.ico``
(Windows, PNG-compressed entries 16-256 px) and ``OUTDIR/backspasm-gui.icns``
(macOS, PNG entries 16-1024 px).

The prescription file (``*.stretches``) gets its own icon, the app's tile on a
sheet of paper with a folded corner, composed from the same SVG: hicolor
``mimetypes/application-x-backspasm-stretches`` in every size and as SVG (the
name shared-mime-info gives the type), ``OUTDIR/backspasm-prescription.ico``
(the Inno Setup script's DefaultIcon) and ``OUTDIR/backspasm-prescription.icns``
(the macOS document type's icon). Everything here is generated; nothing is
committed but the app's SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backspasm_gui import APP_ID  # noqa: E402
from backspasm_gui.ui.shared.app_icon import render  # noqa: E402

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The prescription file's icon: shared-mime-info's name for application/x-backspasm-stretches
# (the <icon> of packaging/linux/<APP_ID>.mime.xml), and the Windows and macOS files.
DOCUMENT_ICON = "application-x-backspasm-stretches"
DOCUMENT_FILES = "backspasm-prescription"
SVG = "http://www.w3.org/2000/svg"
# (type, pixels) for the PNG-based ICNS entries macOS reads since 10.7.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as is (allowed since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG entries; ``pngs`` must have every size ICNS_TYPES names."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def document_svg(app_svg: bytes) -> str:
    """The document icon: a sheet with a folded corner, lines of text and the app's tile.

    The tile is the app's SVG itself, its drawing scaled into the lower part of
    the sheet, so a change to the app icon changes the document icon too.
    """
    ET.register_namespace("", SVG)
    app = ET.fromstring(app_svg)
    if app.get("viewBox") != "0 0 256 256":
        raise SystemExit("icons: assets/icon.svg must keep its 256 x 256 viewBox")
    doc = ET.Element(f"{{{SVG}}}svg", width="256", height="256", viewBox="0 0 256 256")
    for defs in app.findall(f"{{{SVG}}}defs"):
        doc.append(defs)  # gradients stay at the top, where every renderer finds them
    edge = {"stroke": "#9AA09C", "stroke-width": "4", "stroke-linejoin": "round"}
    sheet = (
        "M 56 12 H 166 L 212 58 V 232 A 12 12 0 0 1 200 244 H 56"
        " A 12 12 0 0 1 44 232 V 24 A 12 12 0 0 1 56 12 Z"
    )
    fold = "M 166 12 V 46 A 12 12 0 0 0 178 58 H 212 Z"
    paths = [{"d": sheet, "fill": "#FDFBF6", **edge}, {"d": fold, "fill": "#E2DED4", **edge}]
    text = {"stroke": "#B4B9B5", "stroke-width": "9", "stroke-linecap": "round"}
    paths += [{"d": f"M 66 {y} H {end}", **text} for y, end in ((36, 146), (56, 150), (76, 118))]
    for attributes in paths:
        ET.SubElement(doc, f"{{{SVG}}}path", attributes)
    tile = ET.SubElement(doc, f"{{{SVG}}}g", transform="translate(54 90) scale(0.5625)")
    for child in app:
        if child.tag != f"{{{SVG}}}defs":
            tile.append(child)
    ET.indent(doc, "  ")
    note = (
        "<!-- The prescription file's icon (application/x-backspasm-stretches), made by\n"
        "     packaging/icons.py from assets/icon.svg. Generated: do not edit. -->\n"
    )
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + note + ET.tostring(doc, "unicode") + "\n"


def png_bytes(size: int, source: Path | None = None) -> bytes:
    image = render(size, source)
    if image.isNull():
        raise SystemExit(f"icons: {source or ROOT / 'assets' / 'icon.svg'} could not be rendered")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
    buffer.close()
    return bytes(data.data())


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    sizes = sorted({*HICOLOR_SIZES, 1024})  # hicolor stops at 512; .icns goes to 1024
    app_svg = ROOT / "assets" / "icon.svg"
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(app_svg, scalable)
    document = out / "hicolor" / "scalable" / "mimetypes" / f"{DOCUMENT_ICON}.svg"
    document.parent.mkdir(parents=True, exist_ok=True)
    document.write_text(document_svg(app_svg.read_bytes()), encoding="utf-8")
    for context, name, source, files in (
        ("apps", APP_ID, app_svg, "backspasm-gui"),
        ("mimetypes", DOCUMENT_ICON, document, DOCUMENT_FILES),
    ):
        pngs = {size: png_bytes(size, source) for size in sizes}
        for size in HICOLOR_SIZES:
            target = out / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pngs[size])
        (out / f"{files}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
        (out / f"{files}.icns").write_bytes(icns(pngs))
    print(f"icons: the app's and the prescription file's, {len(sizes)} sizes, .ico, .icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
