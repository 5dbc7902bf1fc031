"""Load a repository script (bench/, scripts/) as a module for its tests: they are no package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str) -> ModuleType:
    """The script at `relative` (from the repository root), run once as a module of its name."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs: its dataclasses and its own imports look it up by name.
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
