import threading
import time

import pytest

from batch import BatchError, parallel_map


def test_results_keep_the_input_order():
    def slow_square(n):
        time.sleep(0.01 * (5 - n))  # later items finish first
        return n * n

    assert parallel_map(slow_square, range(5), workers=5) == [0, 1, 4, 9, 16]


def test_calls_really_run_side_by_side():
    barrier = threading.Barrier(3, timeout=5)

    def meet(n):
        barrier.wait()
        return n

    assert parallel_map(meet, range(6), workers=3) == [0, 1, 2, 3, 4, 5]


def test_failures_are_collected_and_the_rest_still_run():
    def check(n):
        if n % 3 == 0:
            raise ValueError(f"bad {n}")
        return n

    with pytest.raises(BatchError) as info:
        parallel_map(check, range(7), workers=2)
    assert sorted(info.value.errors) == [0, 3, 6]
    assert info.value.results == [None, 1, 2, None, 4, 5, None]


def test_progress_counts_up_in_order():
    seen = []
    parallel_map(lambda n: n, range(20), workers=4, on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 20) for i in range(1, 21)]


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        parallel_map(lambda n: n, [1], workers=0)
