"""Session 33 (wtE2): clause ``part_number_title`` of rule ``cjk_title_lines``
(``transforms.cjk_titles``): an essay in parts ("哭泣的骆驼(1)") is a title line. Excerpt of
三毛's 《哭泣的骆驼》 (hankinghu/literature-books), each essay's opening, as cleaned."""

from __future__ import annotations

from transforms.structure import analyze_text

LUOTUO = (
    "收魂记\n"
    "\n"
    "我有一架不能算太差的照相机，当然我所谓的不太差，是拿自己的那架跟一般人用的如玩具似的小照相盒子来相比。\n"
    "\n"
    "因为那架相机背起来很引人注视，所以我过去住在马德里时，很少用到它。\n"
    "\n"
    "在沙漠里，我本来并不是一个引人注视的人，更何况，在这片人口是稀少的土地上，要想看看另外一个人，可能也是站在沙地上，拿手挡着阳光，如果望得到地平线上小得如黑点的人影，就十分满意了。\n"
    "\n"
    "\n"
    "沙巴军曹\n"
    "\n"
    "一个夏天的夜晚，荷西与我正从家里出来，预备到凉爽的户外去散步，经过炎热不堪的一天之后，此时的沙漠是如此的清爽而怡人。\n"
    "\n"
    "在这个时候，邻近的沙哈拉威人都带着孩子和食物在外面晚餐，而夜，其实已经很深了。\n"
    "\n"
    "\n"
    "搭车客\n"
    "\n"
    "常常听到一首歌，名字叫什么我不清楚，歌词和曲调我也哼不全，但是它开始的那两句，什么——“想起了沙漠就想起了水，想起了爱情就想起了你……”给我的印象却是鲜明的。\n"
    "\n"
    "这种直接的联想是很自然的，水和爱情都是沙漠生活中十分重要的东西，只是不晓得这首歌后段还唱了些什么事情。我的女友麦铃在给我写信时，也说——我常常幻想着，你披了阿拉伯人彩色条纹的大毯子，脚上扎着一串小铃当，头上顶着一个大水瓶去井边汲水，那真是一幅美丽的画面——。\n"
    "\n"
    "\n"
    "哭泣的骆驼(1)\n"
    "\n"
    "这不知是一天里的第几次了，我从昏昏沉沉的睡梦中醒来，张开眼睛，屋内已经一片漆黑，街道上没有人声也没有车声，只听见桌上的闹钟，像每一次醒来时一样，清晰而漠然的走动着。\n"
    "\n"
    "那么，我是醒了，昨天发生的事情，终究不只是一声噩梦。每一次的清醒，记忆就逼着我，像在奔流错乱的镜头面前一般，再一次又一次的去重新经历那场令我当时狂叫出来的惨剧。\n"
    "\n"
    "我闭上了眼睛，巴西里、奥菲鲁阿、沙伊达他们的脸孔，荡漾着似笑非笑的表情，一波又一波的在我面前飘过。我跳了起来，开了灯，看看镜子里的自己，才一天的工夫，已经舌燥唇干，双眼发肿，憔悴不堪了。\n"
    "\n"
    "打开临街的木板窗，窗外的沙漠，竟像冰天雪地里无人世界般的寒冷孤寂，突然看见这没有预期的凄凉景致，我吃了一惊，痴痴的凝望着这渺渺茫茫的无情天地，忘了身在何处。\n"
    "\n"
    "\n"
    "哭泣的骆驼(2)\n"
    "\n"
    "四周的世界，经过她魔术似的一举手，好似突然涨满了诗意的叹息，一丝丝的钻进了我全部的心怀意念里去。\n"
    "\n"
    "世界上没有第二个撒哈拉了，也只有对爱它的人，它才向你呈现它的美丽和温柔，将你的爱情，用它亘古不变的大地和天空，默默的回报着你，静静的承诺着对你的保证，但愿你的子子孙孙，都诞生在它的怀抱里。\n"
    "\n"
    "“要杀羊了，我去叫鲁阿。”我跑回帐篷去。\n"
    "\n"
    "鲁阿出去了，我静静的躺在地上，轻轻的吸着这块毯子惯有的淡淡的芋草味，这家人，竟没有令我不惯的任何体臭，他们是不太相同的。\n"
    "\n"
    "过了半晌，鲁阿碰碰我：“杀好了，可以出去看了。”对于杀生，我总是不能克制让自己去面对它。\n"
    "\n"
    "“这么大的两只羔羊，吃得了吗？”我问着哈丝明，蹲在她旁边。\n"
    "\n"
    "“还不够呢！等一下兄弟们都要回家，你们走的时候再带一块回去，还得做一锅‘古斯古’才好吃得畅快。”（古斯古是一种面粉做出的沙漠食物，用手压着吃。）\n"
    "\n"
    "\n"
    "一个陌生人的死\n"
    "\n"
    "“大概是他们来了。”我看见坟场外面的短墙扬起一片黄尘，接着一辅外交牌照的宾士牌汽车慢慢的停在铁门的入口处。\n"
    "\n"
    "荷西和我都没有动，泥水工正在拌水泥，加里朴素得如一个长肥皂盒的棺木静静的放在墙边。\n"
    "\n"
    "\n"
    "大胡子与我\n"
    "\n"
    "结婚以前大胡子问过我一句很奇怪的话：“你要一个赚多少钱的丈夫？”\n"
    "\n"
    "我说：“看得不顺眼的话，千万富翁也不嫁；看得中意，亿万富翁也嫁。”\n"
    "\n"
    "“说来说去，你总想嫁有钱的。”\n"
    "\n"
    "“也有例外的时候。”我叹了口气。\n"
    ""
)


def test_part_number_title_heads_the_essay_in_parts():
    """Without the clause "哭泣的骆驼(1)/(2)" were no titles, 搭车客 ran over both parts
    (half the text) and titles_divide_text refused every title: one section."""
    titles = [s.title for s in analyze_text(LUOTUO).sections]
    assert titles == [
        "收魂记",
        "沙巴军曹",
        "搭车客",
        "哭泣的骆驼",  # session 52, chapter_pieces: before "哭泣的骆驼(1)", "哭泣的骆驼(2)"
        "一个陌生人的死",
        "大胡子与我",
    ]


def test_part_number_title_needs_a_title_before_the_number():
    # a bare "(1)" / "（2）" line is no title: the essays' titles are read, not the numbers
    text = LUOTUO.replace("哭泣的骆驼(1)", "(1)").replace("哭泣的骆驼(2)", "（2）")
    titles = [s.title for s in analyze_text(text).sections]
    assert "(1)" not in titles and "（2）" not in titles


def test_part_number_title_strips_only_a_trailing_number():
    # review (session 33): "(1)" inside a line is kept: "甲(1)乙" is no title once "(1)" is gone
    text = LUOTUO.replace("哭泣的骆驼(1)", "哭泣(1)的骆驼").replace(
        "哭泣的骆驼(2)", "哭泣(2)的骆驼"
    )
    titles = [s.title for s in analyze_text(text).sections]
    assert "哭泣(1)的骆驼" not in titles and "哭泣(2)的骆驼" not in titles
