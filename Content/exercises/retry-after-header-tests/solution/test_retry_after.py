from datetime import datetime, timedelta, timezone

import pytest

from retry_after import MAX_WAIT, retry_after_seconds

NOW = datetime(2026, 10, 21, 7, 28, 0, tzinfo=timezone.utc)


def test_delay_in_seconds():
    assert retry_after_seconds("120", NOW) == 120.0


def test_zero_seconds():
    assert retry_after_seconds("0", NOW) == 0.0


def test_surrounding_whitespace_is_ignored():
    assert retry_after_seconds("  120\t", NOW) == 120.0


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_or_blank_header_gives_none(value):
    assert retry_after_seconds(value, NOW) is None


@pytest.mark.parametrize("value", ["-5", "+5", "1.5", "soon", "Wed, 32 Oct 2026 07:28:00 GMT"])
def test_unusable_values_give_none(value):
    assert retry_after_seconds(value, NOW) is None


def test_http_date_in_the_future():
    assert retry_after_seconds("Wed, 21 Oct 2026 07:30:00 GMT", NOW) == 120.0


def test_http_date_with_an_offset_is_compared_by_instant():
    assert retry_after_seconds("Wed, 21 Oct 2026 09:29:00 +0200", NOW) == 60.0


def test_http_date_with_minus_zero_offset_is_utc():
    assert retry_after_seconds("Wed, 21 Oct 2026 07:29:00 -0000", NOW) == 60.0


def test_http_date_in_the_past_gives_zero():
    assert retry_after_seconds("Wed, 21 Oct 2026 07:00:00 GMT", NOW) == 0.0


def test_http_date_now_gives_zero():
    assert retry_after_seconds("Wed, 21 Oct 2026 07:28:00 GMT", NOW) == 0.0


def test_now_in_another_zone():
    now = NOW.astimezone(timezone(timedelta(hours=-4)))
    assert retry_after_seconds("Wed, 21 Oct 2026 07:30:00 GMT", now) == 120.0


def test_default_cap_is_max_wait():
    assert MAX_WAIT == 300.0
    assert retry_after_seconds("3600", NOW) == 300.0
    assert retry_after_seconds("300", NOW) == 300.0
    assert retry_after_seconds("299", NOW) == 299.0


def test_cap_applies_to_dates_too():
    assert retry_after_seconds("Wed, 21 Oct 2026 09:00:00 GMT", NOW) == 300.0


def test_custom_cap():
    assert retry_after_seconds("90", NOW, max_wait=60) == 60.0


@pytest.mark.parametrize("value", ["120", None, "Wed, 21 Oct 2026 07:30:00 GMT"])
def test_naive_now_is_rejected(value):
    with pytest.raises(ValueError):
        retry_after_seconds(value, datetime(2026, 10, 21, 7, 28))
