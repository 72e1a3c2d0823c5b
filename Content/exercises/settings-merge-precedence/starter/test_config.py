import copy

from config import deep_merge, load_settings, settings_from_env

DEFAULTS = {"debug": False, "db": {"host": "localhost", "port": 5432}}


def test_top_level_override_wins():
    assert deep_merge({"debug": False}, {"debug": True}) == {"debug": True}


def test_nested_override_wins_and_other_keys_are_kept():
    merged = deep_merge(DEFAULTS, {"db": {"host": "db.internal"}})
    assert merged["db"] == {"host": "db.internal", "port": 5432}


def test_environment_variables_become_nested_settings():
    environ = {"APP_DB__HOST": "db.internal", "APP_DEBUG": "true", "HOME": "/root"}
    assert settings_from_env(environ) == {"db": {"host": "db.internal"}, "debug": "true"}


def test_environment_beats_file_beats_defaults():
    file_settings = {"db": {"host": "db.staging", "port": 6432}}
    environ = {"APP_DB__HOST": "db.internal"}
    settings = load_settings(DEFAULTS, file_settings, environ)
    assert settings["db"] == {"host": "db.internal", "port": 6432}


def test_inputs_are_not_modified():
    defaults = copy.deepcopy(DEFAULTS)
    deep_merge(defaults, {"db": {"port": 1}})
    assert defaults == DEFAULTS
