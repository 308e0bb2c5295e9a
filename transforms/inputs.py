"""The input files of a build: ``--input`` globs and folders -> sorted ``InputFile`` s.

Rules (adversarial review, docs/RELIABILITY.md):

* A folder means every file under it, recursively; hidden (``.``) and marker
  (``_``) names are skipped there and in globs, unless the glob's last part starts
  with that character (``_part*``) or the pattern names the file itself.
* Symbolic links are followed, each folder once: a link back up the tree (a loop)
  is not walked again, and a file reached under two names (a link to it, a hard
  link) is read once, under the first name in path order; its other names are
  rejected as ``duplicate_file``.
* What cannot be read is not skipped without a word: a broken symbolic link or a
  folder that cannot be listed becomes an ``InputFile`` with a ``problem``, which
  the reader turns into an ``unreadable_file`` rejection; a glob says them too
  (clause ``glob_broken_links_said``), a link loop is said as one (``link_loop_said``),
  a file this user may not read names its owner and mode (``unreadable_permission_said``).
* Clause ``special_files``: a named pipe, socket or device (or a link to one) that a
  folder or a glob finds is a ``special_file`` rejection, never opened: a folder
  walk dropped it without a word, a glob read it (a pipe with no writer stopped the
  build for good, a link to /dev/zero was read to 400 MB). A pattern naming the
  path itself is read as before (``--input <(zcat book.gz)``, rule pipe_input_unread),
  and read once (clause ``pipe_read_once``: :func:`read_once`).
* A pattern that matches nothing, or only skipped names, is an error. A relative glob
  is matched from the current folder, also when its first part is a glob (``*.txt``;
  clause ``relative_glob_here``, :func:`_match`).
* Paths that are not valid UTF-8 (a ``latin-1`` file name) are read as they are;
  ids and sources show their bad bytes as ``\\xe9`` (:func:`printable`), since the
  dataset and the rejected records are UTF-8.

Cost: one ``stat`` per file and folder, in the driver.
"""

from __future__ import annotations

import dataclasses
import errno
import glob
import logging
import os
import posixpath
import stat
from dataclasses import dataclass

from apache_beam.io.filesystems import FileSystems

from schemas.errors import UserError
from transforms import own_outputs
from transforms.same_file import ANOTHER_NAME, AS_SPELLED, same_inode, spelling_key

LOG = logging.getLogger("longctx.dataset")
_GLOB_CHARS = "*?["
SKIPPED_PREFIXES = (".", "_")


def printable(path: str) -> str:
    """``path`` as valid UTF-8 text: bytes a non-UTF-8 file name was decoded from
    (``os.fsdecode``'s surrogate escapes) are shown as ``\\xNN``; any other path is
    returned unchanged."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class InputFile:
    path: str  # full path as the filesystem knows it
    relative: str  # path relative to the pattern's base: the stable part of ids
    size: int = 0  # bytes on storage (compressed), steers the shard count
    problem: str = ""  # why it is not read (broken link, unlistable folder); "" if none
    reason: str = ""  # the rejection's reason when ``problem``; "" means unreadable_file
    # the --input patterns that reached this file (clause same_file_named_twice)
    named_by: tuple[str, ...] = dataclasses.field(default=(), compare=False)
    # a ``duplicate_file``'s first name, the one read (``_one_name_per_file``)
    same_as: str = dataclasses.field(default="", compare=False)
    # (size, modification time in ns) when the build listed it; None: not stamped
    # (clause changed_during_build_rejected, transforms/changed_since_listed.py)
    listed: tuple[int, int] | None = dataclasses.field(default=None, compare=False)

    @property
    def source(self) -> str:
        """The path as the records show it (:func:`printable`)."""
        return printable(self.path)


def base_of(pattern: str) -> str:
    """The directory part of a pattern before its first glob character."""
    cut = min((pattern.find(c) for c in _GLOB_CHARS if c in pattern), default=-1)
    head = pattern if cut < 0 else pattern[:cut]
    return head if head.endswith("/") else posixpath.dirname(head)


_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_problem(path: str) -> str | None:
    """Clause ``special_files``: why the local ``path`` (found by a folder or a glob)
    is not read, when it is a pipe, socket or device; None for anything else."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    what = next((name for test, name in _SPECIAL if test(mode)), None)
    # Only a pipe can be read when named alone: a socket cannot be opened, a device
    # such as /dev/zero never ends (clause special_files_hint, review of special_files).
    fix = "name it alone with --input to read it, or" if stat.S_ISFIFO(mode) else "nothing to read:"
    return what and (
        f"{what}, not a regular file: pipes, sockets and devices that a folder or a glob "
        f"finds are not read (a pipe with no writer would stop the build for good); {fix} "
        "move it out of the input or name the files to read with --input"
    )


