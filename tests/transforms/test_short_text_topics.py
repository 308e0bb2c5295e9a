"""Rule ``few_paragraph_units`` (transforms/c99.py): a short section of a few short
written paragraphs is topic-segmented over its paragraphs, so no topic boundary
cuts a written paragraph into pieces (session 21, docs/QUALITY.md)."""

import numpy as np
import pytest

from transforms.c99 import C99Config
from transforms.structure import StructureConfig, analyze_text, layout

# A Princess of Mars (Edgar Rice Burroughs, Project Gutenberg #62), chapter XX:
# five written paragraphs of one scene, hard-wrapped as in the book.
PRINCESS = (
    "The fourth day after my arrival at Zodanga I made my first flight, and\n"
    "as a result of it I won a promotion which included quarters in the\n"
    "palace of Than Kosis.\n\n"
    "As I rose above the city I circled several times, as I had seen Kantos\n"
    "Kan do, and then throwing my engine into top speed I raced at terrific\n"
    "velocity toward the south, following one of the great waterways which\n"
    "enter Zodanga from that direction.\n\n"
    "I had traversed perhaps two hundred miles in a little less than an hour\n"
    "when I descried far below me a party of three green warriors racing\n"
    "madly toward a small figure on foot which seemed to be trying to reach\n"
    "the confines of one of the walled fields.\n\n"
    "Dropping my machine rapidly toward them, and circling to the rear of\n"
    "the warriors, I soon saw that the object of their pursuit was a red\n"
    "Martian wearing the metal of the scout squadron to which I was\n"
    "attached. A short distance away lay his tiny flier, surrounded by the\n"
    "tools with which he had evidently been occupied in repairing some\n"
    "damage when surprised by the green warriors.\n\n"
    "They were now almost upon him; their flying mounts charging down on the\n"
    "relatively puny figure at terrific speed, while the warriors leaned low\n"
    "to the right, with their great metal-shod spears. Each seemed striving\n"
    "to be the first to impale the poor Zodangan and in another moment his\n"
    "fate would have been sealed had it not been for my timely arrival.\n"
)

# 水浒传, the opening of 第二回 (shared data zh_classics): a title line and four
# written paragraphs of dialogue, the third one speech of five sentences.
SHUIHU = (
    "第二回 史大郎夜走华阴县 鲁提辖拳打镇关西\n\n"
    '话说当时史进道："却怎生是好？"\n\n'
    '朱武等三个头领跪下道："哥哥，你是干净的人，休为我等连累了。'
    '大郎可把索来绑缚我三个出去请赏，免得负累了你不好看。"\n\n'
    '史进道："如何使得！恁地时，是我赚你们来，捉你请赏，枉惹天下人笑。'
    "若是死时，我与你们同死；活时同活。你等起来，放心，别作圆便。"
    '且等我问个来历情繇。"\n\n'
    '史进上梯子问道："你两个何故半夜三更来劫我庄上？"\n'
)

OFF = StructureConfig(topics=C99Config(few_paragraph_units=False))


def _starts(spans) -> list[int]:
    return [int(s[0]) for s in spans]


@pytest.mark.parametrize("text", [PRINCESS, SHUIHU], ids=["english", "chinese"])
def test_a_short_text_keeps_its_written_paragraphs(text):
    written = layout(text)[3].tolist()
    st = analyze_text(text)
    assert _starts(st.paragraphs) == written
    topics = _starts(st.topic_segments)
    assert set(topics) <= set(written)  # every topic boundary is a written paragraph start
    # Without the rule the topic stage cut written paragraphs into sentences.
    off = analyze_text(text, OFF)
    assert len(off.paragraphs) > len(written)
    assert not set(_starts(off.topic_segments)) <= set(written)


def test_the_long_paragraph_of_a_short_text_can_still_be_cut():
    """A section whose paragraph is longer than ``max_paragraph_terms`` keeps its
    sentences as units (a few long paragraphs: running text)."""
    config = StructureConfig(topics=C99Config(max_paragraph_terms=20))
    written = layout(PRINCESS, config)[3].tolist()
    st = analyze_text(PRINCESS, config)
    off = analyze_text(
        PRINCESS,
        StructureConfig(topics=C99Config(max_paragraph_terms=20, few_paragraph_units=False)),
    )
    assert _starts(st.topic_segments) == _starts(off.topic_segments)
    assert len(st.paragraphs) >= len(written)


