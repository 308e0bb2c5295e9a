"""Rule ``chapter_pieces`` (transforms.chapter_pieces), session 52: clause
``piece_stem_titled`` (a stem that names no numbered division but holds a CJK character:
a book of titled chapters exported in pages) and its guard (an empty or Latin stem stays
out). Excerpt of a real book from hankinghu/literature-books: 我负丹青.txt (GB18030; lines
6-42), each heading line byte for byte, each page cut to its first 80 characters."""

from __future__ import annotations

from transforms.chapter_pieces import chapter_pieces
from transforms.sections import Heading, find_sections

# 我负丹青 (吴冠中自传): chapters titled without numbers; a long one comes in pages "误入艺途(1)".
DANQING = [
    ("前 言", "身后是非谁管得，其实，生前的是非也管不得。但生命之史都只有真实的一份，伪造或曲解都将被时间揭穿。 \u3000\u3000我一向反对写自己的传记，感到平凡人生何必传之记之，今年逾八"),
    ("家贫", "年过八旬，生命所余毕竟日短，而童年犹如昨日，尚在眼前。哲人庄子对生命作出了最艺术的表达，这千古经典，这千古杰作，只四个字：方生方死。 \u3000\u3000江苏宜兴北渠村，一个教"),
    ("个人奋斗", "村里惟一的初级小学，是吴氏宗祠委托父亲在祠堂里创办的，名私立吴氏小学，连父亲三个教员，两个年级合用一个教室上课，学生是一群拖鼻涕的小伙伴。四年毕业后，我考入和桥"),
    ("误入艺途(1)", "浙大高级工业职业学校读完一年，全国大学和高中一年级生须利用暑假集中军训三个月。我和国立杭州艺专预科的朱德群被编在同一个连队同一个班，从此朝朝暮暮生活在杭州南星桥"),
    ("误入艺途(2)", "警报频频，昆明又非久留之地，学校迁到远郊呈贡县安江村上课。安江村很大，有好几个大庙，我们在大庙里用布帘将菩萨一遮，便又画起裸体来。七十年代我到昆明，专访了安江村"),
    ("误入艺途(3)", "我早该毕业了，因中间进了一年国画系，再回西画系便须多补一年，其实没有什么可补的，我便到北碚附近的独石桥小学代几个月课，挣点钱。小学共六七个教师，女教师都希望我给"),
    ("公费留学到巴黎", "一九四七年夏，我们几十名留学生搭乘美国邮轮“海眼”号飘洋过海。经意大利拿波里，留欧同学登陆换火车。离船时，头、二等舱的外国乘客纷纷给美国服务员小费，几十、上百美"),
    ("梦幻与现实(1)", "对西方美术，在国内时大致已了解，尤其是印象派及其后的作品令我陶醉，陶醉中夹杂盲目崇拜。因是公费生，我必须进正规学校，即国立巴黎高级美术学校。油画系共四位教授，其"),
    ("梦幻与现实(2)", "复活节放几天假，一位法国同学约我驾小舟，备个帐篷，顺塞纳河一路写生去。多美的安排!我跟他先到郊外他家乡间别墅，住一宿。翌日他扛个木条帆布构成的小舟，类似海水浴场"),
    ("严峻的抉择(1)", "我们这些留学生大都不问政治。国内内战日趋激烈，改朝换代的大事岂能不波及每个中国人，我们持的是国民党中华民国的护照，而国民党将被赶出大陆，宋美龄频频飞美国求救，秦"),
]  # fmt: skip


def _book(pages) -> str:
    return "\n\n".join(f"{t}\n\n    {p}" for t, p in pages) + "\n"


def test_titled_pages_are_one_chapter_each():
    text = _book(DANQING)
    secs, heads = find_sections(text)
    titles = [s.title for s in secs if s.title]
    # Without the clause (session 51) each page is a section: 误入艺途(1), (2), (3) ...;
    # a page alone (the excerpt ends on 严峻的抉择(1)) keeps its number.
    assert titles == [
        "前言",
        "家贫",
        "个人奋斗",
        "误入艺途",
        "公费留学到巴黎",
        "梦幻与现实",
        "严峻的抉择(1)",
    ]
    # The text is unchanged: the later pages' lines stay inside their chapter.
    sec = next(s for s in secs if s.title == "误入艺途")
    body = text[sec.start : sec.end]
    assert "误入艺途(2)" in body and "误入艺途(3)" in body and "公费留学到巴黎" not in body
    assert body.count("\n    ") == 3  # the three pages' first paragraphs


def h(i: int, title: str) -> Heading:
    return Heading(i * 100, i * 100 + len(title), title, "cjk", 3)


def test_stems_without_cjk_stay_out():
    # An empty stem ("(1)", "(2)": numbered paragraphs) and a Latin one stay as read.
    for titles in (["(1)", "(2)"], ["Part (1)", "Part (2)"], ["寂 地(1)", "寂 地(3)"]):
        hs = [h(i, t) for i, t in enumerate(titles)]
        assert chapter_pieces(hs) == hs
    hs = [h(i, t) for i, t in enumerate(["附录(1)", "附录(2)", "后记"])]
    assert [x.title for x in chapter_pieces(hs)] == ["附录", "后记"]
