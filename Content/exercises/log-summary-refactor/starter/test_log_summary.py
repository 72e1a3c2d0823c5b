from log_summary import summarise

LINES = [
    "2026-03-01T10:00:00Z INFO [api] started on :8000",
    '{"ts": "2026-03-01T10:00:01Z", "level": "warn", "component": "Worker", "msg": "queue is slow"}',
    'ts=2026-03-01T10:00:02Z level=error component=api msg="upstream timed out"',
    "",
    "garbage that matches no format",
]


def test_counts_by_level_and_component():
    summary = summarise(LINES)
    assert summary["total"] == 3
    assert summary["by_level"] == {"INFO": 1, "WARNING": 1, "ERROR": 1}
    assert summary["by_component"] == {"api": 2, "worker": 1}


def test_unparsed_lines_are_counted_but_blank_lines_are_not():
    assert summarise(LINES)["unparsed"] == 1


def test_first_errors_name_their_component():
    assert summarise(LINES)["first_errors"] == ["api: upstream timed out"]


def test_empty_input():
    assert summarise([]) == {"total": 0, "unparsed": 0, "by_level": {}, "by_component": {}, "first_errors": []}
