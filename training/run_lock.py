"""Clause run_lock (session 39): one run at a time in a run folder.

Two ``longctx train`` started into one ``--output`` at once both went ahead: each
passed the start's checks before the other wrote anything (or, with a run killed
before its first checkpoint, the second started that run over), and both then wrote
``metrics.jsonl``, checkpoints and the adapter into the one folder. Now the run's
rank 0 holds ``RUN/.longctx-run.lock`` (``pid host started``, one line) from the
start's checks to its last write, made exclusively (a hard link of a whole file, so no
reader sees it half-written; ``O_EXCL`` where links are not supported):

* a lock whose process is still running on this host, or a lock of another host,
  refuses the run with one line naming it (under torchrun every rank stops: the
  refusal is agreed, ``training.torchrun.agreed``);
* a lock left by a process of this host that is no longer running (a killed run) is
  taken over, with one line saying so;
* the lock is removed when the run ends, however it ends (an error, Ctrl-C, SIGTERM);
  a SIGKILL leaves it, for the next run to take over.

Another host's lock cannot be checked from here: its line says to remove the file if
no run is going on there. ``training.run_files.check_run_folder`` ignores the file.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import socket
import time

from schemas.errors import UserError
from training.run_files import RUN_LOCK as LOCK


def _holder(path: str) -> tuple[int, str, str] | None:
    """``(pid, host, started)`` of the lock at ``path``; None when it is gone."""
    try:
        with open(path, encoding="utf-8") as f:
            pid, host, started = f.read().split(" ", 2)
        return int(pid), host, started.strip()
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        return -1, "", ""  # unreadable: said as such


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _started_after(pid: int, started: str) -> bool:
    """Clause run_lock_pid_reused (review 39): True when process ``pid`` began well
    after ``started`` (the lock's time), so it is not the run that wrote the lock but a
    later process given the dead run's pid (after a reboot, or pids wrapping round):
    before, such a lock refused every run into the folder, saying to wait for a run
    that was long gone. Linux (``/proc``); elsewhere, or unreadable: False (live)."""
    try:
        made = datetime.datetime.strptime(started, "%Y-%m-%dT%H:%M:%S%z").timestamp()
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])  # field 22: starttime
        with open("/proc/stat", encoding="utf-8") as f:
            boot = next(int(line.split()[1]) for line in f if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK") > made + 60  # clock slack
    except (OSError, ValueError, IndexError, StopIteration):
        return False


def _create(path: str, text: str) -> bool:
    """Make ``path`` holding ``text`` unless it exists (False then)."""
    part = f"{path}.{os.getpid()}.part"
    with open(part, "w", encoding="utf-8") as f:
        f.write(text)
    try:
        os.link(part, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a filesystem without hard links
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.remove(part)


class RunLock:
    """The run's lock on ``run``: taken by rank 0 (:meth:`take`), released on exit of
    its ``with`` block (or :meth:`release`). Other ranks hold nothing."""

    def __init__(self, run: str, rank: int, say=print):
        self.run, self.rank, self.say = run, rank, say
        self.path = os.path.join(run, LOCK)
        self.held = False

    def take(self) -> None:
        """Take the lock (rank 0, once ``run`` exists); ``UserError`` when another run
        holds it."""
        if self.held or self.rank != 0 or not os.path.isdir(self.run):
            return
        host = socket.gethostname()
        mine = f"{os.getpid()} {host} {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n"
        for _ in range(3):
            try:
                made = _create(self.path, mine)
            except OSError as error:  # as make_output_folder says it
                raise UserError(
                    f"--output {self.run}: cannot write into the folder ({error.strerror}); "
                    "choose a folder you can write to"
                ) from None
            if made:
                self.held = True
                return
            holder = _holder(self.path)
            if holder is None:
                continue  # released meanwhile
            pid, their_host, started = holder
            if pid < 0:
                raise UserError(
                    f"--output {self.run} holds a run lock {self.path} that cannot be read; "
                    "if no run is using this folder, remove that file and run the same "
                    "command again"
                )
            if their_host != host:
                raise UserError(
                    f"--output {self.run} is in use by a run on host {their_host} (pid "
                    f"{pid}, started {started}; its lock is {self.path}); wait for it to "
                    "end, or if no run is going on there (it was killed), remove that file "
                    "and run the same command again"
                )
            if _running(pid) and pid != os.getpid() and not _started_after(pid, started):
                raise UserError(
                    f"--output {self.run} is in use by another run on this host (pid {pid}, "
                    f"started {started}; its lock is {self.path}); wait for it to end or "
                    "stop it, or choose another --output"
                )
            if _holder(self.path) == holder:  # still the dead run's: take it over
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.path)
                self.say(
                    f"note: taking over the run lock of pid {pid} (started {started}), "
                    f"which is no longer running on this host (killed?): {self.path}"
                )
        raise UserError(
            f"--output {self.run}: another run took its lock {self.path} at the same "
            "moment; choose another --output, or run the same command again once it ends"
        )

    def release(self) -> None:
        if self.held:
            self.held = False
            with contextlib.suppress(OSError):
                os.remove(self.path)

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()
