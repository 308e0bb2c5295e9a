"""Clause ``ja_wrapped_paragraph_start`` (``transforms.ja_hard_wrap.paragraph_starts``, called
by the unwrap stage, session 36): in hard-wrapped Japanese a line ending a sentence (。」』！？)
over a line opening with the paragraph indent "　" or an opening 「『 ends its paragraph,
even when it reaches the column.

``tests/data/ja_aozora_paragraph_ends.txt``: four paragraphs of 芥川龍之介「羅生門」 (Aozora
000879 card 127: "…少し声を柔らげてこう云った。" / "「己は検非違使の庁の…", "…意識の外に追い
出されていた。" / "「きっと、そうか。」") and three of 太宰治「走れメロス」 (000035 card 1567:
"…ものも言いたくなくなった。" / "　竹馬の友、…"), raw with their readings, a paragraph a line.
Appended to the 羅生門 fixture and wrapped at 20-40 columns (the readings not counted), as
a user's re-wrapped copy. Before: those breaks were joined ("…こう云った。「己は…")."""

from pathlib import Path

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import RAW, _paragraphs, _wrap
from transforms.ja_hard_wrap import _READINGS, hard_wrapped
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

DATA = Path(__file__).resolve().parents[1] / "data"
ENDS = normalize_text((DATA / "ja_aozora_paragraph_ends.txt").read_text(encoding="utf-8"))
DOC = RAW.rstrip("\n") + "\n" + ENDS


@pytest.mark.parametrize("width", [20, 30, 40])
def test_ja_wrapped_paragraph_start_every_break_kept(width):
    """ja_wrapped_paragraph_start: wrapped at 20, 30 and 40 columns, every paragraph of the
    original comes back whole and on its own line (before: 2-3 ran into the next)."""
    wrapped = _wrap(DOC, width)
    assert hard_wrapped(wrapped)
    assert _paragraphs(wrapped) == _paragraphs(DOC)


def test_ja_wrapped_paragraph_start_lines():
    """ja_wrapped_paragraph_start: the three breaks that were lost at 30 columns."""
    lines = _paragraphs(_wrap(DOC, 30))
    said = next(t for t in lines if t.endswith("少し声を柔らげてこう云った。"))
    assert lines[lines.index(said) + 1].startswith("「己は検非違使の庁の役人などではない。")
    out = next(t for t in lines if t.endswith("意識の外に追い出されていた。"))
    assert lines[lines.index(out) + 1] == "「きっと、そうか。」"
    assert "メロスは口惜しく、地団駄踏んだ。ものも言いたくなくなった。" in lines


def test_ja_wrapped_paragraph_start_guard_every_line_indented():
    """Guard MAX_OPEN_WRAPS: a copy (readings cut, no notation) wrapped at 30 columns that
    sets every line in by "　" opens its wraps with "　" too: no evidence, so a sentence
    ending at the column still joins the line under it (without the guard: 24 lines,
    "…老婆は黙っている。" / "　…" kept apart)."""
    plain = _READINGS.sub("", DOC)
    wrapped = "\n".join("\u3000" + t if t else t for t in _wrap(plain, 30).split("\n"))
    out = unwrap_text(wrapped)[0].split("\n")
    assert len(out) == 19
    assert not any(t.endswith(("老婆は黙っている。", "結局「すれば」")) for t in out)
