"""Layered settings: defaults, then the settings file, then environment variables."""

from collections.abc import Mapping
from typing import Any


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """A new dict of both; override wins, nested dicts are merged recursively."""
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(result.get(key), Mapping):
            result[key] = deep_merge(value, result[key])
        else:
            result[key] = value
    return result


def settings_from_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, Any]:
    """APP_DB__HOST=x becomes {"db": {"host": "x"}}; other variables are ignored."""
    settings: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(prefix):
            continue
        *parents, leaf = name[len(prefix):].lower().split("__")
        node = settings
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return settings


def load_settings(
    defaults: Mapping[str, Any],
    file_settings: Mapping[str, Any],
    environ: Mapping[str, str],
) -> dict[str, Any]:
    """Environment over file over defaults."""
    return deep_merge(deep_merge(defaults, file_settings), settings_from_env(environ))
