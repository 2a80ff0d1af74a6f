"""The layer rules of DESIGN.md: Qt only in ui/, SQL only in storage/, reportlab only in reports/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RULES = {
    "PySide6": ("ui/", "app/application.py"),
    "sqlite3": ("storage/",),
    "sqlite_utils": ("storage/",),
    "reportlab": ("reports/",),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


SOURCES = sorted(
    p for package in ("app", "ui", "storage", "reports") for p in (ROOT / package).rglob("*.py")
)


def broken_rules(relative: str, imported: set[str]) -> list[str]:
    """The layer rules a module at `relative` (a posix path from the root) breaks."""
    return [
        f"{relative} imports {module}"
        for module, allowed in RULES.items()
        if module in imported and not relative.startswith(allowed)
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_respects_layers(path: Path) -> None:
    assert broken_rules(path.relative_to(ROOT).as_posix(), _imports(path)) == []


@pytest.mark.parametrize(
    ("relative", "source"),
    [
        ("app/standing/signs.py", "from PySide6.QtCore import Qt"),
        ("app/reply/tone.py", "import sqlite3"),
        ("ui/log/timeline.py", "from sqlite_utils import Database"),
        ("app/packets/making.py", "from reportlab.platypus import Paragraph"),
        ("storage/ledger.py", "import reportlab.pdfgen.canvas"),
    ],
)
def test_the_rules_catch_a_module_in_the_wrong_layer(
    tmp_path: Path, relative: str, source: str
) -> None:
    module = tmp_path / "module.py"
    module.write_text(source + "\n", encoding="utf-8")
    assert broken_rules(relative, _imports(module)) != []


def test_app_does_not_import_outer_layers() -> None:
    for path in (ROOT / "app").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "app/application.py":
            continue
        outer = _imports(path) & {"ui", "storage", "reports"}
        assert not outer, f"{relative} imports {outer}; only app/application.py wires layers"
