"""Modules sqlite-utils imports but Steady does not use, loaded only if something touches them.

sqlite-utils imports `dateutil.parser` for its `parsedate` recipes, which Steady never calls;
that import (with its time-zone tables) costs about as much as the rest of sqlite-utils. The
standard library's lazy loader puts an empty module in its place that loads the real one on
first use, so nothing changes for code that does use it.
"""

from __future__ import annotations

import importlib.util
import sys

UNUSED_AT_START = ("dateutil.parser",)


def load_lazily(name: str) -> None:
    """Make `import name` cheap until an attribute of the module is first used."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return  # not installed: the import fails later exactly as it would have
    try:
        spec.loader = importlib.util.LazyLoader(spec.loader)
    except TypeError:
        return  # a loader the lazy loader cannot wrap (a bundler's): imported as usual
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def before_sqlite_utils() -> None:
    for name in UNUSED_AT_START:
        load_lazily(name)
