"""The stubs of a Beam ``FileSystem`` that the remote-reading tests do not use (session
50: tests/reliability/test_misnamed_remote.py and
tests/transforms/test_tar_remote_reread_wtG_s49.py each wrote the same ~30 lines).

A mixin, not a ``FileSystem`` subclass: Beam finds a filesystem by calling ``scheme()`` on
every subclass of ``FileSystem``, so a base class of its own would be one more scheme.
A test's filesystem is ``class _Fake(StubFileSystem, FileSystem)`` with ``scheme``,
``open``, ``match``, ``size``, ``exists`` and ``metadata`` of its own; every write or
folder operation here raises, so a test that writes through it fails loudly."""

from __future__ import annotations


class StubFileSystem:
    """Read-only, flat (no folders), every file dated 0, checksum its size."""

    def last_updated(self, path):
        return 0

    def join(self, base, *paths):
        return "/".join([base.rstrip("/"), *paths])

    def split(self, path):
        return tuple(path.rsplit("/", 1))

    def has_dirs(self):
        return False

    def mkdirs(self, path):
        raise NotImplementedError

    def _list(self, dir_or_prefix):
        return iter(())

    def create(self, *args, **kwargs):
        raise NotImplementedError

    def copy(self, *args):
        raise NotImplementedError

    def rename(self, *args):
        raise NotImplementedError

    def delete(self, *args):
        raise NotImplementedError

    def checksum(self, path):
        return str(self.size(path))

    def report_lineage(self, *args, **kwargs):
        pass
