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


def test_a_short_quotation_is_not_cut_inside():
    # DNF圣职者转生异界: two questions in one short speech.
    text = "    “你的矮人消息网就这样？干什么吃的？”\n\n    “老哥，那TM可是100多年前的事情呢。”\n"
    assert _sentences(text)[0] == "“你的矮人消息网就这样？干什么吃的？”"


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
