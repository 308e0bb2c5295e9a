"""Session 49 review (wtA, second engineer): ``transforms.flat_chapters``'s clauses
``flat_chapter_cover`` and the sentence end of ``flat_paragraph_breaks``, on real text.

HUOBI: 货币战争升级版 (hankinghu/literature-books, lines 831-1126 shortened: three chapter
headings, an epigraph, a paragraph, two sentences each) joined with spaces, as a "one line
per book" export that kept a space for each line break does. COURSE: three module
descriptions of a public Chinese microservices course (a GitHub site's data file): each
names its 第一章 / 第二章 / 第三章 at a sentence's start, in one paragraph of an article.
``FLAT_LINE`` and ``MIN_GAP`` are lowered so a short excerpt stands for a whole line and
its shortened chapters (or longer paragraphs) for whole ones. STEVENSON: three passages
of Stevenson's letters (rcdm-uga/Gutenberg_Text, The Works of Robert Louis Stevenson,
Swanston Edition, Vol. 25) flattened: each names a chapter of a book in progress after a
sentence end. TANXIANG: 檀香刑 (莫言; hankinghu/literature-books) flattened with no joiner,
three chapters' edges: "第一章 眉娘浪语（2）" over "五" over "俗话说水满则流…"."""

from __future__ import annotations

import pytest

from transforms import flat_chapters
from transforms.flat_chapters import flat_chapter_breaks
from transforms.normalize import normalize_text

