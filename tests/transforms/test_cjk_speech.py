"""Clauses speech_tag_after_quote and short_quote_whole (transforms/cjk_speech.py), on
real dialogue: 鲁迅《呐喊·风波》(tallusil/luxun-novel-analysis data/combined/呐喊.txt),
the web novel DNF圣职者转生异界 (zzk6780051/novel, GB18030), 红楼梦 (shared zh_classics)."""

from transforms.sentences import sentence_spans


def _sentences(text):
    return [text[a:b].strip() for a, b in sentence_spans(text, "auto")]


def test_a_speech_tag_stays_with_its_quotation():
    # 呐喊·风波: "七斤说。" was a sentence of its own.
    text = "　　“皇帝坐了龙庭了。”七斤说。\n\n　　七斤嫂看着七爷的脸，竭力陪笑道，"
    assert _sentences(text)[0] == "“皇帝坐了龙庭了。”七斤说。"


def test_a_tag_after_a_question_runs_on_to_its_clause():
    # DNF圣职者转生异界: the tag "莎雅反问道，" and the narration after it.
    text = "    “石头都能开口说话了，难道不能被眩晕？”莎雅反问道，她这话算是把爱莉噎住了。\n"
    assert _sentences(text) == [
        "“石头都能开口说话了，难道不能被眩晕？”莎雅反问道，她这话算是把爱莉噎住了。"
    ]


def test_a_short_quotation_of_two_full_sentences_keeps_both():
    # short_quote_tiny_piece (session 32). DNF圣职者转生异界: two full questions in one short
    # speech (9 and 5 CJK characters) are two sentences, as the hand labels read them.
    text = "    “你的矮人消息网就这样？干什么吃的？”\n\n    “老哥，那TM可是100多年前的事情呢。”\n"
    assert _sentences(text)[:2] == ["“你的矮人消息网就这样？", "干什么吃的？”"]
    # 水浒传 第三十七回 (hard wraps joined): the ASCII-quoted speech is cut the same way.
    text = (
        '太公道："你哥哥得醉了，去睡在后面亭子上。"那汉道："我自去叫他起来。我和他赶人。"太公道：'
    )
    assert '那汉道："我自去叫他起来。' in _sentences(text)
    assert '我和他赶人。"' in _sentences(text)


def test_a_short_quotation_with_a_tiny_piece_is_not_cut_inside():
    # short_quote_whole, narrowed by short_quote_tiny_piece: a cut would leave a piece of
    # at most 4 CJK characters. 红楼梦 第十九回 ("好！好！") and 水浒传 第四十五回 ("贼秃！").
    text = "茗烟笑道：“好！好！倒忘了他家。”又道：“他们知道了，说我引着二爷胡走，要打我呢。”\n"
    assert "茗烟笑道：“好！好！倒忘了他家。”" in _sentences(text)
    text = '这淫妇在侧边伸手便扯去他头巾，露出光顶来，轻轻地骂一声："贼秃！倒好见识！"两个抱搂着上楼去了。'
    assert (
        _sentences(text)[0]
        == '这淫妇在侧边伸手便扯去他头巾，露出光顶来，轻轻地骂一声："贼秃！倒好见识！"'
    )


def test_a_piece_after_a_nested_quotation_is_measured_from_the_outer_mark():
    # short_quote_tiny_piece_outer_open (session 32 review): the piece before a start that
    # follows a nested quotation runs from the outer mark ("你们都说去吧", 6 CJK), not from
    # the inner one ("去吧", 2), so the two full sentences are two. Constructed line.
    text = "他道：“你们都说『去吧』。我偏偏不去了。”众人都笑。"
    assert _sentences(text) == ["他道：“你们都说『去吧』。", "我偏偏不去了。”", "众人都笑。"]


def test_a_long_speech_keeps_its_sentences():
    # DNF圣职者转生异界: 53 characters, two sentences in the quotation.
    text = (
        "“我怎么知道你到时候会不会把我们卖了？毕竟散播伪装者的是我们，而你可是高高在上的圣拳呢。”\n"
    )
    assert _sentences(text) == [
        "“我怎么知道你到时候会不会把我们卖了？",
        "毕竟散播伪装者的是我们，而你可是高高在上的圣拳呢。”",
    ]


