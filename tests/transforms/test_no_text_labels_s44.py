"""Clause ``no_text_labels_said`` (transforms/charset_labels.py ``unknown_label``,
session 44; the Left of session 43's wtC): a page or EPUB chapter declaring
"iso-2022-cn", "iso-2022-cn-ext" (the WHATWG standard's "replacement": no decoder) or
"x-user-defined" (bytes as private-use characters) was told "neither Python's codecs
nor the WHATWG Encoding Standard's labels know it", which the standard's own list
contradicts. The line now says the standard reads it as no text. Real text: Maude's
*The Power of Darkness* (Mac Roman)."""

from __future__ import annotations

import pytest

from schemas import Document, Rejected
from tests.transforms.test_codec_hint_s42 import _epub
from tests.transforms.test_declared_codec import page
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_utf8_piece_in_legacy import _read


@pytest.mark.parametrize("kind", ["page", "epub"])
@pytest.mark.parametrize("label", ["iso-2022-cn", "ISO-2022-CN-EXT", "x-user-defined"])
def test_no_text_labels_said(tmp_path, kind, label):
    data = page(POWER_OF_DARKNESS * 2, label).encode("mac_roman")
    raw = data if kind == "page" else _epub(data)
    name = f"power.{'html' if kind == 'page' else 'epub'}"
    got = _read(tmp_path / name, raw, "utf-8")
    assert isinstance(got, Rejected) and "\n" not in got.error
    # (a page's line names the label lowercased, a chapter's as declared: as before)
    assert (
        f"it declares charset {label.lower()}, which names no codec longctx reads (the "
        "whatwg encoding standard lists it as an encoding browsers read as no text and "
        "python's codecs do not know it), so the declaration was not used: pass --encoding"
    ) in got.error.lower()
    fixed = _read(tmp_path / name, raw, "mac_roman")
    assert isinstance(fixed, Document) and "Peter Ign\u00e1titch" in fixed.text


def test_a_label_no_one_knows_is_said_as_before(tmp_path):
    """Guard: session 43's line for a label neither knows."""
    got = _read(
        tmp_path / "p.html",
        page(POWER_OF_DARKNESS * 2, "x-mac-turkish").encode("mac_roman"),
        "utf-8",
    )
    assert isinstance(got, Rejected)
    assert (
        "(neither Python's codecs nor the WHATWG Encoding Standard's labels know it)" in got.error
    )
