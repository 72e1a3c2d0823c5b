"""Ordering CI pipeline jobs by their dependencies."""

import heapq
from collections.abc import Iterable, Mapping


class CycleError(ValueError):
    """The dependencies form a cycle; `cycle` lists it, ending with its first job."""

    def __init__(self, cycle: list[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def _graph(jobs: Mapping[str, Iterable[str]]) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """Each job's set of dependencies, and for each job the jobs that depend on it."""
    needs = {job: set(deps) for job, deps in jobs.items()}
    dependents: dict[str, list[str]] = {job: [] for job in needs}
    for job, deps in needs.items():
        for dep in deps:
            if dep not in needs:
                raise KeyError(dep)
            dependents[dep].append(job)
    return needs, dependents


def _find_cycle(needs: dict[str, set[str]], placed: set[str]) -> list[str]:
    """Follow unplaced dependencies from an unplaced job until one repeats."""
    start = min(job for job in needs if job not in placed)
    path: list[str] = []
    position: dict[str, int] = {}
    job = start
    while job not in position:
        position[job] = len(path)
        path.append(job)
        job = min(dep for dep in needs[job] if dep not in placed)
    return path[position[job]:] + [job]


def build_order(jobs: Mapping[str, Iterable[str]]) -> list[str]:
    """Every job once, after its dependencies, alphabetically among ready jobs."""
    needs, dependents = _graph(jobs)
    remaining = {job: len(deps) for job, deps in needs.items()}
    ready = [job for job, count in remaining.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        job = heapq.heappop(ready)
        order.append(job)
        for dependent in dependents[job]:
            remaining[dependent] -= 1
            if remaining[dependent] == 0:
                heapq.heappush(ready, dependent)
    if len(order) < len(needs):
        raise CycleError(_find_cycle(needs, set(order)))
    return order


def parallel_stages(jobs: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The jobs grouped into stages that can run in parallel."""
    needs, dependents = _graph(jobs)
    remaining = {job: len(deps) for job, deps in needs.items()}
    stage = sorted(job for job, count in remaining.items() if count == 0)
    stages: list[list[str]] = []
    placed: set[str] = set()
    while stage:
        stages.append(stage)
        placed.update(stage)
        following = []
        for job in stage:
            for dependent in dependents[job]:
                remaining[dependent] -= 1
                if remaining[dependent] == 0:
                    following.append(dependent)
        stage = sorted(following)
    if len(placed) < len(needs):
        raise CycleError(_find_cycle(needs, placed))
    return stages