HUOBI = (
    "第五章 廉价货币的“新政” “列宁曾说过颠覆资本主义制度最好的办法就是使其货币贬值。通过连续的通货膨胀过程，政府可以秘密地、不为人知地没收公民财富的一部分。用这种办法可"
    "以任意剥夺人民的财富，在使多数人贫穷的过程中，却使少数人暴富。没有任何手段能像它（通货膨胀）这样如此隐蔽和可靠地来颠覆现政权了。这个过程潜在地积聚了各种经济规律中的破坏"
    "因素，一百万人中也不见得能有一个人看得出问题的根源。”[5.1]    –  凯恩斯1919 比凯恩斯小几岁的维克多.罗斯切尔德（Victor Rothschild），"
    "就是那位掌握着整个大英帝国货币发行权的内森.罗斯切尔德的嫡孙，男爵封号的第三代继承人。维克多与凯恩思同是美国“外交协会” （Council of Foreign Rel"
    "ationship）和英国皇家国际事务协会（Royal Institute of International Affairs）的积极倡导者，这两个组织可谓是欧美政界的“"
    "中央党校”，近百年来为欧美统治集团输送了大批“干部”。 第六章 统治世界的精英俱乐部 “金融资本势力有一个极为长远的的计划，它旨在建立一个金融系统来控制世界，一个被少数"
    "人控制的、能够主宰政治体制和世界经济的（机制）。 这个系统是以封建专制的模式被中央银行家们所控制，它们通过频繁的会议所达成的秘密协议来进行协调。 第七章\u3000诚实货币的最后"
    "抗争 “历史表明放贷者会使用包括滥用权力、诡计、欺骗和暴力在内的一切手段来确保他们对货币和货币发行的控制，以便达到控制政府的目的。”"
)
# the course page: the three modules' descriptions one after another (one line)
COURSE = (
    "这是把微服务从「能跑」变成「敢上线」的模块。第一章讲 OpenFeign:用一个接口加几个注解就能发起远程调用,读起来像本地方法——但这份优雅藏着一个陷阱,本地方法不会"
    "超时,远程调用会,而 Feign 默认的重试会在下游正吃力时把负载再翻一倍,把一次抖动放大成一次雪崩。第二章讲负载均衡:为什么放在客户端(Spring Cloud Lo"
    "adBalancer)而不是前面架一台 Nginx——因为客户端知道有几个实例、每个多忙,而当实例性能不均时,轮询会固执地把等量流量打给那个最慢的节点,尾延迟随之爆炸,"
    "最少连接和基于响应时间的策略才救得回来。第三章是整个模块的收口,也是运维半夜被叫醒的高发地:熔断、限流、降级、隔离。熔断器有关、开、半开三个状态,它做的事只有一件——当"
    "下游明显不行时,快速失败,不要再排队,把线程和内存留给还能救的请求。这一章让你亲手把熔断器打开又合上,看它怎么把一场级联故障挡在一个服务的边界里。这是本书理论密度最高的"
    "模块,因为它触碰的是分布式系统的硬核:当数据分散在多个服务、多个数据库里,你怎么保证一次业务操作要么全成、要么全败?第一章先给出一条避开正面冲突的路——事件驱动:服务之"
    "间不再同步地互相等待,而是通过 Spring Cloud Stream 发消息、订阅消息,把强耦合的同步调用换成松耦合的异步事件,顺带解决削峰和解耦;你会看到分区数怎么"
    "决定消费并行度、消费积压怎么在流量高峰时堆起来、重平衡时又会发生什么。第二章正面硬刚分布式事务:从两阶段提交(2PC)的同步阻塞,到 TCC 的 Try-Confirm"
    "-Cancel,到 Saga 的一串带补偿的本地事务,再到 Seata 把这几种模式都封装好的 AT/TCC/Saga/XA——核心洞见是,分布式世界里没有免费的强一致"
    ",你只能在「锁得久」和「补偿难」之间选。第三章讲落地这一切都绕不开的两块基石:幂等(同一条消息重复投递,业务不能重复执行)和最终一致性(用本地消息表/发件箱模式,保证「"
    "改了数据库」和「发了消息」这两件事不会一个成一个败)。这是正面回答三个最难运维问题的模块,也是很多人做微服务真正的痛点所在。第一章讲部署拓扑——不同的服务该部署到不同的"
    "服务器:怎么把一堆服务装箱到一批机器上(资源装箱),什么该放一起、什么必须隔离(亲和与反亲和),以及一个残酷的问题——当一台服务器宕机,恰好死在它上面的是哪几个服务、会"
    "不会因为你把订单和支付放在了同一台机器上而让整个下单链路一起消失(爆炸半径)。第二章讲弹性伸缩与自动扩容:大促流量来了,Kubernetes 的 HPA 怎么根据 CP"
    "U 或每秒请求数把副本从 3 自动扩到 12,以及三个真实世界的坑——冷启动滞后(新副本要几十秒才就绪,这段时间请求照样超时)、抖动(没有稳定窗口,副本数会在流量边界上"
    "疯狂上下横跳)、以及成本与延迟的永恒拉锯(留多少余量)。第三章讲异地多活与跨机房数据复制:两个甚至三个机房怎么同时对外服务、数据怎么在机房之间复制、复制延迟怎么变成一次"
    "「读不到自己刚写的数据」、两地同时写同一条记录冲突了怎么办、以及机房级故障切换时你能接受丢多少数据(RPO)、能容忍多久不可用(RTO)。"
)
# Stevenson's letters: "Chapter I." opens an outline, "Chapter IX." and "Chapter X." run on
# in lowercase
STEVENSON = (
    "It is true that the first three had been a good deal drafted two years ago, but they "
    "had all to be written and re-written, and the fourth chapter is all new. Chapter I. "
    "Elements of Discord--Native. II. Elements of Discord--Foreign. III. The Success of "
    "Laupepa. IV. Brandeis. And yet it has taken me two months to write 45,500 words; and, "
    "be damned to my wicked prowess, I am proud of the exploit! The real journalist must be "
    "a man not of brass only, but bronze. Chapter IX. gapes for me, but I shrink on the "
    "margin, and go on chattering to you. This last part will be much less offensive. "
    "_May 20th._--Well, I believe I've about finished the thing, I mean as far as the mail "
    "is to take it. Chapter X. is now in Lloyd's hands for remarks, and extends in its "
    "present form to p. 93 incl. On the 12th of May, I see by looking back, I was on p. 82."
)
# 檀香刑: the title ends in a mark, and the formula 话说 lies inside 俗话说 past it
TANXIANG = (
    "第一章 眉娘浪语（2）五俗话说水满则流，月满则亏，人欢没好事，狗欢抢屎吃，俺在秋千架上出大风头时，"
    "俺的个亲爹孙丙，领导着东北乡的老百姓，扛着锨、镢、二齿钩子，举着扁担、木叉、掏灰耙，包围了德国人的铁路窝棚。"
    "然后俺站起来，对着他们的背影，啐了一口唾沫，高声地骂：操你的妈——低声地说：钱丁！"
    "第四章 钱丁恨声一夫人，请坐，烫酒烧菜的粗活，何劳你亲自动手？这话余对你说过了一千遍，可你当成了耳旁风。"
    "请坐，夫人，你我夫妇，今日开怀畅饮，一醉方休。不要怕醉酒，不要怕酒后吐真言。"
    "这是余最后的嘱托，夫人，请受钱丁一拜！"
    "第五章 斗须一新任高密知县钱丁，下巴上垂挂着一部瀑布似的美丽胡须。"
    "他到任后第一次升堂点视，就用这部美髯，给了堂下那些精奸似鬼的六房典吏、如狼似虎的三班衙役一个下马威。"
)


