"""CJK line layout (``transforms.cjk_layout``): rules ``cjk_line_edges`` and
``cjk_quote_line`` of the unwrap stage, and ``cjk_lines`` of the paragraph
finder that reads their output."""

import os
import re

import numpy as np

from transforms.cjk_layout import verse_line_ends
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.paragraphs import paragraph_starts
from transforms.unwrap import UnwrapConfig, find_edits, find_wraps, unwrap_text

# 红楼梦, 第一回, as the source lays it out: lines end with a space, paragraphs
# open with four, and a line the source starts with a space before an opening
# quote continues the line above ("用“梦”" / " “幻”等字", "问道：" / " “你携了").
HONGLOU = (
    "    ——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去， \n"
    "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何 \n"
    "人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，一一细 \n"
    "考较去，觉其行止见识皆出我之上。我堂堂须眉诚不若彼裙钗，我实愧则有 \n"
    "馀，悔又无益，大无可如何之日也。当此日，欲将已往所赖天恩祖德，锦衣 \n"
    "纨袴之时，饫甘餍肥之日，背父兄教育之恩，负师友规训之德，以致今日一 \n"
    "技无成、半生潦倒之罪，编述一集，以告天下；知我之负罪固多，然闺阁中 \n"
    "历历有人，万不可因我之不肖，自护己短，一并使其泯灭也。所以蓬牖茅椽， \n"
    "绳床瓦灶，并不足妨我襟怀；况那晨风夕月，阶柳庭花，更觉得润人笔墨。 \n"
    "我虽不学无文，又何妨用假语村言敷演出来？亦可使闺阁昭传。复可破一时 \n"
    "之闷，醒同人之目，不亦宜乎？”故曰“贾雨村”云云。更于篇中间用“梦” \n"
    " “幻”等字，却是此书本旨，兼寓提醒阅者之意。 \n"
    "    看官你道此书从何而起？说来虽近荒唐，细玩颇有趣味。却说那女娲氏 \n"
    "炼石补天之时，于大荒山无稽崖炼成高十二丈、见方二十四丈大的顽石三万 \n"
    "六千五百零一块。那娲皇只用了三万六千五百块，单单剩下一块未用，弃在 \n"
    "青埂峰下。 \n"
    "    一日炎夏永昼，士隐于书房闲坐，手倦抛书，伏几盹睡，不觉朦胧中走 \n"
    "至一处，不辨是何地方。忽见那厢来了一僧一道，且行且谈。只听道人问道： \n"
    " “你携了此物，意欲何往？”那僧笑道：“你放心，如今现有一段风流公案 \n"
    "正该了结，这一干风流冤家尚未投胎入世。趁此机会，就将此物夹带于中， \n"
    "使他去经历经历。” \n"
    "    后人有诗云： \n"
    "    满纸荒唐言，一把辛酸泪。 \n"
    "    都云作者痴，谁解其中味！ \n"
)
# 水浒传, 第一百一十回 region: paragraphs indented with three U+3000.
SHUIHU_WIDE = (
    "连累我等众人！俺如今方始奉诏去破大辽，未曾见尺寸之功，倒做了这等的勾当，\n"
    '如之奈何？"那军校叩首伏死。\n'
    '\u3000\u3000\u3000宋江哭道："我自从上梁山泊以来，大小兄弟，不曾坏了一个。今日一身入\n'
    '官所管，寸步也由我不得。虽是你强气未灭，使不得旧时性格。"这军校道："小\n'
    '人只是伏死。"\n'
)
# Written for the test: a traditional-Chinese essay hard-wrapped at 30
# characters, paragraphs indented with two U+3000, a quotation in 「」 that the
# wrapper started with a space, and a fenced code block.
ESSAY = (
    "\u3000\u3000《論語》是孔子弟子及再傳弟子記錄孔子言行的書，成書於戰國初期。全書\n"
    "二十篇，以語錄體為主，內容涉及政治、教育、倫理和修身。開篇〈學而〉說：\n"
    " 「學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？」這幾句話流傳最廣。\n"
    "\u3000\u3000漢代以後，《論語》成為讀書人必讀的經典。宋代朱熹作《論語集註》，\n"
    "把它列入四書，元明清三代科舉都以此為準。\n"
    "\n"
    "```python\n"
    "for line in open('論語.txt'):\n"
    "    print(line)  # 保留縮排\n"
    "```\n"
)
_LAYOUT_AT_NEWLINE = re.compile(r"[ \t\u3000]\n|\n[ \t\u3000]")


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _paragraphs(text: str) -> list[str]:
    """The paragraphs that layout makes (topic boundaries, which also start
    paragraphs in ``analyze_text``, left out)."""
    starts = paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


