"""A throwaway copy of the example practice that a test may break or extend."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


class Practice:
    """The example practice copied into `root` (config/, templates/, var/)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(REPO / "config", root / "config", symlinks=False)
        shutil.copytree(REPO / "templates", root / "templates", symlinks=False)

    @property
    def config(self) -> Path:
        return self.root / "config"

    def path(self, name: str) -> Path:
        return self.root / name

    def read(self, name: str) -> str:
        return self.path(name).read_text(encoding="utf-8")

    def write(self, name: str, text: str) -> None:
        self.path(name).write_text(text, encoding="utf-8")

    def replace(self, name: str, old: str, new: str) -> int:
        """Replace `old` (which must be there) and return the 1-based line it was on."""
        text = self.read(name)
        assert old in text, f"{old!r} not in {name}"
        line = text[: text.index(old)].count("\n") + 1
        self.write(name, text.replace(old, new, 1))
        return line


def cli(practice: Practice, *args: str) -> tuple[int, str, str]:
    """`carecall ARGS -c practice/config` in-process: (exit code, stdout, stderr)."""
    from carecall_mail.cli import main

    out, err = io.StringIO(), io.StringIO()
    command, *rest = args
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([command, "-c", str(practice.config), *rest])
    return code, out.getvalue(), err.getvalue()


def ok(practice: Practice, *args: str) -> str:
    """`cli`, asserting exit 0; its stdout."""
    code, out, err = cli(practice, *args)
    assert code == 0, f"carecall {' '.join(args)} exited {code}\n{out}\n{err}"
    return out
