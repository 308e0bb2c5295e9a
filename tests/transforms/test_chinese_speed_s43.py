"""Session 43's speed clauses on Chinese books (issue 10), the same answers with less work:
clause ruby_literal_led (transforms.aozora._rubies: the ruby matches found from their "《"
when the text holds no bar), clauses ascii_close_shared and ascii_close_bits
(transforms.cjk_speech: one ``_AsciiClose`` per ``speech_units`` call, its closing quotes a
bit per character), clause dot_gate (etc_lower, compare_objects, reference_continues,
abbreviation_word_ends: one search for "." before their multi-character ones) and clause
percent_gate (fortune_separators). Excerpts: Darwin's Geological Observations on South
America (rcdm-uga/Gutenberg_Text), Aristotle's Poetics and Politics
(../shared/data/en_gutenberg), a BBC News Summary's politics/021, 芥川龍之介「蜘蛛の糸」(Aozora Bunko card 92, its lines 20-21:
unbarred and barred readings), 曹雪芹's 红楼梦 (../shared/data/zh_classics, lines 1901-1902:
《》 as title marks, no reading), 金庸's 天龙八部 (jbts6/wuxia-novel, 第二章: ASCII quotes)."""

from bisect import bisect_left, bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import aozora, cjk_speech
from transforms.abbreviation_case import abbreviation_word_ends
from transforms.clean import clean_text
from transforms.european_references import compare_objects, etc_lower
from transforms.fortune_separators import fortune_separators
from transforms.reference_abbreviations import reference_continues
from transforms.sentences import cjk_starts, sentence_starts

# 蜘蛛の糸, line 20: readings after kanji only ("御釈迦様《おしゃかさま》"), no bar.
KUMO = (
    "\u3000ある日の事でございます。御釈迦様《おしゃかさま》は極楽の蓮池《はすいけ》のふちを、"
    "独りでぶらぶら御歩きになっていらっしゃいました。池の中に咲いている蓮《はす》の花は、"
    "みんな玉のようにまっ白で、そのまん中にある金色《きんいろ》の蕊《ずい》からは、"
    "何とも云えない好《よ》い匂《におい》が、絶間《たえま》なくあたりへ溢《あふ》れて居ります。"
    "極楽は丁度朝なのでございましょう。\n"
)
# Line 21: two barred readings ("丁度｜地獄《じごく》") among unbarred ones.
KUMO_BARRED = (
    "\u3000やがて御釈迦様はその池のふちに御佇《おたたず》みになって、水の面《おもて》を"
    "蔽《おお》っている蓮の葉の間から、ふと下の容子《ようす》を御覧になりました。"
    "この極楽の蓮池の下は、丁度｜地獄《じごく》の底に当って居りますから、"
    "水晶《すいしよう》のような水を透き徹して、三途《さんず》の河や針の山の景色が、"
    "丁度｜覗《のぞ》き眼鏡《めがね》を見るように、はっきりと見えるのでございます。\n"
)
# 红楼梦, two hard-wrapped lines with book titles in 《》.
HONGLOU = (
    "学里太爷的安，就说我说的：什么 《诗经》、古文，一概不用虚应故事，只 \n"
    "是先把《四书》一齐讲明背熟是最要紧的。”李贵忙答应“是”，见贾政无话， \n"
)


def _rubies_spec(text: str, joins: list[int]) -> list[tuple]:
    """``aozora._rubies`` as base43 wrote it: the three-branch ``_RUBY`` at every character."""
    joined = text
    if joins:
        pieces = zip([-1, *joins], [*joins, len(text)], strict=True)
        joined = "".join(text[a + 1 : b] for a, b in pieces)
    at = [j - k for k, j in enumerate(joins)]
    found = []
    for m in aozora._RUBY.finditer(joined):
        word = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 0
        ws, we = (m.start(word), m.end(word)) if word else (m.start(), m.start())
        reading = joined[(we if word else m.start()) + 1 : m.end() - 1]
        found.append(
            (
                m.start() + bisect_right(at, m.start()),
                ws + bisect_left(at, ws),
                we + bisect_right(at, we),
                m.end() + bisect_left(at, m.end()),
                m.group(word) if word else "",
                reading,
            )
        )
    return found


class _Counting:
    """``aozora._RUBY`` with a count of the scans asked of it."""

    def __init__(self, pattern):
        self.pattern, self.scans = pattern, 0

    def finditer(self, text):
        self.scans += 1
        return self.pattern.finditer(text)


