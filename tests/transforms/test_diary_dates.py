"""Rule diary_date_lines (``transforms.diary_dates``): a diary's dated entries are its
sections. Excerpts of Aozora Bunko texts (GitHub aozorahack/aozorabunko_text, as the
pipeline cleans them: ruby and the typist's notes cut), each line cut after its first
sentence."""

from transforms.sections import find_sections

# 宮本百合子「日記 一九二七年（昭和二年）」(cards/000311/files/46245_ruby_55950): each entry
# opens with its date and weekday, the weather after the brackets ("（土曜）晴　暖").
YURIKO = """日記
一九二七年（昭和二年）
宮本百合子

一月七日（金曜）
『文芸春秋』のために、小説を書く。

一月十日（月曜）
風の工合どうもよろしからず。一日床につく。
Ｙ、会、買物。

松川やより返事。今が温泉にはよいときの由。寒温泉とか云う。
Ｙ行けばよし。

一月十一日（火曜）
サダをうちにやる。
午後、自分で来。
夕飯ありあわせですませ、秋庭さん十一時すぎてかえる。

一月十三日（木曜）
Ｙの留守のため、仕事す。

この日記十七日につけて居るのだが……

一月十四日（金曜）
『ウーマンカレント』のために感想「是は現実的な感想」。

一月十五日（土曜）晴　暖
今日は十五日正月。
"""

# 種田山頭火「其中日記（九）」(cards/000146/files/49258_ruby_36099): the date, a space and
# the weather; "七月廿四日　五日　六日" heads three days.
SANTOKA = """其中日記
（九）
種田山頭火

昭和十一年（句稿別冊）


七月二十二日　曇、晴、混沌として。

広島の酔を乗せて、朝の五時前に小郡へ着いた。
恥知らずめ！　不良老人め！

七月廿三日　曇。

夜も昼もこん〳〵睡りつゞけてゐたが、夕方ふつと眼覚めて街へ出かけた。
雨、風、泥酔、自棄。

七月廿四日　五日　六日

何ともいへない三日間だつた、転々してゐるうちに明けたり暮れたりした。

七月廿七日　晴。

暴風一過、けろりと凪いだ。……
身辺整理。

七月廿八日　曇。

元気なし、あたりまへだ、歯痛痔痛同時に起る、あたりまへだ。
"""


def _titles(text):
    sections, _ = find_sections(text)
    return [s.title for s in sections if s.title]


def test_diary_entries_with_weekday_are_sections():
    assert _titles(YURIKO) == [
        "一月七日（金曜）",
        "一月十日（月曜）",
        "一月十一日（火曜）",
        "一月十三日（木曜）",
        "一月十四日（金曜）",
        "一月十五日（土曜）晴 暖",
    ]


def test_diary_entries_with_weather_after_a_space_are_sections():
    assert _titles(SANTOKA) == [
        "七月二十二日 曇、晴、混沌として。",
        "七月廿三日 曇。",
        "七月廿四日 五日 六日",
        "七月廿七日 晴。",
        "七月廿八日 曇。",
    ]


# Clause japanese_volume_halves (transforms.cjk_numbers): 巌谷小波「こがね丸」(cards/000981/
# files/3646_ruby_5721), "上巻" / "下巻" over 第一回 .. 第十回; 山本周五郎「柳橋物語」
# (cards/001869/files/57758_ruby_71105), "前篇" / "後篇" over chapters 一, 二 that start
# again at 一. Neither half was read ("上巻" only "上篇" was; "前篇" not at all).
KOGANEMARU = """上巻

第一回

むかし或る深山の奥に、一匹の虎住みけり。幾星霜をや経たりけん、躯尋常の犢よりも大く、眼は百錬の鏡を欺き。
頃しも一月の初つ方、春とはいへど名のみにて、昨日からの大雪に、野も山も岩も木も、冷き綿に包まれて。

第二回

ここにこの里の荘官の家に、月丸花瀬とて雌雄の犬ありけり。年頃情を掛て飼ひけるほどに、よくその恩に感じ。

上巻終

下巻

第三回

かくて黄金丸は、ひたすら帰途を急ぎしが、路程も近くはあらず、かつは途中にて狼藉せし、猿を追駆けなどせし。

第四回

不題彼の聴水は、去る日途中にて黄金丸に出逢ひ、已に命も取らるべき処を、辛うじて身一ツを助かりしが。
"""

