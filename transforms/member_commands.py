"""Clause ``member_commands_extract`` (session 24): the commands a damaged compressed
MEMBER of a tar or zip is told to test or save with.

A ``.txt.gz`` or ``.jsonl.gz`` inside ``books.tar`` (or ``books.zip``) damaged in its
one gzip member was rejected with `gzip -t lover.txt.gz` "shows it" and "save what it
decodes to with `gzip -dc /data/books.tar/poems/lover.txt.gz > /data/books.tar/poems/
lover.unchecked.txt`": a path through the archive file, which no shell command can
open ("Not a directory"), and a bare name that is no file. Now the member is taken out
of the archive by the archive's own tool and piped to the codec's:
``(set -C; tar -xOf /data/books.tar -- poems/lover.txt.gz | gzip -dc > /data/books_poems_lover.unchecked.txt)``
(``unzip -p`` for a zip); the copy is written beside the archive, never inside a
user's folder of books other than the archive's own. A member's name as the tar
stores it (``./poems/...``: ids drop the ``./``, GNU tar does not match without it) is
looked up in the archive's list of names. An archive that is not a local file (a
pipe, a remote one) keeps the generic line.
"""

from __future__ import annotations

import collections
import functools
import importlib
import lzma
import os
import posixpath
import re
import shlex
import shutil
import tarfile
import tempfile
import zipfile
import zlib

from transforms.decompress import codec_of, decompressing, strip_codec_suffix
from transforms.inputs import printable
from transforms.member_names import member_name


def _archive_of(path: str) -> tuple[str, str] | None:
    """(archive, member name) when ``path`` runs through a local archive file."""
    if "://" in path:
        return None
    head = path
    while "/" in head:
        head = head.rpartition("/")[0]
        if os.path.isfile(head):
            return head, path[len(head) + 1 :]
        if not head or os.path.isdir(head):
            return None
    return None


@functools.lru_cache(maxsize=8)
def _stored(archive: str, mtime: float) -> tuple[str, dict[str, str], set[str], set[str]] | None:
    """The archive's kind (``tar``/``zip``), its members' names as stored by their
    names in ids (a leading ``./`` or ``/`` dropped), the zip's legacy names and the
    names stored more than once; None when it is neither."""
    del mtime  # part of the cache key only: a rewritten archive is read again
    try:
        if (module := _packed_zip(archive)) in SEEKABLE_MODULES:  # clause member_zip_seekable
            with (
                importlib.import_module(module).open(archive) as packed,
                zipfile.ZipFile(packed) as z,
            ):
                kind, names = "zip", z.namelist()
                legacy = {i.filename for i in z.infolist() if not i.flag_bits & 0x800}
        elif module:  # clause member_zip_packed
            with tempfile.TemporaryFile() as copy:
                # clause member_zip_zst: the build's own decoders (zstd frames too)
                with open(archive, "rb") as raw, decompressing(raw, codec_of(archive)) as packed:
                    shutil.copyfileobj(packed, copy)
                with zipfile.ZipFile(copy) as z:
                    kind, names = "zip", z.namelist()
                    legacy = {i.filename for i in z.infolist() if not i.flag_bits & 0x800}
        elif zipfile.is_zipfile(archive):
            with zipfile.ZipFile(archive) as z:
                kind, names = "zip", z.namelist()
                # clause member_zip_legacy_name: names not marked UTF-8 (cp437 here)
                legacy = {i.filename for i in z.infolist() if not i.flag_bits & 0x800}
        else:
            with tarfile.open(archive, "r:*") as t:
                kind, names, legacy = "tar", t.getnames(), set()
    # clause member_zip_seekable_damaged (review, session 27): a .zip.xz / .zip.gz
    # damaged in its codec's data raised LZMAError / zlib.error here, not OSError
    except (
        OSError,
        tarfile.TarError,
        zipfile.BadZipFile,
        EOFError,
        ValueError,
        lzma.LZMAError,
        zlib.error,
    ):
        return None
    found: dict[str, str] = {}
    # Clause member_tar_latin1_name: ids show a tar name's non-UTF-8 bytes as `\xe8`
    # (transforms.inputs.printable), so the stored name is looked up by that id.
    for name in names:
        found.setdefault(printable(member_name(name)), name)
    # Clause member_first_of_doubled: stored twice by its name in ids (`./a` beside `a`
    # too, one id: longctx read the first), the stored name of that first one.
    ids = collections.Counter(printable(member_name(name)) for name in names)
    doubled = {found[name] for name, n in ids.items() if n > 1}
    return kind, found, legacy, doubled


