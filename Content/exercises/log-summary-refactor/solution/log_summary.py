"""Summaries of application logs that mix three line formats."""

import json
import re
import shlex
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

KNOWN_LEVELS = frozenset({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
ERROR_LEVELS = frozenset({"ERROR", "CRITICAL"})
LEVEL_ALIASES = {"WARN": "WARNING"}
MAX_ERRORS_KEPT = 3
REQUIRED_FIELDS = ("level", "component", "msg")
PLAIN_LINE = re.compile(r"^(\S+) +([A-Za-z]+) +\[([^\]]+)\] ?(.*)$")


class Record(NamedTuple):
    level: str
    component: str
    message: str


def make_record(level: str, component: str, message: str) -> Record | None:
    """A normalised record, or None when the level is not one we know."""
    level = level.upper()
    level = LEVEL_ALIASES.get(level, level)
    if level not in KNOWN_LEVELS:
        return None
    return Record(level, component.lower(), message)


def from_fields(fields: dict) -> Record | None:
    values = [fields.get(name) for name in REQUIRED_FIELDS]
    if not all(isinstance(value, str) for value in values):
        return None
    return make_record(*values)


def parse_json(line: str) -> Record | None:
    try:
        document = json.loads(line)
    except ValueError:
        return None
    return from_fields(document) if isinstance(document, dict) else None


def parse_plain(line: str) -> Record | None:
    match = PLAIN_LINE.match(line)
    if match is None:
        return None
    _timestamp, level, component, message = match.groups()
    return make_record(level, component, message)


def parse_logfmt(line: str) -> Record | None:
    try:
        tokens = shlex.split(line)
    except ValueError:
        return None
    if not all("=" in token for token in tokens):
        return None
    return from_fields(dict(token.split("=", 1) for token in tokens))


def parse_line(line: str) -> Record | None:
    if line.startswith("{"):
        return parse_json(line)
    if PLAIN_LINE.match(line):
        return parse_plain(line)
    return parse_logfmt(line)


def summarise(lines: Iterable[str]) -> dict:
    """Count records by level and component, and collect the first errors."""
    levels: Counter[str] = Counter()
    components: Counter[str] = Counter()
    errors: list[str] = []
    unparsed = 0
    for line in filter(None, (raw.strip() for raw in lines)):
        record = parse_line(line)
        if record is None:
            unparsed += 1
            continue
        levels[record.level] += 1
        components[record.component] += 1
        if record.level in ERROR_LEVELS and len(errors) < MAX_ERRORS_KEPT:
            errors.append(f"{record.component}: {record.message}")
    return {
        "total": levels.total(),
        "unparsed": unparsed,
        "by_level": dict(levels),
        "by_component": dict(components),
        "first_errors": errors,
    }
