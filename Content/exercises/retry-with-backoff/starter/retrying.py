"""Retrying transient failures with exponential backoff."""

import time
from collections.abc import Callable
from typing import Any


def retry(
    *,
    attempts: int = 3,
    base_delay: float = 0.1,
    factor: float = 2.0,
    max_delay: float = 5.0,
    retry_on: type[BaseException] | tuple[type[BaseException], ...] = Exception,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[int, BaseException, float], None] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Return a decorator that retries the function on `retry_on` exceptions."""
    raise NotImplementedError
