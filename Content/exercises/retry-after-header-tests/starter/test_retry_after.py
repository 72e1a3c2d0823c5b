from datetime import datetime, timezone

from retry_after import retry_after_seconds

NOW = datetime(2026, 10, 21, 7, 28, 0, tzinfo=timezone.utc)


def test_delay_in_seconds():
    assert retry_after_seconds("120", NOW) == 120.0
