"""PySide6's own start, made cheaper: a third of the time Steady takes to show its window.

Importing PySide6 compiles its support modules from source, every time (they are stored
inside its library, where Python keeps no bytecode): about 13 ms. Two of them exist only to
write type stubs for developers and bring argparse and logging along: they are now compiled
only if something asks for them. The compiled code of the others is kept in Steady's cache
folder, checked against the source each time, as Python's own bytecode files are. One of them
builds a large regular expression as it loads (3 ms) that only reading a Qt function's
signature uses, which a start never does: it is built the first time it is used.

Then PySide6 builds a Python enum class for every Qt enum it meets (Qt's namespace alone has
94; Steady's start meets about 220) through `enum`'s general route, which checks each member
against every rule an enum written by hand may break: 0.1 ms an enum. The enums PySide6 asks
for (plain names and integer values, nothing else) are built here directly, in an eighth of
the time, into the same classes: the same members, maps, masks and methods
(tests/ui/shell/test_pyside_start.py compares every enum of every Qt module Steady uses).
"""

from __future__ import annotations

import builtins
import contextlib
import enum
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.core.compiled_once import CompiledOnce
from app.core.paths import cache_folder

_SUPPORT = "shibokensupport/"
# Used only to write type stubs (pyside6-genpyi); loaded the first time anything asks.
_LATER = frozenset(
    {
        "shibokensupport/signature/lib/pyi_generator.py",
        "shibokensupport/signature/lib/enum_sig.py",
    }
)
_CACHE_NAME = "pyside-support.bin"
# The signature parser's argument-list reader, made when first used instead of as it loads;
# a PySide6 whose source differs is left as it is.
_PARSER = "shibokensupport/signature/parser.py"
_PARSER_NOW = "\narglistParser = ArglistParser()\n"
_PARSER_LATER = """
class _ArglistParserLater:
    def parse(self, argstr):
        global arglistParser
        arglistParser = ArglistParser()
        return arglistParser.parse(argstr)


arglistParser = _ArglistParserLater()
"""

_later_sources: dict[str, bytes | str] = {}
_original_create = getattr(enum.EnumType, "_create_")  # noqa: B009  (private to enum)
_KINDS = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)


def start_pyside_quickly() -> None:
    """Import PySide6's core the quicker way; call before anything imports PySide6."""
    from ui.shell.pyside_check import read_sources_quickly

    make_enums_simply()
    if "shiboken6" not in sys.modules:
        with _support_compiled_once(cache_folder() / _CACHE_NAME):
            import shiboken6  # noqa: F401  (runs PySide6's support modules)
    read_sources_quickly()


