import pytest

from app_settings import ConfigError, load_settings

BASE = {"APP_DATABASE_URL": "postgresql://db/app"}


def test_defaults():
    assert load_settings(BASE) == {
        "database_url": "postgresql://db/app",
        "port": 8000,
        "workers": 4,
        "debug": False,
        "timeout": 30.0,
        "log_level": "INFO",
        "allowed_hosts": ["localhost"],
    }


def test_values_are_parsed():
    settings = load_settings({
        **BASE,
        "APP_PORT": " 9000 ",
        "APP_DEBUG": "Yes",
        "APP_TIMEOUT": "2.5",
        "APP_ALLOWED_HOSTS": "API.example.com, ,api.example.com,www.example.com",
        "HOME": "/root",
    })
    assert settings["port"] == 9000
    assert settings["debug"] is True
    assert settings["log_level"] == "DEBUG"
    assert settings["timeout"] == 2.5
    assert settings["allowed_hosts"] == ["api.example.com", "www.example.com"]


def test_every_error_is_reported_at_once():
    with pytest.raises(ConfigError) as caught:
        load_settings({"APP_PORT": "http", "APP_DEBGU": "1"})
    assert str(caught.value) == (
        "APP_DATABASE_URL is required; "
        "APP_PORT must be an integer between 1 and 65535; "
        "unknown setting APP_DEBGU"
    )


def test_config_error_is_a_value_error():
    with pytest.raises(ValueError):
        load_settings({})
