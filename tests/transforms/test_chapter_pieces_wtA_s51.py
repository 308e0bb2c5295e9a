"""Rule ``chapter_pieces`` (transforms.chapter_pieces, session 51): a chapter a reading site
exported in numbered pieces ("第一章 正面和侧面(1)", "(2)", "(3)") is one chapter; its guard
(the chapter number must repeat). Excerpts of real books from hankinghu/literature-books,
each piece cut to its heading line and its first two paragraphs (80 characters each)."""

from __future__ import annotations

import pytest

from transforms import chapter_prefix
from transforms import sections as sec
from transforms.chapter_pieces import chapter_pieces
from transforms.sections import Heading, find_sections


@pytest.fixture(autouse=True)
def short_chapters(monkeypatch):
    monkeypatch.setattr(chapter_prefix, "MIN_GAP", 40)  # the excerpts' chapters are short


# 斯大林传 (斯大林传.txt): each chapter in three pages, the heading repeated with the page.
STALIN = [
    ('第一部第一章 正面和侧面(1)',
     ['十月革命后不久，斯大林那不高的个子已经投下了引人注目的身影。这身影逐渐地生长，３０年代时长得又高又大，到了晚年已成为巨人。', '１９１７年以前谁能预料到，这位不起眼的地下工作者在１９２２年后会风驰电掣般地登上权力的顶峰？在列宁的战友们排得又紧又密的队伍中，斯大林就像是在拨开众人，很快从后']),
    ('第一部第一章 正面和侧面(2)',
     ['在斯大林最后流放的地方，一位已经到了苏维埃时代还被流放到这个边远地区的老布尔什维克И·Д·彼尔菲尔耶夫告诉我说，斯大林同住在当地的一个女人发生过关系，她生了一个', '斯大林的冷漠、沉着、工于心计和谨言慎行等特点，可能由于从１９０１至１９１７年一直被迫处于地下状态、经常被抓进监狱和送去流放这种职业革命家的艰苦生活而发展得更厉害']),
    ('第一部第一章 正面和侧面(3)',
     ['当然，斯大林能成长为一个马克思主义者，列宁对他有很大影响。大家都知道列宁在１９０３年１２月写给斯大林的第一封信，这封信是发往伊尔库茨克省新乌达村的，当时斯大林正', '“我最初和列宁认识是在１９０３年。固然，这次认识并不是亲自会面，而是经过互相通信……列宁的这封信虽然比较短，但是它对我们党的实际工作作了大胆无畏的批评，并对我们']),
    ('第一部第一章 武装起义(1)',
     ['列宁到来之后，斯大林的作用开始变得更明确了：他经常执行党的领导委托的各项任务。斯大林在幕后活动，很少在革命群众中露面。对于担任保密问题方面的领导，同各委员会建立', '６月３日至２４日召开的全俄工兵代表苏维埃第一次代表大会选举产生的中央执行委员会并非布尔什维克的机构。在中央执行委员会的成员中有孟什维克１２３人（包括１６名候补委']),
    ('第一部第一章 武装起义(2)',
     ['１０月１４日。《新生活报》报道：彼得格勒每天需要粮食４８０００普特。１０月１１日运到谷物１８０００普特，１２日运到１２０００普特，１３日勉强凑足４０００普特。彼', '１０月１６日。在彼得格勒召开了有党的其他组织的代表参加的俄国社会民主工党（布）中央委员会会议。参加这次会议的有列宁、季诺维也夫、加米涅夫、斯大林、托洛茨基、斯维']),
]  # fmt: skip

