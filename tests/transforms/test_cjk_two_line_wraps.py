"""Session 23 (branch wtG): clauses ``two_line_wraps`` and ``parallel_lines``
(``transforms.cjk_block_width``) of rule ``cjk_lines``."""

from tests.transforms.test_cjk_poem_lines import FORTUNES
from transforms.clean import clean_text
from transforms.normalize import normalize_text


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


# fortunes-zh 2.98, chinese: the fortune quoting the Debian Reference's 2.1.6 (package
# dependencies), colour escapes removed, after the fortunes of test_cjk_poem_lines
# (their stanza lines set the document's CJK width past 100 columns, as in the file).
# Each list item is wrapped once at about 60 columns: a block of two lines.
DEPENDENCIES = FORTUNES + (
    "2.1.6.\xa0软件包依赖关系\n"
    "\n"
    "\xa0\xa0\xa0 Debian 系统通过其控制文件字段中的版本化二进制依赖声明机制来提供一\n"
    "    致的二进制软件包集合。下面有一些它们的简单定义。\n"
    "\n"
    "      * “依赖”\n"
    "\n"
    "          + 绝对的依赖，所有在这里列出的软件包都必须同时或提前安装。\n"
    "\n"
    '      * "推荐"\n'
    "\n"
    "          + 这里表示一个强，但不是绝对的依赖关系。大多数用户不会想要\n"
    "            这个包，除非在这里列出的所有包都已经安装。\n"
    "\n"
    '      * "建议"\n'
    "\n"
    "          + 较弱的依赖。这个软件包的大多数用户可能会从安装所列的软件\n"
    "            包中受益，但没有它们也可以有适当的功能。\n"
    "%\n"
)


def test_two_line_wraps_a_list_item_wrapped_once_joins():
    # Clause two_line_wraps: block_width asked 3 lines of a block, so an item wrapped
    # once kept its cut word ("软件" / "包中受益").
    text = _clean(DEPENDENCIES)
    assert "大多数用户不会想要这个包，除非在这里列出的所有包都已经安装。" in text
    assert "可能会从安装所列的软件包中受益，但没有它们也可以有适当的功能。" in text


# Made up (no real text at hand with two such lines in this layout): a couplet of
# 李白's 静夜思 set two clauses a line, and a shopping list, each in a fortune of
# the same file. Their lines are as wide as the items above.
PARALLEL = FORTUNES + (
    "床前明月光，疑是地上霜\n举头望明月，低头思故乡\n%\n苹果，香蕉，橘子\n牛奶，面包，鸡蛋\n%\n"
)


def test_parallel_lines_keep_their_break():
    # Clause parallel_lines: lines of the same short clauses are set line by line;
    # rule cjk_lines joined them when alone, as a wrap of one sentence.
    for text in (PARALLEL, "床前明月光，疑是地上霜\n举头望明月，低头思故乡\n"):
        lines = _clean(text).splitlines()
        assert "床前明月光，疑是地上霜" in lines and "举头望明月，低头思故乡" in lines
    lines = _clean("苹果，香蕉，橘子\n牛奶，面包，鸡蛋\n").splitlines()
    assert lines == ["苹果，香蕉，橘子", "牛奶，面包，鸡蛋"]


# fortunes-zh 2.98, chinese: 詩經·召南·殷其靁 as the file sets it, a stanza a line
# (alone: its lines are the text's full width, as a wrapped paragraph's would be).
STANZAS = (
    "《詩經‧ 國風‧ 召南‧ 殷其靁》\n"
    "\n"
    "    殷其靁，在南山之陽，何斯違斯，莫敢或遑，振振君子，歸哉歸哉。\n"
    "    殷其靁，在南山之側，何斯違斯，莫敢遑息，振振君子，歸哉歸哉。\n"
    "    殷其靁，在南山之下，何斯違斯，莫或遑處，振振君子，歸哉歸哉。\n"
    "%\n"
)


def test_parallel_lines_stanzas_of_one_form_keep_their_lines():
    # Clause parallel_lines in a block of three: the stanzas were joined into one line
    # (each ends a sentence, so no sentence changes; the lines are the poem's).
    lines = _clean(STANZAS).splitlines()
    assert "殷其靁，在南山之側，何斯違斯，莫敢遑息，振振君子，歸哉歸哉。" in lines
    # Prose wrapped at 13 characters cuts two lines alike by chance (test_latin_in_cjk's
    # WALEY: "去过中国，却译出了许多中国" / "古典诗文，他的朋友说他读书"): in a block of
    # more lines, a third line alike is asked, and those two join.
