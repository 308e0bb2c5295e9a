"""Session 49 (wtA): books that lost every line break (``transforms.flat_chapters``, clause
``flat_chapter_breaks`` and its clauses, run by ``normalize_text``).

Excerpts of TzuYuJih/BDSE37_-_Project_Gutenberg's one-line files (儒林外史, 斷鴻零雁記,
公墓): each chapter shortened to its first and last sentences, joined as the file joins
them (no break); Tom Sawyer (../shared/data pg74) flattened to one line as a "one line per
book" export does. ``FLAT_LINE`` is lowered so a short excerpt stands for a whole line."""

from __future__ import annotations

import pytest

from transforms import flat_chapters
from transforms.clean import clean_text
from transforms.flat_chapters import flat_chapter_breaks
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# 儒林外史: the title three times, 第一回 (no opening formula: its 詞 follows the title),
# then 第十三回 .. 第十五回, each opening with 話說 after its title
RULIN = (
    "儒林外史儒林外史儒林外史第一回說楔子敷陳大義借名流隱括全文人生南北多歧路，將相神仙，"
    "也要凡人做。百代興亡朝复暮，江風吹倒前朝樹。功名富貴無憑据，費盡心情，總把流光誤。"
    "濁酒三杯沈醉去，水流花謝知何處？這一首詞，也是個老生長談。不過說：人生富貴功名，是身外之物；"
    "但世人一見了功名，便舍著性命去求他。及至到手之后，味同嚼蜡。自古及今，那一個是看得破的？"
    "不知這人頭畢竟如何，且听下回分解。"
    "第十三回蘧駪夫求賢問業馬純上仗義疏財話說婁府兩公子將五百兩銀子送了俠客，与他報謝恩人，"
    "把革囊人頭放在家里。兩公子雖系相府，不怕有意外之事，但血淋淋一個人頭丟在內房階下，未免有些焦心。"
    "只因這一番，有分教：通都大邑，來了几位選家；僻壤窮鄉，出了一尊名士。畢竟差人要多少銀子贖這枕箱，"
    "且听下回分解。"
    "第十四回蘧公孫書坊送良友馬秀才山洞遇神仙話說馬二先生在酒店里，同差人商議要替蘧公孫贖枕箱。"
    "差人道：這奴才手里拿著一張首呈，就象拾到了有利的票子，銀子少了他怎肯就把這欽贓放出來？"
    "只因遇著這個人，有分教：慷慨仗義，銀錢去而复來；廣結交游，人物久而愈盛。畢竟此人是誰，且听下回分解。"
    "第十五回葬神仙馬秀才送喪思父母匡童生盡孝話說馬二先生在丁仙祠正要跪下求簽，后面一人叫一聲，"
    "馬二先生，馬二先生回頭一看，那人象個神仙，慌忙上前施禮道：學生不知先生到此，有失迎接。"
)
# 斷鴻零雁記: chapters with no title at all ("第二章餘既辭海雲寺")
DUANHONG = (
    "斷鴻零雁記斷鴻零雁記斷鴻零雁記第一章百越有金甌山者，濱海之南，巍然矗立。每值天朗無雲，山麓蔥翠間，"
    "紅瓦鱗鱗，隱約可辨，蓋海雲古剎在焉。相傳宋亡之際，陸秀夫既抱幼帝殉國崖山，有遺老遁跡於斯，"
    "祝發為僧，晝夜向天呼號，冀招大行皇帝之靈。然彼焉知方外之人，亦有難言之恫？此章為吾書發凡，均紀實也。"
    "第二章餘既辭海雲寺，即駐荒村靜室，經行侍師而外，日以淚珠拭面耳。吾師視餘年幼，固已憐之。"
    "顧吾師雖慈藹，不足以殺吾悲。讀者試思，餘殆極人世之至戚者矣！一日，餘以師命下鄉化米，量之可十餘斤。"
    "既忽微聞老人語曰：「潮兒今日歸何晚？」餘諦聽之，奇哉，奇哉，此人聲音也。乃至廳事，則赫然餘乳媼在焉。"
    "第三章餘禮乳媼既畢，悲喜交並。媼一一究吾行止，乃命餘坐，諦視餘面，即以手拊額，沉思久之，"
    "淒然曰：「傷哉，三郎也！設吾今日猶在彼家，即爾胡至淪入空界？」"
    "繼今以後，餘居乳媼家，日與潮兒弄艇投竿於荒江煙雨之中，或騎牛村外。幽恨萬千，不自知其消散於晚風長笛間也。"
    "第四章一日薄暮，荒村風雪，蕭蕭徹骨。餘與潮兒方自後山負薪以歸。甫入門，見吾乳媼背爐兀坐。"
)
# 公墓 (穆時英): a story that lists a writer's plan "第一回巡視賭場第二回…" inside a sentence
GONGMU = (
    "躲在陰影裡，老鴇尾巴似地拖在後邊兒躲在陰影裡的石灰臉，石灰臉，石灰臉作家心裡想："
    "第一回巡視賭場第二回巡視街頭娼妓第三回巡視舞場第四回巡視再說《東方雜志》《小說月報》"
    "《文藝月刊》第一句就寫大馬路北京路野雞交易所不行。"
)
# Tom Sawyer (pg74) flattened: its contents list, the preface's end, three chapters' edges
SAWYER = (
    "THE ADVENTURES OF TOM SAWYER By Mark Twain (Samuel Langhorne Clemens) CONTENTS "
    "CHAPTER I. Y-o-u-u Tom—Aunt Polly Decides Upon her Duty—Tom Practices Music—The "
    "Challenge—A Private Entrance CHAPTER II. Strong Temptations—Strategic Movements—The "
    "Innocents Beguiled CHAPTER III. Tom as a General—Triumph and Reward—Dismal "
    "Felicity—Commission and Omission PREFACE Most of the adventures recorded in this book "
    "really occurred; one or two were experiences of my own, the rest those of boys who were "
    "schoolmates of mine. THE AUTHOR. HARTFORD, 1876. CHAPTER I “Tom!” No answer. “TOM!” No "
    "answer. “What’s gone with that boy, I wonder? You TOM!” No answer. The old lady pulled her "
    "spectacles down and looked over them about the room; then she put them up and looked out "
    "under them. She seldom or never looked through them for so small a thing as a boy. But "
    "his loss of her resolution to turn his Saturday holiday into captivity at hard labor "
    "became adamantine in its firmness. CHAPTER II Saturday morning was come, and all the "
    "summer world was bright and fresh, and brimming with life. There was a song in every "
    "heart; and if the heart was young the music issued at the lips. There was cheer in every "
    "face and a spring in every step. Tom appeared on the sidewalk with a bucket of whitewash "
    "and a long-handled brush. He surveyed the fence, and all gladness left him and a deep "
    "melancholy settled down upon his spirit. He went tripping away to report. CHAPTER III Tom "
    "presented himself before Aunt Polly, who was sitting by an open window in a pleasant "
    "rearward apartment, which was bedroom, breakfast-room, dining-room, and library, combined."
)


