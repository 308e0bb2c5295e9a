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


# 《仙逆》 (爪机书屋 download, zzk6780051/novel): each chapter's line opens with its volume, the
# site's address after it (cut by repeated_bracketed_link); chapters 2040-2046
XIANNI = (
    "第十三卷 灯火阑珊 第2040章 不宣于口！(www.zhuaji.org)\n\n"
    "    在那整个仙罡大陆于此刻黑白交替之中，仙族大地上，祖城帝山！中，久帝大天尊从闭关中睁开双眼，其身一晃，漂在了天空，望着远处，其神色有了变化。\n\n"
    "第十三卷 灯火阑珊 第2041章 明天(www.zhuaji.org)\n\n"
    "    道古皇城内的风波之事，玄罗弟子王林的闯宫，以死报恩，在那万众瞩目下，击杀道古皇尊，更是就连那烨微圣皇祖，也没有办法阻止这王林的离去。\n\n"
    "第十三卷 灯火阑珊 第2042章 魂完整(www.zhuaji.org)\n\n"
    "    黑石城，依旧是那个样子，与她离开前没有什么区别，她一路走进此城，没有遇到任何守卫，似这里的城主接到了命令。\n\n"
    "第十三卷 灯火阑珊 第2043章 岁月(www.zhuaji.org)\n\n"
    "    望着那棺木内的李慕婉，看着其睫毛的轻颤与那晶莹的泪水，王井神情带着温柔，为李慕婉擦去了眼泪，那泪珠挂在他的手指上，还没有滑落，晶莹剔透，如同水晶。\n\n"
    "第十三卷 灯火阑珊 第2044章 天地异象！(www.zhuaji.org)\n\n"
    "    在其消失，天幕漆黑下来的一瞬，王林抓住那默灭本源卿雾气，一挥之下，这雾气冲向那漆黑的天幕，融入其内，消失不见了。\n\n"
    "第十三卷 灯火阑珊 第2045章 真身融合(www.zhuaji.org)\n\n"
    "    天空出现了雾气，那宋与翻滚，如同蘑菇一样，向着四周轰隆隆的扩散开来，随着其弥漫，遮盖了天幕，使得大地渐渐有了黑暗。\n\n"
    "第十三卷 灯火阑珊 第2046章 刑罚戮默！(www.zhuaji.org)\n\n"
    "    那圆形肉球全身虚幻，出现正后四周缭绕黑与，嘶吼中化作一道磅礴的长虹，直奔王林千丈五行真身而去。\n\n"
)


def test_cjk_title_end_mark_volume_line():
    """Clause cjk_title_end_mark_volume_line: the chapters whose title ends in "！" are
    sections as their siblings are."""
    # Clause volume_prefix_chapter (session 34): the volume is a heading over its chapters.
    assert titles(XIANNI) == ["第十三卷 灯火阑珊"] + [
        f"第{n}章 {t}"
        for n, t in zip(
            range(2040, 2047),
            ["不宣于口！", "明天", "魂完整", "岁月", "天地异象！", "真身融合", "刑罚戮默！"],
            strict=True,
        )
    ]