def test_the_layout_of_a_chinese_source_leaves_no_space_at_a_line_break():
    """Rule cjk_line_edges: "之意。 \\n 看官" was the training text of every
    paragraph break of 红楼梦; the breaks stay, their spaces go."""
    for text, breaks in ((HONGLOU, 6), (SHUIHU_WIDE, 2)):
        out = _clean(text)
        assert not _LAYOUT_AT_NEWLINE.search(out)
        assert out.count("\n") == breaks  # 3 paragraphs and 3 lines of verse; 2 paragraphs
    out = _clean(HONGLOU)
    assert "兼寓提醒阅者之意。\n看官你道此书从何而起？" in out
    assert "后人有诗云：\n满纸荒唐言，一把辛酸泪。\n都云作者痴，谁解其中味！\n" in out
    assert '如之奈何？"那军校叩首伏死。\n宋江哭道' in _clean(SHUIHU_WIDE)


def test_a_space_before_an_opening_quote_under_a_full_line_continues_it():
    """Rule cjk_quote_line: one space before an opening quote is the source's,
    not a paragraph indent, under a full line that ends mid-phrase or on a colon."""
    out = _clean(HONGLOU)
    assert "更于篇中间用“梦”“幻”等字，却是此书本旨" in out
    assert "只听道人问道：“你携了此物，意欲何往？”" in out
    essay = _clean(ESSAY)
    assert "開篇〈學而〉說：「學而時習之，不亦說乎？" in essay
    # A paragraph of its own under a full line that ends a sentence stays one.
    text = HONGLOU.replace("编述一集，以告天下；知我之负罪固多，然闺阁中", "编述一集，以告天下。")
    text = text.replace(
        "至一处，不辨是何地方。忽见那厢来了一僧一道，且行且谈。只听道人问道：",
        "至一处，不辨是何地方。忽见那厢来了一僧一道，且行且谈，只听道人问罢。",
    )
    assert "只听道人问罢。\n“你携了此物" in _clean(text)


def test_paragraphs_of_chinese_text_without_its_indentation():
    """Rule cjk_lines: the paragraph finder read the (now removed) indentation;
    a CJK line in a block without indented lines reads as indented."""
    out = _clean(HONGLOU)
    paragraphs = [p[:6] for p in _paragraphs(out)]
    assert paragraphs == [
        "——此开卷第",
        "看官你道此书",
        "一日炎夏永昼",
        "后人有诗云：",
        "满纸荒唐言，",
        "都云作者痴，",
    ]
    essay = _clean(ESSAY)
    assert [p[:4] for p in _paragraphs(essay)][:2] == ["《論語》", "漢代以後"]
    # Hard-wrapped without indentation (``--keep-line-breaks``): a wrap after a
    # full stop ("...润人笔墨。" / "我虽不学无文") starts no paragraph.
    raw = normalize_text(HONGLOU).replace("\n ", "\n").replace(" \n", "\n").lstrip()
    assert any(line.startswith("我虽不学无文") for line in raw.split("\n"))
    assert set(p[:6] for p in _paragraphs(raw)) <= set(paragraphs)


def test_code_in_a_chinese_document_and_latin_text_keep_their_layout():
    essay = _clean(ESSAY)
    assert "for line in open('論語.txt'):\n    print(line)  # 保留縮排\n```" in essay
    latin = "    It was a long road.\nIt led to the sea.  \n    The end.\n" * 3
    assert len(find_edits(latin)) == len(find_wraps(latin))
    assert unwrap_text(latin)[0] == unwrap_text(latin)[0].replace("\u3000", "")


def test_keep_line_breaks_keeps_the_layout_too():
    source = normalize_text(HONGLOU)
    assert len(find_edits(source, UnwrapConfig(enabled=False))) == 0
    assert unwrap_text(source, UnwrapConfig(enabled=False))[0] == source


def test_the_map_points_back_to_the_characters_of_the_source():
    source = normalize_text(HONGLOU)
    edits = find_edits(source)
    out, omap = unwrap_text(source)
    back = np.asarray(omap.to_source(np.arange(len(out))))
    assert "".join(source[i] for i in back.tolist()) == out
    assert len(edits) > len(find_wraps(source))  # the layout deletions


def test_the_shared_novels_keep_no_layout_at_their_line_breaks(shared_data):
    for name in ("红楼梦.txt", "水浒传.txt"):
        with open(os.path.join(shared_data, "zh_classics", name), encoding="utf-8") as f:
            out = _clean(f.read())
        assert out.count(" \n ") == 0 and not _LAYOUT_AT_NEWLINE.search(out)


