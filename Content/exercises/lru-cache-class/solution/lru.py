"""A fixed-size least-recently-used cache."""

from collections.abc import Callable, Hashable
from typing import Any


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: Any = None, value: Any = None) -> None:
        self.key = key
        self.value = value
        self.prev: _Node | None = None
        self.next: _Node | None = None


class LRUCache:
    """Keeps at most `capacity` entries and evicts the least recently used one.

    A dict maps each key to its node in a doubly linked list ordered from least recently
    used (after the head sentinel) to most recently used (before the tail sentinel), so
    every operation but keys() is O(1).
    """

    def __init__(self, capacity: int, on_evict: Callable[[Hashable, Any], None] | None = None) -> None:
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError(f"capacity must be an int of at least 1, got {capacity!r}")
        self._capacity = capacity
        self._on_evict = on_evict
        self._nodes: dict[Hashable, _Node] = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next = self._tail
        self._tail.prev = self._head

    def _unlink(self, node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node: _Node) -> None:
        last = self._tail.prev
        last.next = node
        node.prev = last
        node.next = self._tail
        self._tail.prev = node

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value for key and mark it most recently used, or default."""
        node = self._nodes.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key, evicting the least recently used entry if full."""
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._nodes) >= self._capacity:
            oldest = self._head.next
            self._unlink(oldest)
            del self._nodes[oldest.key]
            if self._on_evict is not None:
                self._on_evict(oldest.key, oldest.value)
        node = _Node(key, value)
        self._nodes[key] = node
        self._append(node)

    def keys(self) -> list[Hashable]:
        """The keys from least to most recently used."""
        result = []
        node = self._head.next
        while node is not self._tail:
            result.append(node.key)
            node = node.next
        return result

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, key: object) -> bool:
        return key in self._nodes