@contextlib.contextmanager
def _support_compiled_once(cache: Path) -> Iterator[None]:
    """While PySide6 starts, its support modules' code comes from `cache` when their source is
    unchanged; new code is written back."""
    compiled = CompiledOnce(cache)
    compile_ = builtins.compile

    def compile_support(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or mode != "exec" or not str(filename).startswith(_SUPPORT):
            return compile_(source, filename, mode, *args, **kwargs)
        if filename in _LATER:
            _later_sources[filename] = source
            source = _later_stub(filename)
        elif filename == _PARSER:
            source = parser_made_later(source)
        return compiled.compile(source, filename)

    builtins.compile = compile_support
    try:
        yield
    finally:
        builtins.compile = compile_
    compiled.save()


def parser_made_later(source: str | bytes) -> str | bytes:
    """The signature parser's source with its argument-list reader made when first used."""
    if isinstance(source, bytes):
        text = source.decode("utf-8", "surrogateescape")
        return parser_made_later(text).encode("utf-8", "surrogateescape")  # type: ignore[union-attr]
    if source.count(_PARSER_NOW) != 1:
        return source
    return source.replace(_PARSER_NOW, _PARSER_LATER)


def _later_stub(filename: str) -> str:
    return (
        "def __getattr__(name):\n"
        "    from ui.shell.pyside_start import load_now\n"
        f"    return load_now(globals(), {filename!r}, name)\n"
    )


def load_now(namespace: dict[str, Any], filename: str, name: str) -> Any:
    """Run a support module held back by its stub in the stub's own module, then answer."""
    source = _later_sources.pop(filename, None)
    if source is not None:
        namespace.pop("__getattr__", None)
        exec(compile(source, filename, "exec"), namespace)  # PySide6's own code
    if name in namespace:
        return namespace[name]
    raise AttributeError(f"module {namespace.get('__name__')!r} has no attribute {name!r}")


def make_enums_simply() -> None:
    """From now on, enums made from a list of names and values are made the quick way."""
    if getattr(getattr(enum.EnumType, "_create_"), "_steady", False):  # noqa: B009
        return
    create = _create_quickly
    create._steady = True  # type: ignore[attr-defined]
    setattr(enum.EnumType, "_create_", create)  # noqa: B010


def _create_quickly(
    cls: Any,
    class_name: str,
    names: Any,
    *,
    module: str | None = None,
    qualname: str | None = None,
    type: Any = None,  # the name enum gives it
    start: int = 1,
    boundary: Any = None,
) -> Any:
    if type is not None or cls not in _KINDS or not _plain_members(cls, names):
        return _original_create(
            cls,
            class_name,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
    if module is None:  # as enum finds it: the caller of EnumType.__call__
        with contextlib.suppress(AttributeError, ValueError, KeyError):
            module = sys._getframe(2).f_globals["__name__"]
    made = _enum_class(cls, class_name, names, boundary)
    made.__module__ = module
    if qualname is not None:
        made.__qualname__ = qualname
    return made


class _Kind:
    """What every enum of one kind (Enum, IntEnum, Flag, IntFlag) shares, worked out once."""

    def __init__(self, kind: Any) -> None:
        self.kind = kind
        self.metaclass = metaclass = builtins.type(kind)
        self.member_type, self.first_enum = metaclass._get_mixins_(kind.__name__, (kind,))
        self.new_member, _, self.use_args = metaclass._find_new_(
            {}, self.member_type, self.first_enum
        )
        self.is_flag = issubclass(kind, enum.Flag)
        self.shared: dict[str, Any] = {
            "_new_member_": self.new_member,
            "_use_args_": self.use_args,
            "_member_type_": self.member_type,
            "_value_repr_": metaclass._find_data_repr_(kind.__name__, (kind,)),
            "_generate_next_value_": getattr(self.first_enum, "_generate_next_value_", None),
        }
        if self.is_flag:
            self.shared["_inverted_"] = None
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__"):
                self.shared[name] = getattr(enum.Flag, name)
            self.shared["__invert__"] = enum.Flag.__invert__
        # `name` and `value` are enum properties that hide themselves from hasattr().
        self.taken = frozenset().union(*(vars(base) for base in kind.__mro__))


_kinds: dict[Any, _Kind] = {}


def _kind(kind: Any) -> _Kind:
    found = _kinds.get(kind)
    if found is None:
        found = _kinds[kind] = _Kind(kind)
    return found


def _enum_class(kind: Any, class_name: str, names: list[tuple[str, int]], boundary: Any) -> Any:
    """The class enum's general route makes from `names`, with the same members, maps, masks
    and methods, without the checks that plain names and integer values never fail."""
    shape = _kind(kind)
    member_names: list[str] = []
    by_name: dict[str, Any] = {}
    by_value: dict[int, Any] = {}
    body: dict[str, Any] = {
        **shape.shared,
        "_member_names_": member_names,
        "_member_map_": by_name,
        "_value2member_map_": by_value,
        "_unhashable_values_": [],
    }
    is_flag = shape.is_flag
    if is_flag:
        body["_boundary_"] = boundary or getattr(shape.first_enum, "_boundary_", None)
    made = shape.metaclass(class_name, (kind,), body, boundary=boundary, _simple=True)
    set_attribute = builtins.type.__setattr__
    set_attribute(made, "__new__", enum.Enum.__new__)  # as enum sets it, not as declared
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if getattr(made, name) in (getattr(shape.member_type, name), getattr(object, name)):
            set_attribute(made, name, getattr(shape.first_enum, name))
    new_member, use_args = shape.new_member, shape.use_args
    singles = every = 0
    for name, value in names:
        single = value > 0 and value & (value - 1) == 0
        member = by_value.get(value)
        if member is None:
            member = new_member(made, value) if use_args else new_member(made)
            member._value_ = value
            member._name_ = name
            member.__objclass__ = made
            member._sort_order_ = len(member_names)
            by_value[value] = member
            if single or not is_flag:
                member_names.append(name)
        if single:
            singles |= value
        every |= value
        by_name[name] = member
        set_attribute(made, name, member)
    if is_flag:
        made._flag_mask_ = every
        made._singles_mask_ = singles
        made._all_bits_ = 2 ** every.bit_length() - 1
        values = [member._value_ for member in made]
        if values != sorted(values):
            made._iter_member_ = made._iter_member_by_def_
    return made


def _plain_members(cls: type, names: Any) -> bool:
    """Names and values only, each name new, none special to enum or Python, none hiding one
    of the enum's own attributes (`name`, `value`): what the quick route builds exactly as
    the general one does. Anything else goes the general route."""
    if not isinstance(names, list) or not names:
        return False
    seen: set[str] = set()
    for item in names:
        if builtins.type(item) is not tuple or len(item) != 2:
            return False
        name, value = item
        if (
            builtins.type(name) is not str
            or name.startswith("_")
            or name in seen
            or name in _kind(cls).taken
            or builtins.type(value) is not int
        ):
            return False
        seen.add(name)
    return True
