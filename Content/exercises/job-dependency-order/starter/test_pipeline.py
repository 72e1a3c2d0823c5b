import pytest

from pipeline import CycleError, build_order, parallel_stages

JOBS = {"deploy": ["test", "build"], "test": ["build"], "build": [], "lint": []}


def test_build_order_places_dependencies_first():
    assert build_order(JOBS) == ["build", "lint", "test", "deploy"]


def test_parallel_stages():
    assert parallel_stages(JOBS) == [["build", "lint"], ["test"], ["deploy"]]


def test_cycle_is_reported():
    with pytest.raises(CycleError) as info:
        build_order({"a": ["b"], "b": ["a"]})
    assert info.value.cycle in (["a", "b", "a"], ["b", "a", "b"])


def test_unknown_dependency_is_rejected():
    with pytest.raises(KeyError):
        build_order({"test": ["build"]})
