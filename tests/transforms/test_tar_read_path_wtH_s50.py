"""Session 50 (branch wtH; the Left of session 49's wtG and its review): the tar reader's
read path.

1. Clause ``zero_run_counted`` (transforms/tar_headers.py ``HeaderWatch.end_padding``):
   base50 read at most 1 MB of NULs ahead after the headers inside a member stopped, then
   left it "not decided" (= a tar inside the member). A damaged size landing in the end
   padding of a tar padded past 1 MB (``tar -b 4096`` writes 2 MB records) made the
   damaged member one document holding the covered members' NUL headers and text, and
   those members were read again as documents too: text twice. Now the run of NULs is
   read on as a count (constant memory) to the stream's end or its first other byte.
2. Clause ``last_member_tar_said``: a tar (disk image) stored as an archive's last member
   is read as a damaged size (session 49); its line said "(a damaged size field)" and
   "is damaged ... re-create or re-download the archive", though the archive may be
   whole. Now the line says both readings and that nothing is lost.
Real text (tests/data): Grimm's *Froschkönig*, Hugo's *Les Misérables* (Myriel),
Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import tarfile

from schemas import Document, Rejected
from tests.tar_members import four_books, header_spans, read_tar, tar_bytes, with_size

TEXTS = four_books()


def _tar(members) -> bytes:
    return tar_bytes(members, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)


def _ids(got) -> list[str]:
    return [g.doc_id.rsplit("/", 1)[-1] for g in got]


WHOLE = _tar(TEXTS)
HEADERS = header_spans(WHOLE)
HUGO = HEADERS[1][0]
END = HEADERS[-1][0] + 512 + -(-HEADERS[-1][1] // 512) * 512  # the end-of-archive blocks


def test_a_damaged_size_in_padding_over_a_megabyte_is_read_as_damaged(tmp_path):
    """Clause zero_run_counted: the tar padded with 2 MB of NULs (a 2 MB record), Hugo's
    size 1,024 bytes into the padding. base50: Hugo one document holding Tolstoy's and
    Dumas's headers (NUL bytes) and text, and Tolstoy and Dumas documents too (6 rows of
    Tolstoy's opening in two documents). Now Hugo has its line, the others are read
    once, the counts reconcile (4 members, 4 rows)."""
    padded = WHOLE + bytes(2 << 20)
    got = read_tar(tmp_path, "books.tar", with_size(padded, HUGO, END - HUGO - 512 + 1024))
    assert _ids(got) == list(TEXTS), got  # written + rejected = members, in order
    hugo = got[1]
    assert isinstance(hugo, Rejected) and hugo.reason == "corrupt_archive", hugo
    docs = {_ids([g])[0]: g.text for g in got if isinstance(g, Document)}
    assert not any("\0" in text for text in docs.values())
    whole = {_ids([g])[0]: g.text for g in read_tar(tmp_path / "whole", "books.tar", padded)}
    assert docs == {n: whole[n] for n in ("grimm.txt", "tolstoy.txt", "dumas.txt")}
    for name in docs:  # each text in one document only
        assert sum(whole[name][:200] in text for text in docs.values()) == 1


def test_guard_a_tar_inside_a_middle_member_before_megabytes_of_nuls_is_its_data(tmp_path):
    """What must stay: a disk image (a tar, then 2 MB of NULs) as a middle member is the
    member's data (the outer archive's next header follows the NULs): read on to that
    header, it is not taken for a damaged size; 3 members, 3 rows (disk.img one document,
    as base50), the inner files no rows of their own."""
    inner = _tar({"grimm.txt": TEXTS["grimm.txt"], "hugo.txt": TEXTS["hugo.txt"]})
    outer = _tar(
        [
            ("tolstoy.txt", TEXTS["tolstoy.txt"]),
            ("disk.img", bytes(2048) + inner + bytes(2 << 20)),
            ("dumas.txt", TEXTS["dumas.txt"]),
        ]
    )
    got = read_tar(tmp_path, "a.tar", outer)
    assert _ids(got) == ["tolstoy.txt", "disk.img", "dumas.txt"], got
    assert isinstance(got[1], Document), got[1]  # its data, as base50 (embedded_tar_read)
    assert [got[0].text, got[2].text] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]


def test_a_tar_stored_as_the_last_member_is_said_for_what_it_may_be(tmp_path):
    """Clause last_member_tar_said: base50's line for disk.img was "member disk.img of
    archive ... is damaged: its header says 12,288 bytes, but the header of member
    'grimm.txt' lies inside them at byte 2,048 (a damaged size field) ...; re-create or
    re-download the archive": wrong about a whole archive. Now it names both readings and
    says the inner files were read, each once; counts as session 49 (5 rows: 3 members and
    the image's 2 files), each text once."""
    inner = _tar({"grimm.txt": TEXTS["grimm.txt"], "hugo.txt": TEXTS["hugo.txt"]})
    outer = _tar(
        [
            ("tolstoy.txt", TEXTS["tolstoy.txt"]),
            ("dumas.txt", TEXTS["dumas.txt"]),
            ("disk.img", bytes(2048) + inner),
        ]
    )
    got = read_tar(tmp_path, "a.tar", outer)
    assert _ids(got) == ["tolstoy.txt", "dumas.txt", "disk.img", "grimm.txt", "hugo.txt"], got
    line = got[2]
    assert isinstance(line, Rejected) and line.reason == "corrupt_archive"
    assert "is damaged" not in line.error
    assert (
        "lies inside them at byte 2,048 (a damaged size field, or a whole tar stored as the "
        "archive's last member: the headers inside it stop before its end and only zero "
        "blocks follow to the archive's end" in line.error
    ), line.error
    assert line.error.endswith(
        "if the member is a tar or a disk image you stored, its files were read as the "
        "archive's members (each once), so nothing is lost; else re-create or re-download "
        "the archive"
    ), line.error
    docs = [g.text for g in got if isinstance(g, Document)]
    assert docs == [TEXTS[n] for n in ("tolstoy.txt", "dumas.txt", "grimm.txt", "hugo.txt")]


def test_a_damaged_size_landing_on_the_end_blocks_still_says_damaged(tmp_path):
    """Guard of last_member_tar_said: where the covered headers run to the member's
    (damaged) end, nothing else is possible: the line still says "a damaged size field"
    alone and "is damaged"."""
    got = read_tar(tmp_path, "books.tar", with_size(WHOLE, HUGO, END - HUGO - 512))
    assert _ids(got) == list(TEXTS)
    assert "at byte 2,048 (a damaged size field); it is read no further" in got[1].error
    assert "is damaged" in got[1].error
