import pytest

from bookings import free_slots, merge_intervals


def test_overlapping_intervals_are_merged_and_sorted():
    assert merge_intervals([(600, 660), (540, 610), (720, 750)]) == [(540, 660), (720, 750)]


def test_touching_intervals_are_merged():
    assert merge_intervals([(540, 600), (600, 630)]) == [(540, 630)]


def test_invalid_interval_is_rejected():
    with pytest.raises(ValueError):
        merge_intervals([(600, 540)])


def test_free_slots_between_bookings():
    bookings = [(600, 660), (540, 570)]
    assert free_slots(bookings, 480, 1020) == [(480, 540), (570, 600), (660, 1020)]


def test_short_gaps_are_dropped():
    bookings = [(540, 600), (615, 660)]
    assert free_slots(bookings, 540, 720, min_length=30) == [(660, 720)]