def read_once(path: str) -> bool:
    """Clause ``pipe_read_once``: a local path that is not a regular file (a pipe:
    ``--input <(zcat book.gz)``) can be read once, so nothing may peek at it before
    its reader does (``archives.sniff`` asked for 512 bytes, a buffered read took the
    pipe's first 4 KB, and the document began 4,096 bytes late: a short one was empty)."""
    if "://" in path:
        return False
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _walk(base: str) -> tuple[list[tuple[str, int]], list[tuple[str, str, str]]]:
    """``([(file, size)], [(path, problem, reason)])`` under the folder ``base``: links
    followed, each folder once, hidden folders skipped (as ``glob`` did)."""
    found, problems, seen = [], [], set()

    def unlistable(error: OSError) -> None:
        problems.append(
            (error.filename, f"cannot list the folder: {error.strerror}; fix its permissions", "")
        )

    for folder, dirs, names in os.walk(base, onerror=unlistable, followlinks=True):
        try:
            st = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a loop, or a second link to a folder
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                found.append((path, os.path.getsize(path)))
            elif broken := broken_link(path):
                problems.append((path, broken, ""))
            elif not name.startswith(SKIPPED_PREFIXES) and (special := special_problem(path)):
                problems.append((path, special, "special_file"))
    return found, problems


