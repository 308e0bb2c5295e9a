"""The marks ``_BUILD`` / ``_EXPORT`` that name the folder they were written in.

* Clause ``mark_names_folder_birth`` (session 31): a mark named its folder by the inode
  number only (clauses ``staging_marked_this_folder``, ``export_staging_marked``), and
  ext4 gives a freed inode to the next folder made: a killed build's (or export's)
  staging folder saved with ``cp -a``, removed, then restored under its name got the
  same inode, 5 of 5 tries each, and the next build (export) deleted the user's restored
  copy ("removed .../ds.tmp-0123abcd (0.0 MB), left by a build that did not finish").
  A mark now also holds the folder's birth time in ns (``statx`` ``STATX_BTIME`` on
  Linux, ``st_birthtime`` on macOS/BSD): a rename keeps it, a copy cannot set it (no
  call sets a birth time), so a restored copy differs. The device number is not in it:
  it changes across reboots for NFS, btrfs subvolumes and USB disks, where the mark
  would stop verifying without any copy.
* Narrowing ``mark_unverifiable_left`` (session 31): where the birth time cannot be
  read (NFS, most FUSE mounts, an old kernel), when the mark was written or now, and for
  a mark of session 30/31 (inode only), the mark is not proof: the folder is left alone
  and said, never deleted (:func:`mark_state` ``"old"`` / ``"unverifiable"``).
* Narrowing ``mark_names_folder_birth_native_order`` (review, session 31): ``statx``'s
  answer is read as ``struct statx`` (:class:`_Statx`, the kernel's layout, 256 bytes) in
  the machine's own byte order; it was read as little-endian bytes, so on a big-endian
  Linux (s390x, ppc64) no mask ever showed ``STATX_BTIME`` and no leftover was removed.
"""

from __future__ import annotations

import ctypes
import os
import stat
import sys

_STATX_BTIME = 0x800
_AT_FDCWD = -100
_AT_SYMLINK_NOFOLLOW = 0x100


class _StatxTime(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_int64), ("tv_nsec", ctypes.c_uint32), ("_r", ctypes.c_int32)]


class _Statx(ctypes.Structure):
    """The kernel's ``struct statx`` (include/uapi/linux/stat.h), 256 bytes: the fields up
    to ``stx_btime`` (at byte 80), then the rest as spare room the kernel may fill."""

    _fields_ = [
        ("stx_mask", ctypes.c_uint32),
        ("stx_blksize", ctypes.c_uint32),
        ("stx_attributes", ctypes.c_uint64),
        ("stx_nlink", ctypes.c_uint32),
        ("stx_uid", ctypes.c_uint32),
        ("stx_gid", ctypes.c_uint32),
        ("stx_mode", ctypes.c_uint16),
        ("_spare0", ctypes.c_uint16),
        ("stx_ino", ctypes.c_uint64),
        ("stx_size", ctypes.c_uint64),
        ("stx_blocks", ctypes.c_uint64),
        ("stx_attributes_mask", ctypes.c_uint64),
        ("stx_atime", _StatxTime),
        ("stx_btime", _StatxTime),
        ("_rest", ctypes.c_uint8 * 160),
    ]


def _libc():
    """The C library this Python runs on, where it has ``statx`` (glibc 2.28+, musl
    1.2.5+). Narrowing ``mark_names_folder_birth_no_spawn`` (review, session 31): it was
    ``ctypes.util.find_library("c")``, which runs ``/sbin/ldconfig -p`` (else ``gcc``,
    ``ld``) in a child process at the import of every module that uses the marks (every
    build, every export, every Beam worker); ``dlopen(NULL)`` sees the loaded one."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc if hasattr(libc, "statx") else None
    except OSError:
        return None


_LIBC = _libc()


def birth_ns(path: str) -> int | None:
    """The birth time of the local ``path`` (not followed if a link) in ns; None where
    the filesystem or the system does not tell it."""
    if _LIBC is not None:
        got = _Statx()  # mark_names_folder_birth_native_order
        name = os.fsencode(path)
        if b"\0" in name or _LIBC.statx(
            _AT_FDCWD, name, _AT_SYMLINK_NOFOLLOW, _STATX_BTIME, ctypes.byref(got)
        ):
            return None
        if not got.stx_mask & _STATX_BTIME:
            return None
        sec, nsec = got.stx_btime.tv_sec, got.stx_btime.tv_nsec
        return sec * 1_000_000_000 + nsec if sec > 0 else None
    try:
        st = os.lstat(path)
    except OSError:
        return None
    born = getattr(st, "st_birthtime_ns", None)
    if born is None and getattr(st, "st_birthtime", None) is not None:
        born = int(st.st_birthtime * 1_000_000_000)
    return born if born and born > 0 else None


def new_mark(make, folder: str) -> bytes:
    """The mark for the local ``folder`` just made (clause ``mark_names_folder_birth``):
    ``make`` (``schemas.output_names.build_mark`` / ``export_mark``) of its inode and
    birth time, ``unknown`` where it cannot be read (such a mark is never proof)."""
    return make(os.lstat(folder).st_ino, birth_ns(folder) or "unknown")


def write_whole(fd: int, data: bytes) -> None:
    """Clause mark_written_whole (session 41): ``os.write`` may write part of ``data``
    and return (a disk that fills, a file size limit: 60 of a mark's 74 bytes left a
    cut mark); the rest is written on, so the write completes or raises."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _head(path: str, size: int) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        return os.read(fd, size) if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except OSError:
        return None
    finally:
        os.close(fd)


def mark_state(folder: str, name: str, header: bytes) -> str:
    """What the mark ``name`` in the local ``folder`` shows: ``"own"`` (written in this
    very folder: its inode and birth time), ``"none"`` (no such regular file),
    ``"other"`` (not a mark, or another folder's: a copy), ``"old"`` (a mark of session
    30/31 naming this inode only) or ``"unverifiable"`` (no birth time to compare)."""
    try:
        inode = os.lstat(folder).st_ino
    except OSError:
        return "none"
    content = _head(os.path.join(folder, name), 512)
    if content is None:
        return "none"
    if not content.startswith(header):
        return "other"
    lines = content[len(header) :].decode("ascii", "replace").split("\n")
    if len(lines) < 2 or lines[0] != f"folder inode {inode}":
        return "other"
    if lines[1:] == [""]:
        return "old"  # mark_unverifiable_left: inode only, reused by ext4
    if len(lines) != 3 or lines[2] or not lines[1].startswith("folder born "):
        return "other"
    born = lines[1][len("folder born ") :]
    now = birth_ns(folder)
    if born == "unknown" or now is None:
        return "unverifiable"
    return "own" if born == str(now) else "other"


def mark_doubt(state: str, name: str) -> str:
    """Why a mark ``name`` in state ``state`` is not taken as proof, for the lines said."""
    return {
        "none": f"holds no {name}",
        "other": f"holds a {name} written in another folder (a copy), or none of longctx's",
        "old": f"holds a {name} of a longctx of session 30/31, which names the folder's "
        "inode only (a folder made later may get the same one, so it proves nothing)",
        "unverifiable": f"holds a {name} that cannot be checked here (this filesystem does "
        "not tell a folder's birth time)",
    }.get(state, f"holds its own {name}")
