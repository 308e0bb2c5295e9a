"""A recorder of the calls that make a rename durable (clause rename_durable,
``pipeline.durable``), shared by tests/reliability/test_rename_durable.py and
tests/training/test_rename_durable_training.py: ``os.fsync`` (the path its descriptor
names), ``os.open`` of a folder, and the renames (``os.rename``, ``os.replace``,
``pipeline.output.exchange``), each wrapping the real call, in the order made."""

from __future__ import annotations

import os
import stat


class Calls:
    def __init__(self, monkeypatch, fail_folder_sync: int | None = None):
        """``fail_folder_sync``: an errno that every folder's ``fsync`` raises (after
        being recorded), as a mount that refuses it."""
        from pipeline import output

        self.events: list[tuple] = []
        real_fsync, real_open = os.fsync, os.open
        real_rename, real_replace, real_exchange = os.rename, os.replace, output.exchange

        def fsync(fd):
            path = os.path.realpath(f"/proc/self/fd/{fd}")
            self.events.append(("fsync", path))
            if fail_folder_sync is not None and stat.S_ISDIR(os.fstat(fd).st_mode):
                raise OSError(fail_folder_sync, os.strerror(fail_folder_sync))
            real_fsync(fd)

        def opened(path, flags, *args, **kwargs):
            fd = real_open(path, flags, *args, **kwargs)
            if os.path.isdir(path):
                self.events.append(("open", os.path.realpath(path)))
            return fd

        def renamer(kind, real):
            def rename(src, dst, *args, **kwargs):
                src, dst = os.path.abspath(src), os.path.abspath(dst)
                real(src, dst, *args, **kwargs)
                self.events.append((kind, src, dst))

            return rename

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "open", opened)
        monkeypatch.setattr(os, "rename", renamer("rename", real_rename))
        monkeypatch.setattr(os, "replace", renamer("rename", real_replace))
        monkeypatch.setattr(output, "exchange", renamer("exchange", real_exchange))

    def renames_to(self, dst) -> list[int]:
        """Where in :attr:`events` something was renamed (or exchanged) into ``dst``."""
        dst = os.path.abspath(dst)
        return [i for i, e in enumerate(self.events) if e[0] != "fsync" and e[0] != "open"
                and e[2] == dst]  # fmt: skip

    def check_published(self, dst) -> str:
        """Asserts that the last rename into the local folder ``dst`` was made durable:
        every file and folder now under ``dst`` was fsynced (at its staging path) before
        that rename, and the folder holding ``dst`` after it. Returns the staging path."""
        dst = os.path.abspath(dst)
        at = self.renames_to(dst)
        assert at, f"nothing was renamed into {dst}"
        i = at[-1]
        staging = os.path.realpath(self.events[i][1])
        before = {e[1] for e in self.events[:i] if e[0] == "fsync"}
        after = [e[1] for e in self.events[i + 1 :] if e[0] == "fsync"]
        for folder, _, names in os.walk(dst):
            for name in ["", *names]:
                path = os.path.join(folder, name)
                if name and os.path.islink(path):
                    continue
                at_staging = os.path.normpath(os.path.join(staging, os.path.relpath(path, dst)))
                assert at_staging in before, f"{path} was not fsynced before the rename"
        parent = os.path.realpath(os.path.dirname(dst))
        assert parent in after, f"{parent} was not fsynced after {dst} was renamed into it"
        return staging