# The Python tutorial in Chinese (docs.python.org/zh-cn/3/tutorial, 3.2) and
# installation notes: code indented without fences, with CJK comments, and a
# nested list.
TUTORIAL = (
    "当然，我们还能用 Python 完成比二加二更复杂的任务。例如，可以编写斐波那契数列的初始子序列，"
    "如下所示：\n"
    "\n"
    "    >>> # 斐波那契数列：\n"
    "    >>> # 前两项之和即下一项的值\n"
    "    >>> a, b = 0, 1\n"
    "    >>> while a < 10:\n"
    "    ...     print(a)\n"
    "    ...     a, b = b, a+b\n"
    "\n"
    "本例引入了几个新功能。\n"
    "\n"
    "安装步骤：\n"
    "\n"
    "- 下载安装包\n"
    "    - Windows 用户下载 exe 文件\n"
    "    - macOS 用户下载 pkg 文件\n"
    "- 运行安装程序\n"
)


def test_unfenced_code_and_nested_lists_in_chinese_text_keep_their_indentation():
    """Clause ``code_indent`` of ``cjk_line_edges``: an indented line opening
    with code (">>> # 斐波那契数列：") or a list marker keeps its indentation, as
    its neighbours without CJK do (normalization leaves one space of a list
    item's indent; the rule took it before ">>> # 斐波那契数列：" and
    "- Windows 用户", flattening the list); the prose keeps no layout."""
    source = normalize_text(TUTORIAL)
    out = unwrap_text(source)[0]
    assert out == source  # nothing of it is layout
    indented = [line for line in source.split("\n") if line.startswith(" ")]
    assert len(indented) == 8 and {line[:3] for line in indented} == {"   ", " - "}
    # The session is an indented code block (rule indented_code of
    # transforms.code_blocks: ">>> " opens its lines), kept as written.
    assert TUTORIAL[TUTORIAL.index("    >>>") : TUTORIAL.index("\n\n本例")] in out
    # The 红楼梦 paragraphs (indented, opening with CJK or a dash) lose theirs.
    assert "\n " not in unwrap_text(normalize_text(HONGLOU))[0]


def test_an_english_block_naming_a_chinese_word_keeps_its_paragraphs():
    """Rule ``cjk_lines`` reads lines as indented only in a block of CJK text (no
    fewer CJK characters than Latin letters): Legge's Analects (I.1-2) with the
    philosopher's name in characters is paragraphed as with it in Latin letters
    (the name's line opened a paragraph of its own)."""
    legge = (
        'The Master said, "Is it not pleasant to learn with a constant perseverance'
        ' and application?"\nThe philosopher Yu (有子) said, "They are few who, being'
        ' filial and fraternal, are fond of offending against their superiors."'
    )
    assert paragraph_starts(legge).tolist() == [0]
    assert paragraph_starts(legge.replace("有子", "Youzi")).tolist() == [0]
    # A CJK block still reads its unindented lines as indented (红楼梦 above).
    assert len(_paragraphs(_clean(HONGLOU))) > 1


