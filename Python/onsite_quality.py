"""Static measures of code quality, per function: length, nesting and cyclomatic complexity.

Parsing never runs the code. The measures follow the usual definitions so that a candidate
can reproduce them with common tools:

- length: the lines a function spans, without its docstring, blank lines and comment lines;
- nesting: the deepest stack of `if`/`for`/`while`/`try`/`with`/`match` blocks inside it
  (an `elif` continues its `if`, it does not nest);
- complexity: McCabe's cyclomatic complexity, 1 plus one for each branch point: `if`, `elif`,
  loops, `except`, each extra operand of `and`/`or`, conditional expressions, comprehension
  loops and conditions, `match` cases and `assert`.

Nested functions and methods are measured on their own and do not add to their parent.
"""

import ast

BLOCKS = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.Try, ast.With, ast.AsyncWith, ast.Match)
if hasattr(ast, "TryStar"):
    BLOCKS += (ast.TryStar,)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _children(node):
    """Child nodes, not descending into nested functions, classes or lambdas' own scopes."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, FUNCTIONS + (ast.ClassDef,)):
            continue
        yield child


def complexity(function):
    score = 1
    stack = list(_children(function))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.Assert)):
            score += 1
        elif isinstance(node, ast.ExceptHandler):
            score += 1
        elif isinstance(node, ast.BoolOp):
            score += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            score += 1 + len(node.ifs)
        elif isinstance(node, ast.match_case):
            score += 1
        stack.extend(_children(node))
    return score


def nesting(node, depth=0):
    deepest = depth
    for child in _children(node):
        if isinstance(child, BLOCKS):
            continues = isinstance(node, ast.If) and isinstance(child, ast.If) and node.orelse == [child]
            level = depth if continues else depth + 1
            deepest = max(deepest, nesting(child, level))
        else:
            deepest = max(deepest, nesting(child, depth))
    return deepest


def length(function, lines):
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
            and isinstance(body[0].value.value, str):
        docstring = set(range(body[0].lineno, body[0].end_lineno + 1))
    else:
        docstring = set()
    first = min([function.lineno] + [decorator.lineno for decorator in function.decorator_list])
    counted = 0
    for number in range(first, function.end_lineno + 1):
        text = lines[number - 1].strip() if number - 1 < len(lines) else ""
        if number in docstring or not text or text.startswith("#"):
            continue
        counted += 1
    return counted


def measure(source, path="<file>"):
    """A record per function (and method) of `source`: name, line, length, nesting, complexity."""
    tree = ast.parse(source, filename=path)
    lines = source.splitlines()
    records = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FUNCTIONS):
                name = prefix + child.name
                records.append({
                    "name": name, "line": child.lineno, "length": length(child, lines),
                    "nesting": nesting(child), "complexity": complexity(child),
                })
                visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return records