def test_the_rule_scales_its_limit_for_chinese_bigrams():
    """Rule ``cjk_bigram_evidence``: a Chinese paragraph's bigrams hold each
    character twice, so the limit is doubled: SHUIHU's longest paragraph holds 46
    terms, over 30 but under 30 x 2, and its paragraphs stay units."""
    config = StructureConfig(topics=C99Config(max_paragraph_terms=30))
    st = analyze_text(SHUIHU, config)
    assert _starts(st.paragraphs) == layout(SHUIHU, config)[3].tolist()
    assert np.all(np.diff(_starts(st.paragraphs)) > 0)
    off = analyze_text(
        SHUIHU, StructureConfig(topics=C99Config(max_paragraph_terms=30, few_paragraph_units=False))
    )
    assert len(off.paragraphs) > len(st.paragraphs)


# 红楼梦, the opening of 第二十六回 (shared data zh_classics, cleaned text): a title line,
# two paragraphs of narration under the limit and one of dialogue over it (~590
# characters: 400 bigram terms is the limit for Chinese).
HONGLOU = (
    "第二十六回 蜂腰桥设言传心事 潇湘馆春困发幽情\n"
    "\n"
    "话说宝玉养过了三十三天之后，不但身体强壮，亦且连脸上疮痕平复，仍回大观园去。这也"
    "不在话下。\n"
    "且说近日宝玉病的时节，贾芸带着家下小厮坐更看守，昼夜在这里，那小红同众丫鬟也在这"
    "里守着宝玉。彼此相见日多，渐渐的混熟了。小红见贾芸手里拿着块绢子，倒象是自己从前"
    "掉的，待要问他，又不好问。不料那和尚道士来过，用不着一切男人，贾芸仍种树去了；这"
    "件事待放下又放不下，待要问去又怕人猜疑。正是犹豫不决、神魂不定之际，忽听窗外问道"
    "：“姐姐在屋里没有？”小红闻听，在窗眼内望外一看，原来是本院的个小丫头佳蕙，因答"
    "说：“在家里呢，你进来罢。”佳蕙听了跑进来，就坐在床上，笑道：“我好造化！才在院"
    "子里洗东西，宝玉叫往林姑娘那里送茶叶，花大姐姐交给我送去。可巧老太太给林姑娘送钱"
    "来，正分给他们的丫头们呢，见我去了，林姑娘就抓了两把给我。也不知是多少，你替我收"
    "着。”便把手绢子打开，把钱倒出来交给小红。小红就替他一五一十的数了收起。\n"
    "佳蕙道：“你这两日心里到底觉着怎么样？依我说，你竟家去住两日，请一个大夫来瞧瞧，"
    "吃两剂药，就好了。”小红道：“那里的话？好好儿的，家去做什么？”佳蕙道：“我想起"
    "来了。林姑娘生的弱，时常他吃药，你就和他要些来吃，也是一样。”小红道：“胡说，药"
    "也是混吃的？”佳蕙道：“你这也不是个长法儿，又懒吃懒喝的，终久怎么样？”小红道："
    "“怕什么？还不如早些死了倒干净。”佳蕙道：“好好儿的，怎么说这些话？”小红道：“"
    "你那里知道我心里的事！”佳蕙点头，想了一会道：“可也怨不得你。这个地方，本也难站"
    "。就象昨儿老太太因宝玉病了这些日子，说伏侍的人都辛苦了，如今身上好了，各处还香了"
    "愿，叫把跟着的人都按着等儿赏他们。我们算年纪小，上不去，我也不抱怨；象你怎么也不"
    "算在里头？我心里就不服。袭人那怕他得十分儿，也不恼他，原该的。说句良心话，谁还能"
    "比他呢？别说他素日殷勤小心，就是不殷勤小心，也拼不得。只可气晴雯绮霞他们这几个都"
    "算在上等里去，仗着宝玉疼他们，众人就都捧着他们。你说可气不可气？”小红道：“也犯"
    "不着气他们。俗语说的：‘千里搭长棚——没有个不散的筵席。’谁守一辈子呢？不过三年"
    "五载，各人干各人的去了，那时谁还管谁呢？”这两句话不觉感动了佳蕙心肠，由不得眼圈"
    "儿红了，又不好意思无端的哭，只得勉强笑道：“你这话说的是。昨日宝玉还说：明儿怎么"
    "收拾房子，怎么做衣裳。倒象有几百年熬煎似的。”\n"
)

