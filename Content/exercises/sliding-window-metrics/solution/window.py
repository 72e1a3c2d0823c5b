"""Moving statistics over the last `span` seconds of a stream of readings."""

from collections import deque


class SlidingWindow:
    """Mean and maximum of the readings whose timestamps fall in (now - span, now].

    `_readings` holds every reading in the window in arrival order, with a running total
    for the mean. `_peaks` holds a subsequence with strictly decreasing values: a reading
    followed by a larger or equal one can never again be the maximum, so it is dropped
    when that one arrives. Each reading enters and leaves each deque once, which makes
    every operation amortised O(1).
    """

    def __init__(self, span: float) -> None:
        if not span > 0:
            raise ValueError(f"span must be greater than 0, got {span!r}")
        self._span = span
        self._now: float | None = None
        self._readings: deque[tuple[float, float]] = deque()
        self._peaks: deque[tuple[float, float]] = deque()
        self._total: float = 0

    def _move_to(self, timestamp: float) -> None:
        if self._now is not None and timestamp < self._now:
            raise ValueError(f"timestamp {timestamp!r} is before the current time {self._now!r}")
        self._now = timestamp
        oldest_allowed = timestamp - self._span
        while self._readings and self._readings[0][0] <= oldest_allowed:
            _, value = self._readings.popleft()
            self._total -= value
        while self._peaks and self._peaks[0][0] <= oldest_allowed:
            self._peaks.popleft()

    def push(self, timestamp: float, value: float) -> None:
        """Record a reading and move the current time to its timestamp."""
        self._move_to(timestamp)
        self._readings.append((timestamp, value))
        self._total += value
        while self._peaks and self._peaks[-1][1] <= value:
            self._peaks.pop()
        self._peaks.append((timestamp, value))

    def advance(self, timestamp: float) -> None:
        """Move the current time forward without a reading."""
        self._move_to(timestamp)

    def count(self) -> int:
        return len(self._readings)

    def mean(self) -> float | None:
        if not self._readings:
            return None
        return self._total / len(self._readings)

    def max(self) -> float | None:
        return self._peaks[0][1] if self._peaks else None
