from crash_groups import group_crashes

LOG = '''\
2026-03-01 10:00:00 INFO request started
Traceback (most recent call last):
  File "/srv/app/views.py", line 41, in checkout
    total = price(cart)
  File "/srv/app/pricing.py", line 12, in price
    return int(raw)
ValueError: invalid literal for int() with base 10: 'abc'
2026-03-01 10:00:05 INFO request started
Traceback (most recent call last):
  File "/srv/app/views.py", line 41, in checkout
    total = price(cart)
  File "/srv/app/pricing.py", line 12, in price
    return int(raw)
ValueError: invalid literal for int() with base 10: '12x'
Traceback (most recent call last):
  File "/srv/app/cache.py", line 7, in get
    return store[key]
KeyError: 'user:42'
'''


def test_same_crash_with_different_values_is_grouped():
    groups = group_crashes(LOG)
    assert groups[0] == {
        "exception": "ValueError",
        "where": "pricing.py:price",
        "message": "invalid literal for int() with base N: '?'",
        "count": 2,
        "first_line": 2,
    }


def test_distinct_crashes_are_separate_groups():
    groups = group_crashes(LOG)
    assert [(g["exception"], g["count"]) for g in groups] == [("ValueError", 2), ("KeyError", 1)]


def test_log_without_tracebacks():
    assert group_crashes("all good\nstill good\n") == []
