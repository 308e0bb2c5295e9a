"""Clause zh_field_line_pairs (``transforms.zh_field_lines``, session 43): two consecutive
lines that each open with a short label and a colon are two fields of a record, never one
paragraph, though the lower label stands once.

Data: 诡秘之主's notes (xiexie1993+fiction_Secret_Master), as the files hold them:
笔记/诡秘之主_人物档案.md lines 34-49 (梅丽莎's record: "爱好: …立志要做一名蒸汽机械师。" over
"经历：", and, in this excerpt where every label stands once, "职业：" / "身份：" / "能力：") and
笔记/诡秘之主_非凡物品.md lines 20-26 (厄运布偶's card: the long "描述：…" and "附录：…" fields).
Base43 ran them together (guard field_label_recurs: the label stands once; in the excerpt no
label recurs, so the share guard counted none). Guards: 水浒传 (../shared/data/zh_classics, lines
14810-14818, hard-wrapped) inside a hard-wrapped book (阿庇安, ``tests/data``): a wrap landing
before "入城：" under a line that opens "打个暗号：" joins, as does "…告诉吴用道：" over its speech
(field_lines_share: the book's label lines are under 5% of its lines)."""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"

MELISSA = (
    '### 梅丽莎\n'
    '姓名：     梅丽莎\n'
    '外貌：     \n'
    '性别：     女\n'
    '其他称号： \n'
    '所属组织： \n'
    '神之序列： \n'
    '职业：     廷根技术学校蒸汽与机械系学生、黑荆棘安保公司文职员\n'
    '身份：     北大陆鲁恩王国阿霍瓦郡廷根市人、克莱恩、班森的妹妹\n'
    '能力：     \n'
    '象征符号：\n'
    '特点/性格: \n'
    '爱好:      从小喜欢齿轮、发条、轴承等事物，立志要做一名蒸汽机械师。\n'
    '经历：\n'
    '\n'
    '---\n'
)  # fmt: skip
DOLL = (
    '代号：3—0625\n'
    '名称：厄运布偶。\n'
    '危险等级：‘3’，有一定危险，需小心使用，只有三人以上的行动才能申请。\n'
    '保密等级：值夜者正式成员及以上。\n'
    '封印方式：只需要与人类隔离。\n'
    '描述：这个布偶穿着1300年前后流行的宫廷长裙，它大概成年的、普通的男士小臂高，穿着黑色的、典雅的、微缩的宫廷长裙，裙摆存在难以洗去的污秽痕迹，无法确认是否最初就存在，它有着一张不算精致的脸庞，眼眸深黑，嘴巴紧抿。在几起因家庭财政危机发生的惨案里，警察们注意到了这个布偶的存在，它总是被放于小孩的卧室内，放于床头旁边的柜子上。初步确认，它会带来厄运，让身边的人逐渐倒霉，陷入危机，最终一一死去，受试者只用了两周，就濒临破产的边缘。这个布偶不具备活着的特性，没有试图逃脱封印的趋向。经过长期的试验，我们发现只要每天进入它十米范围内累计不超过半个小时，就不会沾染厄运；如果已经厄运缠身，只要将它转移给另外的主人，状况就会好转。\n'
    '附录：这个布偶最早出现的场合是西区铁十字街下街的苔丝老太太家，她是一位制作玩具的手工艺人，因为年纪老迈，丈夫重病，两个孩子又早早逝去，不得不搬到铁十字街下街。\n'
)  # fmt: skip
SHUIHU = (
    '肆里歇下。当晚李逵去厨下做饭，一拳打得店小二吐血。小二哥来房里告诉吴用道：\n'
    '"你家哑道童忒狠；小人烧火迟了些，就打得小二吐血！"吴用慌忙与他陪话，把\n'
    '十数贯钱与他将息，自埋怨李逵，不在话下。过了一夜，次日天明起来，安排些饭\n'
    '食吃了，吴用唤李逵入房中分付道："你这厮苦死要来，一路呕死我也！今日入城，\n'
    '不是耍处，你休送了我性命！"李逵道："我难道不省得？"吴用道："我再和你\n'
    '打个暗号：若是我把头来一摇时，你便不可动弹。"李逵应承了。两个就店里打扮\n'
    '入城：吴用戴一顶乌纱抹眉头巾，穿一领皂沿边白绢道服，系一条杂彩公绦，著一\n'
    '双方头青布履，手里拿一副渗金熟铜铃杵；李逵戗几根蓬松黄发，绾两枚浑骨丫髻，\n'
    '穿一领布短褐袍，勒一条杂色短须绦，穿一只蹬山透士靴，担一条过头木拐榛，挑\n'
)  # fmt: skip


