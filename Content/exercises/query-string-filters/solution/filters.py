"""Parsing list-endpoint filters such as ?status__in=open,pending&total__gte=10.5."""

import datetime
import re
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import parse_qsl


class Filter(NamedTuple):
    field: str
    op: str
    value: Any


class FilterError(ValueError):
    """Raised when any filter parameter is invalid; `errors` maps each name to a message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(f"invalid filters: {', '.join(sorted(errors))}")
        self.errors = errors


_INT = re.compile(r"-?[0-9]+")
_FLOAT = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BOOLS = {"true": True, "1": True, "false": False, "0": False}


def _to_int(text: str) -> int:
    if not _INT.fullmatch(text):
        raise ValueError(f"{text!r} is not a whole number")
    return int(text)


def _to_float(text: str) -> float:
    if not _FLOAT.fullmatch(text):
        raise ValueError(f"{text!r} is not a number")
    return float(text)


def _to_bool(text: str) -> bool:
    try:
        return _BOOLS[text.lower()]
    except KeyError:
        raise ValueError(f"{text!r} is not true, false, 1 or 0") from None


def _to_date(text: str) -> datetime.date:
    if not _DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a calendar date") from None


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "str": lambda text: text,
    "int": _to_int,
    "float": _to_float,
    "bool": _to_bool,
    "date": _to_date,
}
_ORDERING = {"lt", "lte", "gt", "gte"}
_ALLOWED = {
    "str": {"eq", "ne", "in"},
    "int": {"eq", "ne", "in"} | _ORDERING,
    "float": {"eq", "ne", "in"} | _ORDERING,
    "bool": {"eq", "ne"},
    "date": {"eq", "ne", "in"} | _ORDERING,
}
_OPERATORS = {"eq", "ne", "in"} | _ORDERING


def _parse_one(name: str, raw: str, fields: dict[str, str]) -> Filter:
    field, op = name.rsplit("__", 1) if "__" in name else (name, "eq")
    if field not in fields:
        raise ValueError(f"unknown field {field!r}")
    if op not in _OPERATORS:
        raise ValueError(f"unknown operator {op!r}")
    kind = fields[field]
    if op not in _ALLOWED[kind]:
        raise ValueError(f"operator {op!r} does not apply to a {kind} field")
    if raw == "":
        raise ValueError("empty value")
    convert = _CONVERTERS[kind]
    if op == "in":
        items = raw.split(",")
        if any(item == "" for item in items):
            raise ValueError("empty item in list")
        return Filter(field, op, [convert(item) for item in items])
    return Filter(field, op, convert(raw))


def parse_filters(query: str, fields: dict[str, str], ignore: frozenset[str] = frozenset()) -> list[Filter]:
    """Parse the query string into typed filters, or raise FilterError listing every problem."""
    pairs = parse_qsl(query.removeprefix("?"), keep_blank_values=True)
    counts: dict[str, int] = {}
    for name, _ in pairs:
        counts[name] = counts.get(name, 0) + 1
    filters: list[Filter] = []
    errors: dict[str, str] = {}
    for name, raw in pairs:
        if name in ignore or name in errors:
            continue
        if counts[name] > 1:
            errors[name] = "given more than once; use __in for several values"
            continue
        try:
            filters.append(_parse_one(name, raw, fields))
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise FilterError(errors)
    return filters
