import pytest

from pipeline import finish_times


def task(duration, *deps):
    return {"duration": duration, "deps": list(deps)}


def test_independent_tasks_finish_after_their_own_duration():
    assert finish_times({"lint": task(2), "docs": task(5)}) == {"lint": 2, "docs": 5}


def test_a_task_waits_for_its_slowest_dependency():
    tasks = {
        "checkout": task(1),
        "unit": task(10, "checkout"),
        "lint": task(2, "checkout"),
        "package": task(3, "unit", "lint"),
    }
    assert finish_times(tasks) == {"checkout": 1, "unit": 11, "lint": 3, "package": 14}


def test_unknown_dependency_is_an_error():
    with pytest.raises(ValueError):
        finish_times({"deploy": task(1, "build")})


def test_cycle_is_an_error():
    with pytest.raises(ValueError):
        finish_times({"a": task(1, "b"), "b": task(1, "a")})
