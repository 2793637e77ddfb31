"""The user's private key, and the signatures that let a file factlint wrote be trusted when read back.

What factlint keeps between runs (the result cache, the table of unit factors) lives in folders
other programs and users may write to; an entry is used only when it carries a signature made
with a key only this user can read, so a hand-edited or planted file is a miss, never a result.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache

from linter.core.cachedir import cache_folder

__all__ = ["cache_folder", "secret", "sign", "verified"]


@lru_cache(maxsize=1)
def secret() -> bytes | None:
    """FACTLINT_CACHE_SECRET, else a random key kept in a file only the user reads; None if neither can be had."""
    if os.environ.get("FACTLINT_CACHE_SECRET"):
        return os.environ["FACTLINT_CACHE_SECRET"].encode("utf-8", "surrogateescape")
    folder = cache_folder()
    if folder is None:
        return None
    path = folder / "secret"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32))
    except FileExistsError:
        pass  # made earlier (or by another process just now)
    except OSError:
        return None
    try:
        key = path.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    return key.encode() if len(key) == 64 else None


def sign(text: str) -> str | None:
    """The signature of `text` with the user's key; None when there is no key (then nothing is kept)."""
    key = secret()
    return None if key is None else hmac.new(key, text.encode("utf-8", "surrogateescape"), hashlib.sha256).hexdigest()


def verified(text: str, signature: object) -> bool:
    expected = sign(text)
    return expected is not None and isinstance(signature, str) and hmac.compare_digest(expected, signature)
