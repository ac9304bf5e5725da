"""`make gallery` draws every screen it promises: a broken one would go unlooked-at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests import gallery


def test_the_gallery_draws_each_screen_of_a_language_at_both_sizes(
    qapp: QApplication, tmp_path: Path
) -> None:
    assert gallery.main([str(tmp_path), "en"]) == 0
    names = sorted(path.name for path in tmp_path.glob("*.png"))
    moments = [*gallery.MOMENTS, "progress"]
    sizes = ["1280x800", "640x480", "640x480-200"]
    assert names == sorted(f"en-{size}-{m}.png" for size in sizes for m in moments)
    done = QImage(str(tmp_path / "en-1280x800-done.png"))
    assert (done.width(), done.height()) == (1280, 800)
