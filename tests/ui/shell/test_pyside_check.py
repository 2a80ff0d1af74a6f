"""PySide6's check of each imported module, answered from the file's bytes: same answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.shell.pyside_check import read_sources_quickly

ROOT = Path(__file__).resolve().parents[3]


def test_the_quick_check_answers_as_pysides_own_for_every_loaded_module() -> None:
    read_sources_quickly()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    read_sources_quickly()  # a second call wraps nothing twice
    assert feature._mod_uses_pyside is quick
    import inspect

    def pysides_own(module: object) -> bool:
        try:
            return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
        except (TypeError, OSError, SyntaxError):
            return False

    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: pysides_own(m) for m in modules}
    assert answers["ui.shell.pyside_check"] is True  # it names PySide6 in its words
    assert answers["pathlib"] is False
    assert sum(answers.values()) > 5  # PySide6 itself and Steady's window modules


def test_the_window_is_started_with_the_quick_check() -> None:
    code = (
        "import sys, ui.shell.launch as launch; launch.launch = lambda *a, **k: 0; "
        "from app.application import run_window; run_window(sys.argv[1]); "
        "print(getattr(sys.modules['shibokensupport.feature']._mod_uses_pyside, "
        "'_steady_reads_bytes', False))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "unused.db"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_python_s_own_library_never_names_pyside6() -> None:
    """What lets the check skip reading the standard library's files."""
    import os

    from ui.shell.pyside_check import is_standard_library

    library = os.path.dirname(os.__file__) + os.sep
    named = []
    for folder, _, files in os.walk(library):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".py") and is_standard_library(path, library):
                with open(path, "rb") as source:
                    if b"PySide6" in source.read():
                        named.append(path)
    assert named == []
    assert is_standard_library(os.__file__, library)
    installed = os.path.join(library, "site-packages", "PySide6", "__init__.py")
    assert not is_standard_library(installed, library)  # a Python installed without a venv
    assert not is_standard_library(os.path.join(library.rstrip(os.sep) + "-x", "a.py"), library)
