"""Rule latin_in_cjk (``transforms.cjk_layout``, applied in ``unwrap``): in
wrapped Chinese text with English words, a word the wrapper cut at the width
joins without a space ("Arthur Wal" / "ey" -> "Arthur Waley"; before the rule
"Arthur Wal ey"), a break at a space joins with one, and a short line that ends
a paragraph stays."""

import os
import textwrap

import numpy as np
import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Two paragraphs written for this test: Chinese with English names and words.
WALEY = (
    "一九四二年，英国汉学家Arthur Waley把《西游记》节译成英文，书名叫作Monkey，"
    "在伦敦出版以后很受欢迎。后来有人把这部译本放到Project Gutenberg上，"
    "读者可以免费下载。Waley没有去过中国，却译出了许多中国古典诗文，"
    "他的朋友说他读书极快，常常在British Museum的阅览室里一坐就是一整天。"
)
LUXUN = (
    "鲁迅在日本仙台学医的时候，老师藤野严九郎用German讲解解剖学，"
    "还替他改正笔记。后来鲁迅弃医从文，写了《阿Q正传》，这篇小说很快被译成English、"
    "French和Russian，Romain Rolland读了法译本，说阿Q的可怜的样子至今还留在他的记忆里。"
)


def _cut(text: str, width: int) -> str:
    """A wrapper that counts characters: every line holds ``width`` of them."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _first_paragraph(wrapped: str) -> str:
    doc = wrapped + "\n\n" + wrapped + "\n"
    return clean_text(normalize_text(doc)).text.split("\n\n")[0]


@pytest.mark.parametrize("width", [20, 25, 30, 35])
@pytest.mark.parametrize("para", [WALEY, LUXUN])
def test_words_cut_by_a_character_count_wrapper_join_whole(para, width):
    wrapped = _cut(para, width)
    lines = wrapped.split("\n")
    # Some break has a Latin letter on one side (a cut word, or its edge).
    assert any(
        (a[-1].isascii() and a[-1].isalpha()) or (b[0].isascii() and b[0].isalpha())
        for a, b in zip(lines, lines[1:], strict=False)
    )
    assert _first_paragraph(wrapped) == para


@pytest.mark.parametrize("width", [25, 30])
def test_a_wrapper_that_breaks_at_spaces_keeps_the_space(width):
    """Python's textwrap drops the space it breaks at, and leaves the line short."""
    wrapped = "\n".join(textwrap.wrap(WALEY, width))
    assert "British\nMuseum" in wrapped
    assert _first_paragraph(wrapped) == WALEY


@pytest.mark.parametrize("width", [13, 17, 19, 38])
def test_a_word_ended_at_the_width_before_a_capital_keeps_the_space(width):
    """Clause case_hump: textwrap ended a line with a word exactly at the width
    ("Arthur" / "Waley" at 17, "Project" / "Gutenberg" at 19 and 38, "British" /
    "Museum" at 13); the full line read as a cut word ("ArthurWaley"). A
    lower-case letter before the break and a capital after it are two words."""
    wrapped = "\n".join(textwrap.wrap(WALEY, width))
    lines = wrapped.split("\n")
    assert any(
        len(a) == width and a[-1].islower() and b[0].isupper()
        for a, b in zip(lines, lines[1:], strict=False)
    )
    assert _first_paragraph(wrapped) == WALEY


# Written for this test: Chinese text naming software in camel case.
CAMEL = (
    "很多前端工程师先学JavaScript，再学TypeScript，代码都放在GitHub上。"
    "他们用iPhone测试网页，用PowerPoint做报告，还在YouTube上看教程。"
    "公司楼下有一家McDonald餐厅，午饭时间总是排着长队，大家一边等一边讨论WebAssembly的前景。"
)


@pytest.mark.parametrize("width", [13, 14, 16, 20, 22, 25, 33, 40])
def test_camel_case_cut_at_its_hump_still_joins_tight(width):
    """Clause case_hump asks the document: this one writes "aB" ("JavaScript")
    and never "a B", so a cut at a hump ("Java" / "Script") is a cut."""
    wrapped = _cut(CAMEL, width)
    lines = wrapped.split("\n")
    assert any(a[-1].islower() and b[0].isupper() for a, b in zip(lines, lines[1:], strict=False))
    assert _first_paragraph(wrapped) == CAMEL


def test_the_space_a_cutter_kept_at_a_line_start_is_no_indent():
    wrapped = _cut(WALEY, 17)
    assert "\n Waley把" in wrapped
    assert _first_paragraph(wrapped) == WALEY


# 水浒传 (lines 5688-5692 of the shared file): a short line ending with a
# garbled "C" (GB18030 conversion) closes a paragraph.
SHUIHU_PARAGRAPH = (
    '保正哥哥今做头领，学究军师号令非昔日，小弟怎敢将回去？到山寨中必然受责。"\n'
    '    宋江道："既是号令严明，我便写一封回书，与你将去便了。"\n'
    "    刘唐苦苦相央y涨缜洧??C\n"
    "    宋江那里肯接，随即取一幅纸来，借酒家笔砚，备细写了一封回书与刘唐收在\n"
    "包内。\n"
)


def test_a_short_line_ending_with_a_latin_letter_ends_its_paragraph():
    clean = clean_text(normalize_text(SHUIHU_PARAGRAPH)).text
    assert "洧??C\n宋江那里肯接" in clean