def test_ruby_literal_led_unbarred_readings_still_read(monkeypatch):
    """Clause ruby_literal_led: 蜘蛛の糸's unbarred readings are all read, each at its 《》,
    and the three-branch pattern is not scanned (base43 scanned it once per call)."""
    counting = _Counting(aozora._RUBY)
    monkeypatch.setattr(aozora, "_RUBY", counting)
    got = aozora._rubies(KUMO, [])
    assert [r[5] for r in got] == [
        "おしゃかさま",
        "はすいけ",
        "はす",
        "きんいろ",
        "ずい",
        "よ",
        "におい",
        "たえま",
        "あふ",
    ]
    assert all(KUMO[r[0]] == "《" and KUMO[r[3] - 1] == "》" and r[4] == "" for r in got)
    assert counting.scans == 0
    monkeypatch.undo()
    assert got == _rubies_spec(KUMO, [])


def test_ruby_literal_led_barred_text_keeps_the_full_pattern(monkeypatch):
    """Guard: a text with "｜" is scanned by the three-branch pattern, the bars' words read."""
    counting = _Counting(aozora._RUBY)
    monkeypatch.setattr(aozora, "_RUBY", counting)
    got = aozora._rubies(KUMO_BARRED, [])
    assert counting.scans == 1
    assert [(r[4], r[5]) for r in got if r[4]] == [("地獄", "じごく"), ("覗", "のぞ")]
    assert len(got) == KUMO_BARRED.count("《")
    monkeypatch.undo()
    assert got == _rubies_spec(KUMO_BARRED, [])


def test_ruby_literal_led_clean_text_drops_the_readings():
    """The whole cleaning of the two lines (with the marks' legend's three marks): no reading
    is left, the words stay (the rule still fires through aozora_edits)."""
    text = clean_text(KUMO + KUMO_BARRED).text
    assert "《" not in text and "｜" not in text
    assert "御釈迦様は極楽の蓮池のふちを" in text
    assert "丁度地獄の底に当って居りますから" in text


def test_ruby_literal_led_chinese_titles_no_reading(monkeypatch):
    """Guard: 红楼梦's 《诗经》 and 《四书》 are titles (no kana): no match, and no scan at all
    of a text without "《"."""
    counting = _Counting(aozora._RUBY)
    monkeypatch.setattr(aozora, "_RUBY", counting)
    assert aozora._rubies(HONGLOU, []) == []
    assert aozora._rubies(HONGLOU.replace("《", "").replace("》", ""), []) == []
    assert counting.scans == 0
    assert clean_text(HONGLOU).text.count("《") == 2


def test_ruby_literal_led_joins_same_answers():
    """With the joins of a hard wrap (clause aozora_hard_wrapped_raw): a reading cut by the
    break ("饑饉" / "《ききん》") is read as before, bars or none."""
    for text in (KUMO, KUMO_BARRED):
        cut = text.index("《", 40)
        wrapped = text[:cut] + "\n" + text[cut:]
        joins = [cut]
        assert aozora._rubies(wrapped, joins) == _rubies_spec(wrapped, joins)
        assert len(aozora._rubies(wrapped, joins)) == text.count("《")


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="御様蓮《》｜|\n］ かおしゃ。：a ", max_size=60),
    st.sets(st.integers(0, 59)),
)
def test_ruby_literal_led_property(text, cuts):
    """On random strings of kanji, kana, both bars, 《》, "］", marks and line breaks, with any
    of their line breaks as joins, the matches are base43's."""
    joins = sorted(i for i in cuts if i < len(text) and text[i] == "\n")
    assert aozora._rubies(text, joins) == _rubies_spec(text, joins)


# 天龙八部, 第二章: two paragraphs whose lines pair their ASCII quotes (ascii_quote_speech on).
TIANLONG = (
    '这一惊当真非同小可,随即喜意充塞胸臆,大叫:"仙人,救我!仙人,救我!"那人影微微晃动,'
    "却不答话。段誉定了定神,凝神看去,那人影淡淡的看不清楚,然而长袍儒巾,显是个男子。"
    '他向前急冲几步,便到了湖边,又叫:"仙人,救我!"只见玉壁上的人影晃动几下,却大了一些。'
    "段誉立定脚步,那人影也即不动。\n\n"
    '他一怔之下,便即省悟:"是我自己的影子?"身子左晃,壁上人影跟着左晃,身子向右侧去,'
    '壁上人影跟着侧右,此时已无怀疑,但兀自不解:"月亮挂于西南,却如何能将我的影子映到对面'
    '石壁上?"\n\n'
)


