"""Where factlint keeps what it reuses between runs: a light module, read at every start."""
from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path | None:
    """$XDG_CACHE_HOME/factlint, else ~/.cache/factlint; None without a home folder."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factlint"
    except RuntimeError:
        return None
