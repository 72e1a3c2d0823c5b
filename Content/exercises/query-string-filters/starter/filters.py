"""Parsing list-endpoint filters such as ?status__in=open,pending&total__gte=10.5."""

from typing import Any, NamedTuple


class Filter(NamedTuple):
    field: str
    op: str
    value: Any


class FilterError(ValueError):
    """Raised when any filter parameter is invalid; `errors` maps each name to a message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(f"invalid filters: {', '.join(sorted(errors))}")
        self.errors = errors


def parse_filters(query: str, fields: dict[str, str], ignore: frozenset[str] = frozenset()) -> list[Filter]:
    """Parse the query string into typed filters, or raise FilterError listing every problem."""
    raise NotImplementedError
