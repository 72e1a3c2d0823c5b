"""A small in-process registry of timings."""

import time
from collections.abc import Callable
from typing import Any, NamedTuple


class Stats(NamedTuple):
    count: int
    errors: int
    total: float
    min: float
    max: float


class TimingRegistry:
    """Records durations of named blocks of code."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        raise NotImplementedError

    def record(self, name: str, seconds: float, failed: bool = False) -> None:
        """Add one measurement under name."""
        raise NotImplementedError

    def stats(self, name: str) -> Stats:
        """A snapshot of the measurements under name; KeyError if there are none."""
        raise NotImplementedError

    def names(self) -> list[str]:
        """The recorded names, sorted."""
        raise NotImplementedError

    def timer(self, name: str) -> Any:
        """A context manager and decorator that records the duration of each run."""
        raise NotImplementedError
