"""The worker command of local multi-process builds when a fork server runs
(``pipeline.fork_server``): ask the server for a worker and wait for it.

Run as ``python -S fork_client.py SOCKET`` (standard library only, no ``site``: a
few ms). Beam's local runner starts this command as it would start a worker, with
the worker's environment; the client hands that environment, its folder and its
stdin, stdout and stderr to the server, which forks a worker already past its
imports. The client then exits as the worker did: with its exit status, or killed
by the same signal, so Beam reports a failed worker as before. If the server cannot
be reached (it failed to start, or is gone), the client says so on stderr and runs
the worker itself (``python -m pipeline.beam_worker``), as the build did before.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import sys

HEADER = struct.Struct("!I")  # payload length (client -> server)
STATUS = struct.Struct("!i")  # the worker's exit code, or minus the signal that killed it
WORKER_MODULE = "pipeline.beam_worker"


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the fork server closed the connection")
        data += chunk
    return data


class ServerGone(Exception):
    """The server closed the connection after it had forked the worker."""


def request_worker(address: str) -> int:
    """Ask the server at ``address`` for a worker with this process's environment,
    folder and standard streams; return its status (``STATUS``). ``OSError`` when
    no worker was started; ``ServerGone`` when one was but its end is unknown."""
    request = {
        "env": dict(os.environ),
        "cwd": os.getcwd(),
        # Python keeps SIGINT ignored when started so (a background job): so must the worker.
        "sigint_ignored": signal.getsignal(signal.SIGINT) == signal.SIG_IGN,
    }
    payload = json.dumps(request).encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(address)
        socket.send_fds(sock, [HEADER.pack(len(payload))], [0, 1, 2])
        sock.sendall(payload)
        pid = STATUS.unpack(_recv_exactly(sock, STATUS.size))[0]  # the worker started
        try:
            return STATUS.unpack(_recv_exactly(sock, STATUS.size))[0]
        except OSError as e:
            raise ServerGone(f"fork server gone while worker {pid} ran: {e}") from None


def exit_as(status: int) -> None:
    """Leave this process the way the worker left: exit code, or the same signal."""
    if status < 0:
        sys.stdout.flush()
        sys.stderr.flush()
        if -status not in (signal.SIGKILL, signal.SIGSTOP):  # those cannot be caught
            signal.signal(-status, signal.SIG_DFL)
        os.kill(os.getpid(), -status)
        status = 128 - status  # not reached for a fatal signal
    raise SystemExit(status)


def run_directly(reason: str) -> None:
    """Start the worker in this process's place, without the fork server."""
    print(
        f"longctx worker: fork server unavailable ({reason}); starting directly",
        file=sys.stderr,
        flush=True,
    )
    os.execv(sys.executable, [sys.executable, "-m", WORKER_MODULE])


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(f"usage: {argv[0]} SOCKET")
    try:
        status = request_worker(argv[1])
    except KeyboardInterrupt:  # Ctrl-C: the server ends the worker when we are gone
        exit_as(-signal.SIGINT)  # as Python itself leaves on an uncaught Ctrl-C
    except ServerGone as e:
        raise SystemExit(f"longctx worker: {e}") from None
    except OSError as e:  # refused, no such socket, closed before the worker started
        run_directly(f"{type(e).__name__}: {e}")
    exit_as(status)


if __name__ == "__main__":
    main(sys.argv)
