"""Ids, duplicates and counts of an archive's members, and their rejections (moved
from ``transforms.archives``, session 48: rules ``member_ids``, ``duplicate_member``,
``nested_archive``, ``member_too_large`` and the skipped-member counts of its doc)."""

from __future__ import annotations

from collections import Counter

from schemas import Rejected
from transforms.archive_limits import Tally
from transforms.inputs import printable
from transforms.member_files import MemberFile
from transforms.member_names import is_hidden, member_name, nested_error, nested_kind
from transforms.tar_said import inside_line


def _reject(doc_id: str, source: str, reason: str, error: str) -> Rejected:
    return Rejected(doc_id=doc_id, source=source, stage="read", reason=reason, error=error)


class _Members:
    """Ids, duplicates and counts of one archive's members."""

    def __init__(self, file, skipped: Counter):
        self.file = file
        self.skipped = skipped
        self.read = 0  # members turned into documents or rejections
        self.seen: set[str] = set()
        self.tally = Tally()  # clause archive_total_bound
        self.inside: dict[str, str] = {}  # session 56: clause covered_name_said

    def member(
        self, name: str, size: int, opener, limit: int, fmt: str, in_tar: bool = False, within=""
    ):
        """A ``MemberFile`` to read, or the ``Rejected`` of a member that is not read;
        ``in_tar``: a tar's member (clause tar_data_no_tar_said, transforms.read_text);
        ``within``: the member in whose data its header lies (clause covered_name_said)."""
        name = printable(member_name(name))  # a tar's latin-1 name: \xe9, as in a folder
        file = self.file
        member = MemberFile(
            f"{file.path}/{name}",
            f"{file.relative}/{name}",
            file.source,
            opener,
            tally=self.tally,
            in_tar=in_tar,
        )
        self.read += 1
        if name in self.seen and (name in self.inside or within):  # clause covered_name_said
            said = inside_line(name, self.inside.get(name, ""), within)
            if not within:  # review: a later outer one of that name is tar -r's copy
                self.inside.pop(name, None)
            return _reject(member.relative, member.source, "duplicate_member", said)
        if name in self.seen:
            return _reject(
                member.relative,
                member.source,
                "duplicate_member",
                f"the archive holds a second member named {name!r} (tar -r appends a newer "
                "copy); the first one was read, not this one: unpack the archive (the last "
                "copy wins) and pass the folder as --input",
            )
        self.seen.add(name)
        nested = nested_kind(name)
        if nested:
            return _reject(
                member.relative, member.source, "nested_archive", nested_error(nested, member)
            )
        if fmt == "text" and size > limit:
            return _reject(
                member.relative,
                member.source,
                "member_too_large",
                f"the member is {size:,} bytes, over --max-doc-chars x 4 = {limit:,}; it was "
                "not read (a zip bomb, or one huge document): split it, or raise --max-doc-chars",
            )
        return member


def _skip(name: str, members: _Members, kind: str) -> None:
    """Count a skipped member under ``kind`` (``hidden`` when its name is); a folder
    (``kind`` "") is not counted."""
    name = member_name(name)
    if name and is_hidden(name):
        kind = "hidden"
    if kind:
        members.skipped[kind] += 1
