import pytest

from retrying import retry


class Flaky:
    """Fails with the given exception `failures` times, then returns "ok"."""

    def __init__(self, failures, exc=ConnectionError):
        self.failures = failures
        self.exc = exc
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.exc(f"failure {self.calls}")
        return "ok"


def test_returns_after_transient_failures_and_sleeps_with_backoff():
    sleeps = []
    flaky = Flaky(2)
    call = retry(attempts=3, base_delay=0.5, sleep=sleeps.append)(flaky)
    assert call() == "ok"
    assert flaky.calls == 3
    assert sleeps == [0.5, 1.0]


def test_reraises_after_the_last_attempt():
    sleeps = []
    flaky = Flaky(5)
    call = retry(attempts=3, base_delay=1, sleep=sleeps.append)(flaky)
    with pytest.raises(ConnectionError, match="failure 3"):
        call()
    assert flaky.calls == 3
    assert sleeps == [1, 2]


def test_other_exceptions_are_not_retried():
    sleeps = []
    flaky = Flaky(1, exc=ValueError)
    call = retry(retry_on=ConnectionError, sleep=sleeps.append)(flaky)
    with pytest.raises(ValueError):
        call()
    assert flaky.calls == 1
    assert sleeps == []


def test_arguments_are_passed_through():
    @retry(sleep=lambda delay: None)
    def add(a, b=0):
        return a + b

    assert add(2, b=3) == 5


def test_attempts_must_be_positive():
    with pytest.raises(ValueError):
        retry(attempts=0)