def test_ascii_close_shared_one_build_same_starts(monkeypatch):
    """Clause ascii_close_shared: ``speech_units`` builds one ``_AsciiClose`` for its three
    users (base43: three); the rules still fire: the start after "救我!" inside the short
    quotation '"仙人,救我!仙人,救我!"' goes (short_quote_whole), the others stay."""
    built = []

    class Counting(cjk_speech._AsciiClose):
        def __init__(self, text):
            built.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(cjk_speech, "_AsciiClose", Counting)
    starts = cjk_starts(TIANLONG)
    assert starts.tolist() == [29, 36, 49, 85, 110, 129, 146, 167]
    assert cjk_speech.speech_units(TIANLONG, starts).tolist() == [36, 49, 85, 110, 129, 146, 167]
    assert built == [len(TIANLONG)]
    monkeypatch.undo()
    assert sentence_starts(TIANLONG).tolist() == [0, 36, 49, 85, 110, 129, 146, 167]


def test_ascii_close_bits_same_answers_bounded_memory():
    """Clause ascii_close_bits: every position answers as the clause says (the even-numbered
    '"' of its line closes), and what is kept is one bit per character of the text."""
    close = cjk_speech._AsciiClose(TIANLONG)
    got = [close(j) for j in range(len(TIANLONG))]
    quotes = [j for j, c in enumerate(TIANLONG) if c == '"']
    want = [
        TIANLONG[j] == '"' and TIANLONG.count('"', TIANLONG.rfind("\n", 0, j) + 1, j + 1) % 2 == 0
        for j in range(len(TIANLONG))
    ]
    assert got == want and [got[j] for j in quotes] == [False, True] * 4
    assert isinstance(close.closing, bytes) and len(close.closing) == (len(TIANLONG) + 7) // 8
    assert all(type(x) is bool for x in got)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='"\n我。a', max_size=80))
def test_ascii_close_bits_property(text):
    """On random texts of quotes, line ends and letters the bits give the clause's answer at
    every position, the last character included (its bit in the last, partial byte)."""
    close = cjk_speech._AsciiClose(text)
    for j in range(len(text)):
        line = text.rfind("\n", 0, j) + 1
        assert close(j) == (text[j] == '"' and text.count('"', line, j + 1) % 2 == 0)


# Darwin, Geological Observations on South America (rcdm-uga/Gutenberg_Text): "etc. by".
DARWIN = (
    'Besides these, Sir W. Parish procured ("Buenos Ayres" etc. by Sir W. Parish\n'
    "page 168.) (as named by Mr. G.B. Sowerby) the following shells:--\n"
)
# Aristotle's Poetics, Butcher's notes (pg6763): "Cf. Hdt. ii. 48; cf. 42,144."
POETICS = "(1) Cf. Hdt. ii. 48; cf. 42,144. The name of Dionysus\n"
# BBC News Summary (../shared/data/sum_bbc_news, politics/021, as test_abbreviation_case.py
# quotes it): "be OK. We're not so sure."
BBC_OK = (
    'Carl Emmerson, from the Institute for Fiscal Studies, told BBC News: "He thinks '
    "everything will come out in the wash and it will, in fact, be OK. We're not so sure.\""
)
# Aristotle's Politics (pg1572): "e.g. 1," after a reference abbreviation.
MEANS = "the one\n exceeds and is exceeded by equal parts of the extremes, e.g. 1,\n 4/3, 2;\n"


class _Searched(str):
    """A text that logs the literals searched in it (``literal in text``)."""

    def __new__(cls, text):
        self = super().__new__(cls, text)
        self.searched = []
        return self

    def __contains__(self, literal):
        self.searched.append(literal)
        return super().__contains__(literal)


def test_dot_gate_rules_still_fire_on_real_text():
    """Clause dot_gate: with a "." in the text every rule reads as before: "etc. by" goes on
    (etc_lower), "Cf. Hdt." (compare_object), "e.g. 1," (reference_abbreviation), "Sept."
    before a capital (abbreviation_word_end); also inside a Chinese text."""
    assert [DARWIN[i - 5 : i] for i in etc_lower(DARWIN)] == ["etc. "]
    assert [POETICS[i - 4 : i] for i in compare_objects(POETICS, english=True)] == ["Cf. ", "cf. "]
    assert [MEANS[i - 5 : i] for i in reference_continues(MEANS)] == ["e.g. "]
    assert [BBC_OK[i - 4 : i + 5] for i in abbreviation_word_ends(BBC_OK, set())] == ["OK. We're"]
    mixed = HONGLOU + DARWIN + HONGLOU
    assert [mixed[i - 5 : i] for i in etc_lower(mixed)] == ["etc. "]
    assert [len(HONGLOU) + i for i in etc_lower(DARWIN)] == etc_lower(mixed)


