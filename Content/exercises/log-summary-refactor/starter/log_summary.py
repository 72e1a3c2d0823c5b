"""Summaries of application logs that mix three line formats."""

import json
import re
import shlex


def summarise(lines):
    """Count the records of `lines` by level and component, and collect the first errors."""
    total = 0
    bad = 0
    levels = {}
    comps = {}
    errors = []
    for raw in lines:
        line = raw.strip()
        if line == "":
            continue
        level = None
        comp = None
        msg = None
        if line.startswith("{"):
            try:
                obj = json.loads(line)
                if type(obj) == dict:
                    if "level" in obj and "component" in obj and "msg" in obj:
                        if type(obj["level"]) == str and type(obj["component"]) == str and type(obj["msg"]) == str:
                            level = obj["level"].upper()
                            if level == "WARN":
                                level = "WARNING"
                            comp = obj["component"].lower()
                            msg = obj["msg"]
            except Exception:
                pass
        else:
            m = re.match(r"^(\S+) +([A-Za-z]+) +\[([^\]]+)\] ?(.*)$", line)
            if m:
                level = m.group(2).upper()
                if level == "WARN":
                    level = "WARNING"
                comp = m.group(3).lower()
                msg = m.group(4)
            else:
                try:
                    parts = shlex.split(line)
                    d = {}
                    ok = True
                    for p in parts:
                        if "=" in p:
                            k, v = p.split("=", 1)
                            d[k] = v
                        else:
                            ok = False
                    if ok:
                        if "level" in d and "component" in d and "msg" in d:
                            level = d["level"].upper()
                            if level == "WARN":
                                level = "WARNING"
                            comp = d["component"].lower()
                            msg = d["msg"]
                except ValueError:
                    pass
        if level != None and level in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            total += 1
            if level in levels:
                levels[level] += 1
            else:
                levels[level] = 1
            if comp in comps:
                comps[comp] += 1
            else:
                comps[comp] = 1
            if level == "ERROR" or level == "CRITICAL":
                if len(errors) < 3:
                    errors.append(comp + ": " + msg)
        else:
            bad += 1
    return {"total": total, "unparsed": bad, "by_level": levels, "by_component": comps, "first_errors": errors}
