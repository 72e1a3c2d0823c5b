"""Moving statistics over the last `span` seconds of a stream of readings."""


class SlidingWindow:
    """Mean and maximum of the readings whose timestamps fall in (now - span, now]."""

    def __init__(self, span: float) -> None:
        raise NotImplementedError

    def push(self, timestamp: float, value: float) -> None:
        """Record a reading and move the current time to its timestamp."""
        raise NotImplementedError

    def advance(self, timestamp: float) -> None:
        """Move the current time forward without a reading."""
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def mean(self) -> float | None:
        raise NotImplementedError

    def max(self) -> float | None:
        raise NotImplementedError
