"""What a build over a damaged compressed tar pipe says (clause ``tar_pipe_damage_said``,
session 46: the Left of session 45's wtG, a whole build over pipes checked end to end).

A ``.tar.gz`` through a pipe is read unit by unit, each gzip member held until its check
passes (clause ``damaged_tar_pipe``). When a unit fails, the build's counts reconciled
(every member read is a document or a rejection, the rest of the archive one rejection)
but its two lines were a JSONL file's: the member the damage cut was "the file's gzip
data is damaged in member 2 ... (`gzip -t de_grimm_froschkoenig.txt` shows it) ... the 0
records in the 1 gzip member before it ... are kept" (a test command naming the member as
if it were a file, and "0 records" where two books were kept), and the archive's line
said "the 0 records" too. Now the member's line names the member, its archive and the
damaged unit; the archive's line counts the archive members kept.
"""

from __future__ import annotations

from schemas.wording import counted
from transforms.checked_units import UNIT_NAMES


def damaged_member_line(name: str, archive: str, damage) -> str:
    """The rejection of archive member ``name`` whose bytes lie in the damaged unit of
    ``damage`` (``checked_units.Damaged``) of the piped ``archive``."""
    unit = UNIT_NAMES.get(damage.codec, "stream")
    return (
        f"member {name} of archive {archive} is not read: its bytes lie in {damage.codec} "
        f"{unit} {damage.unit} of the archive, which is damaged ({damage}); nothing of that "
        f"{unit} is kept (its check covers all of it), the archive's members before it are; "
        "re-create or re-download the archive"
    )


def members_kept(line: str, kept: int) -> str:
    """The archive's damaged-unit ``line`` (``decompress.damaged_stream``) with its kept
    count said in archive members: "the 2 archive members in the 1 gzip member before
    it", not "the 0 records"."""
    return line.replace("the 0 records in the", f"the {counted(kept, 'archive member')} in the", 1)
