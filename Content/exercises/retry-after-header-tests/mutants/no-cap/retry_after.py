"""Interpreting the Retry-After header of 429 and 503 responses."""

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

MAX_WAIT = 300.0


def retry_after_seconds(value: str | None, now: datetime, *, max_wait: float = MAX_WAIT) -> float | None:
    """Seconds to wait according to a Retry-After value, or None when it gives no answer."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        seconds = float(int(text))
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = max(0.0, (when - now).total_seconds())
    return seconds
