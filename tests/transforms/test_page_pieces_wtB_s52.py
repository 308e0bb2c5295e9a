"""Rule ``page_piece_lines`` (transforms.page_pieces, session 52) and clause
``piece_run_over_subheadings`` of rule ``chapter_pieces``: a book exported in pages whose
page lines ("灰牢考略(1)" between rules) no other rule reads, and a chapter whose pages hold
sub-headings. Excerpts of real books from hankinghu/literature-books: 血酬定律.txt (GB18030;
lines 635-743: the page lines, rules, blank lines and sub-headings byte for byte, each
paragraph cut to its first 120 characters and only the first two paragraphs under a page
line or sub-heading kept) and 檀香刑.txt (UTF-8; lines 5-420: the heading lines, each
section's first two paragraphs cut to 80 characters)."""

from __future__ import annotations

import pytest

from transforms import page_pieces
from transforms import sections as sec
from transforms.sections import find_sections

XUECHOU = [
    '---------------',
    '灰牢考略(1)',
    '---------------',
    '',
    '',
    '\u3000\u3000“灰牢”就是非正式监狱的意思，这是我杜撰的词。我经常犯杜撰新词的毛病，其实也是被逼无奈。按照法律法规，这东西不该存在，不过考察历史和现实，这东西又随处可见，而且各有公开认可的名称，并未躲躲闪闪。这种说黑不黑、说白不白的东西见多了，想给个',
    '\u3000\u3000最近一次发现灰牢，是在李昌平描写亲身经历的书里（注1）。李昌平先生曾任湖北省监利县棋盘乡党委书记，2000年初上书国务院总理朱镕基，为负担沉重的农民叫苦，引起了高层领导重视。经过《南方周末》头版头条的报道，此事闹得全国皆知，李昌平也因敢',
    '\u3000\u3000一、学习班',
    '\u3000\u30001997年5月，湖北省监利县柘木乡茶卜村农妇朱长仙喝农药自杀，直接起因就是“学习班”。',
    '\u3000\u30001996年7月，监利县南部遭水灾，农民颗粒无收。但是县里5月份提早征粮，朱长仙一家已交纳负担款800元。受灾后，湖北省委书记视察灾区，号召“举全省之力，抗监利之灾”，可当时的监利县县长却挪用救灾款修建超标准的宾馆、机关和宿舍大楼，还拨救',
    '\u3000\u3000二、小黑屋',
    '\u3000\u3000熊华品死后不足20天，监利县新沟镇南禅管理区红阳村农民李启栋被从床上抓走，关进管理区所设的“小黑屋”，两天两夜后冻死。',
    '\u3000\u3000死者李启栋68岁，公社时期欠下粮款和电费190元。承包制以后，村里换了五任支书，都没有找李启栋收这190元。2000年11月23日深夜，南禅管理区总支书记、副书记和村支书、村主任带着一些打手来到李启栋家，要求交清由190元利滚利已变成1',
    '',
    '',
    '---------------',
    '灰牢考略(2)',
    '---------------',
    '',
    '',
    '\u3000\u3000同被关的人说，李启栋死后，镇里害怕，才将其他被关的几十人放了，并说李启栋是病死的，叫我们不要乱说。',
    '\u3000\u3000据记者调查，新沟镇一贯采用抓人关人等手段强行征收税费，李启栋是南禅管理区2000年秋征时所抓的第二批。',
    '\u3000\u3000三、小黑屋与学习班异同考',
    '\u3000\u3000看了上述故事，自然可以明白小黑屋和学习班是什么东西了。那是一个权威部门用来关押“有过失”的人的地方，在这里，关押是强制实施的，是作为惩戒手段使用的，是对人身自由的剥夺。具有这些特征的地方正是监狱。然而，乡镇政府和管理区属于行政部门，没有',
    '\u3000\u3000但是为什么有两个名称呢？小黑屋与学习班有什么不同吗？我的第一感觉，就是词语的产生时间有先有后。开始都叫学习班，后来人们发现这里只关人不开课，渐渐改口，直称小黑屋。不过追究起来，学习班这个词在上边引文中最后一次出现的时间是2000年11月',
    '\u3000\u3000四、学习班续考',
    '\u3000\u3000以学习班之名，行关押拘禁之实，其历史几乎与学习班的名称一样悠久。',
    '\u3000\u30001967年12月22日，《人民日报》发表社论《大力办好毛泽东思想学习班》，传达了毛主席的最新指示：“办学习班是个好办法，很多问题可以在学习班得到解决。”于是各种各样的学习班纷纷涌现，许多让人联想起拘禁的名称也先后亮相，譬如“可以教育好的',
    '',
    '',
    '---------------',
    '灰牢考略(3)',
    '---------------',
    '',
    '',
    '\u3000\u3000这个故事使我更进一步理解了事物的复杂性。我们面对的并不是一个界限分明的东西。既然开会学习总要把人圈在某个特定的时空之中，与会者总要暂时丧失部分自由，那么，圈三五个小时是圈，圈三五个月也是圈；小事小病可以请假准假，悠悠万事惟此惟大一概不准',
    '\u3000\u3000顺便说一句，在延安整风运动中，学习班这个词尚未流行，但是“学习组”和“整风班”已经出现。韦君宜在《思痛录》中说她的丈夫“杨述被关在整风班里，但天天凌晨要他们整队到无定河边去冒着寒风干活。”韦君宜写道：“整风！整风！毛主席的整风报告说得多',
    '\u3000\u3000五、牛棚考',
    '\u3000\u3000这里说的牛棚是文革期间各单位关押“牛鬼蛇神”的地方，大量产生于1966年6月1日《人民日报》社论《横扫一切牛鬼蛇神》发表之后。牛棚也不是正规监狱，可算是文革中的灰牢。那么，什么人属于牛鬼蛇神呢？',
    '\u3000\u3000按说，我也算经历过文革的人，好像明白什么叫牛鬼蛇神。不过较真起来，又觉得说不清楚了。向当过牛鬼蛇神的父母请教，他们商量了一会，给出的答案是：“地富反坏右，封资修，叛徒、特务、走资派，资产阶级反动学术权威，符合公安六条的人，等等。——但是',
    '',
    '',
    '---------------',
    '灰牢考略(4)',
    '---------------',
    '',
    '',
    '\u3000\u3000然而，最大的问题在于，这一切都不是真的，后来都平反了，都不算了。这叫什么标准呢？认真考察上述标准和定义岂不成了瞎折腾么？',
    '\u3000\u3000话又说回来，这种模糊性正好开发出低成本伤害他人的权力。对各单位的得势者来说，握有这个武器便比较容易整人。东西既然好，需求量自然比较大，牛棚便容易普及了，也确实在文革中普及到几乎每个单位。',
    '\u3000\u3000六、班房考',
    '\u3000\u3000从知道班房这两个字起，我就一直把班房当成监狱的口语化叫法。《辞海》（1979年版）对“班房”的解释是：“看押犯人场所的俗称，指看守所、监狱等。”看来有这种感觉的人不只我一个。',
    '\u3000\u3000前些年开始认真读古书了，才知道班房并不等于正式监狱。在原初意义上，班房是官衙或私人府第里的差役们值班或休息的地方，后来这地方用来临时关押人了，便渐渐发展出灰牢的意思。',
    '\u3000\u3000七、灰牢利害考',
    '',
    '',
    '---------------',
    '灰牢考略(5)',
    '---------------',
    '',
    '',
    '\u3000\u3000灰牢对什么人有利？对什么人有害？这些利害又是如何分配的？',
    '\u3000\u3000在我的阅读印象中，从灰牢制度中获利最多的似乎是衙役。按照汪辉祖在《学治说赘》中的说法，衙役们很善于利用在押人犯牟取利益。盗贼嫌疑人，可以纵使夜出盗窃，得赃分肥。民事诉讼的牵涉人，可以用来作弊诈骗，索取利益。命案牵涉人，可以押在污秽不堪的',
    '\u3000\u3000以上三种办法只是一部分。我知道的办法还包括：1、迫使在押人扳指无辜，然后敲诈无辜；2、向所有住班房的人索取高价饭食钱；3、调戏奸污在押女人；4、私下收钱放人；5、以关班房为威胁手段敲诈平民。',
    '',
    '',
    '---------------',
    '灰牢考略(6)',
    '---------------',
]  # fmt: skip

