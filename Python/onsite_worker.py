"""onsite's warm worker: a fork server that runs untrusted Python inside a sandbox.

The worker is started by onsite inside bubblewrap as PID 1 of its own PID namespace, with no
network, a read-only view of the Python installation and a private /tmp. It imports pytest and
the standard modules once, then serves one request per line on stdin and answers one line on
stdout. Each request runs in a freshly forked child under resource limits; after each run every
other process in the namespace is killed and reaped, and /tmp is wiped, so nothing a run leaves
behind can touch the next one.

Expected values of hidden cases never reach this process: it reports what calls returned and
onsite compares them outside the sandbox.
"""

import ctypes
import json
import os
import random
import resource
import select
import shutil
import signal
import sys
import time

WORK = "/tmp/work"
# In the sandbox the worker is PID 1 of its own namespace and may sweep every other process.
# Run with --local (no sandbox, only with the user's consent) it must never touch other processes.
LOCAL = "--local" in sys.argv
if LOCAL and "--run" not in sys.argv:
    import tempfile

    WORK = os.path.join(tempfile.mkdtemp(prefix="onsite-"), "work")
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1


def _prctl(option, value):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(option, value, 0, 0, 0)


def _preload():
    """Imports what runs need, so that a forked child starts with them in memory."""
    import collections, dataclasses, decimal, fractions, functools, heapq, itertools  # noqa: F401,E401
    import math, re, statistics, string, textwrap, threading, typing, unittest  # noqa: F401,E401
    import asyncio, concurrent.futures, contextlib, copy, datetime, enum, abc  # noqa: F401,E401
    import runpy, traceback, io, tempfile, inspect, operator, bisect, queue  # noqa: F401,E401
    try:
        import pytest  # noqa: F401
        import _pytest.config
        import _pytest.python, _pytest.unittest, _pytest.fixtures, _pytest.mark  # noqa: F401,E401
        import _pytest.terminal, _pytest.runner, _pytest.assertion.rewrite  # noqa: F401,E401
        # Load the built-in plugins pytest would import on its first run.
        for name in _pytest.config.default_plugins:
            try:
                __import__("_pytest." + name)
            except ImportError:
                pass
        return True
    except ImportError:
        return False


# `--run`: a fresh interpreter started for one run (see _exec_fresh): it must not preload anything.
FRESH = "--run" in sys.argv
SCRIPT = os.path.abspath(__file__)
HAS_PYTEST = False if FRESH else _preload()


def _load_helper(name):
    """Imports one of onsite's helper modules from beside this file, without touching sys.path."""
    import importlib.util

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_test_file(name):
    return name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))


LEAN = _load_helper("onsite_lean") if HAS_PYTEST else None
QUALITY = _load_helper("onsite_quality")


# --------------------------------------------------------------------------- child side


def _limit(limits):
    def cap(kind, value):
        if value is not None:
            resource.setrlimit(kind, (value, value))

    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_CPU, limits.get("cpuSeconds"))
    cap(resource.RLIMIT_AS, limits.get("memoryBytes"))
    cap(resource.RLIMIT_FSIZE, limits.get("fileBytes"))
    cap(resource.RLIMIT_NOFILE, limits.get("openFiles"))
    cap(resource.RLIMIT_NPROC, limits.get("processes"))


