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


# 水浒传 (/work/shared/data zh_classics; 第三十四回 and 第八十四回) re-wrapped at 12
# characters, a narrow reader's layout: every line is the text's full width.
SHUIHU_12 = (
    "七八十匹好马，不曾逃得一\n个回去。次后陷马坑里活捉\n了秦明。当下一行小喽罗，\n"
    "捉秦明到山寨里，早是天明\n时候。五位好汉坐在聚义厅\n上。小喽罗缚绑秦明，解在\n"
    "厅前，花荣见了，连忙跳离\n交椅，接下厅来，亲自解了\n绳索，扶上厅来，纳头拜在\n"
    '地下。秦明慌忙答礼，便道\n："我是被擒之人，由你们\n碎而死，何故却来拜我？"\n'
)
ROSTER_12 = (
    "，分作左右二军。宋先锋总\n领左军人马四十八员：军师\n吴用，公孙胜，林\ue334，花荣\n"
    "，秦明，黄信，朱同，雷横\n，刘唐，李逵，鲁智深，武\n松，杨雄，石秀，孙新，孙\n"
    "立，欧鹏，邓飞，吕方，郭\n盛，樊瑞，鲍旭，项充，李\n衮，穆弘，穆春，孔明，孔\n"
    "亮，燕顺，马麟，施恩，薛\n永，宋万，杜迁，朱贵，朱\n富，凌震，汤隆，蔡福，蔡\n"
)


def test_parallel_lines_cut_clause_narrow_prose_joins():
    # Clause parallel_lines_cut_clause: lines cut at the same clause offsets by a
    # narrow wrap ("连忙跳离" / "交椅，接下厅来，亲自解了" / "绳索，...") or alike by the
    # period of two-character names ("孙" / "立，欧鹏，邓飞，吕方，郭" / "盛，...")
    # kept their breaks as parallel lines: "跳离" / "交椅", "郭" / "盛" stayed cut.
    text = _clean(SHUIHU_12)
    assert "\n" not in text.strip()
    assert "连忙跳离交椅，接下厅来，亲自解了绳索，扶上厅来，纳头拜在地下。" in text
    text = _clean(ROSTER_12)
    assert "\n" not in text.strip()
    for name in ("孙立", "郭盛", "李衮", "孔亮", "薛永", "朱富"):
        assert name in text, name
