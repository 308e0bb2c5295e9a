"""A fork server for the workers of local multi-process builds: Beam and the stage
modules are imported once, in one process, and each worker is forked from it.

Without it every worker process (``python -m pipeline.beam_worker``) imports Beam,
numpy, pyarrow, gRPC and our stages before its first document: ~0.6 CPU-s each,
paid again by every worker of every build (docs/PERFORMANCE.md, issue 15). With it,
the driver starts the server as soon as the build begins (``pipeline.early_start``):
as a fork of itself when it has imported Beam and the stages and runs no other
thread (``can_fork_here``: before its gRPC servers, threads and tokenizer exist, so
none of them reaches the workers; the imports are shared, not repeated), otherwise
as a new interpreter (``python -m pipeline.fork_server``) that imports what a
worker imports while the driver builds the graph. Either way it then waits.
Beam's runner starts the worker command as before, but the command is
``pipeline/fork_client.py``, which passes its environment, folder and standard
streams over a Unix socket; the server forks, and the child becomes Beam's worker
(``pipeline.beam_worker``) with exactly that environment. The client exits as the
worker did (code or signal), so a failed worker fails the build as before.

The server stops when the driver closes its stdin (``ForkServer.close``, also when
the driver dies) and then ends the workers it still has. Workers whose client goes
away (killed) are ended too. ``LONGCTX_FORK_SERVER=0`` turns it off (workers are
started directly, as before).
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback

from pipeline import temp_folders
from pipeline.fork_client import HEADER, STATUS, _recv_exactly

SWITCH = "LONGCTX_FORK_SERVER"
CLIENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fork_client.py")
LOG = logging.getLogger("longctx.dataset")


def enabled() -> bool:
    return os.environ.get(SWITCH, "1") != "0" and hasattr(os, "pidfd_open")


# ------------------------------------------------------------------ driver side
class ForkServer:
    """The server process, started by the driver; ``command`` is the worker command
    to give Beam. A context manager: leaving it stops the server."""

    def __init__(self, tokenizer: str | None = None, fork_here: bool = False):
        """``tokenizer``: the build's, loaded once in the server (``preload``).
        ``fork_here``: the server is a fork of this process (which has imported
        Beam and the stages, and runs no other thread) instead of a new interpreter
        that imports them again: ~1.5 CPU-s less per build (:func:`can_fork_here`)."""
        self._owned = temp_folders.OwnedFolder("longctx-forks-")  # a SIGKILL's is removed later
        self._folder = self._owned.path
        self.address = os.path.join(self._folder, "socket")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.address)
        self._listener.listen(64)  # clients may connect before the server is ready
        if fork_here:
            self._process = _ForkedServer(self._listener, tokenizer)
        else:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "pipeline.fork_server", str(self._listener.fileno())]
                + ([tokenizer] if tokenizer else []),
                stdin=subprocess.PIPE,
                pass_fds=(self._listener.fileno(),),
            )
        self._listener.close()  # the server holds it now

    @property
    def command(self) -> str:
        return f"{sys.executable} -S {CLIENT} {self.address}"

    def close(self) -> None:
        if self._process.stdin and not self._process.stdin.closed:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._owned.remove()
        if self._process.returncode:
            LOG.warning("the workers' fork server exited with %s", self._process.returncode)

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ------------------------------------------------------------------ server side
def preload(tokenizer: str | None = None) -> None:
    """What a worker imports before its first document (Beam's harness, behind the
    quiet stderr handler; every stage module the graph pickles; the stages' own
    lazy imports of the default English build; the topic segmenter's compiled
    loops, ~1.6 CPU-s to load from numba's cache), and the build's ``tokenizer``
    with its byte table (``transforms.tokenize.worker_tokenizer``), which each
    worker's tokenize step would otherwise load again (~0.4 CPU-s)."""
    from pipeline.beam_worker import start_quietly

    start_quietly()
    import punkt  # noqa: F401  sentences
    import scipy.sparse  # noqa: F401  C99

    import pipeline.build  # noqa: F401
    from transforms import dcm

    dcm.load_kernel()
    if tokenizer:
        from transforms.tokenize import worker_tokenizer

        # A tokenizer that fails to load fails in the worker, as without the server.
        with contextlib.suppress(Exception):
            worker_tokenizer(tokenizer)


def _apply_heap_policy(env) -> bool:
    """glibc reads ``MALLOC_MMAP_THRESHOLD_`` / ``MALLOC_TRIM_THRESHOLD_`` at exec only,
    and a forked worker inherits the server's heap settings, so apply the client's
    (the build's policy, transforms.runtime) with ``mallopt``. Returns whether any
    was applied (False when the client set no mmap threshold, or off glibc)."""
    from transforms.runtime import MMAP_ENV, TRIM_ENV, bound_heap_retention

    threshold, trim = env.get(MMAP_ENV), env.get(TRIM_ENV)
    if not threshold:
        return False
    return bound_heap_retention(int(threshold), int(trim) if trim else None)


def _become_worker(conn: socket.socket, fds: list[int], request: dict) -> None:
    """In the forked child: take the client's streams, environment and folder, run
    Beam's worker, and leave with its exit code (never returns)."""
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        conn.close()
        signal.signal(
            signal.SIGINT,
            signal.SIG_IGN if request.get("sigint_ignored") else signal.default_int_handler,
        )
        for sig in (signal.SIGTERM, signal.SIGCHLD):
            signal.signal(sig, signal.SIG_DFL)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        _apply_heap_policy(os.environ)
        from apache_beam.runners.worker import sdk_worker_main

        sdk_worker_main.main([sys.executable, "-m", "pipeline.beam_worker"])
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


class _Server:
    def __init__(self, listener: socket.socket):
        self.listener = listener
        self.selector = selectors.DefaultSelector()
        self.selector.register(listener, selectors.EVENT_READ, self._accept)
        self.selector.register(sys.stdin, selectors.EVENT_READ, self._driver_gone)
        self.workers: dict[int, tuple[socket.socket | None, int]] = {}  # pid -> (client, pidfd)
        self.running = True

    def serve(self) -> None:
        while self.running:
            for key, _ in self.selector.select():
                key.data(key.fileobj)
        self._end_workers()

    def _accept(self, listener: socket.socket) -> None:
        conn, _ = listener.accept()
        try:
            message, fds, _, _ = socket.recv_fds(conn, HEADER.size, 3)
            if len(message) < HEADER.size:
                message += _recv_exactly(conn, HEADER.size - len(message))
            request = json.loads(_recv_exactly(conn, HEADER.unpack(message)[0]))
            if len(fds) != 3:
                raise ConnectionError(f"expected 3 file descriptors, got {len(fds)}")
        except (OSError, ValueError) as e:
            print(f"longctx fork server: bad request ({e})", file=sys.stderr, flush=True)
            conn.close()
            return
        pid = os.fork()
        if pid == 0:
            self.listener.close()
            _become_worker(conn, fds, request)
        for fd in fds:
            os.close(fd)
        pidfd = os.pidfd_open(pid)
        self.workers[pid] = (conn, pidfd)
        self.selector.register(pidfd, selectors.EVENT_READ, lambda _fd, pid=pid: self._reap(pid))
        self.selector.register(conn, selectors.EVENT_READ, lambda _c, pid=pid: self._client(pid))
        with contextlib.suppress(OSError):
            conn.sendall(STATUS.pack(pid))

    def _reap(self, pid: int) -> None:
        conn, pidfd = self.workers.pop(pid)
        _, wait_status = os.waitpid(pid, 0)
        status = os.waitstatus_to_exitcode(wait_status)  # minus the signal if killed
        self.selector.unregister(pidfd)
        os.close(pidfd)
        if conn is not None:  # still waiting for its status
            self.selector.unregister(conn)
            with contextlib.suppress(OSError):
                conn.sendall(STATUS.pack(status))
            conn.close()

    def _client(self, pid: int) -> None:
        """The client sent something or went away: it never sends after its request,
        so its worker is ended (reaped when it exits)."""
        conn, pidfd = self.workers[pid]
        self.selector.unregister(conn)
        self.workers[pid] = (None, pidfd)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)

    def _driver_gone(self, stdin) -> None:
        if not os.read(stdin.fileno(), 4096):
            self.running = False

    def _end_workers(self) -> None:
        for pid, (conn, pidfd) in list(self.workers.items()):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            os.close(pidfd)
            if conn is not None:
                conn.close()


