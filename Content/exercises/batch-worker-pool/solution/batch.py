"""Running a batch of calls on a bounded thread pool."""

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any


class BatchError(Exception):
    """Some calls failed; `errors` maps item index to exception, `results` holds the rest."""

    def __init__(self, errors: dict[int, Exception], results: list[Any]) -> None:
        super().__init__(f"{len(errors)} of {len(results)} calls failed")
        self.errors = errors
        self.results = results


def parallel_map(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    workers: int = 4,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Any]:
    """Apply func to every item on at most `workers` threads; results in input order.

    Each worker writes into its own slot of a preallocated list, so results need no lock;
    the progress counter and the callback share one lock so that `done` is reported in
    order and the callback never runs concurrently.
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be an int of at least 1, got {workers!r}")
    pending = list(items)
    total = len(pending)
    if total == 0:
        return []
    results: list[Any] = [None] * total
    errors: dict[int, Exception] = {}
    lock = threading.Lock()
    done = 0

    def run(index: int, item: Any) -> None:
        nonlocal done
        try:
            results[index] = func(item)
        except Exception as exc:
            with lock:
                errors[index] = exc
        with lock:
            done += 1
            if on_progress is not None:
                on_progress(done, total)

    with ThreadPoolExecutor(max_workers=min(workers, total)) as pool:
        futures = [pool.submit(run, index, item) for index, item in enumerate(pending)]
    for future in futures:
        future.result()  # surfaces a failure of on_progress itself
    if errors:
        raise BatchError(dict(sorted(errors.items())), results)
    return results
