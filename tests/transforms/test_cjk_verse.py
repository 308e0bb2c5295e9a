"""Rule cjk_verse (``transforms.cjk_verse``, applied in ``unwrap``): regular
Chinese verse set a verse, a couplet or a quatrain to a line keeps its line
breaks. Before the rule, verse lines as wide as the text's wrap joined like
wrapped prose: 静夜思's four lines became one, and 红楼梦's eight-line poems, set
four verses to a line, lost the break after their fourth verse."""

import numpy as np
import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# 红楼梦, lines 4855-4865 of the shared file (第二十三回): wrapped prose, then two
# of 宝玉's 四时即事诗, each set four verses to a line.
HONGLOU = (
    "十二日，一齐进去，登时园内花招绣带，柳拂香风，不似前番那等寂寞了。 \n"
    "    闲言少叙，且说宝玉自进园来，心满意足，再无别项可生贪求之心，每 \n"
    "日只和姊妹丫鬟们一处，或读书，或写字，或弹琴下棋，作画吟诗，以至描 \n"
    "鸾刺凤，斗草簪花，低吟悄唱，拆字猜枚，无所不至，倒也十分快意。他曾 \n"
    "有几首四时即事诗，虽不算好，却是真情真景。《春夜即事》云： \n"
    "    霞绡云幄任铺陈，隔巷蛙声听未真。枕上轻寒窗外雨，眼前春色梦中人。 \n"
    "盈盈烛泪因谁泣，点点花愁为我嗔。自是小鬟娇懒惯，拥衾不耐笑言频。 \n"
    "     《夏夜即事》云： \n"
    "    倦绣佳人幽梦长，金笼鹦鹉唤茶汤。窗明麝月开宫镜，室霭檀云品御香。 \n"
    "琥珀杯倾荷露滑，玻璃槛纳柳风凉。水亭处处齐纨动，帘卷朱楼罢晚妆。 \n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_honglou_poems_keep_their_lines_and_the_prose_joins():
    clean = _clean(HONGLOU)
    assert "眼前春色梦中人。\n盈盈烛泪因谁泣" in clean
    assert "室霭檀云品御香。\n琥珀杯倾荷露滑" in clean
    # The wrapped prose around them still joins without a newline.
    assert "每日只和姊妹丫鬟们一处" in clean and "以至描鸾刺凤" in clean
    assert "他曾有几首四时即事诗" in clean


@pytest.mark.parametrize(
    "poem",
    [
        "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。",  # 李白 静夜思
        "白日依山尽，黄河入海流。\n欲穷千里目，更上一层楼。",  # 王之涣 登鹳雀楼
        "千山鸟飞绝，\n万径人踪灭。\n孤舟蓑笠翁，\n独钓寒江雪。",  # 柳宗元 江雪
    ],
)
def test_a_poem_set_at_equal_width_keeps_its_lines(poem):
    assert _clean("诗\n\n" + poem + "\n") == "诗\n\n" + poem + "\n"


def test_prose_with_clauses_of_unequal_length_still_joins():
    """Wrapped prose whose lines end on a mark is no verse: 红楼梦's "宝玉看了仍不
    解，..." line (clauses of 7, 4, 9 and 6 characters) joins the next."""
    prose = (
        "宝玉看了仍不解，待要问时，知他必不肯泄露天机，待要丢下又不舍。\n"
        "遂往后看，只见画着一张弓，弓上挂着一个香橼。也有一首歌词云：\n"
        "二十年来辨是非，榴花开处照宫闱。三春争及初春景，虎兕相逢大梦归。\n"
    )
    clean = _clean(prose)
    assert "又不舍。遂往后看" in clean


# pypinyin 0.55.0's CHANGELOG.rst (PyPI sdist, MIT), versions 0.52.0 to 0.30.0 in
# part, as distributed: list items wrapped with an indent, most full lines ending
# on a mark ("...读取），", "...函数，"). Before clause verse_plain_lines
# (``transforms.cjk_verse``) they were read as verse (rule cjk_verse_lines) and
# kept their wraps, and clause verse_titles kept the wrap of a line without a
# mark as a poem's title ("...返回格式）" / "以及修复...").
PYPINYIN_CHANGELOG = """`0.52.0`_ (2024-08-04)
+++++++++++++++++++++++++

* **[Changed]** 改为运行时从内置的 json 文件中读取单字和词语拼音数据（之前是从内置的 dict 类型的变量中读取），
  缓解 Python 3.12 环境中存在的性能劣化问题 (via `#324`_ Thanks `@serfend`_ ) 详见 `#319`_ `#322`_  。
  主要解决 Python 3.12 环境中存在的如下问题（非 pypinyin 自身 bug 导致。其他 Python 版本环境中无类似问题）：



`0.48.0`_ (2023-01-15)
+++++++++++++++++++++++++

* **[Bugfixed]** 修复 ``pypinyin.contrib.tone_convert`` 中 ``to_`` 开头的转换函数
  没有正确处理输入的拼音包含 ``5`` 的场景（当包含 ``5`` 时会导致返回的格式不符合函数预期的返回格式）
  以及修复没有正确处理部分拼音中的 ``ü`` 或 ``v`` 的问题
  （当 ``v_to_u=False`` 时返回结果需要将 ``ü`` 替换为 ``v``） Fixed `#290`_ :

+++++++++++++++++++++++++

* **[Bugfixed]** 修复韵母相关拼音风格在 ``strict=True`` 时未按预期只返回拼音标准中定义过的韵母。
  (Fixes `#266`_, Closes `#80`_)
* **[New]** ``pypinyin.contrib.tone_convert`` 模块新增 ``to_initials`` 和 ``to_finals`` 函数，
  用于将拼音转换为 ``Style.INITIALS`` 和 ``Style.FINALS`` 风格的结果。


`0.36.0`_ (2019-10-27)
+++++++++++++++++++++++

* **[New]** 增加 ``V2UMixin`` 用于支持无声调相关拼音风格下的结果使用 ``ü`` 代替原来的 ``v`` 。
  详见 `文档 <https://pypinyin.readthedocs.io/zh_CN/master/contrib.html#v2umixin>`__ 。
* **[New]** 增加 ``NeutralToneWith5Mixin`` 用于支持使用数字表示声调的拼音风格下使用 5 标识轻声。
  详见 `文档 <https://pypinyin.readthedocs.io/zh_CN/master/contrib.html#neutraltonewith5mixin>`__ 。


`0.30.0`_ (2018-02-03)
++++++++++++++++++++++++

* **[New]** 支持有拼音的非汉字字符 ``〇`` (via `#119`_)。
* **[Changed]** 修复之前无意中把 ``pinyin`` 函数中的 ``strict`` 参数的默认值修改为了 ``False`` ，
  现在把 ``strict`` 参数的默认值恢复为预期的 ``True`` (via `#121`_)。关于 ``strict`` 参数的影响详见文档： `strict 参数的影响`_

"""


def test_changelog_items_are_no_verse():
    text = clean_text(normalize_text(PYPINYIN_CHANGELOG)).text
    assert "（之前是从内置的 dict 类型的变量中读取），缓解 Python 3.12" in text
    assert "函数预期的返回格式）以及修复没有正确处理" in text  # verse_titles kept it
    assert "``to_finals`` 函数，用于将拼音转换为" in text
    # Items stay apart: each opens its own line.
    assert "\n* **[New]** 增加 ``NeutralToneWith5Mixin``" in text


# 北原白秋「思ひ出」(1911, public domain; Aozora Bunko 2415), from the poem
# 「鍼醫」: verse lines holding a word in Latin letters, as the book sets them.
HAKUSHU = (
    "銀かな具のつめたさ、\nSORI-BATTEN.びらうどのしとやかさ、\nGONSHAN の薄い肌を刺すこころ、\n"
)


def test_review2_a_latin_word_does_not_make_a_line_plain():
    # Clause verse_plain_lines: list markers and inline code make a line a
    # changelog's item; a Latin word alone does not (before: a Latin word did, and
    # 思ひ出, whose preface names "Tonka John" and "Life" on 27 of its 225 full
    # lines, was no longer read as verse: 194 of its line breaks were lost).
    from transforms.cjk_verse import plain_lines

    def lines(text):
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"][:-1]
        ends = [text.index("\n", s) for s in starts]
        return np.array(starts), np.array(ends)

    assert plain_lines(HAKUSHU, *lines(HAKUSHU)).tolist() == [True, True, True]
    items = PYPINYIN_CHANGELOG.splitlines(keepends=True)
    item = next(x for x in items if x.startswith("* **[New]** 增加 ``V2UMixin``"))
    code = next(x for x in items if x.startswith("  详见 `文档"))
    assert plain_lines(item + code, *lines(item + code)).tolist() == [False, False]