YANAGIBASHI = """柳橋物語
山本周五郎

前篇



一

青みを帯びた皮の、まだ玉虫色に光っている、活きのいいみごとな秋鯵だった。皮をひき三枚におろして。
「いったいいつまでにやればいいんだ」

二

庄吉はその明くる日、たのんだ研ぎ物を取りに来た。
しかし彼は振向きもせずに去っていった。


後篇



一

十二月にはいると間もなく幸太郎が麻疹にかかった。
「おせんちゃん、このひとは下総の古河からみえた方でね、お常さんの実の兄さんに当るんですってよ」

二

友助の家へ礼にゆくにはもう一つの意味があった。
"""


def _levels(text):
    sections, _ = find_sections(text)
    return [(s.title, s.level) for s in sections if s.title]


def test_upper_and_lower_volumes_head_their_chapters():
    assert _levels(KOGANEMARU) == [
        ("上巻", 1),
        ("第一回", 2),
        ("第二回", 2),
        ("下巻", 1),
        ("第三回", 2),
        ("第四回", 2),
    ]


def test_first_and_second_halves_head_their_chapters():
    assert _levels(YANAGIBASHI) == [
        ("前篇", 1),
        ("一", 2),
        ("二", 2),
        ("後篇", 1),
        ("一", 2),
        ("二", 2),
    ]


# Clause diary_date_alone: 寺田寅彦「旅日記から（明治四十二年）」(cards/000042/files/
# 1682_ruby_11011; its date lines and the first sentence under each): a date opens a
# chapter's first entry after a blank line, the next ones right under the last entry's
# text. Before the clause only the first date of each chapter was a section.
TABI = """一　シャンハイ

四月一日
朝のうちには緑色をしていた海がだんだんに黄みを帯びて来ておしまいにはまっ黄色くなってしまった。
四月二日
呉淞で碇泊している。
四月三日
電車で愚園に行く。

二　ホンコンと九竜

四月四日
日曜で早朝楽隊が賛美歌を奏する。
四月五日
朝甲板へ出て見ると右舷に島が二つ見える。
四月六日
昨夜雨が降ったと見えて甲板がぬれている。
四月七日
朝食後に上陸して九竜を見に行く。

三　シンガポール

四月八日
朝から蒸し暑い。
四月九日
ハース氏と国歌の事を話していたら、同氏が「君が代」を訳したのがあると言って日記へ。
四月十日
朝十時の奏楽のときに西村氏がそばへ来て楽隊のスケッチをしていた。
四月十一日
きょうは復活祭だという。
四月十二日
朝から汗が流れる。

四　ペナンとコロンボ

四月十三日
……馬車を雇うて植物園へ行く途中で寺院のような所へはいって見た。
四月十四日
夜甲板の椅子によりかかってマンドリンを忍び音に鳴らしている女があった。
四月十五日
自分らの隣の椅子へ子供づれの夫婦が来た。
四月十六日
喫煙室で乗客の会議が開かれた。
四月十七日
きのう紛失したせんたく袋がもどって来た。
四月十八日
顔を洗って甲板へ出たらコロンボへ着いていた。

五　アラビア海から紅海へ

四月二十日
昨夜九時ごろにラカジーブ島の燈台を右舷に見た。
四月二十二日
夜九時から甲板で音楽会をやった。
四月二十三日
朝食後に出て見ると左舷に白く光った陸地が見える。
四月二十五日
十二使徒という名の島を右舷に見た。
"""


def test_dates_right_under_an_entry_head_entries_too():
    titles = _levels(TABI)
    assert [t for t, _ in titles if "月" in t] == [
        line for line in TABI.splitlines() if line.startswith(("四月", "五月"))
    ]
    assert len(titles) == 5 + 22
    assert titles[:5] == [("一 シャンハイ", 1), ("四月一日", 2), ("四月二日", 2), ("四月三日", 2),
                          ("二 ホンコンと九竜", 1)]  # fmt: skip
    # Clause diary_entries_lowest: the entries sit under the chapters.
    assert {level for t, level in titles if "月" in t} == {2}


