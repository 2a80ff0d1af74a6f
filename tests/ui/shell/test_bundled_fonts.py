"""The window can draw what the packets print: the bundled fonts are Qt's too."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from app.core.paths import assets_folder
from ui.shell.bundled_fonts import FONT_SUFFIXES, add_bundled_fonts

CHINESE = "这家店是骗子"


def test_every_bundled_font_file_is_given_to_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    added = add_bundled_fonts()
    files = {
        path.name
        for path in (assets_folder() / "fonts").iterdir()
        if path.suffix.lower() in FONT_SUFFIXES
    }
    assert set(added) == files
    assert all(added.values()), {name for name, families in added.items() if not families}
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert add_bundled_fonts() is added  # once per run


def _drawn(text: str) -> bytes:
    label = QLabel(text)
    label.resize(label.sizeHint())
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    label.render(image)
    return bytes(image.constBits())


def test_chinese_is_drawn_as_letters_not_as_empty_boxes(qapp) -> None:  # type: ignore[no-untyped-def]
    add_bundled_fonts()
    # A missing glyph is the same empty box whatever the character; letters differ.
    shapes = {_drawn(character) for character in CHINESE}
    assert len(shapes) == len(CHINESE)


def test_the_fonts_are_lent_before_the_first_window_opens(  # type: ignore[no-untyped-def]
    qapp, monkeypatch, tmp_path
) -> None:
    """On X11 a name painted before the fonts came stayed empty boxes even when painted
    again (王小明 in the customer list): they are lent before any window is painted."""
    import ui.shell.launch as launch

    order: list[str] = []
    monkeypatch.setattr("ui.shell.bundled_fonts.add_bundled_fonts", lambda: order.append("fonts"))
    # Everything else launch sets up for the whole process stays as it was.
    for name in (
        "enable_fault_log",
        "hold_until_first_paint",
        "collect_on_this_thread",
        "use_day_style",
        "empty_private_temporary_folder",
        "run_held_work",
    ):
        monkeypatch.setattr(launch, name, lambda *a, **k: None)
    monkeypatch.setattr(
        launch, "CrashHandler", lambda *a: type("Quiet", (), {"install": lambda self: None})()
    )
    monkeypatch.setattr(launch, "open_window", lambda *a, **k: order.append("window"))
    monkeypatch.setenv("STEADY_HOME", str(tmp_path))
    launch.launch(
        tmp_path / "steady.db",
        demo_path=tmp_path / "demo.db",
        open_services=lambda *a, **k: None,
        start_with_demo=False,
    )
    assert order == ["fonts", "window"]


def test_the_window_has_the_fonts_before_laying_out_names(  # type: ignore[no-untyped-def]
    services, monkeypatch
) -> None:
    import ui.shell.steady_window as built

    order: list[str] = []
    monkeypatch.setattr(built, "add_bundled_fonts", lambda: order.append("fonts"))
    real = built.LogWarnings
    monkeypatch.setattr(built, "LogWarnings", lambda s: order.append("window") or real(s))
    window = built.steady_window(services)
    window.close()
    assert order == ["fonts", "window"]


_LENT = """
import ui
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.shell import bundled_fonts
added = bundled_fonts.add_bundled_fonts()
assert bundled_fonts.add_bundled_fonts() is added
print(len(added), all(added.values()), "WenQuanYi Micro Hei" in QFontDatabase.families())
"""


def test_every_bundled_font_is_lent_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = [p for p in (assets_folder() / "fonts").iterdir() if p.suffix.lower() in FONT_SUFFIXES]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STEADY_CACHE": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", _LENT],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=assets_folder().parent,
    )
    assert run.stdout.split() == [str(len(files)), "True", "True"]
