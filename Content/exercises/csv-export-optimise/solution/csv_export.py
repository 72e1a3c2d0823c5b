"""CSV export of report rows for the admin download button."""

import re

NEEDS_QUOTES = re.compile(r'[,"\n\r]|^\s|\s$')
SPECIAL_VALUES = {None: "", True: "true", False: "false"}


def format_cell(value):
    """The CSV text of one value, quoted when needed."""
    if value is None or value is True or value is False:
        text = SPECIAL_VALUES[value]
    else:
        text = str(value)
    if NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows, columns):
    """Render `rows` (dicts) as CSV text with one column per name in `columns`.

    Lines are collected in a list and joined once: `text = text + line` copies the whole
    text on every row, which makes the export quadratic in its size.
    """
    lines = [",".join(format_cell(column) for column in columns)]
    for row in rows:
        lines.append(",".join([format_cell(row.get(column)) for column in columns]))
    lines.append("")
    return "\n".join(lines)