def test_a_tag_that_opens_the_next_speech_starts_a_sentence():
    # 红楼梦 第五回: "宝玉笑道：" introduces 宝玉's reply (session 19's reading).
    text = "他虽腼腆，却脾气拐孤，不大随和儿。”宝玉笑道：“你去罢，我知道了。”秦氏又嘱咐了他兄弟一"
    assert "宝玉笑道：“你去罢，我知道了。”" in _sentences(text)


def test_narration_after_a_quotation_is_no_tag():
    # DNF圣职者转生异界: a new sentence (no verb of saying at its clause's end), and
    # "知道" (to know) is no tag.
    text = (
        "    “混蛋！”瑞克的双拳上圣光若隐若现。\n"
        "    “神父还有什么吩咐？”郑铭知道，如果没事神父因该立刻让自己两人去埃利奥特家族，"
        "而不是在这里谈话。\n"
    )
    assert _sentences(text) == [
        "“混蛋！”",
        "瑞克的双拳上圣光若隐若现。",
        "“神父还有什么吩咐？”",
        "郑铭知道，如果没事神父因该立刻让自己两人去埃利奥特家族，而不是在这里谈话。",
    ]


def test_ascii_quotes_pair_by_their_line():
    # 古龙《七杀手》(jbts6/wuxia-novel): ASCII '"' for both marks (clause ascii_quote_speech).
    text = (
        '杜七突然停下脚,再次回头,岩石般的脸上,竟已动容:"龙五?三湘龙五?"\n\n'
        '"你本来是怎样想的?"龙五道,"你本来是不是一直都在怀疑我?"\n'
    )
    assert _sentences(text) == [
        '杜七突然停下脚,再次回头,岩石般的脸上,竟已动容:"龙五?三湘龙五?"',
        '"你本来是怎样想的?"龙五道,"你本来是不是一直都在怀疑我?"',
    ]


def test_an_ascii_quote_after_a_full_stop_opens_the_next_sentence():
    # 古龙《三少爷的剑》(jbts6/wuxia-novel): '。"' where the '"' opens the quotation; the
    # start goes before it, and the short quotation stays whole.
    text = '冷月。新坟。"燕十三之墓。"\n'
    assert _sentences(text) == ["冷月。", "新坟。", '"燕十三之墓。"']


def test_ascii_quotes_in_a_hard_wrapped_text_are_left_alone():
    # 水浒传 (shared zh_classics): lines break inside quotations, so a line's count of
    # '"' pairs nothing; the start after '怎地。"' stays where it was. As the pipeline
    # reads it: with the hard wraps joined (a line that opens inside a quotation).
    text = (
        '豪杰，岂非天幸！且请同坐，再酌三杯。"再唤酒保重整杯盘，再备肴馔。张顺道：\n'
        '"既然哥哥要好鲜鱼，兄弟去取几尾来，"宋江道："最好。"李逵道："我和你\n'
        '去讨。"戴宗喝道："来了！你还得水不快活？"张顺笑将起来，绾了李逵手，说\n'
        '道："我今番和你去讨鱼，看别人怎地。"两个下琵琶亭来。到得江边，张顺略哨\n'
    )
    text = text.replace("\n", "", 3) + "此行无引号。\n" * 20
    assert any(s.startswith("两个下琵琶亭来。") for s in _sentences(text))


def test_a_negated_verb_is_the_next_event_not_a_tag():
    # speech_tag_after_quote_negated. 三國演義 (oscarsun72/chtxt x.小說): "操不答。" is
    # Cao Cao's silence, a sentence of its own; 红楼梦 (shared zh_classics, hard wrap
    # joined): 丰儿 is cut off by 贾母.
    text = "荀彧入見曰：「劉備英雄也，今不早圖，後必為患。」操不答。彧出，郭嘉入。"
    assert "操不答。" in _sentences(text)
    text = "如今气都接不上了，平儿叫我来回太太。” 丰儿没有说完，贾母听见，便问：“到底怎么样？”"
    assert _sentences(text)[1].startswith("丰儿没有说完，")


