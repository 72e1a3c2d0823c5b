"""A lean path for the plainest test folders: pytest's outcomes without pytest's machinery.

A pytest session costs tens of milliseconds before any test runs (plugins, argument parsing,
fixture bookkeeping). Most practice folders need none of it: a few modules, test files at the
top level with plain `test_*` functions, perhaps one `parametrize`. For such a folder this
module imports the test files, calls each test in pytest's collection order under pytest's node
ids, and reports `passed` only when every test passed. Anything else -- a configuration file, a conftest, a fixture, a class, any other mark,
a test that fails, skips or raises, an id it cannot reproduce exactly -- answers `fallback`,
and the worker runs the folder under real pytest in a fresh child. A lean answer is therefore
only ever "all of these tests passed", which pytest would have said too.
"""

import importlib.abc
import importlib.util
import inspect
import io
import os
import sys
import time
import unittest

from _pytest.fixtures import getfixturemarker

# Files whose presence changes how pytest collects or runs a folder.
CONFIGURATION = {"pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg", "conftest.py", "__init__.py"}
# Module-level names pytest gives a meaning to.
HOOKS = {
    "setup_module", "teardown_module", "setUpModule", "tearDownModule", "setup_function",
    "teardown_function", "setup", "teardown", "pytestmark", "pytest_plugins", "__test__",
}


class Fallback(Exception):
    """The folder needs real pytest; the message says why (for diagnostics)."""


def is_test_file(name):
    """pytest's default `python_files`: test_*.py and *_test.py."""
    return name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))


def test_files(root):
    """The folder's test files, in pytest's order, or Fallback when pytest's rules are needed."""
    names = sorted(os.listdir(root))
    found = CONFIGURATION.intersection(names)
    if found:
        raise Fallback("configuration file " + sorted(found)[0])
    files = []
    for name in names:
        path = os.path.join(root, name)
        if os.path.isdir(path):
            for _, _, below in os.walk(path):
                if any(is_test_file(item) or item in CONFIGURATION for item in below):
                    raise Fallback("test files below the top level")
        elif is_test_file(name):
            files.append(name)
    if not files:
        raise Fallback("no test files")
    return files


class _TestModuleLoader(importlib.abc.Loader):
    """Executes a test module from its source.

    pytest rewrites a test module's asserts so that a failure can explain itself; a passing
    assert behaves the same either way, and a failing one sends the folder to pytest, so the lean
    path compiles the source as it is (rewriting costs more than running a small folder)."""

    def __init__(self, path):
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path, "rb") as handle:
            source = handle.read()
        exec(compile(source, self.path, "exec", dont_inherit=True), module.__dict__)


