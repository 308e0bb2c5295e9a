"""Clauses ``prefix_named_heading`` and ``prefix_named_again`` of rule
``repeated_chapter_prefix`` (transforms.chapter_prefix, session 51): a proven prefix is read
past before the book's unnumbered headings too, not where the heading's own line follows.
Excerpts of real books (hankinghu/literature-books, the cleaned text), each chapter cut to
its heading line and first paragraphs (each cut after its last full stop within
80 characters)."""

from __future__ import annotations

import pytest

from transforms import chapter_prefix, sections
from transforms.sections import find_sections


@pytest.fixture(autouse=True)
def short_chapters(monkeypatch):
    monkeypatch.setattr(chapter_prefix, "MIN_GAP", 40)  # the excerpts' chapters are short


# 血色浪漫 (血色浪漫.txt, 都梁): "《血色浪漫》引子" before the pages "《血色浪漫》第一章(1)" ...
XUESE = [
    ('《血色浪漫》引子',
     ['在钟跃民的记忆深处，1968年的那个冬天发生的事情显得格外清晰，那年冬天他差点儿卷入一场杀人案中，至今想起来还心有余悸。', '1968年是个闹哄哄的年头，钟跃民记忆中的背景是红色的，当时北京的大街小巷都用红油漆覆盖起来，上面写满了毛主席语录，映入眼帘的是红旗、红色的语录本、红袖章……总']),
    ('《血色浪漫》第一章(1)',
     ['一个混乱而血腥的年代，天桥剧场前，京城玩主大检阅，各路好汉粉墨登场，试问偌大一个京城，究竟谁份儿大？大名鼎鼎的李援朝迎头撞上名震九城的小混蛋，京城的天幕上泛起一', '钟跃民和袁军，郑桐几个小子无所事事地站在街头，正想办法寻点儿开心。']),
    ('《血色浪漫》第二章(1)',
     ['钟跃民、袁军、郑桐的玩主生涯，打架、滑冰、拍婆子、溜门撬锁。', '大院的西北角有两座四层的公寓楼，这里的环境很幽雅，楼的前后都植着草坪和高大的雪松，一条不宽的水泥路从这里通向办公区，这是部里的司局级干部住宅楼，平时来这里的人不']),
    ('《血色浪漫》第三章(1)',
     ['藏龙卧虎的什刹海冰场，国际主义战士、日本玩主杜卫东。特殊年代的时髦小说《基度山恩仇记》。著名的音乐评论家钟跃民先生论《船歌》。', '什刹海冰场是当年最时髦的去处，到了这里你就别太张扬了，因为这里可是藏龙卧虎之地，"份儿"大的主儿有的是，你要是在冰场上看见一个不起眼的家伙向你叫板，可千万不要轻']),
    ('《血色浪漫》第四章(1)',
     ['刀光剑影的天桥剧场，小混蛋和李奎勇突出重围。钟跃民和张海洋的一次突袭行动，两条短棍对付京城第一杀手。', '傍晚时分，天桥剧场的大门前灯火辉煌，人声喧闹，观众们执票通过检票口。检票口外面拥挤着黑鸦鸦的人群，这都是些等退票的人。']),
    ('《血色浪漫》第五章(1)',
     ['广场上的血腥的格斗，身中数刀的小混蛋还在用手中的刀子进行反击，他浑身是血，步履踉跄，渐渐不支……李奎勇的视野中天旋地转，展览馆塔尖的天幕背景变成了一片血红色……', '钟跃民得知张海洋受重伤的消息时，已经是半夜了，他放下电话，连忙赶到医院。张海洋的手术正在进行，手术室外，李援朝、杜卫东、地雷等十几个人在焦急地等候。']),
    ('《血色浪漫》第六章(1)',
     ['分别前的浪漫，寂静的山谷，北风在呼啸。', '_分节阅读_25']),
]  # fmt: skip

# 经济学原理 (经济学原理.txt, 马歇尔): every chapter's page label "经济学原理--第九章　地租" over
# the chapter's own line; the appendix likewise.
PRINCIPLES = [
    ('经济学原理--第九章\u3000地租',
     ['第九章\u3000地租', '第一节\u3000地租是一大类中的一种。此刻我们假定土地由其所有者耕种。重申以前的讨论。']),
    ('经济学原理--第十章\u3000土地租佃',
     ['第十章\u3000土地租佃', '第一节\u3000早期租佃形式一般是建立在合伙的基础上，合伙的条件是由习惯而不是由契约所决定；所谓地主一般是隐名合伙人。']),
    ('经济学原理--第十一章\u3000分配总论',
     ['第十一章\u3000分配总论', '第一节\u3000前八章摘要，其中寻求一条连续线横于第五篇第十四章中的那条连续线，并在决定各种不同生产要素和生']),
    ('经济学原理--第十二章\u3000进步对价值的一般影响',
     ['第十二章\u3000进步对价值的一般影响', '第一节\u3000新开发国家中资本和劳动投放场所的有利程度部分地取决于和旧世界市场的联系，在这些市场上它可以出售自己的产品，并以其未来的收入提取它目前所需要的各种供应品。']),
    ('经济学原理--第十三章\u3000进步和生活程度的关系',
     ['第十三章\u3000进步和生活程度的关系', '第一节\u3000活动程度和欲望程度；生活程度和安逸程度。一世纪以前英国安逸程度的提高可以通过节制人口增殖的办法大大提高工资。']),
    ('经济学原理--附录一\u3000自由工业和企业的发展',
     ['附录一\u3000自由工业和企业的发展', '第一节\u3000在首先发生于温带的文明的早期阶段，自然因素的作用极其强烈。', '第一篇第一章的最后一节指出了附录一与附录二的目的；我们可以把它当作这两个附录的导论。']),
]  # fmt: skip


def _book(title, chapters):
    return (
        title
        + "\n\n"
        + "".join(
            f"{h}\n\n" + "".join(f"\u3000\u3000{p}\n\n" for p in paras) for h, paras in chapters
        )
    )


def _titles(text):
    return [(s.title, s.start) for s in find_sections(text)[0] if s.title]


def _without_clause(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(chapter_prefix, "_named_past", lambda *a: {})
        return _titles(text)


def test_prologue_after_the_prefix_is_a_section(monkeypatch):
    text = _book("《血色浪漫》", XUESE)
    assert "引子" not in [t for t, _ in _without_clause(monkeypatch, text)]
    got = _titles(text)
    assert [t for t, _ in got] == ["引子"] + [f"第{n}章(1)" for n in "一二三四五六"]
    start = dict(got)["引子"]
    assert text[start:].startswith("《血色浪漫》引子")  # the prefix stays in the text


def test_named_heading_on_its_own_line_next_is_read_once(monkeypatch):
    text = _book("经济学原理", PRINCIPLES)
    got = [t for t, _ in _titles(text)]
    assert got.count("附录一 自由工业和企业的发展") == 1
    lines = text.split("\n")
    read = sections._reader(True)
    past = chapter_prefix.chapter_prefixes(lines, read)
    appendix = lines.index("经济学原理--附录一\u3000自由工业和企业的发展")
    assert appendix not in past  # clause prefix_named_again
    assert any(lines[i].startswith("经济学原理--第九章") for i in past)  # the run is proven
