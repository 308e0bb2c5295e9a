"""A haiku book's lines keep their breaks: clause ``unmarked_verse_book`` of rule
``cjk_verse_lines`` (``transforms.cjk_verse``, called in ``transforms.cjk_layout``),
its clause ``verse_book_paragraphs`` and its guard ``verse_widths_vary``.

内藤鳴雪「鳴雪句集」(Aozora Bunko 000684, card 55833, the text file's lines 39-78): a
season's kigo labels, each with its haiku, one haiku a line, no mark in any of them.
The unwrap stage read the full ones as wrapped and joined them in pairs
("粥杖に冠落ちたる不覚かな書初　　　青楼に…")."""

import re

import numpy as np

from tests.transforms.test_cjk_layout import HONGLOU
from transforms.cjk_verse import unmarked_verse_lines
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

MEISETSU = open("tests/data/ja_aozora_meisetsu_raw.txt", encoding="utf-8").read()


def _lines(text: str) -> list[str]:
    return clean_text(normalize_text(text)).text.split("\n")


def test_unmarked_verse_book_haiku_lines_keep_their_breaks():
    lines = _lines(MEISETSU)
    for haiku in (
        "粥杖　　　粥杖に冠落ちたる不覚かな",
        "書初　　　青楼に酔ひて其角が試筆かな",
        "元日　　　元日や一系の天子富士の山",
        "元日や親子七人梅の花",
        "四方拝　　四方拝果てゝや木々に風渡る",
        "朝拝　　　朝拝や春は曙一の人",
        "喰積　　　喰積もなくて酒のむ蜜柑十",
        "遣羽子　　遣羽子の裾にからまる小犬かな",
        "福引　　　福引やひく手数多の主は誰れ",
        "万歳　　　万歳や古き千代田の門柱",
        "きぬ〳〵や薺に叩き起されつ",
    ):
        assert haiku in lines
    # The excerpt's 28 haiku, each a line, as the book sets them (main glued 18 of them
    # into 9 lines).
    start = lines.index("元日　　　元日や一系の天子富士の山")
    assert len([x for x in lines[start:] if x]) == 28
    assert not any(len(x) > 25 for x in lines[start:])


def test_verse_book_paragraphs_the_preface_line_is_no_wrap():
    lines = _lines(MEISETSU)
    # The preface's last paragraph and its date line ran together.
    assert (
        "此の集の編纂に就いて水巴子の労を執られたことの多大なるは余の深く感謝する所である。"
        in lines
    )
    assert "明治四十一年十二月六日" in lines


def test_verse_widths_vary_unmarked_lines_of_one_width_are_wraps():
    # Guard verse_widths_vary on the book's own widths: the haiku lines of the
    # excerpt (17-20 characters) pass; the same lines all cut to one width (as a
    # wrapper fills unpunctuated text to its column) do not.
    haiku = [x for x in _lines(MEISETSU) if x and "。" not in x and len(x) >= 12]
    widths = np.array([2 * len(x) for x in haiku])  # display columns
    assert len(widths) >= 10 and np.bincount(widths).max() <= len(widths) // 2
    plain = np.zeros(len(widths), dtype=bool)
    assert unmarked_verse_lines(widths, plain).all()
    assert not unmarked_verse_lines(np.full(len(widths), 36), plain).any()
    # Fewer than four in five unmarked: prose with marks, no verse book.
    marked = np.arange(len(widths)) % 4 == 0
    assert not unmarked_verse_lines(widths, marked).any()
    assert not unmarked_verse_lines(widths[:2], plain[:2]).any()


def test_unmarked_verse_book_wrapped_prose_still_joins():
    # 红楼梦 wrapped at a column: its full lines hold marks; they still join.
    text, _ = unwrap_text(normalize_text(HONGLOU))
    assert "故将真事隐去，而借通灵说" in text.replace("\n\n", "|")


