"""A fixed-size least-recently-used cache."""

from collections.abc import Callable, Hashable
from typing import Any


class LRUCache:
    """Keeps at most `capacity` entries and evicts the least recently used one."""

    def __init__(self, capacity: int, on_evict: Callable[[Hashable, Any], None] | None = None) -> None:
        raise NotImplementedError

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value for key and mark it most recently used, or default."""
        raise NotImplementedError

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key, evicting the least recently used entry if full."""
        raise NotImplementedError

    def keys(self) -> list[Hashable]:
        """The keys from least to most recently used."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        raise NotImplementedError
