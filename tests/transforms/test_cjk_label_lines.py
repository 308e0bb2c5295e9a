"""Clause cjk_label_lines (``transforms.paragraphs``) on fortunes-zh's 唐诗三百首
(Debian package fortunes-zh 2.98, file tang300, colour codes and "%" lines as the
boilerplate and normalization stages leave them)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections
from transforms.structure import analyze_text

TANG = """《感遇・其一》
作者：张九龄
兰叶春葳蕤，桂华秋皎洁。
欣欣此生意，自尔为佳节。
谁知林栖者，闻风坐相悦。
草木有本心，何求美人折？
%
《梦李白・其二》
作者：杜甫
浮云终日行，游子久不至。
三夜频梦君，情亲见君意。
%
《送别》
作者：王维
下马饮君酒，问君何所之。
君言不得意，归卧南山陲。
但去莫复问，白云无尽时。
"""


def test_title_and_author_lines_are_no_part_of_the_first_verse():
    text = clean_text(normalize_text(TANG)).text
    st = analyze_text(text)
    sentences = [text[a:b].strip() for a, b in st.sentences.tolist()]
    assert "《梦李白・其二》" in sentences and "作者：杜甫" in sentences
    assert "浮云终日行，游子久不至。" in sentences
    assert not any("作者" in s and "。" in s for s in sentences)


# fortunes-zh's 宋词/宋诗 file song100 (same package), its first poems.
SONG = """题目:《塞上》
作者:柳开（９４６－９９９）
鸣骹直上一千尺，天静无风声更干。
碧眼胡儿三百骑，尽提金勒向云看。
%
题目:《寒食》
作者:王禹偁（９５４－１００１）
今年寒食在商山，山里风光亦可怜：
稚子就花拈蛱蝶，人家依树系秋千。
郊原晓绿初经雨，巷陌春阴乍禁烟。
副使官闲莫惆怅，酒钱犹有撰碑钱。
%
题目:《村行》
作者:王禹偁（９５４－１００１）
马穿山径菊初黄，信马悠悠野兴长。
万壑有声含晚籁，数峰无语立斜阳。
棠梨叶落胭脂色，荞麦花开白雪香。
何事吟余忽惆怅，村桥原树似吾乡。
"""
# tang300: seven-character regulated verse, a title as long as a verse over its author line.
TANG_LONG = """《蜀相》
作者：杜甫
丞相祠堂何处寻，锦官城外柏森森。
映阶碧草自春色，隔叶黄鹂空好音。
三顾频烦天下计，两朝开济老臣心。
出师未捷身先死，长使英雄泪满襟。
%
《奉和中书舍人贾至早朝大明宫》
作者：岑参
鸡鸣紫陌曙光寒，莺啭皇州春色阑。
金阙晓钟开万户，玉阶仙仗拥千官。
花迎剑佩星初落，柳拂旌旗露未干。
独有凤凰池上客，阳春一曲和皆难。
%
《和贾至舍人早朝大明宫之作》
作者：王维
绛帻鸡人报晓筹，尚衣方进翠云裘。
九天阊阖开宫殿，万国衣冠拜冕旒。
日色才临仙掌动，香烟欲傍衮龙浮。
朝罢须裁五色诏，佩声归到凤池头。
"""


def test_field_lines_keep_their_breaks():
    # clause field_lines (transforms.cjk_layout, unwrap stage)
    text = clean_text(normalize_text(SONG)).text
    # normalize's cjk_halfwidth_marks (session 32) writes the field's ":" as "："
    assert "作者：王禹偁（９５４－１００１）\n今年寒食在商山" in text
    assert "作者:王禹偁（９５４－１００１）\n今年寒食在商山" in clean_text(SONG).text


def test_verse_titles_keep_their_breaks():
    # clause verse_titles (transforms.cjk_layout, unwrap stage)
    text = clean_text(normalize_text(TANG_LONG)).text
    assert "《奉和中书舍人贾至早朝大明宫》\n作者：岑参\n" in text
    assert "《和贾至舍人早朝大明宫之作》\n作者：王维\n" in text


# song100 (宋诗一百首), 苏轼: a title field as long as two verses, holding commas.
SONG_LONG = """题目:《石苍舒醉墨堂》
作者:苏轼（１０３６－１１０１）
人生识字忧患始，姓名粗记可以休。
何用草书夸神速，开卷戃恍令人愁。
我尝好之每自笑，君有此病何能瘳！
自言其中有至乐，适意无异逍遥游。
%
题目:《正月二十日与潘郭二生出郊寻春，忽记去年是日同至女王城作诗，乃和前韵》
作者:苏轼（１０３６－１１０１）
东风未肯入东门，走马还寻去岁春。
人似秋鸿来有信，事如春梦了无痕。
江城白酒三杯酽，野老苍颜一笑温。
已约年年为此会，故人不用赋招魂。
"""


def test_field_after_title_keeps_its_break():
    # Clause field_after_title (transforms.cjk_layout, unwrap stage): the long title
    # line (commas in it: no field line of clause field_lines) was joined to the author
    # line under it: "...乃和前韵》作者:苏轼（１０３６－１１０１）".
    text = clean_text(normalize_text(SONG_LONG)).text
    # normalize's cjk_halfwidth_marks (session 32) writes the field's ":" as "："
    assert "乃和前韵》\n作者：苏轼（１０３６－１１０１）\n东风未肯入东门" in text


# song100 as shipped (colour codes taken out), its first four poems: the fourth,
# "《春居杂兴》二首", sets its two poems under "其一" and "其二", centred.
SONG_FOUR = (
    SONG
    + """%