def _to_json(value, depth=0):
    """A JSON form of a returned value: tuples become lists, sets sorted lists."""
    if depth > 50:
        raise ValueError("value nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return {"float": repr(value)}
        return value
    if isinstance(value, (list, tuple)):
        return [_to_json(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        items = [_to_json(item, depth + 1) for item in value]
        try:
            return sorted(items)
        except TypeError:
            return sorted(items, key=repr)
    if isinstance(value, dict):
        return {str(key): _to_json(item, depth + 1) for key, item in value.items()}
    if hasattr(value, "__iter__") and hasattr(value, "__next__"):
        return [_to_json(item, depth + 1) for item in value]
    return {"repr": repr(value)[:2000]}


def _emit(channel, record):
    channel.write(json.dumps(record) + "\n")
    channel.flush()


def _namespace(request, *setups):
    """The module's public names, with the setup code run on top of them."""
    import importlib

    module = importlib.import_module(request["module"])
    namespace = {k: v for k, v in vars(module).items() if not k.startswith("__")}
    # The module is reachable by its name too, unless it defines that name itself (`top_ips.top_ips`).
    namespace.setdefault(request["module"].split(".")[-1], module)
    for name, code in setups:
        exec(compile(code or "", name, "exec"), namespace)
    return namespace


def _run_cases(request, channel):
    """Evaluates each hidden call and reports what it returned or raised."""
    try:
        namespace = _namespace(request, ("<setup>", request.get("setup")))
    except BaseException as error:  # noqa: BLE001 - reported to onsite
        _emit(channel, {"setupError": _describe(error)})
        return
    for index, case in enumerate(request["calls"]):
        started = time.perf_counter()
        try:
            value = eval(compile(case["call"], "<case %d>" % index, "eval"), namespace)
            record = {"case": index, "value": _to_json(value)}
        except BaseException as error:  # noqa: BLE001 - reported to onsite
            record = {"case": index, "raised": _describe(error)}
        record["ms"] = (time.perf_counter() - started) * 1000
        _emit(channel, record)


def _describe(error):
    import traceback

    return {
        "type": type(error).__name__,
        "mro": [cls.__name__ for cls in type(error).__mro__],
        "message": str(error)[:2000],
        "traceback": "".join(traceback.format_exception(error))[-4000:],
    }


class _Reporter:
    """A pytest plugin that reports each test's outcome as pytest decided it."""

    def __init__(self, channel):
        self.channel = channel

    def pytest_collectreport(self, report):
        if report.failed:
            _emit(self.channel, {
                "id": report.nodeid or ".", "when": "collect", "outcome": "error",
                "message": _crash(report), "details": report.longreprtext[-8000:],
            })

    def pytest_runtest_logreport(self, report):
        record = {"id": report.nodeid, "when": report.when, "outcome": report.outcome,
                  "ms": report.duration * 1000}
        if hasattr(report, "wasxfail"):
            record["xfail"] = True
        if report.failed:
            record["message"] = _crash(report)
            record["details"] = report.longreprtext[-8000:]
        elif report.skipped and isinstance(report.longrepr, tuple):
            record["message"] = str(report.longrepr[2])
        _emit(self.channel, record)

    def pytest_sessionfinish(self, session, exitstatus):
        _emit(self.channel, {"exitstatus": int(exitstatus)})


def _crash(report):
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        return crash.message
    text = report.longreprtext.strip().splitlines()
    return text[-1] if text else "failed"


PYTEST_ARGS = ["-p", "no:cacheprovider", "-p", "no:legacypath", "-q", "-rN", "--color=no",
               "-o", "console_output_style=classic"]


def _prebuild_pytest_config():
    """pytest's config with its built-in plugins registered, made once and copied into each fork.

    Registering some forty plugins and their options is a third of a small session's cost. Only
    the part that cannot depend on the folder is done here; ini files, conftests and arguments are
    read in the run itself, exactly as `pytest.main` reads them."""
    if not HAS_PYTEST:
        return None
    try:
        import _pytest.config

        os.makedirs(WORK, exist_ok=True)
        os.chdir(WORK)  # pytest remembers the invocation folder: it must be the run's folder.
        try:
            return _pytest.config.get_config(list(PYTEST_ARGS))
        finally:
            os.chdir("/")
    except Exception:  # noqa: BLE001 - then every run pays for a full pytest.main
        return None


def _run_pytest(request, channel):
    import pytest

    args = PYTEST_ARGS + list(request.get("pytestArgs") or [])
    reporter = _Reporter(channel)
    if PYTEST_CONFIG is None or _is_fresh(request):
        pytest.main(args, plugins=[reporter])
        return
    # What pytest.main does after get_config, on the pre-built config.
    from _pytest.config import ConftestImportFailure, UsageError

    config = PYTEST_CONFIG
    manager = config.pluginmanager
    try:
        try:
            manager.register(reporter)
            config = manager.hook.pytest_cmdline_parse(pluginmanager=manager, args=args)
        except BaseException:
            config._ensure_unconfigure()
            raise
        try:
            config.hook.pytest_cmdline_main(config=config)
        finally:
            config._ensure_unconfigure()
    except ConftestImportFailure as failure:
        sys.stderr.write("ImportError while loading conftest '%s'.\n%s\n" % (failure.path, failure.cause))
    except UsageError as error:
        sys.stderr.write("ERROR: %s\n" % error)


def _run_lean(request, channel):
    """All tests passed, by the lean path; or why the folder needs pytest."""
    try:
        tests = LEAN.run(WORK)
    except LEAN.Fallback as why:
        _emit(channel, {"lean": "fallback", "why": str(why)})
        return
    _emit(channel, {"lean": "passed", "tests": tests})


def _run_script(request, channel):
    import runpy

    runpy.run_path(request["script"], run_name="__main__")


def _run_metrics(request, channel):
    """Quality measures of every Python file that is not a test file."""
    for root, folders, files in os.walk(WORK):
        folders.sort()
        for name in sorted(files):
            if not name.endswith(".py") or _is_test_file(name) or name == "conftest.py":
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, WORK)
            try:
                with open(path, encoding="utf-8") as handle:
                    functions = QUALITY.measure(handle.read(), relative)
                _emit(channel, {"file": relative, "functions": functions})
            except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as error:
                _emit(channel, {"file": relative, "error": "%s: %s" % (type(error).__name__, error)})


def _run_bench(request, channel):
    """Times one call, started and stopped by the worker: ready, wait for go (fd 4), answer."""
    try:
        namespace = _namespace(request, ("<setup>", request.get("setup")), ("<benchmark setup>", request.get("benchSetup")))
    except BaseException as error:  # noqa: BLE001 - reported to onsite
        _emit(channel, {"setupError": _describe(error)})
        return
    call = compile(request["call"], "<benchmark>", "eval")
    _emit(channel, {"ready": True})
    os.read(4, 1)
    try:
        record = {"value": _to_json(eval(call, namespace))}
    except BaseException as error:  # noqa: BLE001 - reported to onsite
        record = {"raised": _describe(error)}
    _emit(channel, record)


MODES = {"cases": _run_cases, "pytest": _run_pytest, "script": _run_script, "lean": _run_lean,
         "metrics": _run_metrics, "bench": _run_bench}
PYTEST_CONFIG = None if FRESH else _prebuild_pytest_config()
if not FRESH:
    # Move everything loaded so far out of the collector's sight: forked runs then neither scan it
    # nor dirty its pages (copy-on-write), which makes each run cheaper.
    import gc

    gc.collect()
    gc.freeze()


def _child(request, out_w, err_w, result_w, go_r=None):
    os.setsid()
    null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    for fd in (null, out_w, err_w):
        os.close(fd)
    # Keep only stdin, stdout, stderr, the result pipe (as fd 3) and, for a timed call, the go
    # pipe (as fd 4): the worker's own protocol descriptors must not be reachable from the run,
    # or it could write into onsite's stream.
    os.dup2(result_w, 3)
    if go_r is not None:
        os.dup2(go_r, 4)
    os.closerange(5 if go_r is not None else 4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    if _is_fresh(request):
        _exec_fresh(request)
    _run_here(request)


def _is_fresh(request):
    """A request with a hash seed runs in a fresh interpreter with that PYTHONHASHSEED."""
    return request.get("hashSeed") is not None


def _exec_fresh(request):
    """Replaces this child with a new interpreter that runs the request: nothing preloaded, and
    the request's own hash seed."""
    slim = {key: value for key, value in request.items() if key != "files"}
    slim["work"] = WORK
    environment = dict(os.environ, PYTHONHASHSEED=str(request["hashSeed"]), ONSITE_RUN=json.dumps(slim))
    arguments = [sys.executable, "-s", "-P", "-X", "frozen_modules=on", SCRIPT, "--run"]
    os.execve(sys.executable, arguments, environment)


def _run_here(request):
    """Runs the request in this process, whose descriptors are already in place, and exits."""
    result_w = 3
    os.chdir(WORK)
    sys.path[:0] = [WORK]
    random.seed(request.get("seed", 0))
    sys.setswitchinterval(request.get("switchInterval", 0.005))
    _limit(request.get("limits") or {})
    sys.stdout = open(1, "w", buffering=1, closefd=False)
    sys.stderr = open(2, "w", buffering=1, closefd=False)
    channel = open(result_w, "w", buffering=1)
    code = 0
    try:
        MODES[request["mode"]](request, channel)
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except MemoryError:
        _emit_safely(channel, {"memoryError": True})
        code = 3
    except BaseException as error:  # noqa: BLE001 - reported to onsite
        _emit_safely(channel, {"crash": _describe(error)})
        code = 4
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        channel.flush()
    except BaseException:  # noqa: BLE001 - the run is over either way
        pass
    os._exit(code)


def _emit_safely(channel, record):
    try:
        _emit(channel, record)
    except BaseException:  # noqa: BLE001
        pass


# --------------------------------------------------------------------------- server side


def _write_files(files):
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    import base64

    for path, content in files.items():
        target = os.path.normpath(os.path.join(WORK, path))
        if not target.startswith(WORK + os.sep):
            raise ValueError("file path escapes the workspace: %r" % path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        data = base64.b64decode(content["base64"]) if isinstance(content, dict) else content.encode("utf-8")
        with open(target, "wb") as handle:
            handle.write(data)


def _sweep(child=None):
    """Kills every process in the namespace but this one, reaps them, and wipes /tmp."""
    if LOCAL or os.getpid() != 1:
        if child is not None:
            try:
                os.killpg(child, signal.SIGKILL)
            except OSError:
                pass
        _reap()
        shutil.rmtree(WORK, ignore_errors=True)
        return 0
    me = os.getpid()
    killed = 0
    for attempt in range(200):
        others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != me]
        if not others:
            break
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += attempt == 0
            except ProcessLookupError:
                pass
        _reap()
        time.sleep(0.001 if attempt < 50 else 0.01)
    _reap()
    for root in ("/tmp", "/dev/shm"):
        if os.path.isdir(root):
            for name in os.listdir(root):
                path = os.path.join(root, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    try:
                        os.unlink(path)
                    except OSError:
                        pass
    return killed


def _reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _serve(request):
    """Serves one request; a pytest run tries the lean path first where the request allows it."""
    if request.get("mode") != "pytest" or not request.get("fastPath") or _is_fresh(request) \
            or request.get("pytestArgs") or LEAN is None:
        answer = _serve_one(request)
        answer["engine"] = request.get("mode")
        return answer
    lean = _serve_one(dict(request, mode="lean"))
    records = [record for record in lean["results"] if "lean" in record]
    if lean["verdict"] in ("timeout", "outputLimit"):
        lean["engine"] = "lean"
        return lean
    if lean.get("exitCode") == 0 and records and records[-1]["lean"] == "passed":
        lean["results"] = [{"id": test_id, "when": "call", "outcome": "passed", "ms": ms}
                           for test_id, ms in records[-1]["tests"]] + [{"exitstatus": 0}]
        lean["engine"] = "lean"
        return lean
    answer = _serve_one(request)
    answer["durationMs"] += lean["durationMs"]
    answer["engine"] = "pytest"
    answer["leanFallback"] = records[-1].get("why") if records else "the lean run ended early"
    return answer


def _serve_one(request):
    limits = request.get("limits") or {}
    wall = float(limits.get("wallSeconds", 10))
    output_cap = int(limits.get("outputBytes", 1 << 20))
    _write_files(request.get("files") or {})
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    res_r, res_w = os.pipe()
    # A timed call waits on the go pipe until the worker starts its clock.
    go_r, go_w = os.pipe() if request.get("mode") == "bench" else (None, None)
    go_at = done_at = None
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            for fd in (out_r, err_r, res_r, go_w):
                if fd is not None:
                    os.close(fd)
            _child(request, out_w, err_w, res_w, go_r)
        finally:
            os._exit(5)
    for fd in (out_w, err_w, res_w, go_r):
        if fd is not None:
            os.close(fd)

    buffers = {out_r: bytearray(), err_r: bytearray(), res_r: bytearray()}
    caps = {out_r: output_cap, err_r: output_cap, res_r: 16 << 20}
    open_fds = set(buffers)
    pidfd = os.pidfd_open(pid)
    status = None
    rusage = None
    verdict = None
    deadline = started + wall
    while True:
        timeout = deadline - time.perf_counter()
        if timeout <= 0:
            verdict = "timeout"
            break
        ready, _, _ = select.select(list(open_fds) + [pidfd], [], [], timeout)
        for fd in ready:
            if fd == pidfd:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.discard(fd)
                continue
            buffers[fd] += chunk
            if len(buffers[fd]) > caps[fd]:
                verdict = "outputLimit"
            if fd == res_r and go_w is not None and done_at is None:
                # The child writes its ready line and blocks until go, so after go the next
                # newline can only end the answer line.
                if go_at is None and b"\n" in buffers[res_r]:
                    if b'"ready"' in bytes(buffers[res_r]).partition(b"\n")[0]:
                        go_at = time.perf_counter()
                        os.write(go_w, b"g")
                elif go_at is not None and b"\n" in chunk:
                    done_at = time.perf_counter()
        if verdict:
            break
        if pidfd in ready:
            _, status, rusage = os.wait4(pid, 0)
            break
    elapsed = (time.perf_counter() - started) * 1000
    if status is None:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        _, status, rusage = os.wait4(pid, 0)
    os.close(pidfd)
    leftovers = _sweep(pid)
    for fd in list(open_fds):
        while len(buffers[fd]) <= caps[fd]:
            ready, _, _ = select.select([fd], [], [], 0)
            if not ready:
                break
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffers[fd] += chunk
    for fd in buffers:
        os.close(fd)
    if go_w is not None:
        os.close(go_w)

    results = []
    for line in bytes(buffers[res_r]).decode("utf-8", "replace").splitlines():
        try:
            results.append(json.loads(line))
        except ValueError:
            results.append({"garbled": line[:200]})
    answer = {
        "run": request.get("run"),
        "verdict": verdict,
        "durationMs": elapsed,
        "maxRSSKB": rusage.ru_maxrss if rusage else 0,
        "cpuMs": (rusage.ru_utime + rusage.ru_stime) * 1000 if rusage else 0,
        "stdout": bytes(buffers[out_r][:output_cap]).decode("utf-8", "replace"),
        "stderr": bytes(buffers[err_r][:output_cap]).decode("utf-8", "replace"),
        "results": results,
        "leftoverProcesses": leftovers,
    }
    if go_at is not None and done_at is not None:
        answer["timedMs"] = (done_at - go_at) * 1000
    if os.WIFEXITED(status):
        answer["exitCode"] = os.WEXITSTATUS(status)
    elif os.WIFSIGNALED(status):
        answer["signal"] = os.WTERMSIG(status)
    return answer


def _run_fresh():
    """The entry of a fresh interpreter: the request comes in ONSITE_RUN, descriptors are set."""
    global WORK
    request = json.loads(os.environ.pop("ONSITE_RUN"))
    WORK = request.pop("work", WORK)
    _run_here(request)


def main():
    if FRESH:
        _run_fresh()
    _prctl(PR_SET_DUMPABLE, 0)
    if not LOCAL:
        # Die with bubblewrap's monitor process (single-threaded, our parent outside the namespace):
        # when onsite stops a worker it kills bubblewrap, and the whole namespace must go with it.
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)
    os.makedirs(WORK, exist_ok=True)
    protocol_in = os.fdopen(0, "rb", buffering=0)
    protocol_out = os.fdopen(os.dup(1), "wb", buffering=0)
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 1)
    os.dup2(null, 2)
    hello = {"ready": True, "pytest": HAS_PYTEST, "python": "%d.%d.%d" % sys.version_info[:3],
             "pid": os.getpid()}
    protocol_out.write((json.dumps(hello) + "\n").encode())
    reader = protocol_in
    line = bytearray()
    while True:
        chunk = reader.read(65536)
        if not chunk:
            return
        line += chunk
        while b"\n" in line:
            raw, _, rest = bytes(line).partition(b"\n")
            line = bytearray(rest)
            try:
                request = json.loads(raw)
                answer = _serve(request)
            except Exception as error:  # noqa: BLE001 - an answer must always come back
                _sweep()
                answer = {"run": None, "verdict": "infrastructure", "error": "%s: %s" % (type(error).__name__, error)}
            protocol_out.write((json.dumps(answer) + "\n").encode())


if __name__ == "__main__":
    main()