# 水浒传, the opening of 第一回 (shared data zh_classics, cleaned text; "绑来" is the
# source's own): a title line and eight short written paragraphs.
SHUIHU_1 = (
    "第一回 王教头私走延安府 九纹龙大闹史家村\n"
    "\n"
    "话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京，开封府，汴梁，宣武军便有一个浮"
    "浪破落户子弟，姓高，排行第二，自小不成家业，只好刺枪使棒，最是得好脚气球。\n"
    "京师人口顺，不叫高二，却都叫他做高球。\n"
    '绑来发迹，便将气球那字去了"毛傍"，添作"立人"，改作姓高，名俅。这人吹弹歌舞，'
    "刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；若论仁义礼智，信行忠良，却是不会，只在东京"
    "城里城外帮闲。\n"
    "因帮了一个生铁王员外儿子使钱，每日三瓦两舍，风花雪月，被他父亲在开封府里告了一纸"
    "文状，府把高俅断了二十脊杖，送配出界发放，东京城里人民不许容他在家宿食。\n"
    "高俅无计奈何，只得来淮西，临淮州，投奔一个开赌坊的闲柳大郎，名唤柳世权。\n"
    "他平生专好惜客养闲人，招纳四方干隔涝子。\n"
    "高俅投托得柳大郎家，一住三年。\n"
    "绑来哲宗天子因拜南郊，感得风调雨顺，放宽恩，大赦天下，那高俅在临淮州因得了赦宥罪"
    "犯，思量要回东京。\n"
)


def test_one_long_paragraph_keeps_the_short_ones_whole():
    """Rule ``long_paragraph_sentences``: the dialogue paragraph of HONGLOU is over
    the limit, so its sentences are units and it may be cut; the narration
    paragraph before it stays whole. Without the rule the long paragraph sent the
    whole section back to sentence units and the narration was cut three times."""
    written = layout(HONGLOU)[3].tolist()
    narration, dialogue = written[2], written[3]
    st = analyze_text(HONGLOU)
    starts = _starts(st.paragraphs)
    assert set(written) <= set(starts)
    assert not [s for s in starts if narration < s < dialogue]  # the narration is whole
    assert [s for s in _starts(st.topic_segments) if s > dialogue]  # the dialogue is cut
    off = analyze_text(HONGLOU, StructureConfig(topics=C99Config(long_paragraph_sentences=False)))
    assert [s for s in _starts(off.paragraphs) if narration < s < dialogue]


def test_eight_chinese_paragraphs_scale_the_median_limit_too():
    """Rule ``cjk_paragraph_limit``: a section of ``min_paragraphs`` (8) or more
    paragraphs has paragraph units when its median paragraph is under the limit x
    ``1 + bigram_share``, as a section of 2-7 has; SHUIHU_1's median paragraph is
    over 30 terms and under 60 (the test's limit, to keep the excerpt short)."""
    config = C99Config(max_paragraph_terms=30)
    written = layout(SHUIHU_1)[3].tolist()
    assert len(written) - 1 >= config.min_paragraphs  # the title line is a heading
    st = analyze_text(SHUIHU_1, StructureConfig(topics=config))
    assert _starts(st.paragraphs) == written
    off = C99Config(max_paragraph_terms=30, cjk_paragraph_limit=False)
    assert len(analyze_text(SHUIHU_1, StructureConfig(topics=off)).paragraphs) > len(written)


