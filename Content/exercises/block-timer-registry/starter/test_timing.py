import pytest

from timing import Stats, TimingRegistry


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_with_block_records_its_duration():
    clock = FakeClock()
    registry = TimingRegistry(clock=clock)
    with registry.timer("db.query") as t:
        clock.now += 2.5
    assert t.elapsed == 2.5
    with registry.timer("db.query"):
        clock.now += 0.5
    assert registry.stats("db.query") == Stats(count=2, errors=0, total=3.0, min=0.5, max=2.5)


def test_a_failing_block_is_recorded_and_the_error_propagates():
    clock = FakeClock()
    registry = TimingRegistry(clock=clock)
    with pytest.raises(ZeroDivisionError):
        with registry.timer("report"):
            clock.now += 1.0
            1 / 0
    assert registry.stats("report") == Stats(count=1, errors=1, total=1.0, min=1.0, max=1.0)


def test_decorator_times_each_call():
    clock = FakeClock()
    registry = TimingRegistry(clock=clock)

    @registry.timer("render")
    def render(page):
        """Render a page."""
        clock.now += 0.25
        return f"<{page}>"

    assert render("home") == "<home>"
    assert render("about") == "<about>"
    assert render.__name__ == "render"
    assert registry.stats("render").count == 2


def test_unknown_name_raises_key_error():
    with pytest.raises(KeyError):
        TimingRegistry().stats("nothing")


def test_names_are_sorted():
    registry = TimingRegistry()
    registry.record("b", 1)
    registry.record("a", 2)
    assert registry.names() == ["a", "b"]
