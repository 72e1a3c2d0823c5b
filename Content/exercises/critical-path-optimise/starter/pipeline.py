"""Scheduling of build pipeline steps."""


def finish_times(tasks):
    """The earliest time at which each task can finish.

    `tasks` maps a task name to {"duration": minutes, "deps": [names it waits for]}. A task
    starts when the last of its dependencies has finished (at 0 when it has none).
    """

    def finish(name, path):
        if name in path:
            raise ValueError("dependency cycle through " + name)
        task = tasks[name]
        start = 0
        for dep in task["deps"]:
            if dep not in tasks:
                raise ValueError(name + " depends on unknown task " + dep)
            start = max(start, finish(dep, path + [name]))
        return start + task["duration"]

    return {name: finish(name, []) for name in tasks}
