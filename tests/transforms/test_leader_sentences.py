"""Clause ``cjk_leader_entry`` (``transforms.leader_sentences``, rule ``contents_entry``
of ``transforms.key_sentences``): a contents entry set with CJK leaders and a page
number is no key sentence.

Real text: 卢梭《社会契约论》, 何兆武译 (汉译世界学术名著丛书), the GB18030 download in
``hankinghu/literature-books``: a line of its contents as the download runs the entries
together (full-width page numbers broken by a leader mark, "５…９"), and the first lines
of its chapter 1.
"""

from __future__ import annotations

import numpy as np

from transforms.key_sentences import eligible_sentences
from transforms.leader_sentences import cjk_leader_entries
from transforms.structure import analyze_text

CONTENTS_LINE = (
    "第七章\u3000论立法者…………………………………………………………５…９"
    "第八章\u3000论人民……………………………………………………………６…６"
    "第九章\u3000论人民（续）……………………………………………………７…０"
    "第十章\u3000论人民（续）……………………………………………………７…３"
    "第十一章\u3000论各种不同的立法体系………………………………………７…７"
    "第十二章\u3000法律的分类……………………………………………………８…１\n"
)
CHAPTER = (
    "第一章\u3000第一卷的题旨\n\n人是生而自由的，但却无往不在枷锁之中。\n\n"
    "自以为是其他一切的主人的人，反而比其他一切更是奴隶。\n\n"
    "卢梭于１７１２年生于日内瓦，为日内瓦的公民。卢梭在《社会契约论》第一版卷首的署名是"
    "“卢梭，日内瓦的公民”，书内也赞扬了日内瓦的政治制度。\n"
)


def _eligible_texts(text: str) -> list[str]:
    st = analyze_text(text)
    spans = np.asarray(st.sentences, dtype=np.int64).reshape(-1, 2)
    ok = eligible_sentences(text, spans, 1.0)
    return [text[a:b] for (a, b), keep in zip(spans.tolist(), ok, strict=True) if keep]


def test_cjk_leader_entry_contents_line_is_no_key_sentence():
    text = "目\u3000录\n\n" + CONTENTS_LINE + "\n" + CHAPTER
    eligible = _eligible_texts(text)
    # No piece of the contents line (leaders, page numbers) may be a key sentence ...
    assert not [s for s in eligible if "………" in s]
    # ... while the chapter's sentences stay eligible.
    assert any(s.startswith("人是生而自由的") for s in eligible)
    assert any("卢梭于１７１２年生于日内瓦" in s for s in eligible)


def test_cjk_leader_entry_guards_prose_ellipses():
    # Prose "……" (two marks, or a longer trail) before a number, and a long leader
    # with no page number after it, stay sentences that may be picked.
    text = "他等了又等……3天后，信才到。\n\n她望着窗外…………………………一句话也没有说。\n"
    spans = np.asarray([[0, text.index("\n") + 1], [text.index("她"), len(text)]], dtype=np.int64)
    assert cjk_leader_entries(text, spans).tolist() == []
    assert cjk_leader_entries(CONTENTS_LINE, np.asarray([[0, len(CONTENTS_LINE)]])).tolist() == [0]


def test_cjk_leader_entry_measure_word_guards_prose_number():
    # "······" (six middle dots) is one ellipsis in much GB-typed prose, "……………"
    # three: a number after it that runs into a counter or unit is prose, no page.
    text = "他等了又等······3天后，信才到。\n\n那一年……………１９４９年，他回来了。\n"
    cut = text.index("\n") + 1
    spans = np.asarray([[0, cut], [text.index("那"), len(text)]], dtype=np.int64)
    assert cjk_leader_entries(text, spans).tolist() == []
    table = "伦敦酿造厂税额………………408，260\n"
    assert cjk_leader_entries(table, np.asarray([[0, len(table)]])).tolist() == [0]
