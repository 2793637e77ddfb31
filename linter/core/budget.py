"""The per-document time budget (`time-budget`, `--time-budget`): a deadline for checking one file.

The engine opens a budget around each document; the pipeline calls `check()` between its steps
(reading, each claim extractor, each rule, the typo search), which raises `BudgetExceeded` once
the deadline has passed. A single step that runs long by itself (a superlinear linker on a
pathological text) would not reach the next `check()`, so on the main thread of a process, where
POSIX delivers signals (the CLI, and each worker process of `--jobs`), an interval timer raises the
same exception inside the step at the deadline. Threads other than the main one, platforms
without `setitimer`, and hosts that installed their own SIGALRM handler get the checks between
steps only. The engine turns the exception into that file's F005 and the run goes on.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

DEFAULT_SECONDS = 60.0


class BudgetExceeded(BaseException):
    """The document's time budget ran out. A BaseException: no `except Exception` in a step may swallow it."""


_state = threading.local()


def check() -> None:
    """Raise BudgetExceeded when the current document's deadline has passed."""
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() >= deadline:
        raise BudgetExceeded


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Run the block under a deadline `seconds` from now (None or 0: no limit); nested budgets keep the earlier deadline."""
    outer = getattr(_state, "deadline", None)
    deadline = outer
    if seconds:
        deadline = min(d for d in (outer, time.monotonic() + seconds) if d is not None)
    _state.deadline = deadline
    previous = _arm(deadline) if deadline is not None and outer is None else _NOT_ARMED
    try:
        yield
    finally:
        try:
            if previous is not _NOT_ARMED:
                _disarm(previous)
        finally:  # even when the timer fired just now, inside this block
            _state.deadline = outer


_NOT_ARMED = object()


def stop() -> None:
    """End the current deadline early: the engine's bookkeeping after a budget ran out must finish."""
    import signal

    if getattr(_state, "armed", False):
        signal.setitimer(signal.ITIMER_REAL, 0)
    _state.deadline = None


def _arm(deadline: float) -> object:
    """Start the interval timer on the main thread when SIGALRM is free; the handler to restore, or _NOT_ARMED."""
    import signal

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return _NOT_ARMED
    previous = signal.getsignal(signal.SIGALRM)
    if previous not in (signal.SIG_DFL, signal.SIG_IGN, _expired):
        return _NOT_ARMED  # the host program uses SIGALRM: keep to the checks between steps
    signal.signal(signal.SIGALRM, _expired)
    _state.armed = True
    signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 0.001))
    return previous


def _expired(signum: int, frame: object) -> None:
    raise BudgetExceeded


def _disarm(previous: object) -> None:
    import signal

    signal.setitimer(signal.ITIMER_REAL, 0)  # first: a signal after the handler is restored would end the process
    _state.armed = False
    signal.signal(signal.SIGALRM, previous)  # type: ignore[arg-type]
