"""Clause markdown_line_layout (``transforms.cjk_markdown_lines``, session 42): in a CJK text
written as Markdown an indented block's lines, a list item and a heading keep their breaks.

Data: 诡秘之主's notes (xiexie1993+fiction_Secret_Master, 笔记/诡秘之主_人物档案.md lines 1-35 and
笔记/诡秘之主_仪式.md lines 1-33, as the files hold them): a character record whose 拥有物品 are
an indented block of one item a line, and a ritual whose 步骤 are four 4-space-indented steps.
Base42 ran "…徽章" into "笔记" and the third step into the fourth. Guards: a hard-wrapped
Chinese text (阿庇安's 罗马史, ``tests/data/zh_appian_wrapped_paragraphs.txt``) under Markdown
headings joins as before, so does a hard-wrapped list item's hanging lines, and a text
indenting every line (a margin)."""

from pathlib import Path

import numpy as np

from transforms.cjk_markdown_lines import markdown_kept_pairs, markdown_source
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import apply_wraps, find_edits

DATA = Path(__file__).parent.parent / "data"

RENWU = (
    '## 人物\n'
    '\n'
    '### 克莱恩/周明瑞\n'
    '\n'
    '姓名：     克莱恩.莫雷蒂 / 周明瑞\n'
    '外貌：     中等身材，黑发褐瞳\n'
    '性别：     男\n'
    '其他称号： 愚者\n'
    '所属组织： 值夜者、鲁恩王国阿霍瓦郡警察厅特殊行动部第七小组\n'
    '神之序列： 占卜家\n'
    '职业：     普通私立文法学校毕业生、霍伊大学历史系毕业生\n'
    '身份：     北大陆鲁恩王国阿霍瓦郡廷根市人、班森的弟弟、梅丽莎的哥哥\n'
    '能力：     掌握了号称北大陆诸国文字源头的古弗萨克语，以及古代陵寝里经常出现，与祭祀、祈祷相关的赫密斯文\n'
    '象征符号：\n'
    '拥有物品：装竖版的“秦汉秘传方术纪要”【另一世界】\n'
    '          一块银白色有藤蔓枝叶花纹的怀表（曾为皇家陆军上士的父亲的遗留的最值钱物品）\n'
    '          廉价正装一套\n'
    '          正装（ 丝绸礼帽、领结、裤子、马甲和燕尾正装、皮靴、表链、怀表和皮夹）\n'
    '          一把左轮手枪 、十发猎魔子弹、每天三十发正常子弹、一个牛皮腋下枪袋，一个特殊行动部第七小组的徽章\n'
    '          笔记\n'
    '          水沉木手杖（镶银）\n'
    '          七张的罗塞尔皇帝笔记页内容\n'
    '          “沉眠符咒”与“安魂符咒”。\n'
    '魔法：    灵视、灵摆法、梦境占卜、梦境占卜简化\n'
    '\n'
    '仪式魔法：转运仪式、祈求黑夜女神的“中断式”仪式\n'
    '\n'
    '塔罗聚会\n'
    '\n'
    '-----截至 《诡秘之主》正文 第八十六章\n'
    '\n'
    '---\n'
    '\n'
    '### 梅丽莎\n'
    '姓名：     梅丽莎\n'
)  # fmt: skip

YISHI = (
    '\n'
    '\n'
    '\n'
    '## 神秘仪式\n'
    '\n'
    '\n'
    '###【“方术纪要”开头转运仪式】地球版汉语版 【 出处：正文 第二章 】\n'
    '\n'
    '要求:极其简单，不用任何基础\n'
    '步骤：\n'
    '    只需将所在地区的主食弄四份，放到房间四个角落，这可以在桌上、柜子上等地方，\n'
    '    然后站到房间中央，用四步逆时针走出一个正方形，\n'
    '    第一步诚心默念“福生玄黄仙尊”，第二步默念“福生玄黄天君”，第三步默念“福生玄黄上帝”，第四步默念“福生玄黄天尊”，\n'
    '    走完之后，闭上眼睛，原地等待五分钟，仪式就算成功。\n'
    '\n'
    '效果： 半夜 穿越   \n'
    '\n'
    '\n'
    "### '古弗萨克文和鲁恩文版'转运仪式 【正文 第五章、第六章 】\n"
    '要求:极其简单，不用任何基础\n'
    '步骤：\n'
    '    只需将所在地区的主食弄四份，放到房间四个角落，这可以在桌上、柜子上等地方，\n'
    '    然后站到房间中央，用四步逆时针走出一个正方形，\n'
    '    第一步诚心默念“福生玄黄仙尊”，第二步默念“福生玄黄天君”，第三步默念“福生玄黄上帝”，第四步默念“福生玄黄天尊”，\n'
    '    走完之后，闭上眼睛，原地等待五分钟，仪式就算成功。\n'
    '\n'
    '效果： 进入一比一的时间流速一片无垠灰雾、拉人进入入灰雾世界(塔罗聚合网络交友平台) \n'
    '       塔罗聚会会场：整个建筑壮观、恢弘、巍峨，就像是传说里巨人的王殿，\n'
    '                     穹顶正下方，灰雾簇拥处，一张青铜长桌，左右各有十张高背椅，前后亦安置着同样的座位，\n'
    '                     椅子背面，璀璨闪烁，深红暗敛，勾勒出不与现实对应的奇怪星座。\n'
    '       右手手背多了四个黑点，恰好组成小的正方形。\n'
    '\n'
    '### 请假仪式\n'
)  # fmt: skip