# A letter's closing date under its signature, over a blank line, stays text in a diary
# (钢铁是怎样炼成的, 梅益's translation, chapter 4, as GitHub hankinghu/literature-books has
# it; set here after the 旅日記 entries): clause diary_date_alone asks a sentence above.
LETTER = """可心里惶惶然不可终日。等你的回信。
　　　　　　　　　　　　　　爱你的　冬妮亚
　　　　　　　　　　　　　　１９１８年１１月２９日

激烈而残酷的阶级斗争席卷着乌克兰。愈来愈多的人拿起了武器，每一次冲突都有新的人参加进来。
"""


def test_a_letters_closing_date_is_no_entry():
    titles = [t for t, _ in _levels(TABI + LETTER)]
    assert "１９１８年１１月２９日" not in titles
    assert titles[-1] == "四月二十五日"


# Clause volume_half_apart: ディッケンズ「二都物語」佐々木直次郎訳 (cards/000914/files/
# 43702_ruby_18430): the title page names the volume; "上巻" right under the title is no
# part heading (it took the author's line as its title: "上巻 チャールズ・ディッケンズ").
NITO = """二都物語
上巻
チャールズ・ディッケンズ
佐々木直次郎訳

第一巻　甦る

第一章　時代

それはすべての時世の中で最もよい時世でもあれば、すべての時世の中で最も悪い時世でもあった。

第二章　駅逓馬車

十一月も晩くのある金曜日の夜、この物語と交渉のある人物の中の最初の人の前に横わっていたのは、ドーヴァー街道であった。
"""


def test_a_half_under_the_book_title_is_no_part():
    # Clause juan_variant (session 34, transforms.cjk_novel_parts): "第一巻　甦る" is the
    # novel's "Book the First: Recalled to Life", a volume over its chapters (before it was
    # no heading); "上巻" under the book's title stays no part.
    assert _levels(NITO) == [("第一巻 甦る", 1), ("第一章 時代", 2), ("第二章 駅逓馬車", 2)]


# Clause cjk_named_hanrei (transforms.headings): こがね丸's "凡例" (its notes to the reader,
# the author's "一　…" items and his signature) before "上巻" is front matter like "序".
HANREI = """凡例

一　この書題して「少年文学」といへるは、少年用文学との意味にて、独逸語の Jugendschrift (juvenile
一　されば文章に修飾を勉めず、趣向に新奇を索めず、ひたすら少年の読みやすからんを願ふてわざと例の言文一致も廃しつ。
一　作者この『こがね丸』を編むに当りて、彼のゲーテーの Reineke Fuchs（狐の裁判）その他グリム、アンデルゼン
一　ちと手前味噌に似たれど、かかる種の物語現代の文学界には、先づ稀有のものなるべく、威張ていへば一の新現象なり。
一　詞友われを目して文壇の少年家といふ、そはわがものしたる小説の、多く少年を主人公にしたればなるべし。
庚寅の臘月。
昔桜亭において　　漣山人誌


"""


def test_hanrei_is_front_matter():
    assert _levels(HANREI + KOGANEMARU)[:3] == [("凡例", 1), ("上巻", 1), ("第一回", 2)]


# Clause diary_dates_head_prose_not_dated (review, session 28): a chronicle (大事年表) set
# as dated lines, one a paragraph, each ending on a sentence mark: every date line "heads"
# the next date line, which ends on "。". Built from the real dates and events of the
# years 1911-1915 as Chinese history books' 年表 list them (the layout of the appendix
# "大事年表" of a history book: a date, a full-width space, the event).
CHRONICLE = """大事年表

1911年10月10日　武昌起义爆发。

1912年1月1日　孙中山在南京就任临时大总统。

1912年2月12日　清帝溥仪退位。

1912年3月10日　袁世凯在北京就任临时大总统。

1912年8月25日　国民党在北京成立。

1913年3月20日　宋教仁在上海遇刺。

1913年7月12日　李烈钧在湖口宣布独立，二次革命开始。

1913年10月10日　袁世凯就任正式大总统。

1914年5月1日　袁世凯公布《中华民国约法》。

1915年5月9日　袁世凯接受日本“二十一条”。

1915年12月12日　袁世凯宣布接受帝位。

1915年12月25日　蔡锷等在云南宣布独立，护国战争开始。
"""