# 水浒传, 第十六回 (shared data zh_classics, cleaned; near the chapter's end): nine
# written paragraphs of dialogue between 何清, his brother 何涛 and 何涛's wife; most
# are over the test's limit (30 terms x 2 for bigrams), some under it.
SHUIHU_16 = (
    '何清道："我也诽诽地听得人说道，有贼打劫了生辰纲去。正在那里地面上？"阿嫂道："只听得说道黄泥冈上。"\n\n'
    '何清道："却是甚么样人劫了？"阿嫂道："阿叔，你又不醉。我方才说了。是七个贩枣子的客人打劫了去。"'
    '何清呵呵的大笑道："原来恁地。既道是贩枣子的客人了，却闷怎地？何不差精细的人去捉？"\n\n'
    '阿嫂道："你倒说得好。便是没捉处。"何清笑道："嫂嫂，倒要你忧，哥哥放着常来的一班儿好酒肉弟兄，'
    '闲常不睬的是亲兄弟！今日才有事，便叫没捉处。若是教兄弟闲常捱得几杯酒吃，今日这伙小贼倒有个商量处！"\n\n'
    '阿嫂道："阿叔，你倒敢知得些风路？"何清笑道："直等亲哥临危之际，兄弟或者有个道理救他。"'
    "说了，便起身要去。阿嫂留住再吃两杯。那妇人听了这话说得蹊跷，慌忙来对丈夫备细说了。\n\n"
    '何涛连忙叫请兄弟到面前。何涛陪着笑脸，说道："兄弟，你既知此贼去向，如何不救我？"'
    '何清道："我不知甚么来历。我自和嫂子说要。兄弟何能救得哥哥？"何涛道："好兄弟，休得要看冷暖。'
    '只想我日常的好处，休记我明时的歹处，救我这条性命！"\n\n'
    '何清道："哥哥，你别有许多眼明手快的公人，管下三二百个，何不与哥哥出些气力？量一个兄弟怎救得哥哥！"'
    '何涛道："兄弟休说他们；你的话眼里有些门路，休要把与别人做好汉。你且说与我些去同，我自有补报你处。'
    '--正教我怎地心宽！"\n\n'
    '何清道："有甚去向！兄弟不省的！"何涛道："你不要呕我，只看同胞共母之面！"何清道："不要慌。'
    '且待到至急处，兄弟自来出些气力拿这伙小贼。"阿嫂便道："阿叔，胡乱救你哥哥，也是弟兄情份。'
    '如今被太师府钧帖，立等要这一干人，天来大事，你却说小贼！"\n\n'
    '何清道："嫂嫂，你须知我只为赌钱上，吃哥哥多少打骂。我是怕哥哥，不敢和他争涉。闲常有酒有食，'
    '只和别人快活，今日兄弟也有用处！"何涛见他话眼有些来历，慌忙取一个十两银子放在桌上，说道：'
    '"兄弟，权将这银子收了。日后捕得贼人时，金银段疋赏赐，我一力包办。"\n\n'
    '何清笑道∶"哥哥正是"急来抱佛脚，闲时不烧香！"我若要哥哥银子时便是兄弟勒哥了。快把去收了，'
    '不要将来赚我。哥若如此，便不说。既是哥哥两口儿，我行陪话，我说与哥，不要把银子出来惊我。"\n'
)


def _cut(text, config) -> set[int]:
    """Indices of the written paragraphs that a topic boundary cuts."""
    written = layout(text)[3].tolist()
    made = _starts(analyze_text(text, StructureConfig(topics=config)).paragraphs)
    assert set(written) <= set(made)
    return {int(np.searchsorted(written, s, side="right")) - 1 for s in set(made) - set(written)}


def test_many_long_paragraphs_keep_the_short_ones_whole():
    """Rule ``only_long_paragraphs_split``: a section of 8 or more paragraphs whose
    median is over the limit splits only its long paragraphs into sentence units.
    Without it all its units were sentences and SHUIHU_16's fourth paragraph, under
    the limit, was cut at "说了，便起身要去。"."""
    written = layout(SHUIHU_16)[3].tolist()
    assert len(written) >= C99Config().min_paragraphs
    on = _cut(SHUIHU_16, C99Config(max_paragraph_terms=30))
    off = _cut(SHUIHU_16, C99Config(max_paragraph_terms=30, only_long_paragraphs_split=False))
    assert 3 not in on and 3 in off
    assert on <= off


