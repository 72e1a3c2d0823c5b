"""CSV export of report rows for the admin download button."""


def format_cell(value):
    """The CSV text of one value, quoted when needed."""
    if value is None:
        text = ""
    elif value is True:
        text = "true"
    elif value is False:
        text = "false"
    else:
        text = str(value)
    needs_quotes = False
    for special in [",", '"', "\n", "\r"]:
        if special in text:
            needs_quotes = True
    if text != text.strip():
        needs_quotes = True
    if needs_quotes:
        text = '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows, columns):
    """Render `rows` (dicts) as CSV text with one column per name in `columns`."""
    text = ""
    header = ""
    for i, column in enumerate(columns):
        if i > 0:
            header = header + ","
        header = header + format_cell(column)
    text = text + header + "\n"
    for row in rows:
        line = ""
        for i, column in enumerate(columns):
            if i > 0:
                line = line + ","
            line = line + format_cell(row.get(column))
        text = text + line + "\n"
    return text
