"""Prefix suggestions for a search box, ranked by how often each term was searched."""

import heapq
from collections.abc import Iterator


class _Node:
    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.count = 0  # 0 means no term ends here


class Autocomplete:
    """A trie of search terms with their frequencies."""

    def __init__(self) -> None:
        self._root = _Node()
        self._size = 0

    @staticmethod
    def _normalise(term: str) -> str:
        return term.strip().lower()

    def _find(self, key: str) -> _Node | None:
        node = self._root
        for char in key:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def add(self, term: str, count: int = 1) -> None:
        """Add `count` uses of the term."""
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError(f"count must be an int of at least 1, got {count!r}")
        key = self._normalise(term)
        if not key:
            raise ValueError("term is empty")
        node = self._root
        for char in key:
            node = node.children.setdefault(char, _Node())
        if node.count == 0:
            self._size += 1
        node.count += count

    def _terms_under(self, node: _Node, prefix: str) -> Iterator[tuple[str, int]]:
        stack = [(node, prefix)]
        while stack:
            current, text = stack.pop()
            if current.count:
                yield text, current.count
            for char, child in current.children.items():
                stack.append((child, text + char))

    def suggest(self, prefix: str, k: int = 5) -> list[tuple[str, int]]:
        """Up to k (term, frequency) pairs starting with prefix, most frequent first."""
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k!r}")
        key = prefix.lower()
        node = self._find(key)
        if node is None:
            return []
        return heapq.nsmallest(k, self._terms_under(node, key), key=lambda item: (-item[1], item[0]))

    def remove(self, term: str) -> None:
        """Delete the term; KeyError if it is not present."""
        key = self._normalise(term)
        path = [self._root]
        for char in key:
            child = path[-1].children.get(char)
            if child is None:
                raise KeyError(term)
            path.append(child)
        if not key or path[-1].count == 0:
            raise KeyError(term)
        path[-1].count = 0
        self._size -= 1
        # Prune nodes that no longer lead to any term.
        for depth in range(len(key), 0, -1):
            node = path[depth]
            if node.count or node.children:
                break
            del path[depth - 1].children[key[depth - 1]]

    def __len__(self) -> int:
        return self._size

    def __contains__(self, term: object) -> bool:
        if not isinstance(term, str):
            return False
        key = self._normalise(term)
        node = self._find(key) if key else None
        return node is not None and node.count > 0