def test_a_hearer_or_a_road_is_no_speech_tag():
    # speech_tag_after_quote_not_speech. 西遊記 and 史記 (oscarsun72/chtxt).
    text = "分明說：「李世民來了，李世民來了。」太宗聽叫，心驚膽戰。"
    assert _sentences(text)[-1] == "太宗聽叫，心驚膽戰。"
    text = "詔曰：「江南火耕水耨，令飢民得流就食江淮閒，欲留之處。」遣使冠蓋相屬於道，護之。"
    assert _sentences(text)[-1] == "遣使冠蓋相屬於道，護之。"


def test_a_participle_after_a_quotation_opens_the_next_event():
    # speech_tag_after_quote_participle. 红楼梦 (shared zh_classics): "说着，" runs on
    # into another person's entrance and speech; it stays a sentence of its own.
    text = "贾珍道：“这是怎么说？不过是几个果子罢咧，有什么要紧？我又没有疑你。”说着，只见鲍二走来磕了一个头。"
    assert _sentences(text)[-1] == "说着，只见鲍二走来磕了一个头。"
    text = "李纨道：“你这会子不在那边，做什么来了？”说着，林之孝家的也进来了。"
    assert _sentences(text)[-1] == "说着，林之孝家的也进来了。"


def test_a_japanese_quotative_stays_with_its_quotation():
    # quotative_after_quote. 鈴木三重吉《黄金鳥》(aozorahack/aozorabunko_text): the
    # quotative と after "。」" opened a sentence of its own ("と馬が言いました。").
    text = (
        "「それはあなたが一ばんはじめに拾った羽根のたたりです。私があれほど止めたのに、"
        "お聞きにならないから。」と馬が言いました。\n"
        "「第一、その王女はまだ生きておいでになるのだろうか。」\n"
        "「御心配には及びません。私がちゃんとよくして上げましょう。」と馬が言いました。\n"
    )
    assert _sentences(text) == [
        "「それはあなたが一ばんはじめに拾った羽根のたたりです。",
        "私があれほど止めたのに、お聞きにならないから。」と馬が言いました。",
        "「第一、その王女はまだ生きておいでになるのだろうか。」",
        "「御心配には及びません。私がちゃんとよくして上げましょう。」と馬が言いました。",
    ]


