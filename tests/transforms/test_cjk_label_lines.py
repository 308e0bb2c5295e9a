"""Clause cjk_label_lines (``transforms.paragraphs``) on fortunes-zh's 唐诗三百首
(Debian package fortunes-zh 2.98, file tang300, colour codes and "%" lines as the
boilerplate and normalization stages leave them)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

TANG = """《感遇・其一》
作者：张九龄
兰叶春葳蕤，桂华秋皎洁。
欣欣此生意，自尔为佳节。
谁知林栖者，闻风坐相悦。
草木有本心，何求美人折？
%
《梦李白・其二》
作者：杜甫
浮云终日行，游子久不至。
三夜频梦君，情亲见君意。
%
《送别》
作者：王维
下马饮君酒，问君何所之。
君言不得意，归卧南山陲。
但去莫复问，白云无尽时。
"""


def test_title_and_author_lines_are_no_part_of_the_first_verse():
    text = clean_text(normalize_text(TANG)).text
    st = analyze_text(text)
    sentences = [text[a:b].strip() for a, b in st.sentences.tolist()]
    assert "《梦李白・其二》" in sentences and "作者：杜甫" in sentences
    assert "浮云终日行，游子久不至。" in sentences
    assert not any("作者" in s and "。" in s for s in sentences)
