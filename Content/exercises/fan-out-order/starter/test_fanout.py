import random
import time

import pytest

from fanout import fetch_all


def jittery_fetch(url):
    """A fake HTTP GET with the latency jitter of a real network."""
    time.sleep(random.uniform(0, 0.003))
    return f"<html>{url}</html>"


def test_single_url():
    assert fetch_all(["https://example.com/"], jittery_fetch) == ["<html>https://example.com/</html>"]


def test_results_follow_the_order_of_the_urls():
    urls = [f"https://example.com/page/{i}" for i in range(3)]
    assert fetch_all(urls, jittery_fetch) == [f"<html>{url}</html>" for url in urls]


def test_no_urls():
    assert fetch_all([], jittery_fetch) == []


def test_an_error_propagates():
    def broken(url):
        raise ConnectionError(url)

    with pytest.raises(ConnectionError):
        fetch_all(["https://example.com/"], broken)
