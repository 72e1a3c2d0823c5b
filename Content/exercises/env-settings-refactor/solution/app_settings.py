"""Service settings read from environment variables."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

PREFIX = "APP_"
MIN_PORT, MAX_PORT = 1, 65535
MIN_WORKERS, MAX_WORKERS = 1, 64
MAX_TIMEOUT_SECONDS = 300.0
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_LEVEL_ALIASES = {"WARN": "WARNING"}


class ConfigError(ValueError):
    """The environment does not describe a valid configuration."""


def parse_required_text(raw: str) -> str:
    value = raw.strip()
    if not value:
        raise ValueError("is required")
    return value


def int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise ValueError(f"must be an integer between {low} and {high}")
        return value

    return parse


def parse_bool(raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("must be a boolean")


def parse_timeout(raw: str) -> float:
    try:
        seconds = float(raw.strip())
    except ValueError:
        seconds = None
    if seconds is None or not 0 < seconds <= MAX_TIMEOUT_SECONDS:
        raise ValueError("must be a number of seconds in (0, 300]")
    return seconds


def parse_log_level(raw: str) -> str:
    level = raw.strip().upper()
    level = LOG_LEVEL_ALIASES.get(level, level)
    if level not in LOG_LEVELS:
        raise ValueError("must be one of " + ", ".join(LOG_LEVELS))
    return level


def parse_hosts(raw: str) -> list[str]:
    names = (part.strip().lower() for part in raw.split(","))
    hosts = list(dict.fromkeys(name for name in names if name))
    if not hosts:
        raise ValueError("must name at least one host")
    return hosts


@dataclass(frozen=True)
class Setting:
    key: str
    parse: Callable[[str], Any]
    default: Callable[[dict[str, Any]], Any] | None = None

    @property
    def variable(self) -> str:
        return PREFIX + self.key.upper()


def default_log_level(settings: dict[str, Any]) -> str:
    return "DEBUG" if settings.get("debug") is True else "INFO"


# Order matters: errors are reported in this order, and a default may depend on the
# settings read before it.
SETTINGS = (
    Setting("database_url", parse_required_text),
    Setting("port", int_between(MIN_PORT, MAX_PORT), lambda _: 8000),
    Setting("workers", int_between(MIN_WORKERS, MAX_WORKERS), lambda _: 4),
    Setting("debug", parse_bool, lambda _: False),
    Setting("timeout", parse_timeout, lambda _: 30.0),
    Setting("log_level", parse_log_level, default_log_level),
    Setting("allowed_hosts", parse_hosts, lambda _: ["localhost"]),
)
KNOWN_VARIABLES = frozenset(setting.variable for setting in SETTINGS)


def read_setting(
    setting: Setting, env: Mapping[str, str], settings: dict[str, Any]
) -> Any:
    """The setting's value; raises ValueError("APP_X ...") if invalid or missing."""
    if setting.variable in env:
        raw = env[setting.variable]
    elif setting.default is not None:
        return setting.default(settings)
    else:
        raw = ""
    try:
        return setting.parse(raw)
    except ValueError as problem:
        raise ValueError(f"{setting.variable} {problem}") from None


def unknown_variables(env: Mapping[str, str]) -> list[str]:
    ours = (key for key in env if key.startswith(PREFIX))
    return sorted(key for key in ours if key not in KNOWN_VARIABLES)


def load_settings(env: Mapping[str, str]) -> dict[str, Any]:
    """Read the APP_* variables of `env` (a mapping like os.environ) into a dict."""
    settings: dict[str, Any] = {}
    errors: list[str] = []
    for setting in SETTINGS:
        try:
            settings[setting.key] = read_setting(setting, env, settings)
        except ValueError as problem:
            errors.append(str(problem))
    errors += [f"unknown setting {key}" for key in unknown_variables(env)]
    if errors:
        raise ConfigError("; ".join(errors))
    return settings
