"""PySide6's start made cheaper (ui/shell/pyside_start.py) must change nothing but the time:
every Qt enum built the quick way is the class enum's own route builds, and PySide6's support
code is the code its source compiles to."""

from __future__ import annotations

import builtins
import enum
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core import compiled_once
from ui.shell import pyside_start
from ui.shell.pyside_start import _create_quickly, _original_create, _support_compiled_once

ROOT = Path(__file__).resolve().parents[3]

# Run in a fresh Python that has not imported Steady: what PySide6 asks enum for, for every
# enum of every Qt module Steady uses (each class touched, so that its enums are made).
_CAPTURE = """
import enum, json, sys
asked = []
create = enum.EnumType._create_
def capture(cls, class_name, names, **options):
    asked.append([cls.__name__, class_name, [list(item) for item in names],
                  options.get("boundary") and options["boundary"].name])
    return create(cls, class_name, names, **options)
enum.EnumType._create_ = capture
import importlib
for name in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets",
             "QtPrintSupport", "QtTextToSpeech", "QtTest"):
    module = importlib.import_module("PySide6." + name)
    for attribute in dir(module):
        value = getattr(module, attribute)
        if isinstance(value, type):
            dir(value)
json.dump(asked, sys.stdout)
"""


@pytest.fixture(scope="module")
def qt_enums() -> list[list[Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _CAPTURE], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(run.stdout)


def _fingerprint(made: Any) -> dict[str, Any]:
    """Everything about an enum class a program could notice, as plain values."""

    def shown(value: Any) -> Any:
        if isinstance(value, made):
            return ("member", value._name_)
        if callable(value) or isinstance(
            value, staticmethod | classmethod | property | enum.property
        ):
            return getattr(value, "__qualname__", builtins.type(value).__name__)
        if isinstance(value, dict):
            return sorted((repr(k), shown(v)) for k, v in value.items())
        if isinstance(value, list | tuple):
            return [shown(v) for v in value]
        return repr(value)

    def outcome(work: Any) -> Any:
        try:
            result = work()
        except Exception as error:  # the same failure counts as the same behaviour
            return ("raises", builtins.type(error).__name__)
        if isinstance(result, made):
            return (repr(result), str(result), format(result))
        return [shown(item) for item in result] if isinstance(result, list) else result

    members = list(made.__members__.values())
    every = 0
    for member in members:
        every |= member._value_ if isinstance(member._value_, int) else 0
    print_ = {
        "names": (made.__name__, made.__qualname__, made.__module__, made.__doc__),
        "mro": [base.__qualname__ for base in made.__mro__],
        "dict": sorted((key, shown(value)) for key, value in vars(made).items()),
        "iterated": [(m._name_, m._value_) for m in made],
        "members": [
            (name, m._name_, m._value_, m._sort_order_) for name, m in made.__members__.items()
        ],
        "shown": [(repr(m), str(m), format(m), f"{m:}", hash(m), bool(m)) for m in members],
        "by_value": [outcome(lambda m=m: made(m._value_)) for m in members],
        "by_name": [outcome(lambda m=m: made[m._name_]) for m in members],
        "reduced": [shown(m.__reduce_ex__(4)) for m in members],
        "missing": [outcome(lambda v=v: made(v)) for v in (every + 1, -1, 0, 1 << 40)],
    }
    if issubclass(made, enum.Flag):
        print_["masks"] = (made._flag_mask_, made._singles_mask_, made._all_bits_)
        print_["boundary"] = repr(made._boundary_)
        print_["inverted"] = [outcome(lambda m=m: ~m) for m in members]
        print_["joined"] = [
            outcome(lambda a=a, b=b: a | b) for a in members[:6] for b in members[:6]
        ]
        print_["crossed"] = [
            outcome(lambda a=a, b=b: a & b) for a in members[:6] for b in members[:6]
        ]
        print_["all"] = outcome(lambda: list(made(every)))
    return print_


def _build(route: Any, spec: list[Any]) -> Any:
    kind_name, class_name, names, boundary = spec
    kind = getattr(enum, kind_name)
    return route(
        kind,
        class_name,
        [tuple(item) for item in names],
        module="PySide6.QtCore",
        qualname=f"Qt.{class_name}",
        boundary=getattr(enum.FlagBoundary, boundary) if boundary else None,
    )


def test_every_qt_enum_steady_meets_is_built_as_enum_builds_it(qt_enums: list[list[Any]]) -> None:
    assert len(qt_enums) > 500  # every Qt module Steady uses, not only the start's
    quick = [
        spec
        for spec in qt_enums
        if pyside_start._plain_members(getattr(enum, spec[0]), [tuple(i) for i in spec[2]])
    ]
    assert len(quick) > 0.95 * len(qt_enums)  # nearly all take the quick route
    kinds = {spec[0] for spec in quick}
    assert kinds == {"Enum", "IntEnum", "Flag", "IntFlag"}
    different = [
        spec[1]
        for spec in qt_enums
        if _fingerprint(_build(_original_create, spec))
        != _fingerprint(_build(_create_quickly, spec))
    ]
    assert different == []


def test_the_window_s_enums_are_made_the_quick_way() -> None:
    from PySide6.QtCore import Qt

    assert getattr(enum.EnumType, "_create_") is _create_quickly  # noqa: B009
    assert Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop == Qt.AlignmentFlag(0x21)
    assert Qt.Key(0x41) is Qt.Key.Key_A and Qt.Key.Key_A.name == "Key_A"


@pytest.mark.parametrize(
    "names",
    [
        "RED GREEN BLUE",  # names only: values are counted
        [("RED", 1), ("RED", 2)],  # a name twice: enum refuses it
        [("value", 1), ("other", 2)],  # hides the members' own `value`
        [("_hidden", 1)],  # special to enum
        [("HALF", 0.5)],  # not an integer
        {"RED": 1, "GREEN": 2},  # a mapping
    ],
)
def test_enums_of_any_other_shape_take_enum_s_own_route(names: Any) -> None:
    def made(route: Any) -> Any:
        try:
            return _fingerprint(route(enum.IntFlag, "Shade", names, module=__name__))
        except Exception as error:
            return ("raises", builtins.type(error).__name__, str(error))

    assert made(_create_quickly) == made(_original_create)


def _compiled_in(cache: Path, source: bytes, filename: str) -> tuple[Any, list[str]]:
    """Compile as PySide6's start does, with `cache`: the code, and the names compiled."""
    compiled: list[str] = []
    real = compiled_once._compile

    def counting(source: Any, name: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(str(name))
        return real(source, name, mode, *args, **kwargs)

    compiled_once._compile = counting
    try:
        with _support_compiled_once(cache):
            code = builtins.compile(source, filename, "exec")
    finally:
        compiled_once._compile = real
    return code, compiled


def test_support_code_is_compiled_once_and_again_when_its_source_changes(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "pyside-support.bin"
    name = "shibokensupport/signature/example.py"
    first, compiled = _compiled_in(cache, b"ANSWER = 42\n", name)
    assert compiled == [name] and cache.exists()
    again, compiled = _compiled_in(cache, b"ANSWER = 42\n", name)
    assert compiled == [] and again == first  # read from the cache
    namespace: dict[str, Any] = {}
    exec(again, namespace)
    assert namespace["ANSWER"] == 42
    changed, compiled = _compiled_in(cache, b"ANSWER = 43\n", name)  # a PySide6 update
    assert compiled == [name]
    exec(changed, namespace)
    assert namespace["ANSWER"] == 43


@pytest.mark.parametrize(
    "stored", [b"", b"\x00garbage", marshal.dumps({"python": b"old"}), marshal.dumps([1, 2])]
)
def test_an_unreadable_or_foreign_cache_is_compiled_past_and_replaced(
    tmp_path: Path, stored: bytes
) -> None:
    cache = tmp_path / "pyside-support.bin"
    cache.write_bytes(stored)
    name = "shibokensupport/feature.py"
    _, compiled = _compiled_in(cache, b"X = 1\n", name)
    assert compiled == [name]
    _, compiled = _compiled_in(cache, b"X = 1\n", name)
    assert compiled == []


def test_a_cache_that_cannot_be_written_costs_only_the_compiling(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    cache = blocked / "pyside-support.bin"  # inside a file: never writable
    for _ in range(2):
        _, compiled = _compiled_in(cache, b"X = 1\n", "shibokensupport/feature.py")
        assert compiled == ["shibokensupport/feature.py"]


def test_other_code_is_compiled_as_always(tmp_path: Path) -> None:
    with _support_compiled_once(tmp_path / "c.bin"):
        code = builtins.compile(b"X = 1\n", "steady_module.py", "exec")
    assert code.co_filename == "steady_module.py"
    assert not (tmp_path / "c.bin").exists()


_FRESH_START = """
import sys
import ui
loaded = {name for name in ("argparse", "logging") if name in sys.modules}
from PySide6.QtCore import QSize
try:
    QSize("wide")
except TypeError as error:
    assert "Supported signatures" in str(error), error  # PySide6's own messages still work
from PySide6.support.signature.lib import pyi_generator, enum_sig
assert callable(pyi_generator.generate_pyi), "the stub writer loads when asked"
assert callable(enum_sig.ExactEnumerator)
print(sorted(loaded))
"""


def test_the_type_stub_writers_load_only_when_asked(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STEADY_CACHE": str(tmp_path)}
    for _ in range(2):  # once compiling, once from the cache
        run = subprocess.run(
            [sys.executable, "-c", _FRESH_START],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        assert run.stdout.strip() == "[]"  # PySide6 started without them (and what they load)
    assert (tmp_path / "pyside-support.bin").exists()


# What PySide6 says of its own functions, read after a start: the same with and without
# Steady's start (whose argument-list reader is made only when first used).
_SIGNATURES = """
import sys
if sys.argv[1] == "steady":
    import ui
from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QComboBox, QWidget
from PySide6.support.signature import get_signature
parser = sys.modules["shibokensupport.signature.parser"]
print(type(parser.arglistParser).__name__)
for function in (QWidget.setGeometry, QComboBox.addItem, QSize, QObject.connect):
    print(get_signature(function))
try:
    QSize("wide")
except TypeError as error:
    print(error)
print(type(parser.arglistParser).__name__)
"""


def test_the_signature_reader_is_made_when_first_used_and_reads_the_same(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STEADY_CACHE": str(tmp_path)}

    def run(how: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _SIGNATURES, how],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        return done.stdout.splitlines()

    plain = run("plain")
    for _ in range(2):  # once compiling, once from the cache
        steady = run("steady")
        assert steady[0] == "_ArglistParserLater"  # not made while PySide6 started
        assert steady[1:] == plain[1:]  # then made, and every signature read as PySide6 reads it
    assert plain[0] == plain[-1] == steady[-1] == "ArglistParser"


def test_a_signature_parser_of_another_shape_is_left_as_it_is() -> None:
    other = "import re\nreader = Reader()\n"
    assert pyside_start.parser_made_later(other) == other
    twice = "\narglistParser = ArglistParser()\n" * 2
    assert pyside_start.parser_made_later(twice) == twice
    made = pyside_start.parser_made_later(b"x = 1\narglistParser = ArglistParser()\n")
    assert isinstance(made, bytes) and b"_ArglistParserLater()" in made
