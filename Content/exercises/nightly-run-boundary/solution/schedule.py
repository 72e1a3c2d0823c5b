"""When the nightly jobs run next. The clock is injectable for tests."""

from datetime import datetime, timedelta


def next_run(hour, minute, clock=datetime.now):
    """The first moment strictly after now at which a job scheduled daily at hour:minute runs.

    `clock` returns the current local time as a datetime. The result has zero seconds and
    microseconds.

    Compare whole datetimes: comparing only the hour missed the half hour after the run
    time (02:45 is past 02:30 although the hours are equal) and the exact run time itself.
    """
    now = clock()
    candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if candidate <= now:
        candidate += timedelta(days=1)
    return candidate