# 江南《龙族1-3》(zzk6780051/novel, GB18030), 25 paragraphs of chapter 15: a text that tags
# after its quotations (clause speech_tag_sentence_style: 227 tags after a quotation, 0
# before, in the book's first 100,000 characters; 10 in these paragraphs).
_LONGZU = (
    "\u3000\u3000迪里雅斯特号终于挣脱了潜流，它进入了上升水流，如同一只振作起来的飞鸟扶摇而上。\n"
    "\u3000\u3000“我听说你私下里写过一本书还上了《纽约时报》的畅销书榜？”楚子航淡淡地说。\n"
    "\u3000\u3000“《Dragon Raja》，现在还排在第三名，我计划在完成这项任务之后推出系列的第三本。我是说如果我活下来的话。”恺撒说，“你们能不能别无聊到偷听别人的遗书。”\n"
    "\u3000\u3000“我知道这不太礼貌，但你的文笔确实很好，虽然你的中文用词有时候不准。”\n"
    "\u3000\u3000“要追中国女孩不努力学习中文怎么行？楚子航你不想也录段录音么？或者你们中国觉得留遗书是不吉利的事？”\n"
    "\u3000\u3000“我已经录了，没在公共频道里，所以你们没听到。”楚子航说，“很短，可以回放给你们听。”\n"
    "\u3000\u3000他按下回放键：“爸爸，当你听到这段录音的时候我已经不在这个世界上了。请勿追查我的死因，因为不会有结果也不重要，这是我自己的选择，没有任何人逼迫我。请照顾好妈妈，不要让她太难过。我知道妈妈和你有过协议为了我不生孩子，但以你们的年纪生育应该不成问题，生个孩子会让她和你都更开心。这些年谢谢你的照顾，我知道你为我骄傲。”\n"
    "\u3000\u3000“你的遗书居然是留给继父而不是你妈妈？”恺撒说。\n"
    "\u3000\u3000“其实没什么想跟妈妈说的，她没有血统，不会明白我们做的这些事。说些煽情的话只会让她反反复复地听来难过而已。”楚子航说，“我继父是个很理性的人，他会想办法劝说妈妈再生个孩子。那样他们都不会寂寞了。”\n"
    "\u3000\u3000“想到有人会取代自己的位置，一家三口开开心心的，自己不会难过么？”路明非觉得有点心酸。\n"
    "\u3000\u3000“没有人是不可替代的，也没什么好难过。”楚子航淡淡地说，“路明非你要不要录音？”\n"
    "\u3000\u3000“想过要录，可是没想明白要录给谁听。”路明非抓抓脑袋。\n"
    "\u3000\u3000源稚生叼着烟卷靠在栏杆上，默默地听着海底深处的对话。\n"
    "\u3000\u3000第十五章 潜龙升空之海\n"
    "\u3000\u3000轻盈的影子从冰十字枪的尾部一跃而起，女孩穿着红白相间的巫女服，大袖在海水中展开。她束发的带子断裂了，长发漫漫如深红色的海藻。\n"
    "\u3000\u3000路明非下意识地脱口要喊出那个名字……诺诺！\n"
    "\u3000\u3000“到达列宁号残骸上空，准备投掷核动力舱，中子密度超过安全阈值120%，预计核动力舱将在20分钟后爆炸，爆照当量初步估算为100万吨级。”恺撒大声说。\n"
    "\u3000\u3000“同意投掷核动力舱。”源稚生说，“须弥座已经做好准备回收迪里雅斯特号。”\n"
    "\u3000\u3000他背后的乌鸦和夜叉对视了一眼。他们都清楚迪里雅斯特号的生还几率有多高，根本不是源稚生所说的那样，根据辉月姬的模拟，生还几率不到1%。因为核动力舱经过改装后，爆炸威力远大于源稚生所说的百万吨级，以它的威力确实能够掀起海啸，只有这种威力的东西才能毁灭埋葬神的废墟。即便恺撒小组幸运地躲过了核爆的冲击波，他们也难以逃过幸存的尸守，核爆的威力未必能解决所有的尸守。\n"
    "\u3000\u3000“解放核动力舱！立刻返航！”恺撒打开了悬挂核动力舱的挂钩。\n"
    "\u3000\u3000“等一等！”楚子航大吼。\n"
    "\u3000\u3000但已经晚了，黄色的核动力舱缓缓地下沉。挂钩一旦打开，它和迪里雅斯特号就脱离了关系，以核动力舱的自重，迪里雅斯特号别想重新把它挂上挂钩。\n"
    "\u3000\u3000“怎么了？”恺撒问。\n"
    "\u3000\u3000“你解放核动力舱之前中子密度忽然下降，核动力舱重新进入安全保护模式，镉棒插回了反应炉内，这样它根本就不会爆炸！”\n"
    "\u3000\u3000“不会吧？”路明非说，“装备部做的东西，以前我们不想让它炸它到处乱炸，现在我们费了那么大力气引爆它它又不炸了，装备部耍我们么？”\n"
)


def test_a_whole_tag_sentence_stays_with_its_quotation():
    # speech_tag_sentence. 龙族1-3: "芬格尔结实地抱住路明非，仰天长叹。" (two clauses, the
    # verb at the end) was a sentence of its own.
    text = _LONGZU + "　　“我现在想要杀了乐队指挥全家……”芬格尔结实地抱住路明非，仰天长叹。\n"
    assert (
        _sentences(text)[-1] == "“我现在想要杀了乐队指挥全家……”芬格尔结实地抱住路明非，仰天长叹。"
    )


def test_a_refusal_after_a_quotation_is_no_tag():
    # speech_tag_sentence_negated. The web novel 013 of session 30's corpus (zzk6780051/novel,
    # tags after quotations 308 times, before 153), after the 龙族 paragraphs:
    # "陆凡挑了挑眉，不愿跟他多说。" refuses to talk, the next event.
    text = _LONGZU + "    “我来接一个朋友。”陆凡挑了挑眉，不愿跟他多说。\n"
    assert _sentences(text)[-2:] == ["“我来接一个朋友。”", "陆凡挑了挑眉，不愿跟他多说。"]


