"""Clause ``parquet_no_footer`` (transforms/record_checks.py): a Parquet file cut short,
or still being written (its footer comes last), was ``unreadable_file`` "could not read
parquet file: ArrowInvalid: Parquet magic bytes not found in footer. Either the file is
corrupted or this is not a parquet file.", which said neither what happened nor what to
do (session 28 hunt: 20 rows of All's Well That Ends Well, the file cut at two thirds).
It is one ``truncated_input`` rejection now; a whole file and a file that is no Parquet
at all read as before. Real text: All's Well That Ends Well (embedded Shakespeare)."""

from __future__ import annotations

import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas import Document, Rejected
from tests.conftest import REPO_ROOT
from transforms.read import ReadConfig, expand_inputs, read_file

PLAY = os.path.join(
    REPO_ROOT, "defaults", "shakespeare", "texts", "all_is_well_that_ends_well_gut_f.txt"
)


def _read(path) -> list:
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


@pytest.fixture
def whole(tmp_path) -> bytes:
    if not os.path.exists(PLAY):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    text = open(PLAY, encoding="utf-8").read()
    table = pa.table(
        {
            "id": [f"d{i}" for i in range(20)],
            "text": [text[i * 3000 : (i + 1) * 3000] for i in range(20)],
        }
    )
    pq.write_table(table, tmp_path / "whole.parquet", row_group_size=5)
    return (tmp_path / "whole.parquet").read_bytes()


@pytest.mark.parametrize("keep", [2 / 3, 1 / 2, 0.1])
def test_parquet_no_footer_is_truncated_input(tmp_path, whole, keep):
    cut = tmp_path / "in" / "partial.parquet"
    cut.parent.mkdir()
    cut.write_bytes(whole[: int(len(whole) * keep)])
    (item,) = _read(cut)
    assert isinstance(item, Rejected) and item.reason == "truncated_input"
    assert item.error == (
        f"the Parquet file ends without its footer after {int(len(whole) * keep):,} bytes "
        "(Parquet writes the footer last, so a file still being written has none either): "
        "it was cut short, e.g. by an interrupted download or copy; re-create or "
        "re-download it"
    )


def test_parquet_no_footer_leaves_whole_and_foreign_files_as_before(tmp_path, whole):
    assert [type(i) for i in _read(tmp_path / "whole.parquet")] == [Document] * 20
    (tmp_path / "prose.parquet").write_bytes(open(PLAY, "rb").read()[:5000])
    (item,) = _read(tmp_path / "prose.parquet")
    # clause parquet_name_not_its_data (session 33): said as text with its rename, not
    # pyarrow's words; still unreadable_file, not truncated_input
    assert item.reason == "unreadable_file" and "(plain text): rename it" in item.error


def test_parquet_no_footer_needs_the_tail_missing(tmp_path, whole):
    """Review (session 28): a whole file (``PAR1`` at both ends) whose footer is damaged
    (its length field says 1,000,000,000 bytes) is not cut short: it stays
    ``unreadable_file`` with pyarrow's words, not ``truncated_input`` (a planted bug
    dropping the tail check passed every test above)."""
    damaged = bytearray(whole)
    damaged[-8:-4] = (10**9).to_bytes(4, "little")
    (tmp_path / "damaged.parquet").write_bytes(bytes(damaged))
    (item,) = _read(tmp_path / "damaged.parquet")
    assert item.reason == "unreadable_file" and "smaller than the size reported" in item.error