ITEMS = [
    "一块银白色有藤蔓枝叶花纹的怀表（曾为皇家陆军上士的父亲的遗留的最值钱物品）",
    "廉价正装一套",
    "正装（ 丝绸礼帽、领结、裤子、马甲和燕尾正装、皮靴、表链、怀表和皮夹）",
    "一把左轮手枪 、十发猎魔子弹、每天三十发正常子弹、一个牛皮腋下枪袋，一个特殊行动部第七小组的徽章",
    "笔记",
    "水沉木手杖（镶银）",
    "七张的罗塞尔皇帝笔记页内容",
    "“沉眠符咒”与“安魂符咒”。",
]
STEPS = [
    "只需将所在地区的主食弄四份，放到房间四个角落，这可以在桌上、柜子上等地方，",
    "然后站到房间中央，用四步逆时针走出一个正方形，",
    "第一步诚心默念“福生玄黄仙尊”，第二步默念“福生玄黄天君”，第三步默念“福生玄黄上帝”，"
    "第四步默念“福生玄黄天尊”，",
    "走完之后，闭上眼睛，原地等待五分钟，仪式就算成功。",
]


def _lines(text: str) -> list[str]:
    return [
        line.strip() for line in clean_text(normalize_text(text)).text.split("\n") if line.strip()
    ]


def test_markdown_line_layout_indented_items():
    """人物档案: every item of the indented 拥有物品 block is a line of its own, the field
    over it too; the record's other fields are untouched."""
    got = _lines(RENWU)
    start = got.index(ITEMS[0])
    assert got[start : start + len(ITEMS)] == ITEMS
    assert got[start - 1] == "拥有物品：装竖版的“秦汉秘传方术纪要”【另一世界】"
    assert "性别： 男" in got and "魔法： 灵视、灵摆法、梦境占卜、梦境占卜简化" in got


def test_markdown_line_layout_indented_steps():
    """仪式: both rituals' four steps stay four lines under "步骤：", each whole."""
    got = _lines(YISHI)
    at = [k for k, line in enumerate(got) if line == "步骤："]
    assert len(at) == 2
    for k in at:
        assert got[k + 1 : k + 5] == STEPS
    assert got.count(STEPS[3]) == 2


def test_markdown_line_layout_evidence():
    """A Markdown text: the caller's word, a ".md" source or the heading marks cut; the 人物档案
    record as a plain text (its "#" marks gone, no ".md") keeps base42's joins."""
    assert markdown_source("notes/诡秘之主_仪式.md") and markdown_source("a/B.MARKDOWN:12")
    assert not markdown_source("novel/第一章.txt") and not markdown_source("a.md.txt")
    plain = normalize_text(RENWU.replace("## ", "").replace("### ", ""))
    joined = _joined(plain, markdown=False)
    assert "第七小组的徽章笔记" in joined.replace("\n", "")
    assert "第七小组的徽章\n笔记" not in joined
    assert "第七小组的徽章\n笔记" in _joined(plain, markdown=True)


def _wrapped() -> str:
    text = normalize_text((DATA / "zh_appian_wrapped_paragraphs.txt").read_text(encoding="utf-8"))
    return "\n".join(text.split("\n")[:40])


def _joined(text: str, markdown: bool) -> str:
    return apply_wraps(text, find_edits(text, markdown=markdown))[0]


def test_markdown_line_layout_guard_wrapped_prose():
    """Guard markdown_prose_joins: 阿庇安's hard-wrapped paragraphs under Markdown headings
    and a rule join exactly as in plain text."""
    text = "# 罗马史\n\n## 第六卷\n\n---\n\n" + _wrapped()
    plain = _joined(text, markdown=False)
    assert plain.count("\n") < text.count("\n") - 25  # the wraps are joined ...
    assert _joined(text, markdown=True) == plain  # ... and stay joined


def test_markdown_line_layout_guard_item_hang_and_margin():
    """Guards markdown_item_hang and the margin: a list item hard-wrapped with hanging
    lines, and a text indenting every line, join as in plain text."""
    lines = _wrapped().split("\n")
    item = "# 罗马史\n\n---\n\n- " + lines[0] + "\n" + "\n".join("  " + x for x in lines[1:12])
    item = normalize_text(item)
    plain = _joined(item, markdown=False)
    assert plain.count("\n") < item.count("\n") - 5
    assert _joined(item, markdown=True) == plain
    margin = normalize_text("# 罗马史\n\n---\n\n" + "\n".join("    " + x for x in lines))
    plain = _joined(margin, markdown=False)
    assert plain.count("\n") < margin.count("\n") - 25
    assert _joined(margin, markdown=True) == plain