def test_a_verb_sentence_after_a_quotation_in_a_text_that_tags_before_is_the_next_event():
    # speech_tag_sentence_style. 红楼梦 第四十七回 (shared zh_classics, hard wrap joined):
    # 湘莲 asks, 薛蟠 does not answer: "薛蟠不应，只伏着哼哼。" is his own act.
    text = (
        "湘莲又问道：“你可认得我了？”薛蟠不应，只伏着哼哼。湘莲又掷下鞭子，"
        "用拳头向他身上擂了几下。\n"
    )
    assert "薛蟠不应，只伏着哼哼。" in _sentences(text)


def test_an_opening_interjection_joins_the_sentence_it_opens():
    # quote_opening_interjection. 重生之校园最强兵王 (zzk6780051/novel, GB18030): a speech
    # of 51 characters, so short_quote_whole leaves its inner starts; "“喂！" alone was a
    # sentence (two characters, half a quotation).
    text = (
        "    “喂！你们三个到底是怎么回事？集体旷课？数学王老师很生气，你们最好去给他解释清楚，"
        "对了，写份检查比较好。”说话的是班长贺蓓蓓。\n"
    )
    assert _sentences(text)[:2] == ["“喂！你们三个到底是怎么回事？", "集体旷课？"]


def test_a_sound_after_a_quotation_is_the_next_event():
    # speech_tag_sentence's sound guard. 鲁迅《彷徨·肥皂》(tallusil/luxun-novel-analysis
    # data/combined/彷徨.txt; 彷徨 tags after its quotations: 98 times, 4 before): the
    # laugh rings in the ears ("的叫"), no one speaks. The tag of a speech in the same
    # book, "”四太太糊着纸锭，同情的说。", is dropped.
    import numpy as np

    from transforms.cjk_speech import speech_tag_drops

    laugh = "　　“哈哈哈！两块肥皂！”道统的响亮的笑声突然发作了，震得人耳朵[口皇][口皇]的叫。\n"
    tag = "　　“对咧，真不如统统关掉的好。”四太太糊着纸锭，同情的说。\n"
    for text, dropped in ((laugh, []), (tag, [tag.index("四太太")])):
        starts = np.asarray([0, text.index("”") + 1], dtype=np.int64)
        assert speech_tag_drops(text, starts, tags_after=True) == dropped


def test_a_pronoun_tag_behind_a_swapped_quote_mark_is_no_interjection():
    # quote_opening_interjection_tag (session 31, review). 莫言《丰乳肥臀》
    # (hankinghu/literature-books, 丰乳肥臀.txt): a speech over several lines leaves “ and
    # ” swapped on the rest of its line, so "“她说。" looks like an opening interjection
    # with a "”" further on; the narration after it is its own sentence. A real
    # interjection on a line of the same shape is still joined.
    line = (
        "    尽管上官金童在墙角紧缩着身体，照样也免不了遭到她的训斥。”闪开，你长眼没有？“她说。"
        "他用在劳改农场十五年锻炼出的机警，迅速地跳到一边去，看到她不高兴地指着他的帆布旅行包，"
        "斥道：”谁的？挪开！“他顺从地把那个装着全部家当的旅行包提起来。\n"
    )
    sentences = _sentences(line)
    assert "“她说。" in sentences
    assert any(s.startswith("他用在劳改农场十五年锻炼出的机警") for s in sentences)
    interjection = (
        "    司马库打着饱嗝说：“吃饱了。老岳母，谢谢你！他大姨，小姨玉女，谢谢你们！儿子，捧了半天"
        "酱碗，谢谢你！凤，凰，好好听姥姥和大姨的话，有什么难处，去找你们五姨，她现在正走红运，"
        "而你们的老爹正走背字。”\n"
    )
    assert "司马库打着饱嗝说：“吃饱了。老岳母，谢谢你！" in _sentences(interjection)


def test_a_japanese_conjunction_after_a_quotation_starts_a_sentence():
    # quotative_after_quote's exceptions (session 31, review). 内村鑑三『後世への最大遺物』
    # (aozorahack/aozorabunko_text cards/000034/files/519_ruby_2965): ところが after "。」"
    # is "but then", a new sentence, not the quotative と.
    text = (
        "「失礼ながら『基督教青年』は私のところへきますと私はすぐそれを厠《かわや》へ持っていって"
        "置いてきます。」ところが先生たいへん怒った。それから私はそのわけをいいました。\n"
    )
    assert "ところが先生たいへん怒った。" in _sentences(text)


