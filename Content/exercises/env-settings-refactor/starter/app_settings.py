"""Service settings read from environment variables."""

import os
import json


class ConfigError(ValueError):
    """The environment does not describe a valid configuration."""


def load_settings(env):
    """Read the APP_* variables of `env` (a mapping like os.environ) into a settings dict."""
    errs = []
    res = {}
    # database
    if "APP_DATABASE_URL" in env and env["APP_DATABASE_URL"].strip() != "":
        res["database_url"] = env["APP_DATABASE_URL"].strip()
    else:
        errs.append("APP_DATABASE_URL is required")
    # port
    if "APP_PORT" in env:
        v = env["APP_PORT"].strip()
        ok = True
        try:
            n = int(v)
        except ValueError:
            ok = False
        if ok:
            if n < 1 or n > 65535:
                ok = False
            else:
                res["port"] = n
        if not ok:
            errs.append("APP_PORT must be an integer between 1 and 65535")
    else:
        res["port"] = 8000
    # workers
    if "APP_WORKERS" in env:
        v = env["APP_WORKERS"].strip()
        ok = True
        try:
            n = int(v)
        except ValueError:
            ok = False
        if ok:
            if n < 1 or n > 64:
                ok = False
            else:
                res["workers"] = n
        if not ok:
            errs.append("APP_WORKERS must be an integer between 1 and 64")
    else:
        res["workers"] = 4
    # debug
    if "APP_DEBUG" in env:
        v = env["APP_DEBUG"].strip().lower()
        if v == "1" or v == "true" or v == "yes" or v == "on":
            res["debug"] = True
        elif v == "0" or v == "false" or v == "no" or v == "off":
            res["debug"] = False
        else:
            errs.append("APP_DEBUG must be a boolean")
    else:
        res["debug"] = False
    # timeout
    if "APP_TIMEOUT" in env:
        try:
            t = float(env["APP_TIMEOUT"].strip())
            if t > 0 and t <= 300:
                res["timeout"] = t
            else:
                errs.append("APP_TIMEOUT must be a number of seconds in (0, 300]")
        except ValueError:
            errs.append("APP_TIMEOUT must be a number of seconds in (0, 300]")
    else:
        res["timeout"] = 30.0
    # log level
    if "APP_LOG_LEVEL" in env:
        v = env["APP_LOG_LEVEL"].strip().upper()
        if v == "WARN":
            v = "WARNING"
        if v in ["DEBUG", "INFO", "WARNING", "ERROR"]:
            res["log_level"] = v
        else:
            errs.append("APP_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR")
    else:
        if "debug" in res and res["debug"] == True:
            res["log_level"] = "DEBUG"
        else:
            res["log_level"] = "INFO"
    # hosts
    if "APP_ALLOWED_HOSTS" in env:
        hosts = []
        for h in env["APP_ALLOWED_HOSTS"].split(","):
            h = h.strip().lower()
            if h != "":
                if h not in hosts:
                    hosts.append(h)
        if len(hosts) == 0:
            errs.append("APP_ALLOWED_HOSTS must name at least one host")
        else:
            res["allowed_hosts"] = hosts
    else:
        res["allowed_hosts"] = ["localhost"]
    # anything else with our prefix is a typo
    known = ["APP_DATABASE_URL", "APP_PORT", "APP_WORKERS", "APP_DEBUG", "APP_TIMEOUT", "APP_LOG_LEVEL", "APP_ALLOWED_HOSTS"]
    for k in sorted(env.keys()):
        if k.startswith("APP_"):
            if k not in known:
                errs.append("unknown setting " + k)
    if len(errs) > 0:
        raise ConfigError("; ".join(errs))
    return res
