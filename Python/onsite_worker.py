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


HAS_PYTEST = _preload()


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


def _run_cases(request, channel):
    """Evaluates each hidden call and reports what it returned or raised."""
    import importlib

    namespace = {}
    try:
        module = importlib.import_module(request["module"])
        namespace.update({k: v for k, v in vars(module).items() if not k.startswith("__")})
        namespace[request["module"].split(".")[-1]] = module
        exec(compile(request.get("setup") or "", "<setup>", "exec"), namespace)
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


def _run_pytest(request, channel):
    import pytest

    args = ["-p", "no:cacheprovider", "-p", "no:legacypath", "-q", "-rN", "--color=no",
            "-o", "console_output_style=classic"] + list(request.get("pytestArgs") or [])
    pytest.main(args, plugins=[_Reporter(channel)])


def _run_script(request, channel):
    import runpy

    runpy.run_path(request["script"], run_name="__main__")


MODES = {"cases": _run_cases, "pytest": _run_pytest, "script": _run_script}


def _child(request, out_w, err_w, result_w):
    os.setsid()
    null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    for fd in (null, out_w, err_w):
        os.close(fd)
    # Keep only stdin, stdout, stderr and the result pipe (as fd 3): the worker's own protocol
    # descriptors must not be reachable from the run, or it could write into onsite's stream.
    os.dup2(result_w, 3)
    os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
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


def _serve_one(request):
    limits = request.get("limits") or {}
    wall = float(limits.get("wallSeconds", 10))
    output_cap = int(limits.get("outputBytes", 1 << 20))
    _write_files(request.get("files") or {})
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    res_r, res_w = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            for fd in (out_r, err_r, res_r):
                os.close(fd)
            _child(request, out_w, err_w, res_w)
        finally:
            os._exit(5)
    for fd in (out_w, err_w, res_w):
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
    if os.WIFEXITED(status):
        answer["exitCode"] = os.WEXITSTATUS(status)
    elif os.WIFSIGNALED(status):
        answer["signal"] = os.WTERMSIG(status)
    return answer


def main():
    global WORK
    if LOCAL:
        import tempfile

        WORK = os.path.join(tempfile.mkdtemp(prefix="onsite-"), "work")
    _prctl(PR_SET_DUMPABLE, 0)
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
                answer = _serve_one(request)
            except Exception as error:  # noqa: BLE001 - an answer must always come back
                _sweep()
                answer = {"run": None, "verdict": "infrastructure", "error": "%s: %s" % (type(error).__name__, error)}
            protocol_out.write((json.dumps(answer) + "\n").encode())


if __name__ == "__main__":
    main()
