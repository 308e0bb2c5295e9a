"""Session 31 (wtD): a web-novel site's range markers and HTML link prompts
(``transforms.novel_site_prompts``, rule ``site_ad``). Excerpts of zzk6780051/novel's
downloads as the reader decodes them."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.novel_site_prompts import download_range_markers, html_link_prompts


def cleaned(text: str) -> str:
    return clean_text(normalize_text(text)).text


# 《战神殿(生而为王)》 (zzk6780051/novel): the marker over the first chapter it holds and under the last
ZHANSHEN = (
    "简介：《战神殿(生而为王)》你若入地狱，我定提刀驾马斩阎王！让你无限猖狂！！！\n"
    "\n\n【最新50章开始】\n\n\n"
    "第96章 杀气腾腾\n"
    "被叫做龙少的青年看向吴天等人恶狠狠地说道：“他们撞了我的车还打人，你说该怎么处理。”\n"
    "“谢谢夏叔叔，我会注意的，不知道你对这个组织有没有了解？”吴天问道。\n"
    "\n【最新50章结束】\n"
)

# 《仙逆》 (爪机书屋 download): the marker with the site's address inside the stars
XIANNI = (
    "================================\n"
    "☆☆☆仙逆 最新50章正文 开始[www.zhuaji.org]☆☆☆\n"
    "\n\n"
    "第十三卷 灯火阑珊 第2040章 不宣于口！\n"
)

# 《一世倾城》 (zzk6780051/novel)
YISHI = "【全文阅读开始】\n\n\n第11196章 大截杀2\n苏落带着宁妙颜在这毅仙王府邸逛了一圈。\n\n【全文阅读结束】\n"


def test_download_range_markers_cut():
    out = cleaned(ZHANSHEN)
    assert "最新50章" not in out
    assert "让你无限猖狂！！！" in out and "第96章 杀气腾腾" in out
    assert out.rstrip().endswith("吴天问道。")
    out = cleaned(XIANNI)
    assert "最新50章" not in out and "☆" not in out and "第2040章 不宣于口！" in out
    out = cleaned(YISHI)
    assert "全文阅读" not in out and "苏落带着宁妙颜" in out


def test_chapter_titles_with_start_or_end_stay():
    # chapter titles of hankinghu/literature-books and wuxia-novel books: no site word
    for title in ("【北伐开始】", "【一个时代的结束】", "【奇迹的开始】", "【全文完】"):
        text = f"{title}\n\n他们走了很远的路，终于到了城下。\n"
        assert download_range_markers(text) == []
        assert title in cleaned(text)


# 《龙族5悼亡者归来》 (zzk6780051/novel, 江南): three of the eight link lines two reading
# sites left under chapters of the collection
LONGZU5 = (
    "    他明白了阿巴斯的来意，并非质问，而是邀请。\n"
    "\n"
    '    <span style="font-size:16px;color:red;"><a href="http://www.05188.com/t1866081p1/">'
    "龙族5悼亡者的归来</a> 最新章节更新 请点击这里继续浏览："
    '<a href="http://www.05188.com/t1866081p1/">http://www.05188.com/t1866081p1/</a></span>\n'
    "------------\n"
    "\n"
    "    恰如我半梦半醒的时候会以为我还睡在多年前动物园旁边的那张小床上，窗下的书桌上摊开我的作业本。\n"
    "\n"
    '    <span style="font-size:18px;"><a href="http://m.duoben.net/wap.php?action=list&id=50166">'
    "龙族5最新章节 第10章</a> 请点击这里继续阅读："
    '<a href="http://m.duoben.net/wap.php?action=list&id=50166">'
    "http://m.duoben.net/wap.php?action=list&id=50166</a> </span>\n"
    "------------\n"
    "\n"
    '    请关注网址：<a href="http://m.duoben.net/wap.php?action=article&id=6643122">'
    "http://m.duoben.net/wap.php?action=article&id=6643122</a>\n"
    "\n"
    "    首先昨天忘记祝大家六一快乐了，一心思想着更新，节日都忘记啦！\n"
)


def test_html_link_prompts_cut():
    out = cleaned(LONGZU5)
    assert "href" not in out and "请点击这里" not in out and "05188" not in out
    assert "而是邀请。" in out and "摊开我的作业本。" in out and "节日都忘记啦！" in out


def test_html_link_prompts_need_three_lines():
    two = LONGZU5.split("    请关注网址")[0]
    assert html_link_prompts(normalize_text(two)) == []
    # a link without a site's prompt is no template line
    plain = LONGZU5.replace("请点击这里继续", "").replace("最新章节", "").replace("请关注网址", "")
    assert html_link_prompts(normalize_text(plain)) == []


# 《诡秘之主》 (xiexie1993/fiction_Secret_Master, 3_第三部_旅行家.md): two chapter ends with the
# site's "remember our address" template, its addresses stripped
GUIMI = (
    "    啊？什么？我什么时候又被拯救了？“月亮”埃姆林听得一阵茫然。\n"
    "\n"
    "    https:\n"
    "\n"
    "    请记住本书首发域名：。九天神皇手机版阅读网址：\n"
    "\n\n"
    "    血族？“世界”迟了一秒才给出正常的，必须的反应。\n"
    "\n"
    "    https:\n"
    "\n"
    "    天才一秒记住本站地址：.。手机版阅读网址：m.\n"
    "\n"
)
# 《诡秘之主》 (1_第一部_小丑.md): the template's tail glued to paragraph ends
GUIMI_TAILS = (
    "    注1：改编自爱德华菲兹杰拉德英译的《鲁拜集》。手机用户请浏览阅读，更优质的阅读体验。\n\n"
    "    “7，航海家。”手机用户请浏览阅读，更优质的阅读体验。\n\n"
    "    “如果让你们自杀是为了灭口，抹去线索，那为什么不直接让你当场毁掉那本笔记？”"
    "手机用户请浏览阅读，更优质的阅读体验。\n"
)


def test_remember_address_lines_cut():
    out = cleaned(GUIMI)
    assert "https" not in out and "域名" not in out and "阅读网址" not in out
    assert "埃姆林听得一阵茫然。" in out and "必须的反应。" in out
    out = cleaned(GUIMI_TAILS)
    assert "阅读体验" not in out
    assert "英译的《鲁拜集》。\n" in out and "“7，航海家。”\n" in out


def test_remember_address_lines_need_two():
    one = GUIMI.split("    血族？")[0]
    out = cleaned(one)
    assert "请记住本书首发域名" in out and "https:" in out
    one_tail = GUIMI_TAILS.split("\n\n")[0] + "\n"
    assert "更优质的阅读体验。" in cleaned(one_tail)


# 《诡秘之主》 (4_第四部_不死者.md): the mobile site's template, its address stripped, under
# chapters; 《元气少年》 (zzk6780051/novel): the same kind of line over chapter titles.
GUIMI_MOBILE = (
    "    然后，这位疯狂冒险家没什么表情地扣动了扳机。\n\n"
    "    注1：节选丁尼生《冲激，冲激，冲激》\n\n"
    "    。手机版更新最快网址：m.\n\n\n\n    \n\n\n第七十七章 黑暗里的危机\n\n\n    砰！\n\n"
    "    这四位似乎察觉到了有人在窥探，目光同时望着上方，仿佛在注视每一个看到这画卷的生灵！\n\n"
    "    。手机版更新最快网址：m.\n\n    \n\n\n\n    \n\n\n第八十章 另一个角度的神话\n\n"
)
YUANQI = (
    "“去买点吃的和酒回来，今天心情好请你们喝酒。”\n\n"
    "\u3000\u3000手机用户请访问,否则会出现无法访问的情况\n\n\n第446章 家访\n\n"
    "\u3000\u3000“军哥你没事了？”谭庆凯连忙跑过来接住钱，笑嘻嘻问道。\n\n"
    "\u3000\u3000手机用户请访问,否则会出现无法访问的情况\n\n\n第447章 爱或不爱\n\n"
    "\u3000\u3000苹果手机的起点客户端没有打赏功能，可以手机浏览器输入网址，然后找到元气少年的页面。\n"
)


def test_mobile_address_prompt_cut():
    """Clause mobile_address_prompt: the stripped mobile-site lines go, chapters and prose stay."""
    out = cleaned(GUIMI_MOBILE)
    assert "网址" not in out and "m." not in out
    assert "第七十七章 黑暗里的危机" in out and "注1：节选丁尼生《冲激，冲激，冲激》" in out
    out = cleaned(YUANQI)
    assert "手机用户请访问" not in out and "无法访问" not in out
    assert "第446章 家访" in out and "可以手机浏览器输入网址，然后找到元气少年的页面。" in out


def test_mobile_address_prompt_needs_two():
    """One such line stays (the count guard of remember_address_lines)."""
    one = YUANQI.split("第446章")[0]
    assert "手机用户请访问" in cleaned(one)
