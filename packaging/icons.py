"""Make every icon file the installers need from ``assets/icon.svg``.

    python packaging/icons.py OUTDIR

writes ``OUTDIR/hicolor/<n>x<n>/apps/<APP_ID>.png`` for each size, the SVG as
``OUTDIR/hicolor/scalable/apps/<APP_ID>.svg``, ``OUTDIR/backspasm-gui.ico``
(Windows, PNG-compressed entries 16-256 px) and ``OUTDIR/backspasm-gui.icns``
(macOS, PNG entries 16-1024 px). Everything here is generated; nothing is
committed but the SVG.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backspasm_gui import APP_ID  # noqa: E402
from backspasm_gui.ui.shared.app_icon import render  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
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


def png_bytes(size: int) -> bytes:
    image = render(size)
    if image.isNull():
        raise SystemExit(f"icons: {ROOT / 'assets' / 'icon.svg'} could not be rendered")
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
    sizes = sorted({16, 24, 32, 48, 64, 128, 256, 512, 1024})
    pngs = {size: png_bytes(size) for size in sizes}
    for size in sizes:
        if size > 512:
            continue  # hicolor stops at 512
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "assets" / "icon.svg", scalable)
    (out / "backspasm-gui.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "backspasm-gui.icns").write_bytes(icns(pngs))
    print(f"icons: {len(sizes)} sizes, .ico and .icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