def _serve(listener: socket.socket, tokenizer: str | None = None) -> None:
    # Ctrl-C reaches the whole terminal group: the workers end on it themselves, and
    # the driver closes this server's stdin.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    preload(tokenizer)
    # What is imported stays shared with the workers: the collector leaves it alone
    # (its first pass in a worker would otherwise write to, so copy, every page).
    gc.freeze()
    _Server(listener).serve()


def main(argv: list[str]) -> None:
    _serve(socket.socket(fileno=int(argv[1])), argv[2] if len(argv) > 2 else None)


# ------------------------------------------------------------------ forked from the driver
# Modules a driver that is ready to fork has imported: Beam and every stage the graph
# pickles (the worker's harness and the stages' lazy imports come in preload).
READY_TO_FORK = ("apache_beam", "pipeline.build")


def can_fork_here() -> bool:
    """Whether this process can be the server's parent by ``fork``: it has imported
    Beam and the stages (so the server need not), and it runs no other thread (a
    fork copies only the calling thread; a lock another one holds would stay held)."""
    return all(m in sys.modules for m in READY_TO_FORK) and threading.active_count() == 1


class _ForkedServer:
    """The server as a child of this process, behind the part of ``subprocess.Popen``
    that :class:`ForkServer` uses (``stdin``, ``wait``, ``kill``, ``returncode``).
    Its stdin is a pipe from here, as a started server's: it ends when this process
    closes it or exits."""

    def __init__(self, listener: socket.socket, tokenizer: str | None):
        read, write = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # or the workers would print it again
            with contextlib.suppress(Exception):
                stream.flush()
        pid = os.fork()
        if pid == 0:  # the server; never returns
            code = 1
            try:
                os.close(write)
                if read != 0:
                    os.dup2(read, 0)
                    os.close(read)
                _as_a_fresh_process()
                _serve(listener, tokenizer)
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(read)
        self.pid = pid
        self.stdin = os.fdopen(write, "wb")
        self.returncode: int | None = None

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.returncode is None:
            pid, status = os.waitpid(self.pid, 0 if deadline is None else os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
            elif time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"fork server {self.pid}", timeout)
            else:
                time.sleep(0.02)
        return self.returncode

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


def _as_a_fresh_process() -> None:
    """In the forked server: the logging and signals a new interpreter would have
    (the driver's handlers would print each worker's log lines twice)."""
    from transforms.runtime import LOGGER, NOISY_LOGGERS

    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for log_filter in list(root.filters):
        root.removeFilter(log_filter)
    root.setLevel(logging.WARNING)
    for name in (LOGGER, *NOISY_LOGGERS):
        logging.getLogger(name).setLevel(logging.NOTSET)
    for sig in (signal.SIGTERM, signal.SIGCHLD):
        signal.signal(sig, signal.SIG_DFL)
    sys.stdin = open(0, closefd=False)  # the pipe from the driver (_Server watches it)


if __name__ == "__main__":
    main(sys.argv)