# 怀疑三部曲 (怀疑三部曲.txt, 王小波): an export numbers every page "第N章" and repeats the
# piece's title with its page: the chapter number advances, so no run (clause
# piece_stem_chapter): the headings stay as read.
DOUBT = [
    ('第4章 寻找无双(1)',
     ['一', '建元年间，王仙客到长安城里找无双。据他自己说，无双是这副模样：矮矮的个子，圆圆的脸，穿着半截袖子的小褂子和半截裤管的半短裤，手脚都被太阳晒得黝黑，眉毛稀稀拉拉的']),
    ('第5章 寻找无双(2)',
     ['后来王仙客就在宣阳坊里住下来，寻访无双的下落。他又向所有的人打听无双，并且说，那位无双不但是他的表妹，而且他们还有婚姻之约。这次他从山东来，带来了金一提，银一驮', '后来人家是这样安慰王仙客的：不要急，慢慢地找。照你说的这个样子，无双小姐年龄很小，你就是把她迎了回去，顶多就是做个童养媳，离圆房还早着哪。但是王仙客说，他刚开始']),
    ('第6章 寻找无双(3)',
     ['罗老板见过的鱼玄机是这样的：不分春夏秋冬，总穿着一身黑。上身是一件紧袖口的蝙蝠衫，拦腰系一条黑皮带。下身是一条瘦腿裤子，足蹬高跟马靴；那身装束，不管谁穿上都难看', '罗老板还说，我开了一辈子的绸缎铺，卖了一辈子的白缎子，从没看到一个女人穿上白缎子像鱼玄机那样合适。这是因为白锻子色如亮银，假如穿到皮肤不白嫩的人身上，就衬出面如']),
    ('第7章 王仙客(1)',
     ['一', '王仙客到长安城去找无双那一年，正好是二十五岁。人在二十五岁时，什么事情都想干，但是往往一事无成。人在二十五岁时，脑子聪明，长得也漂亮，但是有时候会胡思乱想，缺乏']),
    ('第8章 王仙客(2)',
     ['但是鱼玄机的事情，刽子手知道的也不多，因为她只是在临刑头天夜里才到了刽子手的手上，或者说，那一天她雇了他们；更多的时间是呆在牢里。这是因为只要有一点钱，死刑犯都', '大叔，别人也是你灌吗？']),
]  # fmt: skip

# 《血色浪漫》作者：都梁 (都梁): every page line opens with "《血色浪漫》" (rule
# repeated_chapter_prefix reads past it), then "第一章(k)".
XUESE = [
    ('《血色浪漫》第一章(1)',
     ['一个混乱而血腥的年代，天桥剧场前，京城玩主大检阅，各路好汉粉 墨登场，试问偌大一个京城，究竟谁份儿大？大名鼎鼎的李援朝迎头撞上名震九城的小混蛋 ，京城的天幕上泛', '钟跃民和袁军，郑桐几个小子无所事事地站在街头，正想办法寻点儿开心。']),
    ('《血色浪漫》第一章(2)',
     ['一个青年拣起半块砖向袁军劈面砸来，袁军敏捷地躲闪开，他身后的商店橱窗玻璃"哗啦 "一声被砸得粉碎。', '郑桐和一个高个子青年刚一交手，眼镜就被对方一拳打飞，他觉得眼前的景物变得模糊起 来 ，这使他感到很愤怒，便急于报复，忙乱中他将一棵树当成了对手，狠狠地将半块砖头']),
    ('《血色浪漫》第二章(1)',
     ['钟跃民、袁军、郑桐的玩主生涯，打架、滑冰、拍婆子、溜门撬锁。要不是文化大 革命，哥几个哪有这好日子过？一只古瓷瓶换来一笔"巨款"，这年头儿谁敢成桶地吃冰激 凌？', '大院的西北角有两座四层的公寓楼，这里的环境很幽雅，楼的前后都植着草坪和高大的雪松 ，一条不宽的水泥路从这里通向办公区，这是部里的司局级干部住宅楼，平时来这里的 ']),
    ('《血色浪漫》第二章(2)',
     ['黑暗中袁军轻车熟路地在自己家里四处乱翻。', '郑桐提出警告∶"你当是他妈抄家呢？把翻出来的东西照原样放好，戴上手套，别留下指纹 。"']),
    ('《血色浪漫》第三章(1)',
     ['藏龙卧虎的什刹海冰场，国际主义战士、日本玩主杜卫东。特殊年代 的时髦小说《基度山恩仇记》。著名的音乐评论家钟跃民先生论《船歌》。谁说鲜血和浪漫 无法统一？这就叫', '什刹海冰场是当年最时髦的去处，到了这里你就别太张扬了，因为这里可是藏龙卧虎之地， "份儿"大的主儿有的是，你要是在冰场上看见一个不起眼的家伙向你叫板，可千万不要']),
    ('《血色浪漫》第三章(2)',
     ['袁军也摆出一副历经世事的样子："现在讲的是谁能打架，谁敢玩命，谁手黑，谁就有份儿 。"', '钟跃民接着说："当然了，打架是我们的专业，我们还是挺敬业的，业余时间我们可以听听 音乐，看看书，你看过《基度山恩仇记》吗？那本书写得绝了，不看一辈子后悔。"']),
    ('《血色浪漫》第四章(1)',
     ['刀光剑影的天桥剧场，小混蛋和李奎勇突出重围。钟跃民和张海洋的 一次突袭行动，两条短棍对付京城第一杀手。钟跃民和周晓白的激情之吻，他没想到女人的 嘴唇竟如此柔嫩，', '傍晚时分，天桥剧场的大门前灯火辉煌，人声喧闹，观众们执票通过检票口。检票口外面拥 挤着黑鸦鸦的人群，这都是些等退票的人。他们手里举着钞票，逢人便陪着笑脸问∶" ']),
    ('《血色浪漫》第四章(2)',
     ['剧场里的灯光突然暗了下来，《红色娘子军》的序曲骤然响起，一束灯光打在紫红色的舞台 幕布上，大幕徐徐拉开。第一幕"长青指路"开始了。', '钟跃民坐在周晓白旁边，两人聚精会神地看着演出。']),
    ('《血色浪漫》第五章(1)',
     ['广场上的血腥的格斗，身中数刀的小混蛋还在用手中的刀子进行反击 ，他浑身是血，步履踉跄，渐渐不支……李奎勇的视野中天旋地转，展览馆塔尖的天幕背景 变成了一片血红色', '钟跃民得知张海洋受重伤的消息时，已经是半夜了，他放下电话，连忙赶到医院。张海洋的 手术正在进行，手术室外，李援朝、杜卫东、地雷等十几个人在焦急地等候。大家在咬 ']),
    ('《血色浪漫》第五章(2)',
     ['郑桐一拍大腿，积极检举揭发："你说得太对了，他当时就这模样，把我都吓着了，人家妞 儿能不害怕吗？他还口口声声说，别怕，有我呢，你猜人家妞儿说什么？她说我怕得就是', '众人大笑起来。']),
]  # fmt: skip


