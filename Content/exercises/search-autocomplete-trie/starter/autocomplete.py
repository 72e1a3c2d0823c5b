"""Prefix suggestions for a search box, ranked by how often each term was searched."""


class Autocomplete:
    """A trie of search terms with their frequencies."""

    def __init__(self) -> None:
        raise NotImplementedError

    def add(self, term: str, count: int = 1) -> None:
        """Add `count` uses of the term."""
        raise NotImplementedError

    def suggest(self, prefix: str, k: int = 5) -> list[tuple[str, int]]:
        """Up to k (term, frequency) pairs starting with prefix, most frequent first."""
        raise NotImplementedError

    def remove(self, term: str) -> None:
        """Delete the term; KeyError if it is not present."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __contains__(self, term: object) -> bool:
        raise NotImplementedError