def test_shuihu_wraps_next_to_garbled_latin_letters(shared_data):
    """The novel's two full lines that end before a garbled Latin letter ("你这*磡"
    / "A这*甧j虫", line 11591) were left unjoined; the paragraph end stays."""
    with open(os.path.join(shared_data, "zh_classics", "水浒传.txt"), encoding="utf-8") as f:
        clean = clean_text(normalize_text(f.read())).text
    assert "你这*磡A这*甧j虫口里倒涎" in clean
    assert "洧??C\n宋江那里肯接" in clean


def test_an_english_block_is_left_to_the_latin_rules():
    """A block with more Latin letters than CJK characters is not CJK text."""
    english = (
        "The translator Arthur Waley (韦利) never went to China, yet his versions of\n"
        "the classical poems were read more widely than any before them in English.\n"
    )
    assert clean_text(normalize_text(english)).text == english.replace("of\nthe", "of the")


# Written for this test: two spaced English names carry the document's vote
# for "a B", and one product name opens in lower case against Chinese text.
STORE = (
    "我上周在Apple Store见到一位店员，他说Steve Jobs当年亲自设计了第一代的iPhone，"
    "后来这部手机改变了整个行业的面貌，大家都这么认为。"
)


def test_a_lower_case_piece_set_against_chinese_is_no_word():
    """Clause case_hump: cut at 23, a line ends "第一代的i" and the next opens
    "Phone"; the document writes "a B" twice ("Apple Store", "Steve Jobs") and
    "aB" once, so the hump read as two words ("i Phone"). A Latin run that
    opens in lower case right after a CJK character is a name's piece."""
    wrapped = _cut(STORE, 23)
    assert "第一代的i\nPhone" in wrapped
    assert _first_paragraph(wrapped) == STORE


# debian-reference.ja.txt (Debian debian-reference-ja 2.100), lines 1411-1416 and
# 12673-12677 as shipped: the second paragraph cuts "umount" at its line's end;
# the first writes it whole.
REFERENCE_UMOUNT = (
    "    このようなファイルやディレクトリーはいくつかのデバイスに展開する\n"
    "    ことができます。あるデバイス上にあるファイルシステムを大きなファ\n"
    "    イルツリーにマウントするのに mount(8) が使われます。その逆に、そ\n"
    "    れを切り離すのに umount(8) が使われます。最近の Linux カーネルで\n"
    "\xa0\xa0\xa0 は、mount(8) をオプションとともに用いると、ファイルツリーの一部を\n"
    "    別のところと結びつけたり、共有・非共有・従属・バインド不可として\n"
    "\n"
    '    SSH ターミナルなどからは、"/proc/sysrq-trigger" に書き込むことで\n'
    "\xa0\xa0\xa0 Alt-SysRq 機能が使えます。例えば、リモートのシェルプロンプトから\n"
    '    "echo s > /proc/sysrq-trigger; echo u > /proc/sysrq-trigger" とす\n'
    "    ると、全てのマウントされたファイルシステムを sync (同期) して u\n"
    "    mount (アンマウント) します。\n"
)


def test_word_forms_the_document_spells_the_word_whole():
    # Clause word_forms: "u" / "mount" under a line short of the width read as a
    # break at a space ("u mount") before; the document writes "umount".
    text = clean_text(normalize_text(REFERENCE_UMOUNT)).text
    assert "して umount (アンマウント) します。" in text
    assert "u mount" not in text


def test_word_forms_the_document_spells_the_pair_apart():
    from transforms.cjk_layout import word_forms
    from transforms.unwrap import code_points

    text = "亚瑟·韦利即Arthur Waley，他的译本出版后，Arthur\nWaley名声大噪。学JavaScript的人说Java\nScript。"
    cp = code_points(text)
    ends = np.asarray([text.index("Arthur\n") + 5, text.index("Java\n") + 3])
    starts = ends + 2
    assert word_forms(text, cp, ends, starts).tolist() == [-1, 1]


# debian-reference.ja.txt lines 2345-2351: a wrap before a quoted Latin term,
# then two lines of shell code.
REFERENCE_MCEDIT = (
    "    また、多くのプログラムは使用するエディターを決定するために環境変\n"
    '\xa0\xa0\xa0 数 "$EDITOR" や "$VISUAL" を使用します。最初 vim(1) や nano(1) が\n'
    '    使いにくい場合には "~/.bashrc" に次に示す行を追加してエディターを\n'
    '    "mcedit" に設定するのも一計です。\n'
    "\n"
    "\xa0\xa0\xa0 export EDITOR=mcedit\n"
    "    export VISUAL=mcedit\n"
)


def test_quote_edges_a_quoted_term_after_a_wrap_joins_with_its_space():
    # Clause quote_edges (an ASCII quote at the break is a Latin edge) with rule
    # cjk_mixed_width's display columns in latin_in_cjk: the line is full in
    # columns, and the quoted word would not have fitted. Before: kept as a line.
    text = clean_text(normalize_text(REFERENCE_MCEDIT)).text
    assert text.split("\n\n")[0].endswith('エディターを "mcedit" に設定するのも一計です。')
    assert text.split("\n\n")[1] == "    export EDITOR=mcedit\n    export VISUAL=mcedit\n"


def test_word_forms_joins_no_words_under_a_short_line():
    # Clause word_forms, review: a line of the paragraph ends "log in" well short
    # of the width and the next opens "to"; the document writes "into"
    # elsewhere, which read as "log into" before. A wrapper cuts a word only
    # at the width, so the break stays; "umount", cut at the width of the
    # shipped Debian Reference paragraph, still joins.
    note = "    リモートでは ssh で log in\n    to するか、鍵を into に書きます。\n"
    text = clean_text(normalize_text(REFERENCE_UMOUNT + note)).text
    assert "log into" not in text
    assert "log in\n" in text
    assert "して umount (アンマウント) します。" in text
