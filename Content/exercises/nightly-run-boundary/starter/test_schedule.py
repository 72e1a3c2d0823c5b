import random
from datetime import datetime, timedelta

import pytest

from schedule import next_run


def fixed(moment):
    return lambda: moment


def test_later_the_same_day():
    assert next_run(2, 30, clock=fixed(datetime(2026, 3, 14, 1, 0))) == datetime(2026, 3, 14, 2, 30)


def test_after_the_run_time_it_moves_to_the_next_day_and_month():
    assert next_run(2, 30, clock=fixed(datetime(2026, 3, 31, 23, 0))) == datetime(2026, 4, 1, 2, 30)


def test_at_any_time_of_day_the_next_run_is_ahead_and_within_a_day():
    day = datetime(2026, 3, 14)
    for _ in range(30):
        now = day + timedelta(seconds=random.randrange(24 * 3600))
        run = next_run(2, 30, clock=fixed(now))
        assert (run.hour, run.minute, run.second) == (2, 30, 0)
        assert now < run <= now + timedelta(days=1), f"now={now} run={run}"


def test_invalid_time_of_day():
    with pytest.raises(ValueError):
        next_run(24, 0, clock=fixed(datetime(2026, 3, 14)))