def test_a_chronicles_dated_lines_are_no_entries():
    assert not any("日" in t for t in _titles(CHRONICLE))
    # the same lines with an entry's text under each date stay a diary
    diary = CHRONICLE.replace("。\n\n1", "。\n这一天的记事写在这里，天气晴朗。\n\n1")
    assert _titles(diary)[:2] == [
        "1911年10月10日 武昌起义爆发。",
        "1912年1月1日 孙中山在南京就任临时大总统。",
    ]


def test_dates_newest_first_are_no_diary():
    # Clause diary_dates_count_on: the same dated items with text under each, newest
    # first (as a news archive or a reversed 年表 lists them), do not count on.
    items = CHRONICLE.split("\n\n")[1:]
    items = [t.strip() + "\n这一天的记事写在这里，天气晴朗。" for t in items]
    forward = "大事年表\n\n" + "\n\n".join(items) + "\n"
    backward = "大事年表\n\n" + "\n\n".join(reversed(items)) + "\n"
    assert len(_titles(forward)) == 12
    assert not any("日" in t for t in _titles(backward))


# Clause diary_dates_not_datelines (review, session 28): a novel whose chapters open with a
# date and place line (the layout of war novels and 王晋康's stories told by date), built
# from real dates of 1937-1940 (卢沟桥, 淞沪, 长沙大火, 西南联大); each chapter has text
# enough that the entries would divide it.
NOVEL_CHAPTERS = [
    ("第一章　卢沟桥", "1937年7月7日　北平", "夜里，卢沟桥方向传来了枪声，城里的人谁也没有睡着。"),
    ("第二章　南下", "1937年8月13日　上海", "父亲决定带着全家离开北平，火车站里挤满了逃难的人。"),
    ("第三章　长沙", "1937年11月12日　长沙", "我们在长沙住了下来，学校在城外的一座庙里复了课。"),
    ("第四章　大火", "1938年11月13日　长沙", "半夜里醒来，满城都是火光，母亲拉着我往江边跑。"),
    ("第五章　昆明", "1939年3月2日　昆明", "昆明的天很蓝，西南联大的校舍是用泥土和茅草盖的。"),
]


def test_a_chapters_dateline_is_no_entry():
    more = "他后来常常想起那一天的事情，想起那些再也见不到的人。\n" * 20
    text = "长夜\n\n" + "\n\n".join(f"{a}\n\n{b}\n\n{c}\n{more}" for a, b, c in NOVEL_CHAPTERS)
    assert _titles(text) == [a.replace("\u3000", " ") for a, _, _ in NOVEL_CHAPTERS]


# Clause diary_dates_divide_text: a diary kept for a few pages of a collection whose next
# piece has no heading the rule reads would take that piece under its last date. The
# diary above, then the next piece's opening paragraph (红楼梦 第一回, ../shared/data
# zh_classics, its hard wraps joined) with no heading over it.
HONGLOU = "看官你道此书从何而起？说来虽近荒唐，细玩颇有趣味。却说那女娲氏炼石补天之时，于大荒山无稽崖炼成高十二丈、见方二十四丈大的顽石三万六千五百零一块。那娲皇只用了三万六千五百块，单单剩下一块未用，弃在青埂峰下。谁知此石自经锻炼之后，灵性已通，自去自来，可大可小。因见众石俱得补天，独自己无才不得入选，遂自怨自愧，日夜悲哀。一日正当嗟悼之际，俄见一僧一道远远而来，生得骨格不凡，丰神迥异，来到这青埂峰下，席地坐谈。见着这块鲜莹明洁的石头，且又缩成扇坠一般，甚属可爱。那僧托于掌上，笑道：“形体倒也是个灵物了，只是没有实在的好处。须得再镌上几个字，使人人见了便知你是件奇物，然后携你到那昌明隆盛之邦、诗礼簪缨之族、花柳繁华地、温柔富贵乡那里去走一遭。”石头听了大喜，因问：“不知可镌何字？携到何方？望乞明示。”那僧笑道：“你且莫问，日后自然明白。”说毕，便袖了，同那道人飘然而去，竟不知投向何方。"


def test_a_diary_does_not_take_the_next_untitled_piece():
    assert _titles(YURIKO)[-1] == "一月十五日（土曜）晴 暖"
    book = YURIKO + "\n\n" + HONGLOU + "\n"
    assert not any("月" in t for t in _titles(book))
