import threading

import pytest

from rate_limit import TokenBucket


class FakeClock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_starts_full_and_refuses_when_empty():
    clock = FakeClock()
    bucket = TokenBucket(3, 1.0, clock=clock)
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]


def test_refills_with_elapsed_time():
    clock = FakeClock()
    bucket = TokenBucket(2, 2.0, clock=clock)
    assert bucket.try_acquire(2)
    clock.now = 0.5
    assert bucket.available() == 1.0
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_wait_time_when_empty():
    clock = FakeClock()
    bucket = TokenBucket(4, 2.0, clock=clock)
    bucket.try_acquire(4)
    assert bucket.wait_time(1) == 0.5
    clock.now = 0.5
    assert bucket.wait_time(1) == 0.0


def test_request_larger_than_capacity_is_rejected():
    bucket = TokenBucket(5, 1.0, clock=FakeClock())
    with pytest.raises(ValueError):
        bucket.try_acquire(6)


def test_threads_never_get_more_than_capacity():
    bucket = TokenBucket(50, 1.0, clock=FakeClock())
    granted = []

    def worker():
        for _ in range(20):
            if bucket.try_acquire():
                granted.append(1)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(granted) == 50
