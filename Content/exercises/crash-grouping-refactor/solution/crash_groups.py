"""Groups the Python tracebacks found in a service log, for the on-call dashboard."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

TRACEBACK_HEADER = "Traceback (most recent call last):"
FRAME = re.compile(r'\s+File "([^"]*)", line \d+, in (\S+)')
UNKNOWN_LOCATION = "<unknown>"

# Applied in order: hex addresses before plain numbers, quoted text before the digits
# in it. The digit rule also turns "0x?" into "Nx?"; saved dashboards group on that,
# so it stays.
MESSAGE_MASKS = (
    (re.compile(r"0x[0-9a-fA-F]+"), "0x?"),
    (re.compile(r"'[^']*'"), "'?'"),
    (re.compile(r'"[^"]*"'), '"?"'),
    (re.compile(r"\d+"), "N"),
)


@dataclass(frozen=True)
class Crash:
    exception: str
    where: str
    message: str
    first_line: int

    @property
    def signature(self) -> tuple[str, str, str]:
        return self.exception, self.where, self.message


def normalise(message: str) -> str:
    for pattern, replacement in MESSAGE_MASKS:
        message = pattern.sub(replacement, message)
    return message


def location(frame: re.Match | None) -> str:
    if frame is None:
        return UNKNOWN_LOCATION
    path, function = frame.groups()
    return f"{path.rsplit('/', 1)[-1]}:{function}"


def is_indented(line: str) -> bool:
    return line[:1] in (" ", "\t")


def make_crash(
    exception_line: str, last_frame: re.Match | None, first_line: int
) -> Crash:
    exception, _, message = exception_line.rstrip().partition(": ")
    return Crash(exception, location(last_frame), normalise(message), first_line)


def crashes(text: str) -> Iterator[Crash]:
    """Every complete traceback in `text`, in order of appearance.

    A traceback starts at its header line, collects indented frame lines, and ends at
    the first non-indented line, which names the exception.
    """
    start = None
    last_frame = None
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() == TRACEBACK_HEADER:
            start, last_frame = number, None
            continue
        if start is None or not line.strip():
            continue
        if is_indented(line):
            last_frame = FRAME.match(line) or last_frame
            continue
        yield make_crash(line, last_frame, start)
        start = None


def group_crashes(text: str) -> list[dict]:
    """Return one entry per distinct crash in `text`, most frequent first."""
    groups: dict[tuple[str, str, str], dict] = {}
    for crash in crashes(text):
        group = groups.setdefault(
            crash.signature,
            {
                "exception": crash.exception,
                "where": crash.where,
                "message": crash.message,
                "count": 0,
                "first_line": crash.first_line,
            },
        )
        group["count"] += 1
    return sorted(groups.values(), key=lambda g: (-g["count"], g["first_line"]))
