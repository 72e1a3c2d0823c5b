"""Running a batch of calls on a bounded thread pool."""

from collections.abc import Callable, Iterable
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
    """Apply func to every item on at most `workers` threads; results in input order."""
    raise NotImplementedError