# Session 32. 水浒传 (shared zh_classics, cleaned: a chapter a line) uses ASCII '"' and its
# lines do not pair them (clause ascii_quote_speech is off: the raw file's hard-wrapped
# lines below hold an odd number), so short '道："…"' quotations were cut inside.
_SHZ_WRAPPED = (
    '豪杰，岂非天幸！且请同坐，再酌三杯。"再唤酒保重整杯盘，再备肴馔。张顺道：\n'
    '"既然哥哥要好鲜鱼，兄弟去取几尾来，"宋江道："最好。"李逵道："我和你\n'
    '去讨。"戴宗喝道："来了！你还得水不快活？"张顺笑将起来，绾了李逵手，说\n'
)


def test_a_short_ascii_quotation_after_its_tag_stays_whole():
    # colon_ascii_quote. 水浒传 第三十七回: "你这贼配军！" alone was a sentence, the
    # tag "那大汉揪住宋江，喝道：" cut from half of the speech.
    text = (
        '那大汉揪住宋江，喝道："你这贼配军！敢回我话！"宋江道："做甚么不敢回你话！"'
        "那大汉提起双拳，劈脸打来。\n" + _SHZ_WRAPPED
    )
    assert _sentences(text)[:2] == [
        '那大汉揪住宋江，喝道："你这贼配军！敢回我话！"',
        '宋江道："做甚么不敢回你话！"',
    ]


def test_an_ascii_quotation_left_open_does_not_pair_with_the_next_tag():
    # colon_ascii_quote's guard. 水浒传 第十三回: the first speech has lost its closing
    # '"'; the next '"' comes after a colon ("梁中书道：\""), so it opens the next speech,
    # and "杨志转过厅前，唱个大喏。" stays a sentence of its own.
    text = (
        '梁中书道："叫东京对拨来的军健杨志。杨志转过厅前，唱个大喏。梁中书道："杨志，'
        '我知你原是东京殿司府制使军官，犯罪配来此间。"\n' + _SHZ_WRAPPED
    )
    assert "杨志转过厅前，唱个大喏。" in _sentences(text)


def test_a_quotation_nested_at_the_start_of_a_short_one_is_read_as_one():
    # nested_quote_span. 西遊記 第一回 (oscarsun72/chtxt): "『道』" opens after the outer
    # 「, and the start after "正果。" was read against it alone. short_quote_tiny_piece then
    # cuts it at its inner end (two full sentences) ...
    text = "　　祖師道：「『道』字門中有三百六十傍門，傍門皆有正果。不知你學那一門哩？」\n"
    assert _sentences(text) == [
        "祖師道：「『道』字門中有三百六十傍門，傍門皆有正果。",
        "不知你學那一門哩？」",
    ]
    # ... but keeps it whole where a piece is tiny: the start is still read as inside.
    text = "　　祖師道：「『道』字門中有三百六十傍門。好！」\n"
    assert _sentences(text) == [text.strip()]


# traditional_speech_tag. 鲁迅's stories were first printed in Traditional characters; these
# are 《呐喊·风波》's and 《彷徨·肥皂》's lines (the tests above and session 31's) in them,
# with 「」: "七斤說。" and "四太太糊著紙錠，同情的說。" are the tags of the speech before.
_FENGBO_ZHT = "　　「皇帝坐了龍庭了。」七斤說。\n"
_FEIZAO_ZHT = "　　「對咧，真不如統統關掉的好。」四太太糊著紙錠，同情的說。\n"


def test_a_traditional_speech_tag_stays_with_its_quotation_where_tags_follow():
    import numpy as np

    from transforms.cjk_speech import speech_tag_drops

    for text, tag in ((_FENGBO_ZHT, "七斤"), (_FEIZAO_ZHT, "四太太")):
        starts = np.asarray([0, text.index("」") + 1], dtype=np.int64)
        assert speech_tag_drops(text, starts, tags_after=True) == [text.index(tag)]
        # ... and only there (speech_tag_sentence_style): not in a text that tags before.
        assert speech_tag_drops(text, starts, tags_after=False) == []


