"""Which folders a folder search skips: `.gitignore` and `.ignore` files (git's own pattern rules,
through pathspec), hidden folders, `node_modules/` and virtual environments.

Only folder searches use this: a file named on the command line is checked whatever the ignore
files say (configure `exclude` and pass `--force-exclude` to skip it there too).
"""
from __future__ import annotations

import os

IGNORE_FILES = (".gitignore", ".ignore")  # in this order: .ignore (ripgrep's) wins over .gitignore
SKIPPED = ("node_modules", "__pypackages__")


def skipped_folder(root: str, name: str) -> bool:
    """Hidden folders (.git, .venv …), node_modules/ and any virtual environment (it has a pyvenv.cfg)."""
    return name.startswith(".") or name in SKIPPED or os.path.isfile(os.path.join(root, name, "pyvenv.cfg"))


class IgnoreFiles:
    """The ignore files met from the repository's top down to the folder being searched.

    A deeper file's patterns come later, so they win, as in git: `!keep.md` in a sub-folder brings
    back a file a pattern above ignored.
    """

    def __init__(self) -> None:
        self._specs: list[tuple[str, object]] = []  # (folder, pathspec.GitIgnoreSpec), outermost first
        self._seen: set[str] = set()

    @classmethod
    def above(cls, folder: str) -> IgnoreFiles:
        """The ignore files of the folders above `folder`, up to the git repository's top (none outside a repository)."""
        found = cls()
        here = os.path.abspath(folder)
        chain = []
        while True:
            parent = os.path.dirname(here)
            if os.path.exists(os.path.join(here, ".git")) or parent == here:
                break
            here = parent
            chain.append(here)
        if os.path.exists(os.path.join(here, ".git")):
            for top in reversed(chain):
                found.enter(top)
        return found

    def enter(self, folder: str) -> None:
        """Read `folder`'s ignore files (once), for the paths below it."""
        folder = os.path.abspath(folder)
        if folder in self._seen:
            return
        self._seen.add(folder)
        for name in IGNORE_FILES:
            lines = _lines(os.path.join(folder, name))
            if lines:
                import pathspec

                self._specs.append((folder, pathspec.GitIgnoreSpec.from_lines(lines)))

    def __call__(self, path: str, folder: bool = False) -> bool:
        """Whether the ignore files leave `path` out (a folder's patterns such as `build/` need `folder`)."""
        full = os.path.abspath(path)
        verdict = False
        for base, spec in self._specs:
            if not full.startswith(base.rstrip(os.sep) + os.sep):
                continue
            rel = os.path.relpath(full, base).replace(os.sep, "/") + ("/" if folder else "")
            include = spec.check_file(rel).include  # type: ignore[attr-defined]
            if include is not None:
                verdict = include
        return verdict


def _lines(path: str) -> list[str]:
    """An ignore file's lines; an unreadable one is no patterns (git also goes on without it)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read().splitlines()
    except OSError:
        return []
