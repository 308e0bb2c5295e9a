"""A reader's temporary file that could not grow (session 45 review of branch wtG).

Clause ``temp_room_said``: a compressed input that cannot be read twice (a tar or JSONL
through a pipe: ``transforms.checked_units.Checked``; an archive member copied to be
read: ``transforms.member_files``) is held in a temporary file (64 MB in memory, then
the temporary folder, ``$TMPDIR``, unnamed: removed by the system however the build
ends) until its check passes. A full temporary disk, a quota or this process's file
size limit (``ulimit -f``) made the input's rejection "could not read text file:
OSError: [Errno 27] File too large", which said neither where nor what to do. It is
now one line naming the temporary folder and the fix; the input is still rejected
(counted, with its reason) and the build goes on."""

from __future__ import annotations

import resource
import tempfile

from schemas.errors import file_too_large, no_room


def temp_room(error: BaseException) -> str | None:
    """The line for ``error`` when it is a full disk, a quota or a file size limit met
    while a reader held the input's bytes in a temporary file, else None."""
    if not no_room(error):
        return None
    folder = tempfile.gettempdir()
    held = (
        "its bytes are held in a temporary file until their check passes (it is read "
        "once: a pipe, or an archive member)"
    )
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if file_too_large(error) and limit != resource.RLIM_INFINITY:
        return (
            f"{held}, and that file reached this process's file size limit of {limit:,} "
            "bytes (File too large): raise the limit (`ulimit -f unlimited`), or save the "
            "stream to a file and pass it as --input"
        )
    why = "File too large" if file_too_large(error) else "No space left on device, or a quota"
    return (
        f"{held}, and the temporary folder {folder} has no room for it ({why}): free space "
        "there or set TMPDIR to a folder on a larger disk, or save the stream to a file "
        "and pass it as --input"
    )
