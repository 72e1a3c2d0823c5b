"""Scheduling of build pipeline steps."""

from graphlib import TopologicalSorter


def finish_times(tasks):
    """The earliest time at which each task can finish.

    `tasks` maps a task name to {"duration": minutes, "deps": [names it waits for]}. A task
    starts when the last of its dependencies has finished (at 0 when it has none).

    Each task is computed once, after its dependencies, in topological order: O(V + E)
    instead of re-walking every path below every task, which is exponential when
    dependencies share sub-graphs. The loop is iterative, so long chains cannot hit the
    recursion limit.
    """
    for name, task in tasks.items():
        for dep in task["deps"]:
            if dep not in tasks:
                raise ValueError(f"{name} depends on unknown task {dep}")
    graph = TopologicalSorter({name: task["deps"] for name, task in tasks.items()})
    finish = {}
    for name in graph.static_order():  # raises graphlib.CycleError, a ValueError
        task = tasks[name]
        finish[name] = task["duration"] + max((finish[dep] for dep in task["deps"]), default=0)
    return {name: finish[name] for name in tasks}
