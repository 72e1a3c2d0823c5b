import pytest

from rolling import rolling_p50


def test_odd_window():
    assert rolling_p50([5, 1, 9, 3, 7], 3) == [5, 3, 7]


def test_even_window_uses_the_lower_middle_value():
    assert rolling_p50([10, 40, 20, 30], 2) == [10, 20, 20]


def test_window_longer_than_the_series():
    assert rolling_p50([1, 2], 3) == []


def test_window_must_be_positive():
    with pytest.raises(ValueError):
        rolling_p50([1, 2, 3], 0)