def test_a_classical_text_that_tags_with_yue_is_no_tags_after_text():
    # traditional_speech_tag's style count. 史記·高祖本紀 (oscarsun72/chtxt): "高祖乃說。"
    # (說 = 悅, was pleased) after 蕭何's answer is the next event. 史記 tags before with
    # "曰：「" (1,642 times); here the passage 20 times (40 "曰：「"): 10 tags after do not
    # make it a tags-after text.
    from transforms.cjk_speech import _tags_after_quotes

    text = (
        "　　蕭丞相營作未央宮，立東闕、北闕、前殿、武庫、太倉。高祖還，見宮闕壯甚，怒，謂蕭何曰："
        "「天下匈匈苦戰數歲，成敗未可知，是何治宮室過度也？」蕭何曰：「天下方未定，故可因遂就宮室。"
        "且夫天子四海為家，非壯麗無以重威，且無令後世有以加也。」高祖乃說。\n"
    ) * 20
    assert not _tags_after_quotes(text, 10)


def test_an_english_colon_quotation_keeps_its_starts_where_quotes_do_not_pair():
    # colon_ascii_quote: ':' opens a quotation only around CJK text. English hard-wrapped
    # lines that do not pair '"' (ascii_quote_speech off, as in 水浒传): 'said:"Go. Now."'
    # keeps Punkt's starts.
    text = (
        '"Wait for me, Tom," she called, running after him to the\n'
        'door." He said:"Go. Now. We have no time."\n'
    )
    assert _sentences(text)[-3:] == ['He said:"Go.', "Now.", 'We have no time."']


def test_an_ascii_quotation_over_40_characters_after_its_tag_keeps_its_sentences():
    # colon_ascii_quote's cap (review 32), as short_quote_whole's: 水浒传 第一百一十九回's
    # speech of three sentences (46 characters with its marks) is cut at each of them.
    text = (
        '寺内众僧，推开窗，指着那潮头，叫鲁智深看，说道："这潮信日夜两番来，并不违时刻。'
        '今朝是八月十五日，合当三更子时潮来。因不失信，谓之潮信。"鲁智深看了，从此心中忽然大悟。\n'
        + _SHZ_WRAPPED
    )
    assert "今朝是八月十五日，合当三更子时潮来。" in _sentences(text)


def test_a_ratio_colon_opens_an_ascii_quotation_as_the_full_width_one():
    # colon_ascii_quote_ratio (review 32): 水浒传 writes "∶" (U+2236) for the colon 37
    # times before '"'. 第七回: the short speech stays whole with its tag; 第十九回: "∶\""
    # opens 吴用's proverb, so the '"' after "自古道∶" closes no quotation opened before it.
    text = (
        '恰待下楼，只见前日在岳庙里罗噪娘子的那后生出来道∶"娘子少坐，你丈夫来也。"锦儿慌忙下得楼。\n'
        '吴用笑道："不须兄长挂心，吴某自有措置。自古道∶"水来土掩，兵到将迎。""随即唤阮氏三雄。\n'
        + _SHZ_WRAPPED
    )
    got = _sentences(text)
    assert '恰待下楼，只见前日在岳庙里罗噪娘子的那后生出来道∶"娘子少坐，你丈夫来也。"' in got
    assert '吴用笑道："不须兄长挂心，吴某自有措置。' in got


