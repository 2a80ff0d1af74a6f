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


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_respects_layers(path: Path) -> None:
    relative = path.relative_to(ROOT).as_posix()
    for module, allowed in RULES.items():
        if module in _imports(path):
            assert relative.startswith(allowed), f"{relative} imports {module}"


def test_app_does_not_import_outer_layers() -> None:
    for path in (ROOT / "app").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "app/application.py":
            continue
        outer = _imports(path) & {"ui", "storage", "reports"}
        assert not outer, f"{relative} imports {outer}; only app/application.py wires layers"
