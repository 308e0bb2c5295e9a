"""Session 30 (wtG): clause ``cjk_title_end_mark`` (``transforms.numbered_titles``, read by
``transforms.headings``): a web novel's chapter title that ends in "？" or "！"."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# 《异界魔头在都市》 (zzk6780051/novel, GBK as shipped): chapters 63-65
MOTOU = (
    "第63章  南明\n\n"
    "    那富二代被打断四肢，被丢回了南明。他老子屁都不敢放一个，还亲自带了重礼来赔礼道歉，"
    "这件事情才算过去了。\n\n"
    "第64章  什么叫狂？（二更）\n\n"
    "    从此周哲云就是江灵市第一人，至今没人超越，也没人在公共场合这样说他。\n\n"
    "第65章  我是你哥哥！\n\n"
    "    方凡笑着看着两老自信道。\n"
)


def titles(text: str) -> list[str]:
    return [
        s.title for s in analyze_text(clean_text(normalize_text(text)).text).sections if s.title
    ]


def test_cjk_title_end_mark_question_and_exclamation_titles():
    assert titles(MOTOU) == ["第63章 南明", "第64章 什么叫狂？（二更）", "第65章 我是你哥哥！"]


def test_cjk_title_end_mark_not_prose_or_unspaced():
    """A sentence after the number ("。" inside), an unspaced line, a second chapter
    number: not titles by this clause."""
    prose = MOTOU.replace("第64章  什么叫狂？（二更）", "第64章  他笑了。什么叫狂？")
    assert "第64章 他笑了。什么叫狂？" not in titles(prose)
    unspaced = MOTOU.replace("第64章  什么叫狂？（二更）", "第64章就这样写完了吗？")
    assert not any(t.startswith("第64章") for t in titles(unspaced))
