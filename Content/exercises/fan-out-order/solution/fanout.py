"""Concurrent fetching of many small HTTP resources (the fetch function is injected)."""

from concurrent.futures import ThreadPoolExecutor


def fetch_all(urls, fetch, max_workers=8):
    """Call fetch(url) for every url on a pool of threads.

    Returns the results in the order of `urls`. If a fetch raises, the exception of the
    earliest such url in `urls` propagates.

    Executor.map yields results in the order the calls were submitted, whatever order they
    finish in, and re-raises a call's exception when its turn comes. as_completed yields
    in completion order, which depends on timing.
    """
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        return list(pool.map(fetch, urls))
