"""factlint's version, in the bottom package so that every layer can name it (the cache key, SARIF, --version)."""
from __future__ import annotations

__version__ = "0.1.0"
