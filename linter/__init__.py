"""factlint: recompute the figures a report states about itself and flag the ones that do not add up."""
from __future__ import annotations

from linter.core import __version__

__all__ = ["__version__", "lint_text", "lint_paths"]


def lint_text(text, locale=None, **kwargs):  # noqa: ANN001, ANN201 - thin lazy wrapper, see engine.lint_text
    from linter.run.engine import lint_text as _lint_text

    return _lint_text(text, locale, **kwargs)


def lint_paths(paths, config=None):  # noqa: ANN001, ANN201 - see engine.lint_paths
    from linter.run.config import DEFAULT
    from linter.run.engine import lint_paths as _lint_paths

    return _lint_paths(paths, config or DEFAULT)