# 檀香刑: "第一章 眉娘浪语（1）" / 一 ... 四 / "第一章 眉娘浪语（2）" / 五, 六 / 第二章 ...
TANXIANG = [
    ('第一章 眉娘浪语（1）', []),
    ('一', ['那天早晨，俺公爹赵甲做梦也想不到再过七天他就要死在俺的手里；死得胜过一条忠于职守的老狗。俺也想不到，一个女流之辈俺竟然能够手持利刃杀了自己的公爹。俺更想不到，这', '那天夜里，俺心里有事，睡不着，在炕上翻来覆去烙大饼。俺的亲爹孙丙，被县太爷钱丁这个拔屌无情的狗东西抓进了大牢。千不好万不好也是爹啊，俺心烦意乱，睡不着。越睡不着']),
    ('二', ['一阵乱梆子，敲得黎明到。俺起身下了炕，穿上新衣服，打水净了面，官粉搽了脸，胭脂擦了腮，头上抹了桂花油。俺从锅里捞出一条煮得稀烂的狗腿，用一摞干荷叶包了，塞进竹篮', '俺提着篮子，无可奈何地离开了县衙大门。俺听到那些个站岗的小杂种在背后嗤嗤地冷笑。小虎子，你这个忘思负义的狗东西，忘了跟着你那个老不死的爹给俺磕头下跪的情景了吧？']),
    ('三', ['俺回了家，心中充满了希望。小甲已经起来了，正在院子里磨刀。他对着俺笑笑，既亲切又友好。俺也对着他笑笑，也是既亲切又友好。他用手指试试刀锋，可能是还嫌不够快，低下', '他微微地睁开眼，一线冰凉的光芒射到了俺的身上。俺问候他：爹，您起来了？他点了一下头，继续地捻他的佛珠。']),
    ('四', ['清明节那天，下着牛毛细雨，一团团破棉絮似的灰云，在天地间懒洋洋地滚动。一大早，俺就随着城里的红男绿女，涌出了南门。那天俺撑着一把绘画着许仙游湖遇白蛇的油纸伞，梳', '那时尽管俺的亲爹已经在东北乡装神弄鬼设立了神坛，准备着跟德国人刀枪相见；尽管俺干爹已经被俺亲爹的事情闹得心烦意乱，东北乡二十七条人命让他郁郁寡欢，但高密城里还是']),
    ('第一章 眉娘浪语（2）', []),
    ('五', ['俗话说水满则流，月满则亏，人欢没好事，狗欢抢屎吃，俺在秋千架上出大风头时，俺的个亲爹孙丙，领导着东北乡的老百姓，扛着锨、镢、二齿钩子，举着扁担、木叉、掏灰耙，包', '俺把秋千架荡到了最高点，目光越过了城墙，看到了城里鱼鳞般的房舍。俺看到了青石板铺成的衙前大道，看到了俺干爹居住的那一进套着一进、重重叠叠的高大瓦屋。俺看到干爹的']),
    ('六', ['俺跟着小甲，马不停蹄地往家跑。在路上，俺气咻咻地问，半路上怎么会蹦出一个爹呢？八成是一个穷鬼来诈咱。俺倒要看看他是何方精怪，好就好，惹恼了老娘，一顿掏灰耙，先打', '还没到家门口，俺就看到，一辆马拉的轿车子，停在俺家大门外。轿车子周围，簇拥着一群街坊邻居。几个头顶上留着抓鬏的小毛孩子，在人缝里钻来钻去。拉车的是一匹枣红色的儿']),
    ('第二章 赵甲狂言', []),
    ('一', ['我的个风流儿媳妇，你把眼睛瞪得那样大干什么？难道不怕把眼珠子迸出来吗？你公爹确实是干那行的，从十七岁那年腰斩了偷盗库银的库丁，到六十岁时凌迟了刺杀袁大人的刺客，', '咸丰十年，大内鸟枪处的太监小虫子，天大个胆子盗卖了万岁爷的七星鸟枪。那枪是俄罗斯女沙皇进贡给咸丰爷的，不是个一般的物件，那是一杆神枪。金筒银机檀木托，托上镶嵌着']),
]  # fmt: skip


