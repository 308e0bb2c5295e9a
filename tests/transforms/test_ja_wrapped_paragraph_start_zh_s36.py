"""Guard ``aozora_kana_text`` of clause ``ja_wrapped_paragraph_start`` (session 36 review):
the clause leaves Chinese to the Chinese rules. ``tests/data/zh_soushenji_quoted_terms.txt``:
干寶「搜神記」 (oscarsun72/chtxt, 5 lines): "京都婦女作「愁眉」「啼粧」「墮馬髻」「折腰步」「齲齒笑」。",
full-width indents and 「」 quotes. Wrapped at 30 columns (indent cut), a wrap lands after
"「折腰步」" with "「齲齒笑」" opening the next line: without the kana guard the clause read
that as a paragraph end and kept the wrap."""

from pathlib import Path

import numpy as np

from transforms import unwrap
from transforms.normalize import normalize_text

DATA = Path(__file__).resolve().parents[1] / "data"


def _wrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        line = line.strip()
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def test_ja_wrapped_paragraph_start_guard_chinese(monkeypatch):
    raw = normalize_text((DATA / "zh_soushenji_quoted_terms.txt").read_text(encoding="utf-8"))
    wrapped = _wrap(raw, 30)
    out = unwrap.unwrap_text(wrapped)[0]
    assert "「墮馬髻」「折腰步」「齲齒笑」。" in out
    monkeypatch.setattr(unwrap, "paragraph_starts", lambda *a: np.zeros(len(a[2]), dtype=bool))
    assert unwrap.unwrap_text(wrapped)[0] == out
