"""`check --watch`: which of the files to check changed since the last look.

Polling with `os.stat` (modification time in nanoseconds and size) every half second: nothing to
install, the same on every platform and on network or container mounts where change notifications
do not arrive, and a few hundred stats a second cost nothing beside checking a changed file. The
folders are searched again at each look, so a new draft saved into a watched folder is checked too,
and the configuration is looked up again: a file whose settings changed (an edited, added or removed
pyproject.toml, factlint.toml or .factlint.toml) is checked again as if it had been saved.
"""
from __future__ import annotations

import os
import time
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
INTERVAL = 0.5  # seconds between two looks: a save shows its findings within about this


def stamp(path: str) -> tuple[int, int] | None:
    """What changes when a file is saved: its modification time and size (None when it is gone)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def changes(plan: Callable[[], Sequence[tuple[str, T]]], interval: float = INTERVAL, sleep: Callable[[float], None] = time.sleep) -> Iterator[list[tuple[str, T]]]:
    """Each time some did, the jobs (path, settings) of `plan()` whose file or settings changed, or that appeared, since the previous look.

    The first look is taken now, before the caller checks everything, so that a save made during that
    check is seen at the next look. A file that disappears is not yielded (there is nothing to
    check); one that comes back is.
    """
    seen = {path: (stamp(path), settings) for path, settings in plan()}
    return _looks(plan, seen, interval, sleep)


def _looks(plan: Callable[[], Sequence[tuple[str, T]]], seen: dict, interval: float, sleep: Callable[[float], None]) -> Iterator[list[tuple[str, T]]]:
    while True:
        sleep(interval)
        jobs = plan()
        now = {path: (stamp(path), settings) for path, settings in jobs}
        changed = [job for job in jobs if now[job[0]][0] is not None and now[job[0]] != seen.get(job[0])]
        seen = now
        if changed:
            yield changed
