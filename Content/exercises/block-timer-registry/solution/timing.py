"""A small in-process registry of timings."""

import functools
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple


class Stats(NamedTuple):
    count: int
    errors: int
    total: float
    min: float
    max: float


class _Timer:
    """Times each run of a block or a decorated function.

    Start times live on a per-thread stack, so the same timer can be entered recursively
    and from several threads at once.
    """

    def __init__(self, registry: "TimingRegistry", name: str) -> None:
        self._registry = registry
        self._name = name
        self._local = threading.local()
        self.elapsed: float | None = None

    def _starts(self) -> list[float]:
        starts = getattr(self._local, "starts", None)
        if starts is None:
            starts = self._local.starts = []
        return starts

    def __enter__(self) -> "_Timer":
        self._starts().append(self._registry._clock())
        return self

    def __exit__(self, exc_type: Any, exc: Any, traceback: Any) -> bool:
        end = self._registry._clock()
        elapsed = end - self._starts().pop()
        self.elapsed = elapsed
        self._registry.record(self._name, elapsed, failed=exc_type is not None)
        return False

    def __call__(self, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)

        return wrapper


class TimingRegistry:
    """Records durations of named blocks of code."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._stats: dict[str, Stats] = {}

    def record(self, name: str, seconds: float, failed: bool = False) -> None:
        """Add one measurement under name."""
        if seconds < 0:
            raise ValueError(f"seconds must not be negative, got {seconds!r}")
        with self._lock:
            old = self._stats.get(name)
            if old is None:
                self._stats[name] = Stats(1, int(failed), seconds, seconds, seconds)
            else:
                self._stats[name] = Stats(
                    old.count + 1,
                    old.errors + int(failed),
                    old.total + seconds,
                    min(old.min, seconds),
                    max(old.max, seconds),
                )

    def stats(self, name: str) -> Stats:
        """A snapshot of the measurements under name; KeyError if there are none."""
        with self._lock:
            return self._stats[name]

    def names(self) -> list[str]:
        """The recorded names, sorted."""
        with self._lock:
            return sorted(self._stats)

    def timer(self, name: str) -> _Timer:
        """A context manager and decorator that records the duration of each run."""
        return _Timer(self, name)