def _lines(text: str) -> list[str]:
    return [line for line in clean_text(normalize_text(text)).text.split("\n") if line]


def test_field_line_pairs_record():
    lines = _lines(MELISSA)
    assert lines[0] == "### 梅丽莎"
    labels = [line.split("：")[0] for line in lines[1:-1]]
    assert labels == [
        "姓名", "外貌", "性别", "其他称号", "所属组织", "神之序列", "职业", "身份", "能力",
        "象征符号", "特点/性格", "爱好", "经历",
    ]  # fmt: skip
    assert lines[12] == "爱好：从小喜欢齿轮、发条、轴承等事物，立志要做一名蒸汽机械师。"
    assert lines[13] == "经历："


def test_field_line_pairs_long_fields():
    lines = _lines(DOLL)
    assert [line.split("：")[0] for line in lines] == [
        "代号", "名称", "危险等级", "保密等级", "封印方式", "描述", "附录",
    ]  # fmt: skip
    assert lines[5].endswith("只要将它转移给另外的主人，状况就会好转。")
    assert lines[6].startswith("附录：这个布偶最早出现的场合")


def test_field_line_pairs_guard_wrapped_book():
    book = (DATA / "zh_appian_wrapped_paragraphs.txt").read_text(encoding="utf-8")
    cut = book.index("\n", len(book) // 2) + 1
    out = clean_text(normalize_text(book[:cut] + SHUIHU + book[cut:])).text
    # a wrap before "入城：" under a line opening "打个暗号：": one paragraph
    assert "两个就店里打扮入城：吴用戴一顶乌纱抹眉头巾" in out
    # a line ending in a speech's colon joins its speech
    assert '小二哥来房里告诉吴用道："你家哑道童忒狠' in out


def test_field_line_pairs_guard_prose_over_label():
    # 水浒传's paragraph without its "打个暗号：" line: "入城：" (a label line, 1 of 8 lines)
    # stands under a line of prose, no field: the wrap joins (the clause asks both lines)
    lines = SHUIHU.split("\n")
    text = "\n".join(line for line in lines if not line.startswith("打个暗号"))
    out = clean_text(normalize_text(text)).text
    assert '吴用道："我再和你入城：吴用戴一顶乌纱抹眉头巾' in out


def test_field_line_pairs_guard_paragraph_start():
    # The same lines with "打个暗号：" opening its paragraph (after one of 阿庇安's) and the
    # paragraph's first line over "入城：": neither upper line runs on from the line above
    # (guard field_line_run_on does not answer), the share guard and the clause's upper
    # field do: both wraps join.
    lines = SHUIHU.split("\n")
    book = (DATA / "zh_appian_wrapped_paragraphs.txt").read_text(encoding="utf-8")
    cut = book.index("\n57.") + 1
    out = clean_text(normalize_text(book[:cut] + "\n".join(lines[5:]) + book[cut:])).text
    assert "两个就店里打扮入城：吴用戴一顶乌纱抹眉头巾" in out
    short = "\n".join([lines[0], *lines[6:]])
    assert "告诉吴用道：入城：吴用戴一顶乌纱抹眉头巾" in clean_text(normalize_text(short)).text


# 笑府 (oscarsun72+chtxt, z.其他/笑府.txt: "○ 口腳爭" and "○ 皂隸新婚", the lines as the file
# holds them), hard-wrapped at 30 characters as a classical e-text is: the wraps land at a
# sentence's end, over "口答曰：" and "妓曰：", a speech with no quote (review 43).
XIAOFU = (
    '○ 口腳爭\n'
    '\n'
    '腳謂口曰：世上惟你最討便宜。我千辛萬苦奔得來時都被你喫去了。\n'
    '口答曰：不要爭，我莫喫，你也莫走，如何。\n'
    '\n'
    '○ 皂隸新婚\n'
    '\n'
    '皂隸新娶。始合時，妻不能忍，不覺失聲。隸大喝曰：咄，不要嚷。\n'
    '\n'
    '舊話：皂隸既富，盛服往妓館飲酒。舉筯訖。即以筯撐頤如執杖狀。\n'
    '妓曰：這位官人像箇皂隸。隸即吆喝曰：咄。亦同意。\n'
)  # fmt: skip


def test_field_line_pairs_guard_speech_labels():
    # Guard field_pair_speech: a label ending in a verb of saying (曰) opens a speech, no
    # field; the anecdote's wrapped lines join as on base43.
    out = clean_text(normalize_text(XIAOFU)).text
    assert "都被你喫去了。口答曰：不要爭" in out
    assert "即以筯撐頤如執杖狀。妓曰：這位官人像箇皂隸" in out