题目:《春居杂兴》二首
作者:王禹偁（９５４－１００１）

            其一

两株桃杏映篱斜，妆点商山副使家，
何事春风容不得，和莺吹折数枝花。

            其二

春云如兽复如禽，日照风吹浅又深。
谁道无心便容与，亦同翻覆小人心。
"""
)


def _sections(raw: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(raw)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_field_titles_head_the_poems_of_an_anthology():
    # Clause field_titles (transforms.cjk_titles): a title in "《》" (or a field "题目:")
    # right over its author field heads the poem; before, tang300 and song100 were one
    # section each (no blank line under the title: no title line of rule cjk_title_lines).
    # (normalize's cjk_halfwidth_marks, session 32, writes the fields' ":" as "：")
    assert _sections(SONG_FOUR) == [
        (1, "题目：《塞上》"),
        (1, "题目：《寒食》"),
        (1, "题目：《村行》"),
        (1, "题目：《春居杂兴》二首"),
        (1, "其一"),
        (1, "其二"),
    ]
    assert [title for _, title in _sections(TANG)] == [
        "《感遇・其一》",
        "《梦李白・其二》",
        "《送别》",
    ]
    # A title quoted in prose ("《送别》" inside a sentence) or with no author field
    # under it is none: the author field is the evidence.
    assert _sections(TANG.replace("作者：", "")) == []
    # song100's titles of one poem of a set: "其二" (the second) and "（选一）" (one chosen).
    for title in ("题目:《明妃曲和王介甫作》其二", "题目:《初入淮河》（选一）"):
        text = SONG_FOUR.replace("题目:《村行》", title)
        assert (1, title.replace(":", "：")) in _sections(text)


# Three pieces of prose, each under a title line standing alone (the titles are ours;
# the prose is 红楼梦 chapter 1 as in /work/shared/data/zh_classics, rewrapped), the
# first quoting a poem as tang300 sets it ("《感遇・其一》" over "作者：张九龄").
ESSAYS_QUOTING_A_POEM = """\
女娲补天

看官你道此书从何而起？说来虽近荒唐，细玩颇有趣味。却说那女娲氏炼石补天之时，于大荒山无稽崖炼成高十二丈、见方二十四丈大的顽石三万六千五百零一块。

《感遇・其一》
作者：张九龄
兰叶春葳蕤，桂华秋皎洁。
欣欣此生意，自尔为佳节。

那娲皇只用了三万六千五百块，单单剩下一块未用，弃在青埂峰下。

青埂峰下

谁知此石自经锻炼之后，灵性已通，自去自来，可大可小。因见众石俱得补天，独自己无才不得入选，遂自怨自愧，日夜悲哀。

一僧一道

一日正当嗟悼之际，俄见一僧一道远远而来，生得骨格不凡，丰神迥异，来到这青埂峰下，席地坐谈。
"""


def test_field_titles_anthology_a_quoted_poem_is_no_section():
    # Clause field_titles_anthology (transforms.cjk_titles): one 《title》 over its
    # author line, quoted in a piece of a collection, is no section: without the
    # clause "《感遇・其一》" became the second of four sections, taking the first
    # piece's last paragraph ("那娲皇只用了...") away from it.
    assert _sections(ESSAYS_QUOTING_A_POEM) == [
        (1, "女娲补天"),
        (1, "青埂峰下"),
        (1, "一僧一道"),
    ]
    text = clean_text(normalize_text(ESSAYS_QUOTING_A_POEM)).text
    assert "《感遇・其一》\n作者：张九龄\n" in text  # clause field_after_title still holds
