"""Clause split_quote_candidate (transforms/key_quotes.py): the sentences of a short
quotation cut at its inner 。！？ are one key-sentence candidate. Real text: 红楼梦 第七十五回
and 水浒传 第三十八回 (shared zh_classics, hard wraps joined)."""

import numpy as np

from transforms.key_quotes import quote_groups
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

# 红楼梦 第七十五回: 丫头们's answer of two sentences (31 characters) is cut by clause
# short_quote_tiny_piece; 王夫人's (44 characters with its marks) is a longer speech.
HONGLOU = (
    "贾母因问：“拿稀饭来吃些罢。”尤氏早捧过一碗来，说是红稻米粥。贾母接来吃了半碗，便吩咐："
    "“将这粥送给凤姐儿吃去。”又指着这一盘果子：“独给平儿吃去。”又向尤氏道：“我吃了，你就来吃了罢。”"
    "尤氏答应着，待贾母漱口洗手毕。贾母便下地，和王夫人说闲话行食，尤氏告坐吃饭。贾母又命鸳鸯等来"
    "陪吃。贾母见尤氏吃的仍是白米饭，因问说：“怎么不盛我的饭？”丫头们回道：“老太太的饭完了。"
    "今日添了一位姑娘，所以短了些。”鸳鸯道：“如今都是‘可着头做帽子’了，要一点儿富馀也不能的。”"
    "王夫人忙回道：“这一二年旱涝不定，庄上的米都不能按数交的。这几样细米更艰难，所以都是可着吃的"
    "做。”贾母笑道：“正是：‘巧媳妇做不出没米儿粥来。’”众人都笑起来。\n"
)


def _texts(text, pairs):
    spans = sentence_spans(text, "auto")
    return [text[spans[a][0] : spans[b][1]].strip() for a, b in pairs]


def test_a_short_speech_cut_in_two_is_one_group():
    groups = quote_groups(HONGLOU, sentence_spans(HONGLOU, "auto"))
    assert _texts(HONGLOU, groups) == [
        "丫头们回道：“老太太的饭完了。今日添了一位姑娘，所以短了些。”"
    ]  # and not 王夫人's speech of 44 characters (the length guard)


def test_a_split_short_speech_is_picked_whole_with_one_score():
    # Every candidate picked (k = all sentences): the two halves of 丫头们's answer were
    # half quotations (rule quote_fragment) and never key sentences; now both are, with
    # the same score, and 王夫人's halves still are not.
    st = analyze_text(HONGLOU, StructureConfig(key_ratio=1.0, key_top_k=0))
    keys = dict(zip(st.key_sentences.tolist(), st.key_scores.tolist(), strict=True))
    text = {HONGLOU[a:b]: i for i, (a, b) in enumerate(st.sentences.tolist())}
    first, second = text["丫头们回道：“老太太的饭完了。"], text["今日添了一位姑娘，所以短了些。”"]
    assert first in keys and second in keys
    assert keys[first] == keys[second]
    assert text["王夫人忙回道：“这一二年旱涝不定，庄上的米都不能按数交的。"] not in keys


def test_ascii_quoted_speeches_of_two_and_three_sentences_are_groups():
    # 水浒传 第三十八回: '"' quotes after their tag's colon.
    text = (
        '那汉道："我自去叫他起来。我和他赶人。"太公道："你又和谁合口？叫起哥哥来时，他却不肯干休。'
        '你且对我说这缘故。"\n'
    )
    assert _texts(text, quote_groups(text, sentence_spans(text, "auto"))) == [
        '那汉道："我自去叫他起来。我和他赶人。"',
        '太公道："你又和谁合口？叫起哥哥来时，他却不肯干休。你且对我说这缘故。"',
    ]


def test_the_close_of_one_speech_and_the_next_tag_are_no_group():
    # 水浒传 第三十八回: 宋江's speech lost its closing '"', so the next speech's opener
    # pairs with it: the run would be two speeches (over 40 characters); the length guard.
    text = (
        '宋江道："既然恁地，我们去休；那必然要来寻闹"薛永道："小人也去店里算了房钱还他；'
        '一两日间也来江州相会。兄长先行。"\n'
    )
    assert len(quote_groups(text, sentence_spans(text, "auto"))) == 0
    # A quotation's last sentence and the next speech's first never pair up ("。”|贾母笑道：“"):
    # the close comes first.
    spans = sentence_spans(HONGLOU, "auto")
    closes = [
        i
        for i, (a, b) in enumerate(spans)
        if HONGLOU[a:b] == "这几样细米更艰难，所以都是可着吃的做。”"
    ]
    assert closes and all(a != closes[0] for a, _ in quote_groups(HONGLOU, spans))


def test_a_speech_across_a_line_break_is_no_group():
    text = "丫头们回道：“老太太的饭完了。\n今日添了一位姑娘，所以短了些。”\n"
    assert len(quote_groups(text, np.asarray(sentence_spans(text, "auto")))) == 0


def test_a_group_counts_its_sentences_against_k():
    # Clause group_counts_its_sentences (transforms/key_select.py): key_top_k is "at most
    # this many" key sentences; a picked group of two sentences uses two of them. Before,
    # a group counted once and 红楼梦 (k = 256) got 324 key sentences.
    spans = sentence_spans(HONGLOU, "auto")
    pair = [i for i, (a, b) in enumerate(spans) if "老太太的饭完了" in HONGLOU[a:b]]
    for k in range(1, 12):  # k = 9, 10: the group is picked
        config = StructureConfig(key_ratio=0.0, key_min=k, key_top_k=k)
        keys = analyze_text(HONGLOU, config).key_sentences.tolist()
        assert len(keys) <= k, k
        assert (pair[0] in keys) == (pair[0] + 1 in keys)  # a group is picked whole
    full = StructureConfig(key_ratio=1.0, key_top_k=0)
    assert pair[0] in analyze_text(HONGLOU, full).key_sentences.tolist()