def _book(title, pieces, prefix=""):
    return (
        title
        + "\n\n"
        + "".join(
            f"{prefix}{h}\n\n" + "".join(f"\u3000\u3000{p}\n\n" for p in paras)
            for h, paras in pieces
        )
    )


def _titles(text):
    return [s.title for s in find_sections(text)[0] if s.title]


def _without_rule(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(sec, "chapter_pieces", lambda headings: headings)
        return _titles(text)


def test_pieces_of_one_chapter_are_one_section(monkeypatch):
    text = _book("斯大林传", STALIN)
    base = _without_rule(monkeypatch, text)
    assert [t for t in base if t.endswith(")")] == [
        "第一章 正面和侧面(1)", "第一章 正面和侧面(2)", "第一章 正面和侧面(3)",
        "第一章 武装起义(1)", "第一章 武装起义(2)",
    ]  # fmt: skip
    got = _titles(text)
    assert [t for t in got if "第一章" in t] == ["第一章 正面和侧面", "第一章 武装起义"]
    sections = find_sections(text)[0]
    first = next(s for s in sections if s.title == "第一章 正面和侧面")
    # the chapter's text holds its three pages, the later page lines included
    body = text[first.start : first.end]
    assert "第一部第一章 正面和侧面(2)" in body and "第一部第一章 正面和侧面(3)" in body
    assert STALIN[2][1][1] in body and "武装起义" not in body


def test_prefixed_pieces_under_the_prefix_rule(monkeypatch):
    text = _book("《血色浪漫》", XUESE, prefix="《血色浪漫》")
    base = _without_rule(monkeypatch, text)
    pages = [h.removeprefix("《血色浪漫》") for h, _ in XUESE]
    assert [t for t in base if t.startswith("第")] == pages  # "第一章(1)", "第一章(2)" ...
    assert [t for t in _titles(text) if t.startswith("第")] == [f"第{n}章" for n in "一二三四五"]


def test_advancing_chapter_numbers_stay_chapters():
    text = _book("怀疑三部曲", DOUBT)
    titles = [t for t in _titles(text) if t.startswith("第")]
    assert titles == [h for h, _ in DOUBT]


def test_run_needs_numbers_counting_on():
    def h(i, title):
        return Heading(i * 100, i * 100 + len(title), title, "cjk", 20)

    # (1) then (3): no run; the same page twice: no run; a heading between: no run.
    for titles in (
        ["第一章 正面和侧面(1)", "第一章 正面和侧面(3)"],
        ["第一章 正面和侧面(1)", "第一章 正面和侧面(1)"],
        ["第一章 正面和侧面(1)", "第二章 武装起义", "第一章 正面和侧面(2)"],
        # ["附录(1)", "附录(2)"] (no numbered division in the stem) stayed here until
        # session 52's clause piece_stem_titled: now one chapter (test_chapter_pieces_wtB_s52).
    ):
        hs = [h(i, t) for i, t in enumerate(titles)]
        assert chapter_pieces(hs) == hs
    hs = [h(i, t) for i, t in enumerate(["第一章(1)", "第一章（2）", "第一章(3)", "第二章(1)"])]
    got = chapter_pieces(hs)
    assert [x.title for x in got] == ["第一章", "第二章(1)"]
    assert [x.start for x in got] == [0, 300]


# Review (session 51): 富爸爸穷爸爸系列丛书10册全集 (hankinghu/literature-books) holds ten books, each
# exported in pages; two of them open with "第一部分导言（1）" ... : book 3 (富爸爸 富孩子 聪明孩子,
# lines 3946-4020) and the next book (lines 4810-4827). The text between the two runs is cut
# out here, so book A's last page is followed at once by book B's first: the piece number
# starts over, so book B's introduction is a chapter of its own (clause piece_run: the
# numbers must count on by one; integrator's question 3).
RICH_DAD = [
    ('第一部分导言（1）',
     ['今天，教育显得比历史上的任何时代都更为重要。在我们跨越工业时代，步入信息时代的时刻，教育的价值在不断增加。', '在工业时代，你去上学，毕业，然后开始你的工作生涯。由于世界的变化并不是很快，你也就不需要再不断地接受额外的教育去求得成功。']),
    ('第一部分导言（2）',
     ['7同时，我们看到美国最大的公司之一的一家超级公司的半数雇员由于工资太低，以至于他们还得争取领取食物券的资格。', '8家庭教育已不再是可选择的教育方式中的边缘方式。今天，在家受教育的儿童的数量正以每年15%的比例递增。']),
    ('第一部分导言（3）',
     ['介绍了父母帮助孩子应对现实世界可采用的一些简单的办法，包括学业上的准备和财务知识的准备。', '在第二部分中，富爸爸告诉我，他的银行家从不向他索取学校成绩单。富爸爸说：“我的银行家从不问我学习成绩的好坏，他们要看的只是财务报表。']),
    ('第一部分导言（1）',
     ['《圣经》中大卫与歌利亚的故事是富爸爸喜欢的故事之一，我猜想他或许将自己看做了大卫的化身——一个最初一无所有、后来却站起来向商业巨人挑战的人。', '我的前几本书重点讲述了现金流的力量。富爸爸说过：“现金流是金钱王国中最为重要的词汇，第二个最重要的词汇就是杠杆。']),
    ('第一部分导言（2）',
     ['“富爸爸”系列丛书的前四本主要集中分析了现金流的力量，本书则集中讨论杠杆的作用。或许你要问，为什么要用一整本书来讨论杠杆作用？', '这是本书最重要的一个部分。在这一部分中，你会发现为什么金钱不能使你成为一个富人，你也会发现世界上最有力的杠杆形式——你的心智，它有让你贫穷或者富有的魔力。']),
]  # fmt: skip


def test_pieces_starting_over_are_another_chapter(monkeypatch):
    text = _book("富爸爸穷爸爸系列丛书10册全集", RICH_DAD)
    assert [t for t in _without_rule(monkeypatch, text) if t.startswith("第")] == [
        h for h, _ in RICH_DAD
    ]
    sections = [s for s in find_sections(text)[0] if s.title.startswith("第")]
    assert [s.title for s in sections] == ["第一部分导言", "第一部分导言"]
    first, second = (text[s.start : s.end] for s in sections)
    assert RICH_DAD[2][1][1] in first and RICH_DAD[3][1][0] not in first
    assert second.startswith("第一部分导言（1）") and RICH_DAD[4][1][1] in second
