"""Session 33 (wtE2): clause ``posting_stamp_lines`` (``transforms.novel_site_prompts``,
rule ``site_ad``): a reading site's posting stamp "更新时间… 字数：N" on a line of its own
under each chapter. Excerpts of hankinghu/literature-books' 《常识》 (梁文道) and
《唤醒心中的巨人》, zzk6780051/novel's 《祖训》, as the reader decodes them."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.novel_site_prompts import posting_stamp_lines
from transforms.structure import analyze_text


def cleaned(text: str) -> str:
    return clean_text(normalize_text(text)).text


# 《常识》: each essay's title over the site's stamp
CHANGSHI = (
    "常识\n\n"
    "自序 江山不幸诗家幸（1）\n更新时间2009-1-9 9:21:42  字数：1511\n\n"
    "\u3000除非你是梁启超，有一支生花妙笔，能够痛快淋漓地把四书五经说成是一套可以革命的理论，"
    "否则你很难让时事评论在时过境迁之后仍然有人爱读。\n\n"
    "自序 江山不幸诗家幸（2）\n更新时间2009-1-9 9:22:01  字数：1569\n\n"
    "\u3000包括米尔斯自己的作品在内，几乎所有轰动一时的小册子都会在时间的淘洗下褪色。\n\n"
    "炒 作\n更新时间2009-1-9 9:22:19  字数：2079\n\n"
    "\u3000“宣传”的名与实\n"
    "\u3000\u3000德籍犹裔维克多·克伦贝勒（VictorKlemperer）在《第三帝国的语言》里指出，"
    "纳粹政权最成功的地方在于改造了德国人的语言。\n"
)

# 《唤醒心中的巨人》: a site's name before the stamp, full-width colons as the reader folds
HUANXING = (
    "    第一卷 第三章\n"
    "    手机电子书·飞库网 更新时间:2006-7-24 10:34:00 本章字数:2084\n\n"
    "食物来填充肚子，用各种的酒类、香烟及毒品来戕害身体，成天坐在电视机前来麻痹心灵。\n\n"
    "    第一卷 第四章\n"
    "    手机电子书·飞库网 更新时间:2006-7-24 10:34:00 本章字数:2083\n\n"
    "生在八十年代之初。\n\n"
    "    第一卷 第五章\n"
    "    手机电子书·飞库网 更新时间:2006-7-24 10:34:00 本章字数:2063\n\n"
    "同样的情形，就是因为有坚强的决定，所以马丁路德·金博士才能侃侃而谈。\n"
)

# 《祖训》: an author's note among the stamps; its "每更2000字" and "总字数" stay
ZUXUN = (
    "包饺子，帖对联，欢欢喜喜过大年!!!\n更新时间2010-2-13 16:02:34  字数：160\n\n"
    "\u3000过年拉！！！包饺子，帖对联，欢欢喜喜过大年!!!\n\n"
    "作者的话\n更新时间2010-3-2 14:08:03  字数：802\n\n"
    "\u3000忽然收这么多推荐和评论，久花真的很开心，真心地感谢大大们的支持。\n\n"
    "作者的话:大大们帮着咱闺女挑个好女婿\n更新时间2010-3-16 12:59:38  字数：655\n\n"
    "\u3000久花一直以来都是每更2000字，从5.1开始，每更3000字，每天一更，不定期加更，"
    "总之，每月总字数只多不少。\n"
)


def test_posting_stamp_lines_cut_under_essays():
    out = cleaned(CHANGSHI)
    assert "更新时间" not in out and "字数" not in out
    assert "自序 江山不幸诗家幸（1）\n\n除非你是梁启超" in out
    assert "炒 作\n\n" in out and "纳粹政权最成功的地方" in out
    # nothing else goes: the text is the text without the three stamp lines
    bare = "".join(line for line in CHANGSHI.splitlines(True) if not line.startswith("更新时间"))
    assert out == cleaned(bare)


def test_posting_stamp_lines_with_site_name():
    out = cleaned(HUANXING)
    assert "飞库网" not in out and "更新时间" not in out
    assert out.count("第一卷 第") == 3 and "生在八十年代之初。" in out


def test_posting_stamp_lines_keep_author_words():
    out = cleaned(ZUXUN)
    assert "更新时间" not in out
    assert "作者的话：大大们帮着咱闺女挑个好女婿\n" in out
    assert "每月总字数只多不少。" in out and "每更2000字" in out


def test_posting_stamp_lines_guards():
    # a sentence that names the time or the count is no stamp line
    prose = (
        "经过科学地估算，环境污染问题要达到强烈危机的时间大约为一代半左右。报告的发表时间是1967年。\n"
        "他在网站上看到更新时间2010-2-13 16:02:34  字数：160，便笑了。\n"
    ) * 3
    assert posting_stamp_lines(prose) == []
    assert cleaned(prose).count("字数：160，便笑了。") == 3
    # two stamp lines are below MIN_STAMP_LINES; a date header without a count is none
    two = "".join(CHANGSHI.split("炒 作")[0])
    assert posting_stamp_lines(two) == []
    header = "#更新日期: 2021/03/13\n#更新日期: 2021/03/14\n#更新日期: 2021/03/15\n"
    assert posting_stamp_lines(header) == []


# 《常识》 as cleaned (stamps cut): seven essays' openings; "炒 作", "反 法", "浮 躁" are read
# by cjk_title_lines, the essays in parts by cjk_sequence_titles
CHANGSHI_CLEANED = (
    "炒 作\n"
    "\n"
    "“宣传”的名与实\n"
    "德籍犹裔维克多·克伦贝勒（VictorKlemperer）在《第三帝国的语言》里提出了一个相当经典的问题：“什么是希特勒最有力的宣传工具？是他和戈培尔的个别演讲吗？”与当时大部分人的想法不同，早在该书出版的1947年之前，克伦贝勒就极度清醒地发现了纳粹的秘密：“不，最有力的影响不是来自个别的讲辞或文章、宣传单张、海报与旗帜；这种影响力不是透过那些必得清醒地、有意识地吸收的东西而达致。\n"
    "\n"
    "大 局（1）\n"
    "\n"
    "“大局”究竟是什么\n"
    "中国历史最令人感动的特点之一就在于历史的书写本身。历代史官以“实录”的方式，尽力客观地记录国朝上下发生的大事。虽有帝王荒淫暴虐，也不必为尊者讳；虽有天灾人祸诸端异象，亦不必笔存忌惮。然后把一切留诸后世，不只信任自己，也信任未来。直到另一家人做了皇帝，依据前朝留下来的记录，再替它修整成史。这是后人对前人的责任，“兴灭国，继绝世，举逸民”。你可以篡夺人家的王位，消灭人家的天下，但是你不可夺走人家的记忆，以及历史。\n"
    "\n"
    "大 局（2）\n"
    "\n"
    "再看余先生十分强调的“反华宣传”，我们当可发现余先生其实是怕一群家长哭诉豆腐渣工程的场面不好看，会被“反华势力”利用，有损国家形象。如果这批家长愿意忍一忍，等那些还在关注灾区的外国记者散得差不多，那么国家的利益也就保住了。不过我们应当仔细地把政府从这里所说的“国家”抽出来，因为镜头下的示威场面不必然损及包括示威者在内的灾民，它真正损害的其实只是当地政府的形象罢了。所以余先生的“大局观”主要还是“当局观”。话说回头，这也是我等平民常有的习惯，动不动就叫人“顾全大局”，虽然明明想的是当局。似乎大家都和领导人很熟，都没拿自己当外人。\n"
    "在余先生的博客上，我见到许多他转贴的文章和来信，尽是一片称赞美誉。有的说“那些灾民被说服了”，有的认为“余秋雨先生又一次展现了优秀知识分子的人格水平”，更有人发现网民的骂声不只骂不垮余先生，而且余先生“每次遭受攻击，结果都增添一次光彩”。余先生文彩动人，向来粉丝众多，得到读者的真心拥护，不足为奇。只是在这件事上，我建议余先生和他的粉丝们不妨换个角度思考，换个人民的角度。\n"
    "同样是著名的知识分子，同样是替政府思虑，钱钢先生则指出“在更漫长的救灾日子里，灾民们可能的群情波动，政府都应以最大的仁厚包容之……”他还“恳请指挥者，慎用‘破坏抗震救灾’的罪名，温和化解灾区可能出现的社会矛盾。\n"
    "\n"
    "反 法\n"
    "\n"
    "反一项政策还是反一个国家\n"
    "时间过得真快，再过几天就是美国“误炸”中国驻南斯拉夫大使馆（1999年5月7日）九周年的日子了。想当年，也曾有群热血青年上街示威，在美国驻华使馆外慷慨激昂。\n"
    "\n"
    "浮 躁\n"
    "\n"
    "这个时代的集体病症\n"
    "很多人以为一个电台或电视的清谈节目要做得好，主持人的口才是最重要的。但就我个人的观察和体会，原来这个世界上大部分成功的清谈节目靠的是参与者的“耳才”，而非“口才”。\n"
    "\n"
    "抗 战（1）\n"
    "\n"
    "为什么它还没有结束\n"
    "两种非常奇怪的现象：一是2005年全球纪念二次世界大战的结束，战时死亡人数最多的俄罗斯在纳粹德国投降的六十周年，于莫斯科红场举行了盛大的阅兵仪式。一队苏联红军接受俄罗斯人民的英雄式欢迎，光荣无比地经过克里姆林宫，一派战胜国的气势。反观死伤数字比得上俄罗斯、战时国体残败犹有过之的中国，对之却表现得相当低调。而且全国上下的官方机构、各级传媒也是多谈当年的苦难国耻，少谈胜战的荣耀喜悦。明明是二次世界大战的胜方，中国却表达不出一种胜利的感觉。\n"
    "\n"
    "抗 战（2）\n"
    "\n"
    "当中国官民不断抗议施压，要求日本首相小泉纯一郎不要再去靖国神社参拜；当8月15日日本宣布投降六十周年纪念的那一天，日本民众以破纪录的人数前往靖国神社致祭——我们很自然地会想到，如果中国的老百姓想在这一天公开追悼在抗战中死去的平民和军人，他们会去哪里？他们能去哪里？\n"
    "是北京天安门广场上的人民英雄纪念碑吗？这尊著名碑石是中国最大型的纪念碑，没有按照中国传统面阳朝南，反而为了迁就观众向阴朝北，饶是如此，观众向它献花致敬也往往要经官方批准和组织。近两年来，曾有人民自发向其献花却被公安问话阻挡的事例，请注意这些人还不是在特殊的日子去致哀，据知他们只是想悼念抗战英烈而已。何况人民英雄纪念碑也非专为抗战而设，它纪念的是“三十年以来，在人民解放战争和人民革命中牺牲的人民英雄”和“由此上溯到一千八百四十年，从那时起，为了反抗内外敌人，争取民族独立和人民自由幸福，在历次斗争中牺牲的人民英雄们”。\n"
)


def test_sequence_beside_titles_reads_the_parts_too():
    """Clause sequence_beside_titles (transforms.sections): without the stamp under each
    title (shared_follower_title's evidence), cjk_title_lines reads the unnumbered titles
    and the titles in parts were lost."""
    titles = [s.title for s in analyze_text(CHANGSHI_CLEANED).sections]
    # Session 52 (clause piece_stem_titled of rule chapter_pieces): the two pages of one
    # essay are one section titled without the page number; before: "大 局（1）", "大 局（2）",
    # "反法", "浮躁", "抗 战（1）", "抗 战（2）" (both pages read, the point of this test).
    assert titles == ["炒作", "大局", "反法", "浮躁", "抗战"]


def test_posting_stamp_lines_need_the_word_count():
    # review (session 33): without "(本章)字数N" a dated line is no stamp ("更新时间 … 作者")
    lines = "".join(
        f"更新时间2009-1-{d} 9:21:42  作者：梁文道\n\n正文第{d}段。\n\n" for d in (7, 8, 9)
    )
    assert posting_stamp_lines(lines) == []


def test_posting_stamp_lines_site_name_holds_no_sentence_mark():
    # review (session 33): a sentence ending in a stamp ("他说，这是 更新时间…") is no stamp line
    lines = "".join(f"他说，这是 更新时间2009-1-{d} 字数：1511\n\n正文。\n\n" for d in (7, 8, 9))
    assert posting_stamp_lines(lines) == []


def test_sequence_beside_titles_reads_long_parts_cjk_title_lines_leaves():
    """Review (session 33): part_number_title now reads "大 局（1）" itself, so the test above
    passes without sequence_beside_titles; titles in parts too long for cjk_title_lines
    (邻家的百万富翁's "百万富翁与车 汽车的品牌形象（1）") are read by the sequence rule only."""
    text = CHANGSHI_CLEANED.replace("大 局（", "百万富翁与车 汽车的品牌形象（").replace(
        "抗 战（", "百万富翁的幸福感 蓝领百万富翁的幸福感（"
    )
    titles = [s.title for s in analyze_text(text).sections]
    # Session 52 (chapter_pieces' piece_stem_titled): both pages read, then one section
    # each, titled without "（k）" (before: the four page titles "…（1）", "…（2）").
    assert titles == [
        "炒作",
        "百万富翁与车 汽车的品牌形象",
        "反法",
        "浮躁",
        "百万富翁的幸福感 蓝领百万富翁的幸福感",
    ]
