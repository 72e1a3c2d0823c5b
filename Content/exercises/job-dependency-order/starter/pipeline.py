"""Ordering CI pipeline jobs by their dependencies."""

from collections.abc import Iterable, Mapping


class CycleError(ValueError):
    """The dependencies form a cycle; `cycle` lists it, ending with its first job."""

    def __init__(self, cycle: list[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def build_order(jobs: Mapping[str, Iterable[str]]) -> list[str]:
    """Every job once, after its dependencies, alphabetically among ready jobs."""
    raise NotImplementedError


def parallel_stages(jobs: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The jobs grouped into stages that can run in parallel."""
    raise NotImplementedError
