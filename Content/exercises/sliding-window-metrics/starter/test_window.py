import pytest

from window import SlidingWindow


def test_mean_and_max_of_recent_readings():
    window = SlidingWindow(10)
    window.push(0, 120)
    window.push(3, 80)
    window.push(5, 100)
    assert window.count() == 3
    assert window.mean() == 100
    assert window.max() == 120


def test_old_readings_leave_the_window():
    window = SlidingWindow(10)
    window.push(0, 120)
    window.push(5, 100)
    window.push(12, 40)
    assert window.count() == 2
    assert window.mean() == 70
    assert window.max() == 100


def test_a_reading_exactly_span_old_has_left():
    window = SlidingWindow(10)
    window.push(0, 500)
    window.push(10, 20)
    assert window.max() == 20


def test_empty_window_after_a_quiet_period():
    window = SlidingWindow(10)
    assert window.mean() is None
    window.push(0, 50)
    window.advance(30)
    assert window.count() == 0
    assert window.mean() is None
    assert window.max() is None


def test_time_cannot_go_backwards():
    window = SlidingWindow(10)
    window.push(5, 1)
    with pytest.raises(ValueError):
        window.push(4, 1)
