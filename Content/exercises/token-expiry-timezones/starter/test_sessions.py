from datetime import datetime, timedelta, timezone

import pytest

from sessions import is_expired, parse_timestamp, seconds_left

UTC = timezone.utc


def test_offset_is_converted_to_utc():
    assert parse_timestamp("2026-03-01T10:00:00+01:00") == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_berlin_token_expires_on_time():
    now = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    assert is_expired("2026-03-01T10:00:00+01:00", now=now)


def test_default_now_is_the_current_time():
    assert is_expired("2000-01-01T00:00:00Z")
    assert not is_expired("2999-01-01T00:00:00Z")


def test_naive_now_is_rejected():
    with pytest.raises(ValueError):
        is_expired("2026-03-01T09:00:00Z", now=datetime(2026, 3, 1, 8, 0))


def test_seconds_left_for_a_timestamp_without_offset():
    now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert seconds_left("2026-03-01T09:00:00", now=now) == 3600.0
    assert seconds_left("2026-03-01T09:00:00", now=now + timedelta(hours=2)) == 0.0
