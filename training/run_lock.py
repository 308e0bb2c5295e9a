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

Another host's lock cannot be checked from here (a new ``docker run`` is another
host): clause run_lock_take_over (session 40), ``longctx train --take-over-lock`` takes
such a lock, or one that cannot be read, saying whose it was; its refusal names the
option. A live lock of this host is never taken, with or without it. Clause
run_lock_takeover_atomic (session 40): a lock is taken over only under a claim
(``LOCK.takeover``, made exclusively) and only while it is still the lock its holder
was read from (the same words and the same inode: inode alone is not enough, a removed
lock's inode is given to the next new file), so two processes taking over one dead lock
at once cannot both remove it (before: the second could remove the first's new lock,
and both ran). The lock's release removes it only while it is still this run's.
Clause run_lock_claim_dead (review 40): a claim left by a taker of this host that is no
longer running is removed with a note, as a dead lock is; a live taker's claim, another
host's or an unreadable one is waited for (``CLAIM_WAIT_S``), then one line names it.
``training.run_files.check_run_folder`` ignores these files (all begin with LOCK).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import socket
import time

from schemas.errors import UserError
from training.run_files import RUN_LOCK as LOCK

CLAIM = ".takeover"  # LOCK + CLAIM: held while a lock is taken over
CLAIM_WAIT_S = 5.0  # a claim is held for microseconds: longer, its taker was killed


def _holder(path: str) -> tuple[int, str, str, tuple] | None:
    """``(pid, host, started, file)`` of the lock at ``path``, ``file`` its (device,
    inode) as read; None when it is gone."""
    try:
        with open(path, "rb") as f:
            made = os.fstat(f.fileno())
            text = f.read()
    except FileNotFoundError:
        return None
    except OSError:
        return -1, "", "", ()
    try:
        pid, host, started = text.decode("utf-8").split(" ", 2)
        return int(pid), host, started.strip(), (made.st_dev, made.st_ino)
    except (ValueError, UnicodeDecodeError):
        return -1, "", "", (made.st_dev, made.st_ino)  # unreadable: said as such


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


def _live_here(pid: int, started: str) -> bool:
    """Whether the lock or claim written by ``pid`` of this host at ``started`` belongs
    to a process still running here: another process's pid that is alive and not reused
    since (clause run_lock_pid_reused)."""
    return pid != os.getpid() and _running(pid) and not _started_after(pid, started)


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


def _replace(path: str, seen: tuple, mine: str) -> bool | None:
    """Clause run_lock_takeover_atomic: under the claim ``path.takeover`` (made
    exclusively, removed before returning), replace the lock at ``path`` by ``mine``
    if it is still the lock ``seen`` (:func:`_holder`: its words and its device and
    inode, so neither a new lock with the freed inode nor a copy of its words passes).
    True: taken; False: the lock changed meanwhile (read it again); None: another
    process holds the claim (wait, then read it again)."""
    claim = path + CLAIM
    if not _create(claim, mine):
        return None
    try:
        if _holder(path) != seen:
            return False  # another process took it over, or its holder released it
        os.remove(path)
        return _create(path, mine)
    finally:
        with contextlib.suppress(OSError):
            os.remove(claim)


class RunLock:
    """The run's lock on ``run``: taken by rank 0 (:meth:`take`), released on exit of
    its ``with`` block (or :meth:`release`). Other ranks hold nothing. ``take_over``
    (``--take-over-lock``): take a lock whose holder cannot be checked from here."""

    def __init__(self, run: str, rank: int, take_over: bool = False, say=print):
        self.run, self.rank, self.take_over, self.say = run, rank, take_over, say
        self.path = os.path.join(run, LOCK)
        self.held = False
        self.file: tuple | None = None  # _holder() of the lock this run made

    def take(self) -> None:
        """Take the lock (rank 0, once ``run`` exists); ``UserError`` when another run
        holds it."""
        if self.held or self.rank != 0 or not os.path.isdir(self.run):
            return
        host = socket.gethostname()
        mine = f"{os.getpid()} {host} {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n"
        claimed_since = None
        for _ in range(1000):  # each turn: the lock changed hands, or a claim is held
            try:
                made = _create(self.path, mine)
            except OSError as error:  # as make_output_folder says it
                raise UserError(
                    f"--output {self.run}: cannot write into the folder ({error.strerror}); "
                    "choose a folder you can write to"
                ) from None
            holder = None if made else _holder(self.path)
            if made or holder is None:
                if made:
                    self.held, self.file = True, _holder(self.path)
                    return
                continue  # released meanwhile
            pid, their_host, started, _ = holder
            whose = self._refuse_or_say(pid, their_host, host, started)
            taken = _replace(self.path, holder, mine)
            if taken:
                self.held, self.file = True, _holder(self.path)
                self.say(whose)
                return
            if taken is None and not self._drop_dead_claim(host):
                claimed_since = claimed_since or time.monotonic()  # another is taking it
                if time.monotonic() - claimed_since > CLAIM_WAIT_S:  # its claim is brief
                    claim = _holder(self.path + CLAIM)
                    whose = f", of pid {claim[0]} on host {claim[1]}," if claim else ""
                    raise UserError(
                        f"--output {self.run}: a takeover of its run lock was cut short "
                        f"(its claim {self.path}{CLAIM}{whose} was held over {CLAIM_WAIT_S:g} "
                        "s); if no run is using this folder, remove that file and run the "
                        "same command again"
                    )
                time.sleep(0.01)
        raise UserError(
            f"--output {self.run}: another run took its lock {self.path} at the same "
            "moment; choose another --output, or run the same command again once it ends"
        )

    def _drop_dead_claim(self, host: str) -> bool:
        """Clause run_lock_claim_dead (review 40): a takeover claim whose taker is no
        longer running on this host (killed in its microseconds) is removed, with a note,
        as a dead run's lock is taken over (before: every later run waited 5 s and was
        told to remove the file by hand). Moved aside first, then checked to be the claim
        read (words and inode): a live taker's claim made meanwhile is put back. False:
        the claim is live, another host's or unreadable (then wait for it)."""
        claim = self.path + CLAIM
        seen = _holder(claim)
        if seen is None:
            return True  # released meanwhile: read the lock again
        pid, their_host, started, _ = seen
        if pid < 0 or their_host != host:
            return False
        if _live_here(pid, started):
            return False
        moved = f"{claim}.{os.getpid()}.dead"
        try:
            os.rename(claim, moved)
        except FileNotFoundError:
            return True
        if _holder(moved) != seen:  # a live taker's claim, made after the dead one went
            with contextlib.suppress(OSError):
                os.link(moved, claim)
            os.remove(moved)
            return True
        os.remove(moved)
        self.say(
            f"note: removed the run lock's takeover claim of pid {pid} (started {started}), "
            f"which is no longer running on this host (killed?): {claim}"
        )
        return True

    def _refuse_or_say(self, pid: int, their_host: str, host: str, started: str) -> str:
        """The note said when the lock of ``pid`` is taken over; ``UserError`` when it
        must not be (clause run_lock_take_over: another host's or an unreadable lock
        only with ``--take-over-lock``; a live lock of this host never)."""
        flag = "run the same command with --take-over-lock"
        if pid < 0:
            if not self.take_over:
                raise UserError(
                    f"--output {self.run} holds a run lock {self.path} that cannot be read; "
                    f"if no run is using this folder, {flag}"
                )
            return (
                f"note: taking over the run lock {self.path}, which cannot be read "
                "(--take-over-lock)"
            )
        if their_host != host:
            if not self.take_over:
                raise UserError(
                    f"--output {self.run} is in use by a run on host {their_host} (pid "
                    f"{pid}, started {started}; its lock is {self.path}); wait for it to "
                    "end, or if no run is going on there (it was killed, or its container "
                    f"is gone), {flag}"
                )
            return (
                f"note: taking over the run lock of pid {pid} on host {their_host} (started "
                f"{started}), which cannot be checked from host {host} (--take-over-lock): "
                f"{self.path}"
            )
        if _live_here(pid, started):
            raise UserError(
                f"--output {self.run} is in use by another run on this host (pid {pid}, "
                f"started {started}; its lock is {self.path}); wait for it to end or "
                "stop it, or choose another --output"
            )
        return (
            f"note: taking over the run lock of pid {pid} (started {started}), "
            f"which is no longer running on this host (killed?): {self.path}"
        )

    def release(self) -> None:
        """Remove the lock if it is still the file this run made (a lock taken over
        by another host with --take-over-lock meanwhile is that run's)."""
        if self.held:
            self.held = False
            if _holder(self.path) == self.file:
                with contextlib.suppress(OSError):
                    os.remove(self.path)

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()
