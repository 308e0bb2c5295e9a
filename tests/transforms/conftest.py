"""Fixtures of the transform tests in more than one module."""

import os
import tempfile

import pytest

BOOKS = ("pg1153.txt", "pg149.txt", "pg1572.txt")


@pytest.fixture
def books(shared_data) -> dict[str, bytes]:
    """Three real books (../shared/data/en_gutenberg) as bytes, packed into archives by
    test_archives.py and test_archive_sources.py."""
    folder = os.path.join(shared_data, "en_gutenberg")
    return {name: open(os.path.join(folder, name), "rb").read() for name in BOOKS}


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """A temporary folder of a tar reader's own (tempfile.tempdir), which must be empty after the
    read (test_tar_file_declared_end_wtA_s54.py, test_tar_damaged_whole_wtA_s55.py)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []
