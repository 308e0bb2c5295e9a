"""The padding, end-mark and opening-mark guards of clause ``aozora_hard_wrapped``
(``transforms.ja_hard_wrap._pile``), untested since session 36 (wtG Review R1, wtF2 Left 4):
each test fails with its guard dropped. No whole mirror text fires without any one of them
(the Aozora mirror, 17,436 texts: other bars hold, MIN_SHARE mostly), so each case is a real
passage of a text the guard alone keeps from being read as wrapped (found by sliding a
60-line window over the mirror's nearest texts, session 37).

- ``ja_aozora_tono_index.txt``: 柳田国男「遠野物語」 (Aozora 001566 card 52504): title, author
  and its index (題目), each subject padded with "　" to one width before the numbers of its
  tales ("山男　　…　　五、六、七、九、二八、三〇、三一、九二").
- ``ja_aozora_iliad_verse.txt``: 土井晩翠訳「イーリアス」 (001099 card 46996): title and 60
  lines of Book XX, verse lines of about 21 characters, many ending "。" or "？』".
- ``ja_aozora_shiraga_verse.txt``: 夢野久作「白髪小僧」 (000096 card 936): title, author and 60
  lines of its 7-5 verse, every line set in by "　"."""

from pathlib import Path

from tests.transforms.test_aozora_hard_wrapped_s36 import _never_wrapped
from transforms.clean import clean_text
from transforms.ja_hard_wrap import hard_wrapped
from transforms.normalize import normalize_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _text(name: str) -> str:
    return normalize_text((DATA / name).read_text(encoding="utf-8"))


def test_aozora_hard_wrapped_guard_padding_index():
    """Padding guard: an index padded to one width with "、" between the numbers piles at
    its width with every line "going on"; a line padded inside with "　　" is no wrapped
    line, so the index keeps its lines."""
    text = _text("ja_aozora_tono_index.txt")
    assert not hard_wrapped(text)
    assert _never_wrapped(text)
    lines = clean_text(text).text.split("\n")
    assert any(
        t.startswith("山男") and t.endswith("五、六、七、九、二八、三〇、三一、九二") for t in lines
    )


def test_aozora_hard_wrapped_guard_end_mark_verse():
    """End-mark guard: a verse line that ends a sentence ("…痛く迫り來ぬ。』") does not go
    on; counted as going on, 晩翠's lines of about 21 characters pile like a wrap."""
    text = _text("ja_aozora_iliad_verse.txt")
    assert not hard_wrapped(text)
    assert _never_wrapped(text)
    lines = clean_text(text).text.split("\n")
    assert "二軍の間、戰鬪と抗爭痛く迫り來ぬ。』" in lines


def test_aozora_hard_wrapped_guard_opening_mark_verse():
    """Opening-mark guard: a line under which the next opens with "　" ends its paragraph
    (or verse line); 白髪小僧's verse, every line set in, would pile at its 7-5 length."""
    text = _text("ja_aozora_shiraga_verse.txt")
    assert not hard_wrapped(text)
    assert _never_wrapped(text)
    lines = clean_text(text).text.split("\n")
    assert "青い空には雲が湧く。けれども自分は只一人。" in lines
    assert "青い空には雲が湧く。幾個も幾個も連れ立って、" in lines


def test_aozora_hard_wrapped_nested_note_figures():
    """Clause aozora_hard_wrapped_nested_note: モース「日本その日その日」 (Aozora 001764 card 55990,
    ``ja_aozora_morse_figures.txt``: title, author and 150 lines of its figure-dense chapter,
    prose lines cut to their first sentence) sets a picture note with a nested note on a line
    of its own ("［＃「図‐225［＃「225」は縦中横］」のキャプション付きの図（…）入る］"). Cut at the inner
    "］", the notes' rests ("」のキャプション付きの図（…）入る］") piled at one length, escaped the note
    guard and the passage was read as wrapped (its prose run together); cut whole, they are
    empty lines and it keeps its lines."""
    text = _text("ja_aozora_morse_figures.txt")
    assert not hard_wrapped(text)
    assert _never_wrapped(text)
    lines = clean_text(text).text.split("\n")
    assert "今夜、何かの祭礼がある。" in lines