def member_pipe(path: str) -> tuple[str, str, str] | None:
    """The command writing the member ``path`` (as stored, undecompressed) to stdout,
    the start of its copy's path (the archive's folder, then the member's folders
    joined by ``_``: ``poems_``) and the member's file name for its copy; None when
    ``path`` is no local member."""
    found = _archive_of(path)
    if found is None:
        return None
    archive, member = found
    try:
        stored = _stored(archive, os.stat(archive).st_mtime)
    except OSError:
        return None
    if stored is None:
        return None
    kind, names, legacy, doubled = stored
    name = names.get(member, member)
    raw = printable(name) != name  # clause member_tar_latin1_name
    given = f"./{archive}" if archive.startswith("-") else archive
    # Clause member_name_literal: unzip reads a member name as a wildcard (`[x]` matched
    # nothing, `*.txt.gz` wrote every matching member into one copy), so its \ [ * ?
    # are escaped; tar read a member named `-lead.txt.gz` as options, so `--` ends them.
    if kind == "zip" and _packed_zip(archive) == "zstandard":  # clause member_zip_zst
        command = f"{ZIP_ZST} {shlex.quote(given)} {shlex.quote(name)}"
    elif kind == "zip" and (module := _packed_zip(archive)):  # clause member_zip_packed
        line = ZIP_SEEKABLE if module in SEEKABLE_MODULES else ZIP_PACKED  # ..._seekable
        command = f"{line.format(module)} {shlex.quote(given)} {shlex.quote(name)}"
    elif kind == "zip" and name in doubled:  # clause member_first_of_doubled
        command = f"{ZIP_FIRST} {shlex.quote(given)} {shlex.quote(name)}"
    elif kind == "zip":
        pattern = _unzip_literal(name)
        if name in legacy and not name.isascii():
            pattern = _legacy_pattern(name, names.values(), legacy)
            if pattern is None:
                return None
        command = f"unzip -p {shlex.quote(given)} {shlex.quote(pattern)}"
    # clause member_tar_exact (wildcards, doubled names)
    # Clause member_tar_dotdot: GNU tar refuses a member named with a `..` part even to
    # stdout ("Member name contains '..'", exit 2): such a name goes to tarfile too.
    elif re.search(r"[*?[\\]", name) or name in doubled or ".." in name.split("/") or raw:
        command = f"{TAR_EXACT} {shlex.quote(given)} {shlex.quote(printable(name))}"
    else:
        command = f"tar -xOf {shlex.quote(given)} -- {shlex.quote(name)}"
    # Clause member_copy_no_overwrite: the copy's name starts with the archive's (two
    # archives beside each other holding poems/lover.txt.gz gave the same copy).
    stem = posixpath.basename(archive).split(".")[0] or "archive"
    shown = member
    if raw:  # clause member_tar_latin1_name: its bytes in hex, as a zip's unread names
        shown = "".join(f"{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else c for c in name)
        shown = member_name(shown)
    if kind == "zip" and name in legacy and not name.isascii():  # member_zip_readable_copy
        shown = _readable(member, [n for n in names.values() if n in legacy and _not_utf8(n)])
    folder = "_".join([stem, *posixpath.dirname(shown).split("/")]).strip("_")
    prefix = posixpath.join(posixpath.dirname(archive), f"{folder}_")
    return command, prefix, posixpath.basename(shown)


# Clause member_zip_readable_copy: the copy of a zip member whose name is in a legacy
# code page (情人.txt.gz from a Chinese Windows: GBK bytes, no UTF-8 flag) was named by
# zipfile's cp437 reading, `books_╟Θ╚╦.unchecked.txt`. The archive's legacy names share
# one code page (the Windows that made it), so their bytes together are the evidence:
# the copy takes the one reading (GB18030, Big5, Shift_JIS, EUC-KR) under which every
# legacy name decodes to its language's common characters (transforms.legacy_cjk). A
# short name fits several (情人 is also the Korean 헙훙: GB2312's common rows are KS X
# 1001's Hangul rows); then, and when none fits, no reading is guessed: the bytes are
# written in hex (`c7e9c8cb.txt.gz`), typeable and never garbled.
LEGACY_NAME_CODECS = {
    "gb18030": "Chinese",
    "cp950": "traditional Chinese",
    "cp932": "Japanese",
    "cp949": "Korean",
}


def _not_utf8(name: str) -> bool:
    """A name with no UTF-8 flag whose bytes are no UTF-8 (clause zip_utf8_names)."""
    try:
        name.encode("cp437").decode("utf-8")
    except UnicodeError:
        return True
    return False


def _readable(member: str, legacy: list[str]) -> str:
    """``member`` (its cp437 reading) as the archive's one plausible code page reads it,
    else with its non-ASCII bytes in hex."""
    from transforms.legacy_cjk import common_chars

    def reads(codec: str, language: str) -> bool:
        for name in legacy:
            try:
                text = name.encode("cp437").decode(codec)
            except UnicodeError:
                return False
            if codec == "cp932":  # kana are common Japanese letters
                text = re.sub("[\u3040-\u30ff]", "", text)
            if any(c not in common_chars(language) for c in text if not c.isascii()):
                return False
        return True

    fits = [codec for codec, language in LEGACY_NAME_CODECS.items() if reads(codec, language)]
    raw = member.encode("cp437", "replace")
    if len(fits) == 1:
        return raw.decode(fits[0])
    return "".join(chr(b) if b < 128 else f"{b:02x}" for b in raw)


# Clause member_python_sigpipe (review): Python ignores SIGPIPE, so when the decoder
# stopped at damage it cannot decode past, these one-liners died of BrokenPipeError
# (exit 1, a traceback) where tar dies of SIGPIPE (141): all_or_nothing then removed
# what gzip had decoded (196,608 bytes of 12 plays in a .zip.gz) and said nothing was
# saved. Each restores SIGPIPE's default first, so it ends as tar does.
# Clause member_tar_exact: which member `tar -xOf A -- NAME` writes depends on the tar.
# bsdtar (macOS, the BSDs; libarchive 3.6.2 tried) reads NAME as a wildcard: for
# `poems/*.txt.gz` it wrote all six members of the test archive into one copy, for
# `poems/[1609].txt.gz` the member `poems/1.txt.gz`; escaping the pattern (`\*`) is
# right for bsdtar, but GNU tar 1.34 unquotes it (`\?` is DEL: "Not found in archive")
# and bsdtar refuses GNU's --no-wildcards. And both write every copy of a name stored
# twice (`tar -r`), where longctx read the first. Such a member is written by Python's
# tarfile (longctx runs on Python): the first member of exactly that name, streamed.
# Clause member_tar_latin1_name: a member named in latin-1 (`po\xe8mes/amour.txt.gz`, a
# tar from an old Western system) can be named in the message only by its id, `\xe8` for
# the byte: `m.name==NAME` found no member and the save said nothing was saved under a
# StopIteration traceback. The name is matched as ids show it (as UTF-8, bad bytes as
# `\xNN`, whatever the locale), and a name not found is said in one line.
TAR_EXACT = (
    "python3 -c 'import os,signal as S,sys,shutil,tarfile as T;S.signal(S.SIGPIPE,S.SIG_DFL);"
    'P=lambda s:s.encode("utf-8","surrogateescape").decode("utf-8","backslashreplace");'
    't=T.open(sys.argv[1],"r|*",encoding="utf-8");n=os.fsencode(sys.argv[2]);'
    "m=next((m for m in t if P(m.name).encode()==n),None);"
    'm or sys.exit("longctx: no member named "+P(sys.argv[2])+" in "+P(sys.argv[1]));'
    "shutil.copyfileobj(t.extractfile(m),sys.stdout.buffer)'"
)


# Clause member_zip_packed: a damaged member of a `.zip.gz` (`.zip.bz2`, `.zip.xz`) still
# got the old line, `gzip -t lover.txt.gz` and `gzip -dc books.zip.gz/poems/lover.txt.gz >
# ...` ("Not a directory"): no archive tool reads a compressed zip (unzip needs seeks).
# Python's zipfile does, after its codec's module decompresses it to a temporary file.
ZIP_PACKED = (
    "python3 -c 'import signal as S,sys,shutil,tempfile,zipfile,{} as c;"
    "S.signal(S.SIGPIPE,S.SIG_DFL);f=tempfile.TemporaryFile();"
    "shutil.copyfileobj(c.open(sys.argv[1]),f);z=zipfile.ZipFile(f);"
    "m=next(m for m in z.infolist() if m.filename==sys.argv[2]);"
    "shutil.copyfileobj(z.open(m),sys.stdout.buffer)'"
)


# Clause member_first_of_doubled (review of member_tar_exact): a zip member whose name is
# stored twice (longctx read the first, the second is a duplicate_member) was taken out
# by `unzip -p`, which writes both: with `zstd -dc --no-check` the copy held both poems
# (exit 0); and `zipfile.ZipFile(f).open(NAME)` (member_zip_packed) opened the LAST, so
# the .zip.gz save wrote the other, sound poem as the damaged one's copy, exit 0. A tar's
# `./poems/a.txt.gz` beside `poems/a.txt.gz` is one id too, and bsdtar's `tar -xOf A --
# poems/a.txt.gz` wrote both. Such a member is written by Python, the first entry of
# exactly its stored name (zip here, ZIP_PACKED above; tar: TAR_EXACT).
ZIP_FIRST = (
    "python3 -c 'import signal as S,sys,shutil,zipfile;S.signal(S.SIGPIPE,S.SIG_DFL);"
    "z=zipfile.ZipFile(sys.argv[1]);"
    "m=next(m for m in z.infolist() if m.filename==sys.argv[2]);"
    "shutil.copyfileobj(z.open(m),sys.stdout.buffer)'"
)
PACKED_MODULES = {"gzip": "gzip", "bz2": "bz2", "xz": "lzma", "zstd": "zstandard"}

# Clause member_zip_seekable (task B2): the `.zip.gz` / `.zip.xz` line (and the build's
# listing of its names, `_stored`) decompressed the whole archive to a temporary file
# first: a big archive filled a small /tmp, and the save said "nothing saved". gzip's and
# lzma's file objects seek (a seek back decodes again from the start), so zipfile reads
# them as they are: about three decodes, no copy (a 23 MB zip of 468 plays: .gz 0.13 s,
# .xz 0.07 s, against 0.04 s and 0.03 s with the copy). bz2 keeps the copy: its seeks
# cost 5x (6.8 s against 1.4 s); zstd keeps ZIP_ZST.
SEEKABLE_MODULES = ("gzip", "lzma")
ZIP_SEEKABLE = (
    "python3 -c 'import signal as S,sys,shutil,zipfile,{} as c;"
    "S.signal(S.SIGPIPE,S.SIG_DFL);z=zipfile.ZipFile(c.open(sys.argv[1]));"
    "m=next(m for m in z.infolist() if m.filename==sys.argv[2]);"
    "shutil.copyfileobj(z.open(m),sys.stdout.buffer)'"
)


# Clause member_zip_zst (session 26): a damaged member of a `.zip.zst` kept the generic
# line, `gzip -dc /…/books.zip.zst/poems/lover.txt.gz > …` ("Not a directory"): the
# names were listed by the codec's module, and Python's library has no zstd. The build
# lists them with zstandard (longctx's own dependency); the printed command, run by any
# python3, has the zstd tool (which the generic line named already) decode the archive
# to a temporary file for zipfile, and takes the first entry of the member's name.
ZIP_ZST = (
    "python3 -c 'import signal as S,subprocess as P,sys,shutil,tempfile,zipfile;"
    "S.signal(S.SIGPIPE,S.SIG_DFL);f=tempfile.TemporaryFile();"
    'P.run(["zstd","-dcq","--",sys.argv[1]],stdout=f,check=True);z=zipfile.ZipFile(f);'
    "m=next(m for m in z.infolist() if m.filename==sys.argv[2]);"
    "shutil.copyfileobj(z.open(m),sys.stdout.buffer)'"
)


def _packed_zip(archive: str) -> str | None:
    """The module decompressing ``archive`` when it is a compressed zip, else None."""
    if not strip_codec_suffix(posixpath.basename(archive)).endswith(".zip"):
        return None
    return PACKED_MODULES.get(codec_of(archive) or "")


def _unzip_literal(name: str) -> str:
    """``name`` as an unzip pattern matching only itself (Info-ZIP's \\ escape)."""
    return "".join(f"\\{c}" if c in "\\[*?" else c for c in name)


def _legacy_pattern(name: str, names, legacy: set[str]) -> str | None:
    """Clause ``member_zip_legacy_name``: a zip member whose name is not marked UTF-8
    (a Chinese name from a Windows zip: GBK bytes, read as cp437 by zipfile and by us)
    is not matched by unzip under the name we say (`unzip -p books.zip '╟Θ╚╦.txt.gz'`:
    "filename not matched", and the save left an empty copy): its bytes over 127 are
    given as ``?`` (one byte each), when that pattern names it alone; else None."""
    parts = [re.escape(c.encode()) if c.isascii() else b"." for c in name]
    pattern = re.compile(b"".join(parts), re.DOTALL)
    raw = [n.encode("cp437" if n in legacy else "utf-8", "replace") for n in names]
    if sum(1 for r in raw if pattern.fullmatch(r)) != 1:
        return None
    return "".join(_unzip_literal(c) if c.isascii() else "?" for c in name)


# Clause member_save_all_or_nothing: the save `(set -C; tar -xOf A -- N | gzip -dc > COPY)`
# left COPY behind whatever tar did: empty when the archive had been moved or tar/unzip
# was missing ("command not found"), when unzip matched no name; partial when the
# archive had been cut inside the member since the build (tar "Unexpected EOF"). gzip
# always fails on the damaged member (that is why it is saved), so its status says
# nothing; the archive tool's does. The copy is made empty first under `set -C` (a
# file of that name is never replaced, nor later removed), the tool's exit status is
# carried out of the pipe on fd 3 (POSIX sh, no PIPESTATUS: run by bash and dash here),
# and the copy is kept only when the tool read the member whole (0; 141 = SIGPIPE: the
# decoder stopped first, at damage it cannot decode past) and something was decoded;
# else it is removed and the line says nothing was saved.
# Clause save_copy_name_taken: a copy name that is a symlink to a non-regular file (to
# /dev/null) got past `set -C` (which refuses only regular files): the decoded text went
# to /dev/null, the copy was "empty", and `rm` removed the user's symlink. Any existing
# name, a link (dangling too) included, is now refused first and left alone.
# Clause save_decoder_status: the decoder's status is carried out too. Killed by a signal
# or not run (above 125: OOM 137, a file-size limit 153, not found 127) while the tool
# was stopped by SIGPIPE, a partial copy was kept as saved; now it is removed and said.
# A decoder that reported an error (gzip's 1 at damage, or at a full disk: the same
# status) leaves its copy, and the line says the copy ends where it stopped.
# Clause save_line_printf: the lines naming the copy were written by `echo`, which dash
# (Debian's and Ubuntu's sh) reads backslashes in: a copy named from a Windows zip's
# `books\chapter1.txt.gz` printed "longctx: saved /data/books_books" and stopped at its
# `\c`. printf '%s\n' writes the name as it is.
# Clause file_save_no_pipe: the save of a damaged file of its own read it by `cat F |`
# (file_save_all_or_nothing). Where SIGPIPE is ignored (a shell started by Python's
# os.system, some CI runners and service managers: ignored on entry, it cannot be reset)
# cat gets EPIPE when xz or bzip2 stops at mid-file damage, exits 1, and the save
# removed the 758,943 bytes xz had decoded of 12 plays ("nothing saved"); main's `xz -dc
# F > COPY` kept them. Now the decoder reads the file itself (`< F`), no pipe: a file
# that cannot be read is said before any copy is made, and one moved in the meantime
# leaves an empty copy, removed as before.
# Clause save_tool_drained (session 26): where SIGPIPE is ignored (Python's subprocess
# and os.system, nohup, some CI shells: ignored on entry, no shell can reset it), tar got
# EPIPE when gzip stopped at damage it cannot decode past, exited 2 (busybox tar 1), the
# status of an archive cut since the build, and the save removed the 196,608 decoded
# bytes of 12 plays: "nothing saved". Now `cat > /dev/null` reads what the decoder left,
# so the tool always reaches the member's end and its status is about the archive only.
# Clause save_status_through_pipe (session 26): ksh93 (93u+m 1.0.4) gives `$( ... 3>&1)`
# a file, not a pipe; the pipeline's parts wrote their statuses over each other (`t0`
# lost under `d1`) and every member save said "tar did not read the member whole (exit
# )" and removed the copy, SIGPIPE or not. Through `| cat` each status arrives whole.
# Clause save_write_checked (session 26): a full disk gave gzip exit 1, as the damage
# does, and the partial copy was kept ("saved ... cut short there"), filling the disk.
# Now tee writes the copy; its status tells a failed write apart: the copy is removed and
# the line says it could not be written whole.
# Clause save_stopped_removed (session 26): Ctrl-C (SIGINT to the process group), a
# closed terminal or SIGTERM half way left the partial copy looking saved, and a rerun
# then refused its name. A trap, set only once the copy is ours, removes it and says so.
# Clause save_stopped_status (task B2): the trap exited 130 for HUP and TERM too, so a
# caller (a job runner, `timeout`) read a SIGTERM as a Ctrl-C; now 129, 130, 143.
def all_or_nothing(source: str, decoder: str, copy: str, file: str = "") -> str:
    """The shell command piping ``source`` (an archive tool writing the member) to
    ``decoder`` into the new file ``copy`` (quoted here), leaving no copy on failure;
    with ``file`` (quoted), the decoder reads that file itself and ``source`` is unused."""
    name = decoder.split()[0]
    say = "printf '%s\\n'"
    check = ""
    # Clause save_write_checked: the copy is written by `tee -a`, whose status says a
    # write that failed (a full disk, a file-size limit), apart from the decoder's.
    write = '{ tee -a "$c" > /dev/null; echo "w$?" >&3; }'
    if file:  # clause file_save_no_pipe
        check = (
            f'if [ ! -r {file} ]; then {say} "longctx: nothing saved: cannot read "{file}'
            '" (moved or renamed since the build?)" >&2; exit 1; fi; '
        )
        run = f'{{ echo t0 >&3; {{ {decoder} < {file}; echo "d$?" >&3; }} | {write}; }}'
        failed = ""
    else:  # clause save_tool_drained: what the decoder left unread is read by cat
        run = (
            f'{{ {{ {source}; echo "t$?" >&3; }} | {{ {decoder}; echo "d$?" >&3; '
            f"cat > /dev/null; }} | {write}; }}"
        )
        failed = f"{source.split()[0]} did not read the member whole (exit $t), "
    return (
        f"(set -C; c={shlex.quote(copy)}; {check}"
        f'if [ -e "$c" ] || [ -L "$c" ]; then {say} "longctx: nothing saved: $c exists '
        '(a file or link of that name is never replaced); move it, then run this again" >&2; '
        f'exit 1; fi; : > "$c" || exit; '
        # clause save_stopped_removed; clause save_stopped_status: each signal's own
        # exit status, 128 + its number (HUP 129, INT 130, TERM 143; all were 130)
        'stopped() { rm -f -- "$c"; echo "longctx: nothing saved: stopped by $2 before the '
        'copy was whole; the copy is removed" >&2; exit "$1"; }; '
        "trap 'stopped 129 SIGHUP' HUP; trap 'stopped 130 Ctrl-C' INT; "
        "trap 'stopped 143 SIGTERM' TERM; "
        f"s=$({run} 3>&1 | cat); "  # clause save_status_through_pipe
        "t=${s#*t}; t=${t%%[!0-9]*}; d=${s#*d}; d=${d%%[!0-9]*}; w=${s#*w}; w=${w%%[!0-9]*}; "
        'if { [ "$t" = 0 ] || [ "$t" = 141 ]; } && [ "$d" -le 125 ] && [ "$w" = 0 ] '
        '&& [ -s "$c" ]; then '
        f'[ "$d" = 0 ] || {say} "longctx: saved $c: what {name} wrote before it stopped (exit '
        '$d) at the damage it reported" >&2; exit 0; fi; rm -f -- "$c"; '
        'if [ "$w" != 0 ]; then echo "longctx: nothing saved: the copy could not be written '
        'whole (tee exit $w: a full disk or a file-size limit?); the copy is removed" >&2; '
        "exit 1; fi; "
        f'echo "longctx: nothing saved: {failed}'
        f"{name} was killed or not run (exit $d) or nothing was decoded; the copy "
        'is removed" >&2; exit 1)'
    )