@pytest.fixture
def short_line(monkeypatch):
    monkeypatch.setattr(flat_chapters, "FLAT_LINE", 300)
    monkeypatch.setattr(flat_chapters, "MIN_GAP", 100)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_closing_quote_without_a_sentence_mark_runs_on(short_line):
    lines = _lines(normalize_text(HUOBI))
    # session 50 (wtC): clause flat_chapter_spaced_title gives 第六章 and 第七章 their
    # titles, as the book's own heading lines hold them (two of the three headings stand
    # after a space: a line joined with spaces); was ["第五章", "第六章", "第七章"]
    assert [line for line in lines if line.startswith("第")] == [
        "第五章",
        "第六章 统治世界的精英俱乐部",
        "第七章\u3000诚实货币的最后抗争",
    ]
    # a quoted name, a space, a bracket: one sentence (no break at the space)
    assert any("“外交协会” （Council of Foreign Relationship）和英国" in line for line in lines)
    # a sentence mark before the space: the export's lost line break comes back
    assert (
        "这个系统是以封建专制的模式被中央银行家们所控制，它们通过频繁的会议所达成的秘密协议来进行协调。"
        in lines
    )


def test_chapters_named_in_one_paragraph_are_no_chapters(short_line):
    # each module's 第一章…第二章…第三章 rises, each after a sentence end and (with MIN_GAP
    # lowered) far enough apart; but the run spans a fifth of the line with chapters of
    # some 150 characters: a passage that names chapters (clause flat_chapter_cover)
    assert flat_chapter_breaks(COURSE) == COURSE
    assert "\n" not in normalize_text(COURSE)  # (its half-width marks become full-width)


def test_cover_keeps_a_flat_book_whose_run_fills_the_line(short_line, monkeypatch):
    # the same guard keeps HUOBI's three chapters: the run spans most of its line
    assert flat_chapter_breaks(HUOBI).count("\n\n第") == 2
    monkeypatch.setattr(flat_chapters, "MIN_CHAPTER", 10**9)  # cover alone decides
    assert flat_chapter_breaks(HUOBI).count("\n\n第") == 2


def test_latin_chapter_named_in_a_sentence_is_no_heading(short_line, monkeypatch):
    # Chapter I, IX, X rise, each after a sentence end, 200+ characters apart (cover off:
    # the passages stand for a 1,018,197-character volume); IX and X run on in lowercase
    # (clause flat_chapter_latin_prose): fewer than three headings, no split
    monkeypatch.setattr(flat_chapters, "MIN_COVER", 0)
    assert flat_chapter_breaks(STEVENSON) == STEVENSON
    # a heading over its text's capital still counts: the same passages, IX and X capitalised
    capital = STEVENSON.replace("IX. gapes", "IX. Gapes").replace("X. is", "X. Is")
    assert flat_chapter_breaks(capital).count("\n\nChapter ") == 3


def test_title_end_not_sought_past_a_mark(short_line):
    # clause flat_chapter_title_end: a formula counts only before the title's first mark;
    # past "（2）" the 话说 of 俗话说 would cut the word ("…（2）五俗" | "话说水满则流")
    text = flat_chapter_breaks(TANXIANG)
    lines = _lines(text)
    assert [line for line in lines if line.startswith("第")] == ["第一章", "第四章", "第五章"]
    assert lines[1].startswith(" 眉娘浪语（2）五俗话说水满则流，")
    assert not any(line.endswith("俗") for line in lines)
    assert text.replace("\n", "") == TANXIANG
