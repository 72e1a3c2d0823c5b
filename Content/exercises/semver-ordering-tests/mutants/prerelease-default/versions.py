"""Semantic versions: parsing and precedence (SemVer 2.0.0)."""

import functools
import re
from collections.abc import Iterable

_NUMBER = r"0|[1-9][0-9]*"
_IDENTIFIER = r"[0-9A-Za-z-]+"
_PATTERN = re.compile(
    rf"(?P<major>{_NUMBER})\.(?P<minor>{_NUMBER})\.(?P<patch>{_NUMBER})"
    rf"(?:-(?P<pre>{_IDENTIFIER}(?:\.{_IDENTIFIER})*))?"
    rf"(?:\+(?P<build>{_IDENTIFIER}(?:\.{_IDENTIFIER})*))?"
)


def _identifier_key(identifier: str) -> tuple[int, int | str]:
    """Digits sort numerically and before identifiers with letters."""
    if identifier.isdigit():
        return (0, int(identifier))
    return (1, identifier)


@functools.total_ordering
class Version:
    """A parsed semantic version; ordering and equality follow SemVer precedence."""

    def __init__(self, major: int, minor: int, patch: int, prerelease: tuple[str, ...] = (), build: tuple[str, ...] = ()) -> None:
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build

    @classmethod
    def parse(cls, text: str) -> "Version":
        match = _PATTERN.fullmatch(text)
        if match is None:
            raise ValueError(f"not a semantic version: {text!r}")
        prerelease = tuple(match["pre"].split(".")) if match["pre"] else ()
        for identifier in prerelease:
            if identifier.isdigit() and len(identifier) > 1 and identifier.startswith("0"):
                raise ValueError(f"numeric prerelease identifier with a leading zero: {text!r}")
        build = tuple(match["build"].split(".")) if match["build"] else ()
        return cls(int(match["major"]), int(match["minor"]), int(match["patch"]), prerelease, build)

    def _key(self) -> tuple:
        # A release (no prerelease) sorts after every prerelease of the same numbers.
        pre = (0, tuple(_identifier_key(i) for i in self.prerelease)) if self.prerelease else (1, ())
        return (self.major, self.minor, self.patch, pre)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + ".".join(self.build)
        return text

    def __repr__(self) -> str:
        return f"Version.parse({str(self)!r})"


def latest(tags: Iterable[str], include_prerelease: bool = True) -> str | None:
    """The highest version among the tags, or None; prereleases only when asked for."""
    best: Version | None = None
    best_text: str | None = None
    for tag in tags:
        version = Version.parse(tag)
        if version.prerelease and not include_prerelease:
            continue
        if best is None or version > best:
            best, best_text = version, tag
    return best_text