def test_markdown_line_layout_kept_pairs():
    """The pairs kept: under a list item or a heading, after an indented line; not a
    margin-line pair of prose, nor without Markdown."""
    text = "甲甲甲\n- 乙乙\n丙丙丙\n## 丁丁\n戊戊戊\n 己己己\n 庚庚庚\n辛辛辛\n壬壬壬\n"
    n = text.count("\n") + 1
    start = np.r_[0, [k + 1 for k, c in enumerate(text) if c == "\n"]]
    ends = np.r_[[k for k, c in enumerate(text) if c == "\n"], len(text)]
    first = np.array(
        [
            s + (len(text[s:e]) - len(text[s:e].lstrip(" ")))
            for s, e in zip(start, ends, strict=True)
        ]
    )
    blank = first >= ends
    indent = first - start
    lines = (start, ends, first, ends, blank)
    a = np.arange(n - 1)
    b = a + 1
    every = np.arange(n - 1)
    kept = markdown_kept_pairs(text, lines, a, b, every, indent, markdown=True).tolist()
    # 甲/- 乙 (item), 丙/## 丁 (heading), ## 丁/戊 (heading), 己/庚 (indented block);
    # not 庚/辛: the block's last line over an unindented one (a paragraph's first line
    # over its wrapped rest, "　　《論語》…全書" / "二十篇，…", in an indented text)
    assert kept == [0, 2, 3, 5]
    assert markdown_kept_pairs(text, lines, a, b, every, indent, markdown=False).tolist() == []


def test_markdown_line_layout_md_source():
    """The pipeline's unwrap stage reads a ".md" source as Markdown: 仪式's steps keep their
    breaks there; the same text from a ".txt" source (no heading marks noted) joins them."""
    from schemas import Document
    from transforms.unwrap import unwrap_document

    text = normalize_text(YISHI)
    md = unwrap_document(Document(doc_id="a", source="笔记/诡秘之主_仪式.md", text=text))
    txt = unwrap_document(Document(doc_id="b", source="笔记/诡秘之主_仪式.txt", text=text))
    step = STEPS[2] + "\n" + STEPS[3]
    assert step in md.text.replace("\n ", "\n")
    assert step not in txt.text.replace("\n ", "\n")


# jbts6+wuxia-novel's .agents/skills/generate-game-kb/schemas.md (lines 540-548, as the file
# holds them) and its English design notes (docs/superpowers/specs/2026-07-18-generate-game-kb-
# skill-split-design.md, lines 25-31): list items, some opening with a Latin word.
SCHEMAS = (
    "## 验证、安装与归档\n"
    "\n"
    "- workspace 验证重新读取 accepted 章节及 artifact ledger，核对证据、五文件\n"
    "  schema、引用闭环、`assembly-report.json`、`game-kb-review.json` 与当前字节。\n"
    "- accepted 章节在写入后必须出现在 artifact ledger；未登记的 accepted 文件以\n"
    "  `ACCEPTED_ARTIFACT_UNTRACKED` 失败。\n"
    "- `manual_review.json` 缺失等价于没有待处理项；存在且非空时阻断最终验证。\n"
    "- 安装以同一事务发布五个 data YAML、assembly/review/verification 三类报告及\n"
    "  收据；失败时全部回滚。\n"
)
LITE = (
    "### `generate-game-kb-lite`\n"
    "\n"
    "- Use semantic contract version 6 with the Lite run profile and progress units.\n"
    "- Run `prepare`, batched chapter extraction, grounded accept/quarantine,\n"
    "  deterministic basic normalization, optional `basic-curate`, and publish.\n"
    "- Do not run `plan-domains` or four domain accepts.\n"
    "- Publish the five YAML files from grounded candidates even when enrichment is\n"
    "  null or `basic-curate` is skipped.\n"
)


def test_markdown_line_layout_item_any_script():
    """Arm markdown_item_any_script (review): in a ``.md`` source every list item opens its
    own line, also one opening with a Latin word ("…与当前字节。" / "- accepted 章节…", "…progress
    units." / "- Run `prepare`…": Latin pairs, joined before); each item's hanging line still
    joins it (a hanging line opening with "`" stays apart, as in base42: Left)."""
    from schemas import Document
    from transforms.unwrap import unwrap_document

    for text, hang in ((SCHEMAS, "五文件 schema、"), (LITE, "quarantine, deterministic")):
        text = normalize_text(text)
        got = unwrap_document(Document(doc_id="a", source="plans/schemas.md", text=text)).text
        items = [line[:12] for line in got.split("\n") if line.startswith("- ")]
        assert items == [line[:12] for line in text.split("\n") if line.startswith("- ")], got
        assert hang in got
