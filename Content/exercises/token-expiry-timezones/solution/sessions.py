"""Expiry checks for access tokens."""

from datetime import datetime, timezone


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO 8601 timestamp into an aware datetime in UTC (no offset means UTC)."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _check_now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now


def is_expired(expires_at: str, now: datetime | None = None) -> bool:
    """True when `now` (default: the current time) is at or after the expiry."""
    now = _check_now(now)
    return now >= parse_timestamp(expires_at)


def seconds_left(expires_at: str, now: datetime | None = None) -> float:
    """Seconds from `now` until the expiry; 0.0 once expired."""
    now = _check_now(now)
    remaining = (parse_timestamp(expires_at) - now).total_seconds()
    return max(0.0, remaining)
