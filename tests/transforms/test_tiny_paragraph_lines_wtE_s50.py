"""Session 50 (branch wtE): clause ``zh_tiny_paragraph_lines`` (transforms.ja_paragraph_lines):
in a Chinese text of under ``TINY_PAIRS`` line pairs the wrap width measured is the longest
line itself, which read as full and joined the next paragraph; there every full line
ending a sentence keeps the text's lines (docs/quality/session-50-wtE.md)."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.unwrap import unwrap_text

# 毛泽东传 (罗斯.特里尔版, hankinghu/literature-books): four paragraphs, one a line (the book's
# own layout, each indented with two ideographic spaces), as a short excerpt a user cleans
MAO = (
    "\u3000\u3000泽东还不到1岁的时候，孙中山（1867—1925）写了一份请愿书，标志着他从改良向革命的"
    "转变，这份请愿书列出了一揽子消灭旧中国的战斗计划。泽东就出生在这样一个旧中国走向没落的时代。\n"
    "\u3000\u3000在和父亲发生冲突以前，泽东是以中国的方式被和善地养大的。\n"
    "\u3000\u3000毛泽东和另外20人于1918年秋起程赴京，起初是步行，然后坐船到武汉，接着乘火车到达北京。\n"
    "\u3000\u3000毛泽东第一次来北京时的住处：景山东街三眼井吉安东夹道8号。\n"
)

# Review (session 50): three more real excerpts, three paragraphs each as their books lay them
# out (one a line, indented); base50's unwrap joined the first two lines of each. A sample of
# 60 mirror books' 3-5-line indented excerpts: base50 kept 13 of 180, this clause 166.
MORE = (
    # 共产党宣言 (hexhero/book-txt, wtH48's zh_hex)
    "\u3000\u3000但是，现代的资产阶级私有制是建立在阶级对立上面、建立在一些人对另一些人的剥削上面的"
    "产品生产和占有的最后而又最完备的表现。\n"
    "\u3000\u3000从这个意义上说，共产党人可以把自己的理论概括为一句话：消灭私有制。\n"
    "\u3000\u3000有人责备我们共产党人，说我们要消灭个人挣得的、自己劳动得来的财产，要消灭构成个人的一切"
    "自由、活动和独立的基础的财产。\n",
    # 曾国藩的正面与侧面 (hankinghu/literature-books)
    "\u3000\u3000曾国藩是中国最后一个圣人。圣人似乎和钱是绝缘的，谁见过孔夫子或者朱熹先生谈论自家的财钱呢？\n"
    "\u3000\u3000所以研究曾国藩的文字汗牛充栋，却没有人研究过曾国藩一生的收入与支出。\n"
    "\u3000\u3000然而事实上，圣人生活也离不开钱。曾国藩是个心思细密的人，有那么一段，他坚持每天都记账，"
    "剃一次头，拣两块豆腐，都要记到花销账上。\n",
    # 阿吱，阿吱 (zzk6780051/novel)
    "\u3000\u3000周歆就差掀季潼的被子了，这是叫她起床的第七遍。\n"
    "\u3000\u3000昨夜与何沣告别后，季潼又胡思乱想很久，到了后半夜辗转反侧怎么也睡不着了。\n"
    "\u3000\u3000清早，季潼肿着双眼无精打采地刷着牙，周歆忙里忙外的，不时唠叨两句，催促她动作快些。\n",
)

# 红楼梦 (shared/data/zh_classics), its first lines as the file wraps them: a wrap falls
# mid-sentence ("故将真事隐去，" / "而借…"), so the tiny text's lines are wraps and join
HONGLOU = (
    "此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去， \n"
    "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何 \n"
    "人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，一一细 \n"
    "考较去，觉其行止见识皆出我之上。\n"
)


def test_tiny_text_keeps_its_paragraph_lines():
    text, _ = unwrap_text(MAO)
    lines = text.strip("\n").split("\n")
    assert len(lines) == 4  # was 3: "…走向没落的时代。在和父亲发生冲突以前…" joined
    assert lines[0].endswith("走向没落的时代。") and lines[1].startswith("在和父亲")
    cleaned = clean_text(MAO).text
    assert "时代。\n在和父亲" in cleaned
    assert cleaned.replace("\n", "") == MAO.replace("\u3000", "").replace("\n", "")


def test_tiny_wrapped_text_still_joins():
    text, _ = unwrap_text(HONGLOU)
    assert text.strip("\n").count("\n") == 0  # one paragraph, every wrap joined
    assert "故将真事隐去，而借通灵" in text and "何事何人？" in text and "一一细考较去" in text


def test_more_tiny_texts_keep_their_paragraph_lines():
    for text in MORE:
        out, _ = unwrap_text(text)
        kept = [line.lstrip("\u3000") for line in text.strip("\n").split("\n")]
        assert out.strip("\n").split("\n") == kept, text[:20]