@pytest.fixture
def short_line(monkeypatch):
    """An excerpt of some hundred characters stands for a line of ``FLAT_LINE``, its
    shortened chapters for whole ones (``MIN_GAP``)."""
    monkeypatch.setattr(flat_chapters, "FLAT_LINE", 300)
    monkeypatch.setattr(flat_chapters, "MIN_GAP", 100)
    # review: shortened chapters stand for whole ones in clause flat_chapter_cover too
    monkeypatch.setattr(flat_chapters, "MIN_CHAPTER", 100)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def test_rulin_headings_and_proven_titles_set_apart(short_line):
    text = normalize_text(RULIN)
    lines = _lines(text)
    assert lines[0] == "儒林外史儒林外史儒林外史"
    assert lines[1] == "第一回"  # no formula after its title: the heading's span only
    assert lines[2].startswith("說楔子敷陳大義借名流隱括全文人生南北多歧路，")
    assert "第十三回蘧駪夫求賢問業馬純上仗義疏財" in lines
    assert "第十四回蘧公孫書坊送良友馬秀才山洞遇神仙" in lines
    i = lines.index("第十五回葬神仙馬秀才送喪思父母匡童生盡孝")
    assert lines[i + 1].startswith("話說馬二先生在丁仙祠")
    assert text.replace("\n", "") == RULIN  # every character kept, breaks only inserted


def test_rulin_chapters_are_sections_after_clean(short_line):
    cleaned = clean_text(normalize_text(RULIN)).text
    titles = [s.title for s in analyze_text(cleaned).sections if s.title]
    assert titles == [
        "第一回",
        "第十三回蘧駪夫求賢問業馬純上仗義疏財",
        "第十四回蘧公孫書坊送良友馬秀才山洞遇神仙",
        "第十五回葬神仙馬秀才送喪思父母匡童生盡孝",
    ]