def _xuechou() -> str:
    return "\n".join(XUECHOU) + "\n"


def _tanxiang() -> str:
    parts = []
    for title, paragraphs in TANXIANG:
        parts.append(" " + title if title.startswith("第") else "    " + title)
        parts += ["    " + p for p in paragraphs]
    return "\n\n".join(parts) + "\n"


def titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


SUBHEADINGS = ["一、学习班", "二、小黑屋", "三、小黑屋与学习班异同考", "四、学习班续考", "五、牛棚考", "六、班房考", "七、灰牢利害考"]  # fmt: skip


def test_page_lines_no_rule_read_head_one_chapter():
    # Before the rule (session 51) the page lines were read by nothing: the chapter's title
    # was lost and its sub-headings stood at the top.
    got = titles(_xuechou())
    assert got == [(1, "灰牢考略")] + [(2, t) for t in SUBHEADINGS]
    # "七、灰牢利害考" right over the page line "灰牢考略(5)" stays a heading; the later page
    # lines stay in the text (the rule adds headings, it takes none away).
    text = _xuechou()
    secs = find_sections(text)[0]
    assert sum(text[s.start : s.end].count("灰牢考略(") for s in secs) == 6


def test_without_the_rule_the_chapter_is_lost(monkeypatch):
    monkeypatch.setattr(sec, "page_piece_lines", lambda *a: [])
    assert titles(_xuechou()) == [(1, t) for t in SUBHEADINGS]