def _import(root, name):
    path = os.path.join(root, name)
    module_name = name[:-3]
    # Another test file may have imported this one already; pytest would reuse that module.
    existing = sys.modules.get(module_name)
    if existing is not None and os.path.abspath(getattr(existing, "__file__", "") or "") == path:
        return existing
    loader = _TestModuleLoader(path)
    spec = importlib.util.spec_from_file_location(module_name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    loader.exec_module(module)
    return module


def _plain_id(value, name, index):
    """The id pytest derives from a parameter value, where its rule is simple enough to be certain:
    numbers, booleans and None by `str`, printable ASCII text as it is, and containers (lists,
    tuples, dicts, sets) by the argument's name and the row's index, as in `names0`."""
    if isinstance(value, bool) or value is None or type(value) in (int, float, complex):
        return str(value)
    if type(value) is str:
        if value and value.isascii() and value.isprintable():
            return value
        raise Fallback("a text parameter whose id pytest escapes")
    if type(value) in (list, tuple, dict, set, frozenset):
        return name + str(index)
    raise Fallback("a parameter whose id needs pytest")


def _parameters(function):
    """(id suffix, keyword arguments) for each call of a test function."""
    marks = getattr(function, "pytestmark", [])
    signature = inspect.signature(function)
    for parameter in signature.parameters.values():
        if parameter.kind is not parameter.POSITIONAL_OR_KEYWORD or parameter.default is not parameter.empty:
            raise Fallback("a test signature pytest treats specially")
    wanted = list(signature.parameters)
    if not marks:
        if wanted:
            raise Fallback("a test that asks for fixtures")
        return [("", {})]
    if len(marks) != 1 or marks[0].name != "parametrize" or marks[0].kwargs or len(marks[0].args) != 2:
        raise Fallback("marks other than one plain parametrize")
    names, values = marks[0].args
    if isinstance(names, str):
        names = [part.strip() for part in names.split(",") if part.strip()]
    if not isinstance(names, (list, tuple)) or sorted(names) != sorted(wanted) or not isinstance(values, (list, tuple)):
        raise Fallback("parametrize that does not name exactly the test's arguments")
    calls, seen = [], set()
    for index, value in enumerate(values):
        if type(value).__name__ == "ParameterSet":
            raise Fallback("pytest.param")
        row = [value] if len(names) == 1 else value
        if len(names) > 1 and (not isinstance(row, (list, tuple)) or len(row) != len(names)):
            raise Fallback("a parametrize row of the wrong length")
        suffix = "-".join(_plain_id(item, name, index) for item, name in zip(row, names))
        if suffix in seen:
            raise Fallback("duplicate parameter ids")
        seen.add(suffix)
        calls.append(("[" + suffix + "]", dict(zip(names, row))))
    if not calls:
        raise Fallback("an empty parameter set")
    return calls


def _items(file_name, module):
    """(node id, function, keyword arguments) in pytest's collection order."""
    items = []
    for name, obj in list(vars(module).items()):
        if name in HOOKS:
            raise Fallback("module-level " + name)
        try:
            if getfixturemarker(obj) is not None:
                raise Fallback("a fixture")
            if isinstance(obj, type) and (name.startswith("Test") or issubclass(obj, unittest.TestCase)):
                raise Fallback("a test class")
            if getattr(obj, "__test__", None) is True and not name.startswith("test"):
                raise Fallback("__test__ marks")
        except Fallback:
            raise
        except Exception:  # noqa: BLE001 - an object that resists inspection needs pytest
            raise Fallback("an object pytest would inspect") from None
        if not name.startswith("test") or not callable(obj):
            continue
        if not inspect.isfunction(obj) or hasattr(obj, "__wrapped__") or getattr(obj, "__test__", True) is not True:
            raise Fallback("a test that is not a plain function")
        if inspect.isgeneratorfunction(obj) or inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj):
            raise Fallback("a generator or coroutine test")
        for suffix, arguments in _parameters(obj):
            items.append((file_name + "::" + name + suffix, obj, arguments))
    return items


class _NoInput(io.TextIOBase):
    """Like pytest's captured stdin: reading fails, so such a test goes to pytest."""

    def read(self, *args):
        raise OSError("reading from stdin while output is captured")

    readline = read


def run(root):
    """Runs the folder's tests; returns [(node id, milliseconds)] when all passed, else raises Fallback."""
    items = []
    for name in test_files(root):
        try:
            module = _import(root, name)
        except BaseException:  # noqa: BLE001 - pytest reports import errors its own way
            raise Fallback("a test module failed to import") from None
        items += _items(name, module)
    if not items:
        raise Fallback("no tests")
    timings = []
    saved = sys.stdin, sys.stdout, sys.stderr
    try:
        sys.stdin = _NoInput()
        for node_id, function, arguments in items:
            sys.stdout = sys.stderr = io.StringIO()
            started = time.perf_counter()
            try:
                function(**arguments)
            except BaseException:  # noqa: BLE001 - pytest decides what a non-passing test is
                raise Fallback("a test did not pass") from None
            timings.append((node_id, (time.perf_counter() - started) * 1000))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return timings
