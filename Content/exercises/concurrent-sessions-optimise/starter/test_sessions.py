import pytest

from sessions import concurrent_sessions


def test_counts_open_sessions():
    sessions = [(0, 10), (5, 15), (12, 20)]
    assert concurrent_sessions(sessions, [0, 6, 12, 19]) == [1, 2, 2, 1]


def test_end_is_exclusive_and_start_inclusive():
    assert concurrent_sessions([(5, 10)], [4, 5, 9, 10]) == [0, 1, 1, 0]


def test_instants_keep_their_order():
    assert concurrent_sessions([(0, 5)], [7, 3, 0]) == [0, 1, 1]


def test_a_session_ending_before_it_starts_is_rejected():
    with pytest.raises(ValueError):
        concurrent_sessions([(10, 5)], [7])