def broken_link(path: str) -> str | None:
    """Why the local ``path`` is a symbolic link that leads to no file; None otherwise.

    Clause ``link_loop_said`` (session 30): a link loop (``a.txt -> b.txt -> a.txt``)
    was said as "a broken symbolic link: its target b.txt does not exist" though
    ``b.txt`` is right there; the loop is named as one."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
        return None
    except OSError as error:
        target = printable(os.readlink(path))
        if error.errno == errno.ELOOP:
            return (
                f"a symbolic link loop: its target {target} leads back to a link on the way "
                "(each link names the next, none names a file); point one of them at the file"
            )
        # narrowing link_loop_said_what_to_do (review): the line says what to do
        return (
            f"a broken symbolic link: its target {target} does not exist; point it at "
            "the file or remove the link"
        )


def _glob_broken_links(pattern: str) -> list[tuple[str, str, str]]:
    """Clause ``glob_broken_links_said`` (session 30): a local glob (``--input 'in/*'``)
    dropped broken links and link loops without a word (Beam's match lists files it
    can stat), where the folder ``in`` rejects each with its reason: the counts said
    "4 in" for 7 names. They are ``(path, problem, "")`` as ``_walk`` gives them."""
    found = []
    for path in sorted(glob.glob(pattern, recursive=True)):
        if broken := broken_link(path):
            found.append((path, broken, ""))
    return found


def not_permitted(file: InputFile, error: BaseException) -> str | None:
    """Clause ``unreadable_permission_said`` (session 30): a file a folder or a glob found
    that this user may not read was rejected as "could not read text file:
    PermissionError: [Errno 13] Permission denied: 'in/secret.txt'", a traceback's
    words without the owner, the mode or what to do. None for any other error."""
    if not isinstance(error, PermissionError) or "://" in file.path:
        return None
    try:
        st = os.stat(file.path)
    except OSError:
        return None
    return (
        f"permission denied: this user (uid {os.geteuid()}) may not read it (owner uid "
        f"{st.st_uid}, mode {stat.filemode(st.st_mode)}); make it readable (chmod a+r) or "
        "leave it out of --input"
    )


def gone_since_listed(file: InputFile, error: BaseException) -> str | None:
    """Clause ``gone_since_listed`` (session 28): a local file listed when the build
    started and moved or deleted before a worker opened it was rejected as
    "could not read text file: FileNotFoundError: [Errno 2] No such file or directory:
    'in/a.txt'", which said neither what happened nor what to do. None for any other
    error, or a path that is there again."""
    if not isinstance(error, FileNotFoundError) or "://" in file.path:
        return None
    if error.filename != file.path or os.path.lexists(file.path):
        return None
    return (
        "the file was listed when the build started and is gone now (moved or deleted "
        "while the build ran); put it back and build again, or leave it out of --input"
    )


def _match(pattern: str, stamps: dict | None = None) -> list[tuple[str, int]]:
    """``[(path, size)]`` of the files ``pattern`` matches (Beam's ``FileSystems.match``).

    Clause ``relative_glob_here``: Beam lists the folder before the first glob
    character, which for a relative pattern whose first part holds one (``*.txt``,
    ``in*/*``, ``*/book.txt``) is the empty path, which does not exist: such a
    pattern matched nothing ("matched no files: check the path or glob") where the
    shell finds the files. It is matched as ``./PATTERN`` and the ``./`` taken off
    again, so paths, ids and sources read as the pattern was written."""
    local_here = "://" not in pattern and not base_of(pattern) and not pattern.startswith("/")
    asked = f"./{pattern}" if local_here else pattern
    results = FileSystems.match([asked])
    found = [(m.path, m.size_in_bytes) for r in results for m in r.metadata_list]
    if stamps is not None and "://" in pattern:
        # clause changed_during_build_remote_listed (session 32): the glob's own match
        # holds each remote file's size and last update: its listing stamp, where the
        # driver asked Beam once more per file, one after another
        from transforms.changed_since_listed import metadata_stamp

        for m in (m for r in results for m in r.metadata_list):
            if (stamp := metadata_stamp(m)) is not None:
                stamps[m.path] = stamp
    if local_here:
        found = [(p[2:] if p.startswith("./") else p, size) for p, size in found]
    return found


def _folders_only(pattern: str) -> list[str]:
    """Clause ``glob_matched_folders`` (session 28): ``--input 'in*'`` beside the folders
    ``in`` and ``in_out`` said "matched no files: check the path or glob", which sent the
    user to look for a typo; the folders it matched, printable, sorted."""
    if "://" in pattern or not any(c in pattern for c in _GLOB_CHARS):
        return []
    return sorted(printable(p) for p in glob.glob(pattern) if os.path.isdir(p))


def _skipped(name: str, pattern: str, folder: bool) -> bool:
    """A hidden or marker name the pattern did not ask for."""
    if not name.startswith(SKIPPED_PREFIXES):
        return False
    if folder:
        return True
    last = posixpath.basename(pattern)
    if not any(c in pattern for c in _GLOB_CHARS):
        return False  # the file itself was named
    return not last.startswith(name[0])


def _one_name_per_file(files: list[InputFile]) -> list[InputFile]:
    """The later names of a local file reached under several (links) become
    ``duplicate_file`` problems: read once, and the other names still accounted for."""
    kept, seen = [], {}
    for f in files:
        if "://" not in f.path and not f.problem:
            try:
                st = os.stat(f.path)
            except OSError:
                kept.append(f)
                continue
            first = seen.setdefault((st.st_dev, st.st_ino), f)
            if first is not f:
                f = dataclasses.replace(
                    f,
                    reason="duplicate_file",
                    problem=f"the same file as {first.source}{ANOTHER_NAME}, which is read; "
                    "each file is read once",
                    same_as=first.source,
                )
        kept.append(f)
    return kept


def standard_input(pattern: str) -> str:
    """Clause ``dash_is_stdin``: ``--input -`` is the standard input (``cat books.tar.gz |
    longctx dataset --input - ...``; it was "matched no files"), read as the pipe
    ``/dev/stdin``; a terminal there is a one-line error, not a build that waits."""
    if pattern != "-":
        return pattern
    try:  # clause dash_stdin_closed (review): `<&-` gave "OSError: Bad file descriptor"
        mode, where = os.fstat(0).st_mode, "a terminal" if os.isatty(0) else ""
    except OSError:
        mode, where = 0, "closed"
    if where:
        raise UserError(
            f"--input - reads the standard input, which is {where} here: pipe the "
            "documents in (cat books.tar.gz | longctx dataset --input - ...) or name files"
        )
    # Clause dash_stdin_file (session 20 review): `--input - < books.tar.gz` gives a
    # regular file, not a pipe; it is read as that file, by its name (as /dev/stdin it
    # had no name, so no codec: one invalid_utf8 "it is binary" rejection).
    target = os.path.realpath("/proc/self/fd/0")
    if stat.S_ISREG(mode) and os.path.isfile(target):
        return target
    return "/dev/stdin"


def _literal_left_out(pattern: str, found: list[tuple[str, int]]) -> None:
    """Clause ``glob_chars_in_a_name_said`` (review, session 32): ``--input 'in/a[1].txt'``
    beside ``a[1].txt`` and ``a1.txt`` read ``a1.txt`` (the glob) and left the file the
    user named out in silence; a line says how to name the file itself."""
    if pattern in {p for p, _ in found}:
        return
    escaped = "".join(f"[{c}]" if c in _GLOB_CHARS else c for c in pattern)
    LOG.warning(
        "--input %s is a file's name and a glob matching other files (%s): the glob's "
        "files are read, not the file of that name; to read it, name it as %s",
        printable(pattern),
        ", ".join(printable(p) for p, _ in found[:3]) + (", ..." if len(found) > 3 else ""),
        printable(escaped),
    )


def expand_inputs(patterns: list[str]) -> list[InputFile]:
    """Expand globs and folders into a sorted, de-duplicated list of files (the module
    docstring's rules). Raises ``UserError`` when a pattern matches nothing, so a
    typo is an error and not an empty dataset."""
    files: dict[str | tuple[str, str], InputFile] = {}
    outputs = own_outputs.OwnOutputs()
    remote: dict[str, tuple[int, int]] = {}  # clause changed_during_build_remote_listed
    for given in patterns:
        pattern = standard_input(given)
        folder = "://" not in pattern and os.path.isdir(pattern)
        problems = []
        if folder:
            base = pattern.rstrip("/")
            found, problems = _walk(base)
        else:
            base = base_of(pattern).rstrip("/")
            found = _match(pattern, remote)
            # Clause glob_chars_in_a_name (session 32): a file named with glob characters
            # (`a[1].txt`, `why?.txt`), named as itself, matched no files as a glob and the
            # build refused it ("check the path or glob") though it is there: read as
            # itself when the glob matches nothing (a glob that matches is unchanged).
            if not found and "://" not in pattern and os.path.isfile(pattern):
                found = [(pattern, os.path.getsize(pattern))]
            elif "://" not in pattern and os.path.isfile(pattern):
                _literal_left_out(pattern, found)
            if any(c in pattern for c in _GLOB_CHARS) and "://" not in pattern:
                problems = [
                    (p, why, "special_file") for p, _ in found if (why := special_problem(p))
                ]
                found = [(p, s) for p, s in found if p not in {q[0] for q in problems}]
                problems += [
                    b
                    for b in _glob_broken_links(pattern)
                    if not _skipped(posixpath.basename(b[0]), pattern, False)
                ]
        kept = [
            (p, s, "", "") for p, s in found if not _skipped(posixpath.basename(p), pattern, folder)
        ]
        kept += [
            (p, 0, problem, reason)
            for p, problem, reason in problems
            if not (reason and _skipped(posixpath.basename(p), pattern, folder))
        ]
        # Clause own_outputs_skipped (transforms/own_outputs.py): a longctx dataset's
        # or export's files reached by a folder or a glob are not documents.
        if (folder or any(c in pattern for c in _GLOB_CHARS)) and "://" not in pattern:
            owned: dict[tuple[str, str], int] = {}
            for entry in kept:
                if holder := outputs.owner(entry[0], base):
                    owned[holder] = owned.get(holder, 0) + 1
            kept = [e for e in kept if not outputs.owner(e[0], base)]
            if owned and not kept:
                raise UserError(own_outputs.only_line(printable(pattern), owned))
            if owned:
                LOG.warning(own_outputs.skipped_line(owned))
        for path, size, problem, reason in kept:
            name = posixpath.basename(path)
            relative = path[len(base) :].lstrip("/") if base and path.startswith(base) else name
            if not base and not folder and "://" not in path and not path.startswith("/"):
                relative = path  # clause relative_glob_here: `*/a.txt` as `./*/a.txt` would
            if given == "-":  # clause stdin_ids: `stdin`, piped or redirected (`< FILE`)
                relative = "stdin"
            # Clause same_file_named_twice (transforms/same_file.py): a path reached
            # again, or spelled another way, is one file; the inputs that reached it kept.
            key = spelling_key(path)
            if key in files and files[key].path != path and not same_inode(files[key].path, path):
                # clause same_file_named_twice_other_inode (review): a key of its own that
                # no spelling can take (the path alone was the absolute spelling of the
                # other file: `in/sub/../a.txt` then `/abs/in/a.txt` lost the second)
                key = (AS_SPELLED, path)
            first = files.setdefault(
                key,
                InputFile(
                    path, printable(relative), size, problem, reason, listed=remote.get(path)
                ),
            )
            files[key] = dataclasses.replace(first, named_by=(*first.named_by, printable(given)))
        if found and not kept:
            raise UserError(
                f"input pattern {pattern!r} matched only files whose names start with '.' or "
                f"'_' (e.g. {printable(posixpath.basename(found[0][0]))}), which are skipped as "
                "hidden files or markers; name such a file, or a glob starting with its "
                "first character, to read it"
            )
        if not kept and folder:
            raise UserError(f"input folder {pattern!r} holds no files: put the documents there")
        if not kept and (folders := _folders_only(pattern)):
            raise UserError(
                f"input pattern {pattern!r} matched only folders ({', '.join(folders[:3])}), "
                f"and a glob matches files: name a folder (--input {folders[0]}) to read "
                f"all under it, or end the glob with /* or /**"
            )
        if not kept and "://" not in pattern and (broken := broken_link(pattern)):
            # clause link_loop_said: a link named itself said "matched no files"
            raise UserError(f"input {printable(pattern)} is {broken}")
        if not kept:
            raise UserError(f"input pattern {pattern!r} matched no files: check the path or glob")
    return _one_name_per_file(sorted(files.values(), key=lambda f: f.path))