# 诗经, 周南 (public domain), as a collection sets it: a stanza a line, the
# poems apart. 汉广's stanzas fill the width as a hard-wrapped page would.
SHIJING = (
    "关雎\n\n"
    "关关雎鸠，在河之洲。窈窕淑女，君子好逑。\n"
    "参差荇菜，左右流之。窈窕淑女，寤寐求之。\n"
    "求之不得，寤寐思服。悠哉悠哉，辗转反侧。\n\n"
    "汉广\n\n"
    "南有乔木，不可休息。汉有游女，不可求思。汉之广矣，不可泳思。江之永矣，不可方思。\n"
    "翘翘错薪，言刈其楚。之子于归，言秣其马。汉之广矣，不可泳思。江之永矣，不可方思。\n"
    "翘翘错薪，言刈其蒌。之子于归。言秣其驹。汉之广矣，不可泳思。江之永矣，不可方思。\n\n"
    "草虫\n\n"
    "喓喓草虫，趯趯阜螽。未见君子，忧心忡忡。亦既见止，亦既觏止，我心则降。\n"
    "陟彼南山，言采其蕨。未见君子，忧心惙惙。亦既见止，亦既觏止，我心则说。\n"
    "陟彼南山，言采其薇。未见君子，我心伤悲。亦既见止，亦既觏止，我心则夷。\n"
)
# 唐诗三百首 as Debian's fortunes-zh 2.98 sets it (public domain): 杜甫's 登高, a
# couplet a line, and his 剑器行 with its prose preface, partly wrapped mid-phrase.
DENGGAO = (
    "风急天高猿啸哀，渚清沙白鸟飞回。\n"
    "无边落木萧萧下，不尽长江滚滚来。\n"
    "万里悲秋常作客，百年多病独登台。\n"
    "艰难苦恨繁霜鬓，潦倒新停浊酒杯。\n"
)
JIANQI = (
    "大历二年十月十九日，夔府别驾元持宅，见临颍李十二娘\n"
    "舞剑器，壮其蔚跂，问其所师，曰：“余公孙大娘弟子也。”\n"
    "开元三载，余尚童稚，记于郾城观公孙氏，舞剑器浑脱，\n"
    "浏漓顿挫，独出冠时，自高头宜春梨园二伎坊内人洎外供奉，\n"
    "晓是舞者，圣文神武皇帝初，公孙一人而已。\n"
    "玉貌锦衣，况余白首，今兹弟子，亦非盛颜。\n"
    "既辨其由来，知波澜莫二，抚事慷慨，聊为《剑器行》。\n"
    "昔者吴人张旭，善草书帖，数常于邺县见公孙大娘\n"
    "舞西河剑器，自此草书长进，豪荡感激，即公孙可知矣。\n"
    "  \n"
    "昔有佳人公孙氏，一舞剑器动四方。\n"
    "观者如山色沮丧，天地为之久低昂。\n"
    "霍如羿射九日落，矫如群帝骖龙翔。\n"
    "来如雷霆收震怒，罢如江海凝清光。\n"
    "绛唇珠袖两寂寞，晚有弟子传芬芳。\n"
    "临颍美人在白帝，妙舞此曲神扬扬。\n"
    "与余问答既有以，感时抚事增惋伤。\n"
    "先帝侍女八千人，公孙剑器初第一。\n"
    "五十年间似反掌，风尘鸿洞昏王室。\n"
    "梨园子弟散如烟，女乐余姿映寒日。\n"
    "金粟堆前木已拱，瞿塘石城草萧瑟。\n"
    "玳筵急管曲复终，乐极哀来月东出。\n"
    "老夫不知其所往，足茧荒山转愁疾。\n"
)


def test_chinese_verse_set_a_stanza_or_a_couplet_a_line_keeps_its_lines():
    """Rule cjk_verse_lines: 汉广's and 草虫's full stanzas were joined into one line
    each ("...不可方思。翘翘错薪..."), 登高's couplets into one line; every full
    line ends a clause, so the text is verse set line by line, and stays so."""
    assert _clean(SHIJING) == SHIJING
    assert "不可方思。\n翘翘错薪，言刈其楚。" in _clean(SHIJING)
    assert _clean(DENGGAO) == DENGGAO
    # Each poem is a paragraph (its lines, as wide as each other, read as one
    # block), its stanzas lines of it.
    poems = _paragraphs(_clean(SHIJING))
    assert [p[:4] for p in poems] == ["关雎", "关关雎鸠", "汉广", "南有乔木", "草虫", "喓喓草虫"]
    assert poems[3].count("\n") == 2
    # A line that stops mid-phrase is still a wrap, even among verse lines; the
    # preface's lines that end a clause keep their lines, as the source sets them.
    out = _clean(JIANQI)
    assert "见临颍李十二娘舞剑器，壮其蔚跂" in out
    assert "余公孙大娘弟子也。”\n开元三载" in out
    assert out.endswith("".join(JIANQI.split("  \n")[1]))


def test_wrapped_chinese_prose_still_joins_the_lines_that_end_a_sentence():
    """Rule cjk_verse_lines needs nearly every full line to end a clause: in
    红楼梦's wrapped page a quarter do, and those wraps still join."""
    out = _clean(HONGLOU)
    assert "更觉得润人笔墨。我虽不学无文" in out
    assert "以告天下；知我之负罪固多" in out
    # Three lines are the least rule cjk_verse_lines reads: two are not enough.
    couplet = DENGGAO.split("\n", 2)[0] + "\n" + DENGGAO.split("\n", 2)[1] + "\n"
    cp = np.frombuffer(couplet.encode("utf-32-le"), dtype=np.uint32)
    ends = np.asarray([i for i, c in enumerate(couplet) if c == "\n"])
    starts = np.asarray([0, ends[0] + 1])
    assert not verse_line_ends(cp, ends - 1, starts).any()
    # The couplet is one regular verse (two clauses of seven): rule cjk_verse,
    # which reads a pair of lines, keeps its break.
    assert _clean(couplet).strip().split("\n") == couplet.strip().split("\n")
