import random

import pytest

from balancer import pick_backend

WEIGHTS = {"eu-west-1": 50, "eu-west-2": 30, "us-east-1": 20}


def test_a_single_backend_is_always_picked():
    assert pick_backend({"only": 7}) == "only"


def test_every_pick_is_a_backend():
    for _ in range(50):
        assert pick_backend(WEIGHTS) in WEIGHTS


def test_drained_backends_are_never_picked():
    picks = {pick_backend({"old": 0, "new": 10}) for _ in range(20)}
    assert "old" not in picks


def test_no_capacity_at_all():
    with pytest.raises(ValueError):
        pick_backend({"a": 0, "b": 0})


def test_a_seeded_generator_can_be_injected():
    first = [pick_backend(WEIGHTS, random.Random(42)) for _ in range(5)]
    second = [pick_backend(WEIGHTS, random.Random(42)) for _ in range(5)]
    assert first == second
