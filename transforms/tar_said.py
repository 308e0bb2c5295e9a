"""Session 56 (branch wtA; the Left of session 55's review): lines that tell the truth
about a tar stored inside a tar, or bytes that look like one.

* clause ``nested_line_waits`` (used by transforms.tar_archive ``_Read._nested_said``):
  a member rejected ``nested_archive`` by its name (``part.tar``) gives its line once
  the next header is read. Where member headers inside its data were taken as this
  archive's members (clauses ``no_end_blocks_no_tar``, ``inner_tar_then_covered``), the
  line says so, names them, and says what unpacking it would give: base56 said only
  "unpack part.tar" for a tar fragment whose files were already rows (a user who
  followed it got those books twice), and for a stored tar whose size field was damaged
  it did not say that the members after its end were read as the archive's.
* clause ``covered_name_said`` (used by transforms.archive_members ``_Members.member``):
  a member whose name was met first inside another member's data (a header there read
  again as this archive's member) is said as such, not as ``tar -r``'s newer copy.
* clause ``cut_tar_said`` (transforms.tar_file_end ``cut_line``; :class:`Held`, used by
  transforms.archives ``read_archive``): the line of a tar's member whose data starts
  with member headers that run past its end is held until the reader has read the next
  header, then says what stood at its declared end.
"""

from __future__ import annotations

import posixpath
import shlex
from dataclasses import replace

from schemas import Rejected
from transforms.inputs import printable
from transforms.member_names import member_name
from transforms.tar_file_end import HEADER, PAST, cut_line

SHOWN = 5  # member names a line lists


def _names(covered) -> str:
    names = [printable(member_name(name)) for _, name, _, _ in covered]
    more = f" and {len(names) - SHOWN:,} more" if len(names) > SHOWN else ""
    return ", ".join(repr(n) for n in names[:SHOWN]) + more


def nested_line(member: Rejected, covered, prev, cut: str | None = None) -> Rejected:
    """Clause ``nested_line_waits``: ``member``'s ``nested_archive`` line, given the
    regular members (``covered``: (header offset, name, by, size)) whose headers inside
    ``prev``'s data (``prev``: ``member``'s tar info) were taken as this archive's.
    Session 57: clause ``cut_nested_said``: ``cut`` (what stood at its declared end, as
    :func:`transforms.tar_file_end.end_stood` says it): its data's member headers,
    followed from byte 0, run past its end: the tar in it is cut short (mid-member), and
    the line says so (base57: a plain "unpack", as for a whole tar)."""
    if cut and prev is not None and not covered:
        name = shlex.quote(posixpath.basename(member.doc_id))
        return replace(
            member,
            error=(
                f"{member.error}; but the tar in it is cut short (mid-member): its member "
                f"headers, followed from byte 0, run past its declared end ({prev.size:,} "
                f"bytes), and {cut} at that end (so its size field is taken as right): `tar -xf {name}` "
                "gives its files up to the cut, then an error; re-create or re-download it "
                "for the rest"
            ),
        )
    if not covered or prev is None:
        return member
    name = printable(member.doc_id.rsplit("/", 1)[-1])
    n, names = len(covered), _names(covered)
    if covered[0][0] == prev.offset_data:  # its data starts with them: no tar stored whole
        return replace(
            member,
            reason="corrupt_archive",
            error=(
                f"the member is named as a tar archive, but its data is no whole tar: it "
                f"starts with the header of member {_names(covered[:1])}, and no "  # first_name_whole
                f"end-of-archive blocks come before its declared end ({prev.size:,} bytes): "
                "a damaged size field (an empty member's), or a tar stored without its end "
                "blocks, a tar fragment (the bytes are the same); those "
                f"{n:,} member(s) ({names}) are taken as this archive's members, each with "
                f"a row or a line of its own: do not unpack {name} as well (its files "
                "would be read twice); if the archive is damaged, re-create or re-download it"
            ),
        )
    return replace(
        member,
        error=(
            f"{member.error}; its size field is damaged: it says {prev.size:,} bytes, but the "
            f"tar in it ends before member header(s) that lie inside those bytes from byte "
            f"{covered[0][0] - prev.offset_data:,} of its data on; those {n:,} member(s) "
            f"({names}) are this archive's, each with a row or a line of its own: "
            f"unpacking {name} gives its own files only"
        ),
    )


def inside_line(name: str, first_in: str, within: str = "") -> str:
    """Clause ``covered_name_said``: the ``duplicate_member`` line of a member named
    ``name`` where a member header of that name was met first inside the data of member
    ``first_in`` and read as this archive's (this one: an outer member); or (``within``)
    where this one's header lies inside the data of member ``within`` and an outer member
    of that name was read before it."""
    if within:  # this one lies inside a member's data, read after one of its name
        earlier = f"inside the data of member {first_in!r}" if first_in else "as a member"
        return (
            f"a member header named {name!r} lies inside the data of member {within!r} (a "
            "damaged size field, or a tar stored inside without its end blocks), and a "
            f"member of that name was read before it ({earlier}): this one is not read "
            f"under the same name: unpack the archive, then {within!r} in it, and pass the "
            "folder as --input"
        )
    return (
        f"the archive holds a member named {name!r}, and a member header of that name was "
        f"met earlier inside the data of member {first_in!r} (a damaged size field, or a tar "
        f"stored inside without its end blocks) and read as this archive's {name!r}; this "
        "member, another one of that name, is not read under the same name: unpack the "
        f"archive (tar -xf gives the archive's last member named {name!r}: this one, unless "
        f"tar -r appended another later; {first_in!r} holds the other) and pass the folder "
        "as --input"
    )


class Held:
    """Clause ``cut_tar_said``: a tar member's ``tar_data_no_tar`` "past its end" line,
    held from when the member is read until the reader yields its next row (it has read
    the next header then, and noted in ``members.end_of`` what stood at the member's
    declared end)."""

    def __init__(self, members):
        self.members, self.row = members, None

    def rows(self, member, rows):
        """``member``'s rows, less the one line held."""
        for row in rows:
            if (
                getattr(member, "in_tar", False)
                and isinstance(row, Rejected)
                and row.reason == "corrupt_archive"
                and row.doc_id == member.relative
                and PAST in row.error
            ):
                self.row = row
            else:
                yield row

    def settled(self):
        """The held line (if any), said as what stood at the member's declared end."""
        if self.row is not None:
            row, self.row = self.row, None
            relative, whole, stood = getattr(self.members, "end_of", ("", None, ""))
            if relative != row.doc_id:
                whole, stood = None, ""
            yield cut_line(row, whole, stood or HEADER)