def test_duanhong_untitled_chapters(short_line):
    text = normalize_text(DUANHONG)
    lines = _lines(text)
    assert lines[:3] == ["斷鴻零雁記斷鴻零雁記斷鴻零雁記", "第一章", lines[2]]
    assert lines[2].startswith("百越有金甌山者")
    assert [line for line in lines if line.startswith("第")] == [
        "第一章",
        "第二章",
        "第三章",
        "第四章",
    ]
    assert text.replace("\n", "") == DUANHONG


def test_flat_paragraph_breaks_at_lost_spaces(short_line):
    # the same excerpt as an export that joined its lines with spaces
    spaced = DUANHONG.replace("。", "。 ").replace("第", " 第")
    lines = _lines(normalize_text(spaced))
    assert "第二章" in lines
    # a sentence end, a space, a Han character: a lost break ("？" had no space after it)
    assert "然彼焉知方外之人，亦有難言之恫？此章為吾書發凡，均紀實也。" in lines
    assert (
        "相傳宋亡之際，陸秀夫既抱幼帝殉國崖山，有遺老遁跡於斯，祝發為僧，晝夜向天呼號，冀招大行皇帝之靈。"
        in lines
    )


def test_default_flat_line_leaves_ordinary_lines():
    # the excerpts are shorter than FLAT_LINE: a long paragraph of a book is no flat book
    assert normalize_text(RULIN) == RULIN
    assert flat_chapter_breaks(DUANHONG) == DUANHONG


def test_headings_in_a_sentence_are_no_chapters(monkeypatch):
    # after "：" and glued to each other, and closer than MIN_GAP: a list in the story
    assert flat_chapter_breaks(GONGMU * 3, flat_line=100) == GONGMU * 3
    monkeypatch.setattr(flat_chapters, "MIN_GAP", 1)  # no sentence end before them is enough
    # review: and a run as long as its line's share (clause flat_chapter_cover off), so the
    # sentence-end test holds them alone
    monkeypatch.setattr(flat_chapters, "MIN_COVER", 0)
    assert flat_chapter_breaks(GONGMU * 3, flat_line=100) == GONGMU * 3
    # a count in prose, a mark right after it (朝花夕拾: "我沒有再看第二回，一到這一葉，便急速地
    # 翻過去了。"), after a sentence end and advancing here
    counted = "".join(f"我沒有再看。第{n}回，一到這一葉，便急速地翻過去了。" for n in "一二三四")
    assert flat_chapter_breaks(counted, flat_line=50) == counted


def test_contents_entries_are_no_chapters(short_line):
    # 儒林外史's titles as a contents list glued into a flat line (each entry closed by a
    # full stop): the entries are closer than MIN_GAP to each other
    entries = ["第十三回蘧駪夫求賢問業馬純上仗義疏財。", "第十四回蘧公孫書坊送良友馬秀才山洞遇神仙。",
               "第十五回葬神仙馬秀才送喪思父母匡童生盡孝。", "第十六回大柳庄孝子事親樂清縣賢宰愛士。"]  # fmt: skip
    line = "目錄。" + "".join(entries) + RULIN[RULIN.index("不知這人頭") :] * 20
    split = flat_chapter_breaks(line, flat_line=1000)
    assert "".join(entries) in split  # the list stays one run
    assert "\n\n第十三回蘧駪夫求賢問業馬純上仗義疏財\n\n話說" in split  # the chapters are split


def test_latin_chapters_without_contents_entries(short_line):
    text = normalize_text(SAWYER)
    lines = _lines(text)
    assert (
        lines[0].startswith("THE ADVENTURES OF TOM SAWYER")
        and "CONTENTS CHAPTER I. Y-o-u-u" in lines[0]
    )
    assert lines[0].endswith("HARTFORD, 1876.")
    assert lines[1:3] == ["CHAPTER I", "“Tom!” No answer. “TOM!” No answer. " + lines[2][36:]]
    assert [line for line in lines if line.startswith("CHAPTER")] == [
        "CHAPTER I",
        "CHAPTER II",
        "CHAPTER III",
    ]
    assert text.replace("\n\n", " ") == SAWYER  # the spaces around each heading replaced
