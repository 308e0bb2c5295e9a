"""Session 33 (wtE2): variant forms of the CJK heading keywords. "第一囘" (囘, a form of
回) is read by ``transforms.cjk_novel_parts``' clause ``hui_variant``, "第一讲" / "第一编"
by ``other_units``; clause ``keyword_variants`` makes ``transforms.cjk_sequence_titles``
leave them to those rules. ("第一巻", Japanese 巻 for 卷, stays a title: reading it as a
volume broke test_diary_dates' 二都物語 half under the book's title; left.) Excerpts of aozorahack/aozorabunko_text:
饗庭篁村's 隅田の春 (cards/000374 47032) and 太宰治's 『井伏鱒二選集』後記 (cards/000035 42359),
each section's opening."""

from __future__ import annotations

from transforms.cjk_sequence_titles import sequence_titles
from transforms.sections import find_headings

SUMIDA = (
    "\u3000\u3000\u3000\u3000\u3000第一囘\n"
    "\n"
    "三月二十日、今日《けふ》は郡司大尉《ぐんじたいゐ》が短艇遠征《たんていゑんせい》の行《かう》を送るに、兼《か》ねて此壮図《このさうと》に随行《ずゐかう》して其景況《そのけいきやう》並《なら》びに千島《ちしま》の模様《もやう》を委《くは》しく探《さぐ》りて、世間《せけん》に報道《はうだう》せんとて自《みづか》ら進みて、雪浪萬重《せつらうばんちよう》の北洋《ほくやう》を職務《しよくむ》の為《ため》にものともせぬ、我《わ》が朝日新聞社員《あさひしんぶんしやゐん》横川勇次氏《よこかはゆうじし》を送らんと\n"
    "\n"
    "\n"
    "\u3000\u3000\u3000\u3000\u3000第二囘\n"
    "\n"
    "おもへば四年《よとせ》の昔なりけり、南翠氏《なんすゐし》と共《とも》に学海先生《がくかいせんせい》の此《こ》の別荘《べつさう》をおとづれ、朝より夕《ゆふ》まで何《なに》くれと語《かた》らひたる事《こと》ありけり、其時《そのとき》先生《せんせい》左《さ》の詩《し》を示《しめ》さる。\n"
    "庚寅一月二十二日、喜篁村南翠二君見過墨水弊荘、篁村君文思敏澹、世称為西鶴再生、而余素愛曲亭才学、故前聯及之、\n"
    "巨細相兼不並侵、審論始識適幽襟、鶴翁才気元天性、琴叟文章見苦心、戯※［＃「言＋墟のつくり」、第4水準2-88\n"
    "\n"
    "\n"
    "\u3000\u3000\u3000\u3000\u3000第三囘\n"
    "\n"
    "此《こ》の梅屋敷《うめやしき》は文化九年の春より菊塢《きくう》が開きしなり、百｜花園《くわゑん》菊塢の伝《でん》は清風廬主人《せいふうろしゆじん》、さきに国民之友《こくみんのとも》に委《くは》しく出《いだ》されたれば、誰人《たれびと》も知りたらんが、近頃《ちかごろ》一新聞《あるしんぶん》に菊塢《きくう》は無学《むがく》なりしゆゑ、詩仏《しぶつ》や鵬斎《ぼうさい》に詩文《しぶん》にてなぶり者《もの》にされたりといふ事《こと》見《み》えたるが、元《もと》より菊塢《きくう》、世才《せさい》には長《たけ\n"
    "\n"
)
DAZAI = (
    "\u3000\u3000\u3000\u3000\u3000第一巻\n"
    "\n"
    "\u3000ことしの夏、私はすこしからだ具合いを悪くして寝たり起きたり、そのあいだ私の読書は、ほとんど井伏さんの著書に限られていた。\n"
    "\n"
    "\n"
    "\u3000\u3000\u3000\u3000\u3000第二巻\n"
    "\n"
    "\u3000この「井伏鱒二選集」は、だいたい、発表の年代順に、その作品の配列を行い、この第二巻は、それ故、第一巻の諸作品に直ぐつづいて発表せられたものの中から、特に十三篇を選んで編纂《へんさん》せられたのである。\n"
    "\n"
    "\n"
    "\u3000\u3000\u3000\u3000\u3000第三巻\n"
    "\n"
    "\u3000この巻には、井伏さんの所謂円熟の、悠々たる筆致の作品三つを集めてみた。\n"
    "\u3000どの作品に於ても、読者は、充分にたんのうできる筈である。\n"
    "\n"
)


def test_keyword_variants_are_no_measure_word_sequence():
    """Clause keyword_variants: "第一囘".."第三囘" counted up over real text were a
    measure_word_sequence run (rank 20, kind "cjk_seq") for the loose rule."""
    assert sequence_titles([t.strip() for t in SUMIDA.split("\n")], set()) == []


def test_hui_variant_heads_the_chapters():
    heads = [(h.title, h.kind, h.rank) for h in find_headings(SUMIDA)]
    assert heads == [("第一囘", "cjk", 20), ("第二囘", "cjk", 20), ("第三囘", "cjk", 20)]


def test_volume_variant_in_a_sentence_stays_prose():
    # モンテーニュ随想録 (cards/001849 59466): "第一巻第三十六章…" opens a sentence
    text = (
        "\u3000第一巻第三十六章「着物を着る習慣について」という章の中で、モンテーニュはその頃"
        "新世界からつれてこられた野蛮人たちの裸姿を見てびっくりした。\n\n"
        "\u3000第三巻第二章「後悔について」の中にはこんな意見がある。\n"
    )
    assert find_headings(text) == []
