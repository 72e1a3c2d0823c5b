import pytest

from log_stats import top_ips

LOG = [
    '10.0.0.1 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 512',
    '10.0.0.2 - - [10/Oct/2026:13:55:37 +0000] "GET /a HTTP/1.1" 200 128',
    '10.0.0.1 - - [10/Oct/2026:13:55:38 +0000] "GET /b HTTP/1.1" 404 0',
]


def test_most_frequent_first():
    assert top_ips(LOG, 1) == [("10.0.0.1", 2)]


def test_returns_counts_for_every_address_when_n_is_large():
    assert top_ips(LOG, 5) == [("10.0.0.1", 2), ("10.0.0.2", 1)]


def test_rejects_non_positive_n():
    with pytest.raises(ValueError):
        top_ips(LOG, 0)