def test_dot_gate_one_search_on_text_without_a_dot():
    """Without a "." the four rules search for nothing else (base43: "etc.", "usw.", ...,
    "et.", "f.", ":  ", "OK.", "Ok.": each a multi-character search) and find none."""
    text = _Searched(HONGLOU * 3)
    assert etc_lower(text) == [] and text.searched == ["."]
    text = _Searched(HONGLOU * 3)
    assert compare_objects(text, english=True) == [] and text.searched == ["."]
    text = _Searched(HONGLOU * 3)
    assert reference_continues(text) == [] and text.searched == ["."]
    text = _Searched(HONGLOU * 3)
    assert abbreviation_word_ends(text, set()) == [] and text.searched == ["."]


def test_percent_gate_separators_still_found():
    """Clause percent_gate: 天龙八部's lines set as a fortune file ("%" lines between
    entries) are still read as one (the separators cut); without a "%", one search."""
    entries = [line for line in (TIANLONG + HONGLOU + KUMO + KUMO_BARRED).split("\n") if line]
    text = "\n%\n".join(entries) + "\n%\n"
    edits = fortune_separators(text)
    assert len(edits) >= len(entries) and all("%" in text[e.start : e.end] for e in edits)
    plain = _Searched(TIANLONG)
    assert fortune_separators(plain) == [] and plain.searched == ["%"]


# Review (session 43): three plants the tests above let through. 林芙美子「私の先生」(Aozora
# card 291, 47785), line 24: a reading opened by the ASCII bar only ("同|組《くらす》"), no "｜".
HAYASHI = (
    "\u3000私は一年生の時は百人の組《くらす》で十一番であったが、卒業する折は、満足に卒業出来るかと"
    "心配した位で、好きな学課は、地理と英語と国語と歴史と作文と図画であった。"
    "卒業も出来かねた私を卒業さしてくれたのは大井先生だと云うことを同|組《くらす》のものに聞いた"
    "ことがあったがこれはうれしかった。卒業写真に、私は黒木綿の紋付《もんつき》を着て\n"
)
# Osler「簡約医学史」(Aozora card 1574, 52528), line 58: katakana readings after katakana
# ("イエカ《キューレックス》"): no reading (no kanji before, no bar), the 《》 stay as text.
OSLER = (
    "ここで言う蚊はアメリカ合衆国北部で普通にいるイエカ《キューレックス》ではなく、"
    "この寄生虫が発育し感染を起こすのは主としてハマダラカ《アノフェレス》である。\n"
)


def test_ruby_literal_led_ascii_bar_alone_is_a_bar():
    """A text whose only bar is ASCII "|" keeps the three-branch pattern: "同|組《くらす》"
    reads "組" (the bar's word), as base43 did (a gate on "｜" alone read it barless and
    left the "|" in the text)."""
    got = aozora._rubies(HAYASHI, [])
    assert got == _rubies_spec(HAYASHI, [])
    assert [(r[4], r[5]) for r in got] == [("", "くらす"), ("組", "くらす"), ("", "もんつき")]
    bar = HAYASHI.index("|")
    assert got[1][0] == bar and HAYASHI[got[1][1] : got[1][2]] == "組"


def test_ruby_literal_led_reading_after_katakana_is_no_ruby():
    """The unbarred form keeps the look-behind: a 《》 after katakana is not a reading (base43
    read none in オスラー's line), so the text keeps its two glosses."""
    assert aozora._rubies(OSLER, []) == _rubies_spec(OSLER, []) == []
    probe = OSLER.replace("イエカ", "家蚊")  # the same line with kanji before: read
    assert [r[5] for r in aozora._rubies(probe, [])] == ["キューレックス"]


def test_ruby_literal_led_no_scan_without_the_mark(monkeypatch):
    """Without "《" neither pattern is scanned (蜘蛛の糸 with its readings taken out)."""
    full, unbarred = _Counting(aozora._RUBY), _Counting(aozora._RUBY_UNBARRED)
    monkeypatch.setattr(aozora, "_RUBY", full)
    monkeypatch.setattr(aozora, "_RUBY_UNBARRED", unbarred)
    plain = KUMO.replace("《", "").replace("》", "")
    assert aozora._rubies(plain, []) == [] and aozora._rubies(plain + "|", []) == []
    assert full.scans == unbarred.scans == 0
    assert aozora._rubies(KUMO, []) and unbarred.scans == 1 and full.scans == 0


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["御", "𠮷", "々", "か", "おし", "ア", "《", "》", "｜", "|", "\n", "］", "a"]
        ),
        max_size=14,
    ),
    st.sets(st.integers(0, 40)),
)
def test_ruby_literal_led_property_tokens(tokens, cuts):
    """As the property above, on strings of whole tokens (a kanji or kana run, a mark, a bar),
    so that readings after kanji, kana and bars come up often."""
    text = "".join(tokens)
    joins = sorted(i for i in cuts if i < len(text) and text[i] == "\n")
    assert aozora._rubies(text, joins) == _rubies_spec(text, joins)
