"""An in-process token-bucket rate limiter."""

import threading
import time
from collections.abc import Callable


class TokenBucket:
    """Hands out up to `capacity` tokens, refilled at `refill_rate` tokens per second.

    The refill is computed lazily from the time elapsed since the last call, and every
    read-refill-take sequence runs under one lock, so concurrent callers never overdraw.
    """

    def __init__(
        self,
        capacity: float,
        refill_rate: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not capacity > 0:
            raise ValueError(f"capacity must be greater than 0, got {capacity!r}")
        if not refill_rate > 0:
            raise ValueError(f"refill_rate must be greater than 0, got {refill_rate!r}")
        self._capacity = capacity
        self._rate = refill_rate
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()
        self._lock = threading.Lock()

    def _check(self, tokens: float) -> None:
        if not 0 < tokens <= self._capacity:
            raise ValueError(f"tokens must be in (0, {self._capacity}], got {tokens!r}")

    def _refill(self) -> None:
        now = self._clock()
        if now > self._last:
            self._tokens = min(float(self._capacity), self._tokens + (now - self._last) * self._rate)
            self._last = now

    def try_acquire(self, tokens: float = 1) -> bool:
        """Take `tokens` tokens if available and return True; otherwise return False."""
        self._check(tokens)
        with self._lock:
            self._refill()
            if self._tokens >= tokens:
                self._tokens -= tokens
                return True
            return False

    def available(self) -> float:
        """The number of tokens available now."""
        with self._lock:
            self._refill()
            return self._tokens

    def wait_time(self, tokens: float = 1) -> float:
        """Seconds until `tokens` tokens would be available; 0.0 if they are now."""
        self._check(tokens)
        with self._lock:
            self._refill()
            missing = tokens - self._tokens
            return 0.0 if missing <= 0 else missing / self._rate
