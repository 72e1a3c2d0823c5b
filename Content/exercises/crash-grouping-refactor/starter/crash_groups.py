"""Groups the Python tracebacks found in a service log, for the on-call dashboard."""

import re, os


def group_crashes(text):
    """Return one entry per distinct crash in `text`, most frequent first."""
    groups = {}
    order = []
    in_tb = False
    start = 0
    file = None
    func = None
    n = 0
    for line in text.split("\n"):
        n = n + 1
        if line.strip() == "Traceback (most recent call last):":
            in_tb = True
            start = n
            file = None
            func = None
            continue
        if in_tb:
            if line.strip() != "":
                if line[0] == " " or line[0] == "\t":
                    m = re.match(r'\s+File "([^"]*)", line \d+, in (\S+)', line)
                    if m:
                        file = m.group(1)
                        func = m.group(2)
                    continue
                else:
                    # the exception line ends the traceback
                    in_tb = False
                    line = line.rstrip()
                    if ": " in line:
                        etype = line[:line.index(": ")]
                        msg = line[line.index(": ") + 2:]
                    else:
                        etype = line
                        msg = ""
                    msg = re.sub(r"0x[0-9a-fA-F]+", "0x?", msg)
                    msg = re.sub(r"'[^']*'", "'?'", msg)
                    msg = re.sub(r'"[^"]*"', '"?"', msg)
                    msg = re.sub(r"\d+", "N", msg)
                    if file != None:
                        if "/" in file:
                            where = file[file.rindex("/") + 1:] + ":" + func
                        else:
                            where = file + ":" + func
                    else:
                        where = "<unknown>"
                    key = (etype, where, msg)
                    if key in groups:
                        groups[key]["count"] = groups[key]["count"] + 1
                    else:
                        groups[key] = {"exception": etype, "where": where, "message": msg, "count": 1, "first_line": start}
                        order.append(key)
    result = []
    for k in order:
        result.append(groups[k])
    for i in range(len(result)):
        for j in range(len(result) - 1 - i):
            a = result[j]
            b = result[j + 1]
            if b["count"] > a["count"] or (b["count"] == a["count"] and b["first_line"] < a["first_line"]):
                result[j], result[j + 1] = result[j + 1], result[j]
    return result
