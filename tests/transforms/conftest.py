"""Fixtures of the transform tests in more than one module."""

import os

import pytest

BOOKS = ("pg1153.txt", "pg149.txt", "pg1572.txt")


@pytest.fixture
def books(shared_data) -> dict[str, bytes]:
    """Three real books (../shared/data/en_gutenberg) as bytes, packed into archives by
    test_archives.py and test_archive_sources.py."""
    folder = os.path.join(shared_data, "en_gutenberg")
    return {name: open(os.path.join(folder, name), "rb").read() for name in BOOKS}