# 新五代史·卷一 (歐陽修; oscarsun72/chtxt), three paragraphs: the review's unpunctuated
# and wrapped texts are made from it.
WUDAI = (
    "唐僖宗乾符四年，黃巢起曹、濮，存、溫亡入賊中。巢攻嶺南，存戰死。巢陷京師，以溫為東南面行營先鋒使，攻陷同州，以為同州防禦"
    "使。是時，天子在蜀，諸鎮會兵討賊。諸鎮，記當時語也。唐謂節度使所治軍州為藩鎮，故有赴鎮、移鎮語。溫數為河中王重榮所敗，屢"
    "請益兵扵巢，巢中尉孟楷抑而不通。溫客謝瞳說溫曰：「黃家起扵草莽，幸唐衰亂，直投其隙而取之爾，非有功德興王之業也，此豈足與"
    "共成事哉！今天子在蜀，諸鎮之兵日集以謀興復，是唐德未厭扵人也。且將軍力戰扵外，而庸人制之扵內，此章邯所以背秦而歸楚也。」"
    "溫以為然，乃殺其監軍嚴實，自歸于河中，因王重榮以降。都統王鐸承制拜溫左金吾衛大將軍、河中行營招討副使，天子賜溫名全忠。"
    "\n"
    "中和三年三月，拜全忠汴州刺史、宣武軍節度使。四月，諸鎮兵破巢，復京師。巢走藍田。七月丁卯，全忠歸于宣武。是歲，黃巢出藍田"
    "關，陷蔡州，節度使秦宗權叛附于巢，遂圍陳州。徐州時溥凡稱某州某人者，皆其節度使。為東南面行營兵馬都統，會東諸鎮兵以救陳。"
    "陳州刺史趙犨亦乞兵于全忠。溥雖為都統而不親兵。四年，全忠乃自將救犨，率諸鎮兵擊敗巢將黃鄴、尚讓等。犨以全忠為德，始附屬焉"
    "。是時，河東李克用下兵太行，度河，出洛陽，與東兵會擊巢。巢已敗去，全忠及克用追敗之于郾城。巢走中牟，又敗之于王滿。巢走封"
    "丘，又大敗之。巢挺身東走，至泰山狼虎谷，為時溥追兵所殺。九月，天子以全忠為檢校司徒、同中書門下平章事，封沛郡侯。光啟二年"
    "三月，進爵王。義成軍亂，逐其節度使安師儒，推牙將張驍為留後，師儒來奔，殺之。遣朱珍、李唐賔陷滑州，以胡真為留後。十二月，"
    "徙封吳興郡王。"
    "\n"
    "自黃巢死，秦宗權稱帝，陷陝、洛、懷、孟、唐、許、汝、鄭州，遣其將秦賢、盧瑭、張晊攻汴。賢軍板橋，晊軍北郊，瑭軍萬勝，環汴"
    "為三十六柵。王顧兵少，不敢出。始而稱名，旣而稱爵，旣而稱帝，漸也。爵至王而後稱，著其逼者。乃遣朱珍募兵扵東方，而求救于兖"
    "、鄆。三年春，珍得萬人、馬數百匹以歸。乃擊賢板橋，拔其四柵。又擊瑭萬勝，瑭敗，投水死。宗權聞瑭等敗，乃自將精兵數千，柵北"
    "郊。五月，兖州朱瑾、鄆州朱宣來赴援。流俗本「宣」從「王」者非。王置酒軍中，中席，王陽起如厠，以輕兵出北門襲晊，而樂聲不輟"
    "。晊不意兵之至也，兖、鄆之兵又從而合擊，遂大敗之，斬首二萬餘級。宗權與晊夜走，過鄭，屠其城而去。宗權至蔡，復遣張晊攻汴。"
    "王聞晊復來，登封禪寺後岡，望晊兵過，遣朱珍躡之，戒曰：「晊見吾兵，必止。望其止，當速返，毋與之鬪也。」已而晊見珍在後，果"
    "止。珍即馳還。王令珍引兵蔽大林，而自率精騎出其東，伏大冢間。晊止而食，食畢，拔旗幟，馳擊珍。珍兵小却，王引伏兵橫出，斷晊"
    "軍為三而擊之。晊大敗，脫身走。宗權怒，斬晊。而河陽、陝、洛之兵為宗權守者，聞蔡精兵皆已殲扵汴，因各潰去。故諸葛爽將李罕之"
    "取河陽、張全義取洛陽以來附。十月，天子使來，賜王紀功碑。朱宣、朱瑾兵助汴，已破宗權東歸，王移檄兖、鄆。誣其誘汴亡卒以東，"
    "乃發兵攻之，取其曹州、濮州。遂遣朱珍攻鄆州，大敗而還。十二月，天子使來，賜王鐵券及德政碑。"
)
_MARKS = re.compile("[，。！？；、：「」]")


def _wrap_columns(paragraph: str, columns: int, indent: str = "") -> list[str]:
    """A wrapper's lines: as many characters as fit ``columns`` (CJK two, others one)."""
    lines, line, used = [], indent, 2 * len(indent)
    for ch in paragraph:
        width = 1 if ch.isascii() else 2
        if used + width > columns:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + width
    return lines + [line]


def _unwrapped(lines: list[str]) -> list[str]:
    return [x for x in unwrap_text(normalize_text("\n".join(lines) + "\n"))[0].split("\n") if x]


def test_verse_widths_columns_indented_paragraphs_of_two_lines_join():
    # Guard verse_widths_vary in display columns (clause verse_widths_columns): unmarked
    # paragraphs of two full lines each, the first after a "　　" indent (24 and 26
    # characters, half and half), are a wrapper's; in characters they passed as verse.
    text = _MARKS.sub("", WUDAI.replace("\n", ""))
    lines = []
    for k in range(0, len(text) - 60, 55):
        lines += _wrap_columns(text[k : k + 55], 52, "\u3000\u3000")
    out = _unwrapped(lines)
    assert len(out) == len(lines) // 3
    assert all(len(x) >= 50 for x in out)


def test_verse_widths_near_spaces_for_marks_wrapped_at_a_column_join():
    # The near-width share (VERSE_BOOK_NEAR_WIDTH): spaces in place of the marks, wrapped
    # at 50 columns, leave lines of 49 and 50 columns, none of one width over half.
    lines = []
    for para in WUDAI.split("\n"):
        lines += _wrap_columns(" ".join(x for x in _MARKS.split(para) if x), 50)
    out = _unwrapped(lines)
    assert len(out) <= len(lines) // 5  # 48 lines: 8 (all 48 kept before)
    # Joined (with a space where the wrap fell beside one, as main joins such lines).
    assert "攻陷同州 以" in out[0] and "為同州防禦使" in out[0]


def test_verse_book_wrapped_preface_joins_its_wraps():
    # Clause verse_book_wrapped_preface: a poetry book without marks (lines of 12-28
    # characters) with a preface wrapped at 28: the verse lines stay, the preface joins.
    preface = _wrap_columns(WUDAI.split("\n")[0], 56, "\u3000\u3000")
    plain = _MARKS.sub("", WUDAI.replace("\n", "")) * 4
    verse, k = [], 0
    for n in range(150):
        size = (12, 16, 20, 22, 24, 25, 26, 27, 28)[n * 7 % 9]
        verse.append(plain[k : k + size])
        k += size
    out = _unwrapped(["序", ""] + preface + ["", "诗", ""] + verse)
    assert out[1] == WUDAI.split("\n")[0]
    assert out[3:] == verse
