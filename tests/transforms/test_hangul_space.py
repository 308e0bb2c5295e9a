"""Rule hangul_space (``transforms.cjk_layout``, applied in ``unwrap``): Korean
separates words with spaces, so a wrap inside a Korean paragraph is a space.
Before the rule a wrap between two Hangul syllables joined with nothing
("서로" / "통하지" -> "서로통하지"), and a line ending with "," or "." under
the width stayed a line. Japanese and Chinese still join without a space."""

import textwrap

import numpy as np
import pytest

from transforms.clean import clean_text
from transforms.hangul_layout import hangul_lines, hangul_verse_lines
from transforms.normalize import normalize_text
from transforms.unwrap import code_points

# The preface of 훈민정음 (1446) in its usual modern Korean rendering, and the
# first two verses of 애국가 as a paragraph (both public domain).
HUNMIN = (
    "나라의 말이 중국과 달라 문자와 서로 통하지 아니하니, 이런 까닭으로 어리석은 백성이 "
    "이르고자 하는 바가 있어도 마침내 제 뜻을 능히 펴지 못하는 사람이 많으니라. 내가 이를 "
    "위하여 가엾게 여겨 새로 스물여덟 글자를 만드니, 사람마다 하여금 쉽게 익혀 날마다 씀에 "
    "편안하게 하고자 할 따름이니라."
)
AEGUKGA = (
    "동해 물과 백두산이 마르고 닳도록 하느님이 보우하사 우리나라 만세. 무궁화 삼천리 화려 강산 "
    "대한 사람 대한으로 길이 보전하세. 남산 위에 저 소나무 철갑을 두른 듯 바람 서리 불변함은 "
    "우리 기상일세."
)
# 夏目漱石「吾輩は猫である」の冒頭 (public domain): kana and kanji, no spaces.
NEKO = (
    "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめ"
    "した所でニャーニャー泣いていた事だけは記憶している。吾輩はここで始めて人間というものを見た。"
)


def _unwrap(wrapped: str) -> str:
    doc = wrapped + "\n\n" + wrapped + "\n"
    return clean_text(normalize_text(doc)).text.split("\n\n")[0]


@pytest.mark.parametrize("width", range(14, 41, 4))
@pytest.mark.parametrize("para", [HUNMIN, AEGUKGA])
def test_word_wrapped_korean_joins_with_its_spaces(para, width):
    wrapped = "\n".join(textwrap.wrap(para, width))
    assert wrapped.count("\n") >= 2
    assert _unwrap(wrapped) == para


def test_japanese_and_chinese_still_join_without_a_space():
    wrapped = "\n".join(NEKO[i : i + 20] for i in range(0, len(NEKO), 20))
    assert _unwrap(wrapped) == NEKO
    honglou = (
        "此开卷第一回也．作者自云：因曾历过一番梦幻之后，故将真事隐去，而借通灵之说，撰此石头记一书也．"
        "故曰甄士隐云云．但书中所记何事何人？自又云：今风尘碌碌，一事无成，忽念及当日所有之女子，"
    )
    wrapped = "\n".join(honglou[i : i + 30] for i in range(0, len(honglou), 30))
    assert _unwrap(wrapped) == honglou


def test_only_lines_with_hangul_are_korean():
    text = "나라의 말이\n吾輩は猫である\n\n한글 ㅎㅏ\n"
    starts = [0, 7, 15, 16]
    blank = [False, False, True, False]
    out = hangul_lines(code_points(text), np.asarray(starts), np.asarray(blank))
    assert out.tolist() == [True, False, False, True]


# 애국가's first two verses and refrain set a verse a line, each line closed by
# a mark (as AEGUKGA above punctuates them).
AEGUKGA_VERSE = (
    "동해 물과 백두산이 마르고 닳도록,\n하느님이 보우하사 우리나라 만세.\n"
    "무궁화 삼천리 화려 강산,\n대한 사람 대한으로 길이 보전하세.\n\n"
    "남산 위에 저 소나무 철갑을 두른 듯,\n바람 서리 불변함은 우리 기상일세.\n"
    "무궁화 삼천리 화려 강산,\n대한 사람 대한으로 길이 보전하세.\n"
)


@pytest.mark.parametrize("width", [14, 16, 18, 20, 22])
def test_korean_verse_after_wrapped_prose_keeps_its_lines(width):
    """Rule hangul_verse: after 훈민정음's preface wrapped narrower than the
    verse, the verse lines fill the column and the next line's first word would
    not have fitted: they joined like the prose. A block whose lines all end a
    clause keeps them; the prose still joins."""
    doc = "\n".join(textwrap.wrap(HUNMIN, width)) + "\n\n" + AEGUKGA_VERSE
    prose, verse = clean_text(normalize_text(doc)).text.split("\n\n", 1)
    assert prose == HUNMIN
    assert verse == AEGUKGA_VERSE


# Written for this test: short sentences of dialogue, wrapped as a paragraph.
DIALOGUE = (
    "“어디 가니?” 어머니가 물었다. “학교에 가요.” 아이가 대답했다. “비가 오는데, 우산은?” "
    "“가방에 있어요.” “그래, 조심해서 다녀와라.” 아이는 고개를 끄덕였다. 문이 닫혔다. "
    "빗소리가 커졌다. 어머니는 창가에 서서, 골목 끝까지 아이를 바라보았다. "
    "아이는 한 번도 돌아보지 않았다."
)


def _verse_lines(text: str) -> np.ndarray:
    cp = code_points(text)
    starts = np.r_[0, np.flatnonzero(cp == 10) + 1]
    ends = np.r_[starts[1:] - 1, len(cp)]
    first = np.asarray(
        [s + len(text[s:e]) - len(text[s:e].lstrip()) for s, e in zip(starts, ends, strict=True)]
    )
    last = np.asarray([s + len(text[s:e].rstrip()) for s, e in zip(starts, ends, strict=True)])
    blank = first >= ends
    lines = (starts, ends, first, np.maximum(last, first), blank)
    return hangul_verse_lines(cp, lines, hangul_lines(cp, starts, blank))


@pytest.mark.parametrize("width", [48, 49])
def test_wrapped_dialogue_ending_each_line_on_a_mark_is_no_verse(width):
    """Clause not_wrapped of rule hangul_verse: wrapped at 48 or 49, the four
    lines of this paragraph all end on a mark ("오는데," ... "않았다."), as
    verse lines do; but each line is full (the next line's first word would
    not have fitted on it), as a verse block's lines are not all."""
    wrapped = "\n".join(textwrap.wrap(DIALOGUE, width)) + "\n"
    assert len(wrapped.splitlines()) == 4
    assert not _verse_lines(wrapped).any()
    assert _verse_lines(AEGUKGA_VERSE).sum() == 8