def test_a_tag_closed_by_a_comma_opens_the_next_quotation_in_a_text_that_tags_before():
    # tag_before_next_quote (session 33). 红楼梦 第八十四回 (shared zh_classics, hard wraps
    # joined; 11 tags before a quotation in the paragraph): "贾政道，" is the next speaker's
    # tag, written with "，" where the others have "："; it was joined to 宝玉's speech.
    text = (
        "却说邢夫人自去了。贾政同王夫人进入房中。贾政因提起贾母方才的话来，说道：“老太太这么疼宝玉。"
        "毕竟要他有些实学，日后可以混得功名才好：不枉老太太疼他一场，也不至遭塌了人家的女儿。”"
        "王夫人道：“老爷这话自然是该当的。”贾政因派个屋里的丫头传出去告诉李贵：“宝玉放学回来，"
        "索性吃饭后再叫他过来，说我还要问他话呢。”李贵答应了“是”。至宝玉放了学，刚要过来请安，"
        "只见李贵道：“二爷先不用过去。老爷吩咐了，今日叫二爷吃了饭就过去呢。听见还有话问二爷呢。”"
        "宝玉听了这话，又是一个闷雷，只得见过贾母，便回园吃饭。三口两口吃完，忙漱了口，"
        "便往贾政这边来。贾政此时在内书房坐着。宝玉进来请了安，一旁侍立。贾政问道：“这几日我心上"
        "有事，也忘了问你。那一日你说你师父叫你讲一个月的书，就要给你开笔。如今算来将两个月了，"
        "你到底开了笔了没有？”宝玉道：“才做过三次。师父说：‘且不必回老爷知道；等好些，"
        "再回老爷知道罢。因此，这两天总没敢回。’”贾政道：“是什么题目？”宝玉道：“一个是‘吾十有五而"
        "志于学’，一个是‘人不知而不愠’，一个是‘归则墨’三字。”贾政道，“都有稿儿么？”宝玉道：“都是"
        "作了抄出来，师父又改的。”贾政道：“你带了家来了，还是在学房里呢？”宝玉道：“在学房里呢。”"
        "贾政道：“叫人取了来我瞧。”\n"
    )
    got = _sentences(text)
    assert "贾政道，“都有稿儿么？”" in got
    assert "宝玉道：“一个是‘吾十有五而志于学’，一个是‘人不知而不愠’，一个是‘归则墨’三字。”" in got
    # 老殘遊記 第十五回 (oscarsun72/chtxt): "人瑞道，" opens 人瑞's answer to 老殘.
    text = (
        "老殘道：「都是被你一留再留的。倘若我在屋裡，不至於被他燒得這麼乾淨。」人瑞道，「咦！"
        "不言臊！要是讓你回去，只怕連你還燒死在裡頭呢！你不好好的謝我，反來埋怨我，真是不識好歹。」"
        "老殘道：「難道我是死人嗎？你不賠我，看我同你干休嗎？」\n"
    )
    assert _sentences(text)[1:3] == [
        "倘若我在屋裡，不至於被他燒得這麼乾淨。」",
        "人瑞道，「咦！不言臊！",
    ]


def test_a_tag_between_two_quotations_stays_with_the_first_where_tags_follow():
    # tag_before_next_quote's guard (speech_tag_sentence_style): in 龙族 the tag after a
    # quotation is the speaker's, and "恺撒说，“…”" goes on with the same speech.
    got = _sentences(_LONGZU)
    assert "我是说如果我活下来的话。”恺撒说，“你们能不能别无聊到偷听别人的遗书。”" in got
    assert (
        "“我已经录了，没在公共频道里，所以你们没听到。”楚子航说，“很短，可以回放给你们听。”" in got
    )


def test_a_tag_after_a_quotation_that_opens_its_line_stays_with_it():
    # tag_before_next_quote's guard. 莫言《丰乳肥臀》(hankinghu/literature-books): the
    # quotation opens its line, untagged, so "老金愤愤不平地说，" is its tag and 老金 goes on.
    text = "    “这是个大冤案！”老金愤愤不平地说，“金童兄弟是大老实人，绝对不会有那种事。”\n"
    assert _sentences(text) == [
        "“这是个大冤案！”老金愤愤不平地说，“金童兄弟是大老实人，绝对不会有那种事。”"
    ]


def test_a_tag_closed_by_a_full_stop_stays_with_the_quotation_before():
    # tag_before_next_quote's guard (review, session 33): only a tag closed by "，" goes
    # with the next quotation; one closed by "。" would be a sentence of its own, a bare
    # tag. Constructed on 古龙《白玉老虎》's line (jbts6/wuxia-novel), its '"' as “”.
    text = (
        "老孔歪着头想了想，道：“你说的倒也不是完全没有道理。”他压低了声音说。"
        "“我想她最近也许连澡都没有洗过。”\n"
    )
    assert "他压低了声音说。" not in _sentences(text)
    assert _sentences(text)[0].endswith("”他压低了声音说。")
