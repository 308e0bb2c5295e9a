"""Session 30 (wtG): clause ``setext_not_cjk_sentence`` (``transforms.setext_headings``):
a web-novel site's "------------" under a chapter's last paragraph is no Markdown underline."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# 《异界魔头在都市》 (zzk6780051/novel, GBK as shipped): the ends of chapters 1 and 2
MOTOU = (
    "    随后举起酒杯对周哲云和众人道。“来，来，来为云哥坐拥第一美女而喝。”\n\n"
    "    “哈哈。”众人大笑然后酒杯交错，谈笑风生。\n------------\n\n"
    "第2章  离婚\n\n"
    "    夜慢慢的深了，明月照在上玉村旁的一个破落的矮房上。方凡跟母亲就住在这里。\n\n"
    "    半天过去了，罗月琪满头大汗依旧在翻。大妈心里可是乐翻了，一直还没找到好的理由来拒绝呢，这下好了。\n\n"
    "    “找到再来吧。”大妈毫不客气的赶人。\n------------\n\n"
    "第3章  谁是废物？\n\n"
    "    两人重新坐回车中。方凡直接坐在车后闭目养神。\n"
)
# 《修真高手在都市》 (棉花糖小说网 download): a last line with one mark, over the next chapter
XIUZHEN = (
    "    嘭！一声闷响，菩提老祖首先发难，一拳落在萧楚的脸庞上，直接将萧楚击飞了出去。\n\n"
    "    两人打成一团！\n------------\n\n"
    "第四十七章 师傅的礼物\n\n"
    "    萧楚失踪了。\n"
)


def titles(text: str) -> list[str]:
    return [
        s.title for s in analyze_text(clean_text(normalize_text(text)).text).sections if s.title
    ]


def test_setext_not_cjk_sentence_last_paragraphs_are_no_sections():
    assert titles(MOTOU) == ["第2章 离婚", "第3章 谁是废物？"]
    assert titles(XIUZHEN) == ["第四十七章 师傅的礼物"]


def test_setext_not_cjk_sentence_keeps_chinese_markdown_titles():
    doc = "安装指南\n========\n\n先下载。\n\n为什么？\n--------\n\n因为快。\n\n一、简介\n--------\n\n说明。\n"
    assert titles(doc) == ["安装指南", "为什么？", "一、简介"]


# 《龙族5》's collection (zzk6780051/novel): a fan story's last paragraph over the rule, the
# next story's title under it opens with no chapter number
LONGZU = "    也许根本没有理由，只是因为她是唐僧，所以只有唐僧才能带着顽劣的孙悟空出去看世界。\n\n    也许就像路明非只能爱上陈墨瞳那样吧。\n------------\n\n同人文|第二章 线索\n\n    又是一年圣诞节了。\n\n"


def test_setext_not_cjk_sentence_without_a_chapter_under():
    """A line that ends in "。" is no setext title, whatever follows the rule."""
    assert "也许就像路明非只能爱上陈墨瞳那样吧。" not in titles(LONGZU)