def test_pages_need_the_whole_book_evidence(monkeypatch):
    # Clause whole_book_pages: 6 page lines, 5 steps; with a larger MIN_GAP the text
    # between is too short for pages and the lines are read by nothing, as before.
    monkeypatch.setattr(page_pieces, "MIN_GAP", 2000)
    assert titles(_xuechou()) == [(1, t) for t in SUBHEADINGS]
    monkeypatch.setattr(page_pieces, "MIN_GAP", 400)
    monkeypatch.setattr(page_pieces, "MIN_PAGES", 7)
    assert titles(_xuechou()) == [(1, t) for t in SUBHEADINGS]


@pytest.mark.parametrize(
    "lines",
    [
        ["要点(1)", "x" * 500, "要点(3)", "x" * 500, "要点(5)", "x" * 500, "要点(7)"],  # no pair
        ["(1)", "x" * 500, "(2)", "x" * 500, "(3)", "x" * 500, "(4)"],  # no CJK title
        ["他说了这些话，然后走了(1)", "x" * 500, "他说了这些话，然后走了(2)", "x" * 500] * 2,
    ],
)
def test_piece_line_guards(lines):
    texts = [t for line in lines for t in (line, "")]
    assert page_pieces.page_piece_lines(texts, set(), [False] * len(texts)) == []


def test_pages_in_a_contents_list_are_entries():
    texts = [t for k in range(1, 5) for t in (f"中文简体版序言({k})", "x" * 500)]
    assert page_pieces.page_piece_lines(texts, set(), [False] * len(texts)) == [0, 2, 4, 6]
    in_list = [True] * 4 + [False] * 4
    assert page_pieces.page_piece_lines(texts, {6}, in_list) == [4]


def test_subheadings_between_pages_keep_the_run():
    # 檀香刑: the pages of 第一章 hold its sections 一 ... 六; before the clause the run broke
    # and both pages stood as chapters "第一章 眉娘浪语（1）", "第一章 眉娘浪语（2）".
    got = titles(_tanxiang())
    chapters = [t for lv, t in got if t.startswith("第")]
    assert chapters == ["第一章 眉娘浪语", "第二章 赵甲狂言"]
    subs = [t for lv, t in got if not t.startswith("第")]
    assert subs == [
        "一",
        "二",
        "三",
        "四",
        "五",
        "六",
    ]  # 第二章's "一" ends the excerpt, no section
    assert len({lv for lv, t in got if t.startswith("第")}) == 1
    assert min(lv for lv, t in got if not t.startswith("第")) > got[0][0]


def test_a_list_of_the_pages_is_no_page():
    # 记忆力的革命 lists its pages one under the other at its head ("中文简体版序言(1)",
    # "中文简体版序言(2)" ...; not found as a contents list): no text between, no page.
    listed = [
        "中文简体版序言(1)",
        "中文简体版序言(2)",
        "导言：不是你记忆力不好(1)",
        "导言：不是你记忆力不好(2)",
    ]
    body = [t for k in (1, 2) for t in (f"中文简体版序言({k})", "x" * 500)]
    body += [t for k in (1, 2) for t in (f"导言：不是你记忆力不好({k})", "x" * 500)]
    texts = listed + [""] + body
    got = page_pieces.page_piece_lines(texts, set(), [False] * len(texts))
    assert got == [5, 7, 9, 11]
