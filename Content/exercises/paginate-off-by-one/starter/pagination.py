"""Page-number pagination for list endpoints."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MAX_PER_PAGE = 100


@dataclass(frozen=True)
class Page:
    items: list[Any]
    page: int
    per_page: int
    total: int
    total_pages: int
    has_next: bool
    has_previous: bool


def paginate(items: Sequence[Any], page: int = 1, per_page: int = 20) -> Page:
    """Return page number `page` (from 1) of `items`, `per_page` items per page."""
    if page < 1:
        raise ValueError(f"page must be at least 1, got {page}")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(f"per_page must be from 1 to {MAX_PER_PAGE}, got {per_page}")
    total = len(items)
    total_pages = max(1, total // per_page)
    start = page * per_page
    end = start + per_page
    return Page(
        items=list(items[start:end]),
        page=page,
        per_page=per_page,
        total=total,
        total_pages=total_pages,
        has_next=page < total_pages,
        has_previous=page > 1,
    )
