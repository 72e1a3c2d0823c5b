"""An in-process token-bucket rate limiter."""

import time
from collections.abc import Callable


class TokenBucket:
    """Hands out up to `capacity` tokens, refilled at `refill_rate` tokens per second."""

    def __init__(
        self,
        capacity: float,
        refill_rate: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        raise NotImplementedError

    def try_acquire(self, tokens: float = 1) -> bool:
        """Take `tokens` tokens if available and return True; otherwise return False."""
        raise NotImplementedError

    def available(self) -> float:
        """The number of tokens available now."""
        raise NotImplementedError

    def wait_time(self, tokens: float = 1) -> float:
        """Seconds until `tokens` tokens would be available; 0.0 if they are now."""
        raise NotImplementedError