# Pliny, The Natural History (Project Gutenberg #60688): two chapters, each one
# written paragraph (six sentences, under 200 terms) under its heading.
PLINY = (
    "CHAP. 2. (2.)—THE LOTUS OF ITALY: SIX REMEDIES\n\n\n"
    "We have already[22] spoken in their appropriate places of the herb\n"
    "called lotus, and of the plant of Egypt known by the same name and as\n"
    "the “tree of the Syrtes.” The berries of the lotus, which is known\n"
    "among us as the “Grecian bean,”[23] act astringently upon the bowels;\n"
    "and the shavings of the wood, boiled in wine, are useful in cases of\n"
    "dysentery, excessive menstruation, vertigo, and epilepsy: they also\n"
    "prevent the hair from falling off. It is a marvellous thing—but there\n"
    "is no substance known that is more bitter than the shavings of this\n"
    "wood, or sweeter than the fruit. The sawdust also of the wood is boiled\n"
    "in myrtle-water, and then kneaded and divided into lozenges, which form\n"
    "a medicament for dysentery of remarkable utility, being taken in doses\n"
    "of one victoriatus,[24] in three cyathi of water.\n\n\n\n\n"
    "CHAP. 3. (3.)—ACORNS: THIRTEEN REMEDIES\n\n\n"
    "Acorns,[25] pounded with salted axle-grease,[26] are curative of\n"
    "those indurations known as “cacoethe.”[27] The acorn of the holm-oak,\n"
    "however, is the most powerful in its effects; and in all these trees\n"
    "the bark is still more efficacious, as well as the inner membrane\n"
    "which lies beneath it. A decoction of this last is good for cœliac\n"
    "affections; and it is applied topically in cases of dysentery, as well\n"
    "as the acorns, which are employed also for the treatment of stings\n"
    "inflicted by serpents, fluxes, and suppurations. The leaves, acorns,\n"
    "and bark, as well as a decoction prepared from them, are good as\n"
    "counter-poisons. A decoction of the bark, boiled in cows’ milk, is used\n"
    "topically for stings inflicted by serpents, and is administered in wine\n"
    "for dysentery. The holm-oak is possessed of similar properties.\n"
)


def test_a_one_paragraph_chapter_is_whole():
    """Rule ``one_paragraph_whole``: a section of one written paragraph within the
    limit is not cut when the document has other paragraphs; without the rule its
    sentences were units and the two chapters became eight paragraphs (chapter 2:
    "The berries of the lotus ...", "It is a marvellous thing ...", ...). One
    paragraph in all stays running text (test_c99's three news articles)."""
    written = layout(PLINY)[3].tolist()
    assert len(written) == 4  # two headings, two paragraphs
    st = analyze_text(PLINY)
    assert _starts(st.paragraphs) == written
    assert len(st.topic_segments) == 2  # the two chapters
    off = StructureConfig(topics=C99Config(one_paragraph_whole=False))
    assert len(analyze_text(PLINY, off).paragraphs) > len(written)


def test_a_one_paragraph_chapter_over_the_limit_is_still_cut():
    """Rule ``one_paragraph_whole`` keeps only a one-paragraph section *within* the
    limit whole (review, session 21): a chapter written as one long paragraph (an
    un-paragraphed text: PRINCESS's scene run on into Pliny's two chapters, over 200
    terms) in a document with other paragraphs is still cut over its sentences,
    at the join where Mars turns into the lotus among others."""
    bodies = [p for p in PLINY.split("\n\n") if p.strip() and not p.strip().startswith("CHAP.")]
    run = " ".join(" ".join(p.split()) for p in [PRINCESS, *bodies])
    doc = PLINY + "\n\n\n\nCHAP. 4.—A CHAPTER RUN TOGETHER\n\n\n" + run + "\n"
    chapter = doc.index("The fourth day")
    assert len(layout(doc)[3]) == 6  # three headings, three paragraphs
    for config in (C99Config(), C99Config(one_paragraph_whole=False)):
        st = analyze_text(doc, StructureConfig(topics=config))
        inside = [s for s in _starts(st.topic_segments) if s > chapter]
        assert doc.index("We have already", chapter) in inside
        assert len(inside) >= 2