def test_a_group_that_does_not_fit_the_quota_gives_way_to_the_next_candidate():
    from transforms.key_select import select_key_sentences

    scores = np.array([0.4, 0.3, 0.2, 0.1])
    section_of = np.zeros(4, dtype=np.int64)
    # Candidate 0 is a group of two sentences: with k = 2 it fills the quota alone.
    chosen, _ = select_key_sentences(scores, section_of, 2, weights=np.array([2, 1, 1, 1]))
    assert chosen.tolist() == [0]
    # With k = 1 it does not fit; the best single sentence is taken instead.
    chosen, _ = select_key_sentences(scores, section_of, 1, weights=np.array([2, 1, 1, 1]))
    assert chosen.tolist() == [1]
    # Quotas count sentences: section 1 holds 5 of 6, its quota for k = 3 is 2, and its
    # group of three does not fit; its two single sentences do.
    chosen, _ = select_key_sentences(
        scores, np.array([0, 1, 1, 1]), 3, weights=np.array([1, 3, 1, 1])
    )
    assert chosen.tolist() == [0, 2, 3]
    texts = ["陟彼南山，言采其蕨。", "陟彼南山，言采其蕨。", "未见君子，忧心忡忡。", "我心伤悲。"]
    chosen, _ = select_key_sentences(scores, section_of, 2, texts.__getitem__, np.ones(4, int))
    assert chosen.tolist() == [0, 2]  # near_repeat still applies with weights


def test_quotas_count_a_groups_sentences_and_a_groups_sentences_are_no_singles():
    from transforms.key_quotes import candidate_units
    from transforms.key_select import select_key_sentences

    # Section 1 holds one group of 4 sentences: by sentences the sections hold 2 and 4,
    # k = 3 gives quotas 1 and 2 (by candidates it would be 2 and 1).
    chosen, _ = select_key_sentences(
        np.array([0.4, 0.3, 0.2]), np.array([0, 0, 1]), 3, weights=np.array([1, 1, 4])
    )
    assert chosen.tolist() == [0]
    # An eligible middle sentence of a group ("B。") is no candidate of its own: it
    # could be picked twice.
    units = candidate_units(np.ones(5, dtype=bool), np.array([[1, 3]]))
    assert units.tolist() == [[0, 0], [1, 3], [4, 4]]


def test_a_repeated_group_is_not_eligible():
    # eligible_groups reads eligible_sentences' rules on the groups' texts: the second copy
    # of 水浒传's '那汉道："我自去叫他起来。我和他赶人。"' (as “”) is a repeat.
    from transforms.key_quotes import eligible_groups

    text = "那汉道：“我自去叫他起来。我和他赶人。”太公点头。\n" * 2
    spans = sentence_spans(text, "auto")
    assert quote_groups(text, spans).tolist() == [[0, 1], [3, 4]]
    assert eligible_groups(text, spans, 6.0).tolist() == [[0, 1]]


def _pieces(*pieces):
    """The text of ``pieces`` and their spans, one sentence each (constructed cases: the
    guards below need a cut the sentence rules of today do not make)."""
    starts = np.cumsum([0] + [len(p) for p in pieces])
    return "".join(pieces), np.stack([starts[:-1], starts[1:]], axis=1)


def test_split_quote_candidate_running_balance_may_not_go_negative():
    # Guard "running balance": a stray second closer ('。””') closes more than the run
    # opened; without the guard the next speech's opening made the balance whole again
    # and two speakers' words were one group [0, 2].
    text, spans = _pieces(
        "丫头们回道：“老太太的饭完了。",
        "今日添了一位姑娘。””",
        "鸳鸯道：“如今都是这样。",
        "要一点儿也不能的。”\n",
    )
    assert quote_groups(text, spans).tolist() == [[2, 3]]


def test_split_quote_candidate_breaks_on_the_next_tags_ascii_quote():
    # Guard "'"' after a tag": 那汉's speech lost its closing '"'; the next sentence's '"'
    # opens 太公's speech after its colon, so 那汉's run ends there (without the guard:
    # [0, 2], narration and a second speaker inside one quotation).
    text, spans = _pieces(
        '那汉道："我自去叫他起来。',
        "我和他赶人。",
        '太公道："你又和谁合口？',
        '叫起哥哥来时，他却不肯干休。"\n',
    )
    assert quote_groups(text, spans).tolist() == [[2, 3]]


def test_split_quote_candidate_run_ends_at_a_line_break_inside_the_loop():
    # Guard "paragraph check in the loop": a quotation inside a quotation; the inner one
    # closes on the first line (which the prefilter checks), the outer on the next line.
    text, spans = _pieces('宝玉道：“他说："我去。', '你且住。"\n', "这是他的话。”\n")
    assert quote_groups(text, spans).tolist() == []


def test_split_quote_candidate_first_ascii_quote_must_open():
    # Guard "first sentence's '"' opens": '我和他赶人。"' ends a speech (its '"' closes,
    # after 。, not at the start nor after a colon); with a stray '"' in the next
    # sentence the run was a "group" [0, 1] of a close and narration.
    text, spans = _pieces('我和他赶人。"', '太公点头，也笑了。"\n')
    assert quote_groups(text, spans).tolist() == []
