"""Clauses ``starred_site_name``, ``full_stop_address``, ``glued_mobile_address`` and
``ctext_button_line`` (session 37, transforms/site_stamps.py). The site stamps are written as
the sites wrote them in the mirrors (明朝那些事儿, 四世同堂, 仙逆, 将军吟, 食草家族, 我在精神病院学斩神;
說苑's ctext.org buttons); the book's sentences around them are 老殘遊記's (劉鶚, d. 1909;
oscarsun72/chtxt), public domain."""

from transforms.boilerplate import find_boilerplate
from transforms.site_stamps import _full_stop, _spaced_name, before_cuts, site_stamps
from transforms.textedit import Edit, apply_edits

S1 = "話說山東登州府東門外有一座大山，名叫蓬萊山。"
S2 = "山上有個閣子，名叫蓬萊閣。"
S3 = "這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。"


def _cut(text: str) -> str:
    """The boilerplate stage's cuts (overlapping finds merged, as in the pipeline)."""
    return apply_edits(text, find_boilerplate(text))[0]


def test_starred_site_name_brackets_go():
    """Clause starred_site_name: brackets of starred site words go, the sentence stays."""
    text = (
        f"{S1}（奇*书*网^.^整*理*提*供）{S2}\n"
        f"{S2}(4020电子书.整*理*提*供)\n"
        f"{S3}[*爪丶机*书屋*] {S1}\n"
    )
    assert _cut(text) == f"{S1}{S2}\n{S2}\n{S3}{S1}\n"


def test_starred_site_name_guards():
    """Guards starred_needs_site_word (starred words that name no site) and
    starred_between_characters (Markdown's stars around a word): the text stays."""
    text = f"{S1}（*注*释*一*）\n{S2}（**重点网站**）\n{S3}[*]\n"
    assert site_stamps(text) == []
    assert _cut(text) == text


def test_full_stop_address_goes_with_its_stamp():
    """Clause full_stop_address: "xiaoshuotxt。com" at a line's end goes, with the other
    addresses glued after it and the stamp's words before it; the book's date stays."""
    text = (
        f"{S1}xiaoshuotxt。comwww.xiaoshuotxt.net\n\n"
        f"{S2}\n小 说t x t-天堂xiaoshuotxt。com\n\n"
        f"{S3}txt小＿说天＿堂www。xiaoshuotxt。net\n"
        "一九七九年九月改订于北京www。xiaoshuotxt。net\n"
    )
    assert _cut(text) == f"{S1}\n\n{S2}\n\n{S3}\n一九七九年九月改订于北京\n"


def test_full_stop_address_guards():
    """Guards full_stop_line_end (Chinese words after it) and full_stop_site_words (the
    book's words before it stay: only the address goes)."""
    after = f"他說xiaoshuotxt。com是一個網站。{S1}\n"
    assert site_stamps(after) == []
    before = f"{S2}他寫下了xiaoshuotxt。com\n"
    assert _cut(before) == f"{S2}他寫下了\n"


def test_glued_mobile_address_goes():
    """Clause glued_mobile_address: the torn mobile address glued after the sentence goes
    from the sentence's end; a line of its own goes with its break."""
    text = (
        f"{S1}……x33小说更新最快 手机端：https:/m.x33xs.com/\n"
        "x33小说更新最快 手机端：https:/m.x33xs.com/\n"
        f"{S2}\n"
    )
    assert _cut(text) == f"{S1}……\n{S2}\n"


def test_glued_mobile_address_guards():
    """Guards mobile_needs_colon_address ("手机看了一眼"), mobile_line_end (words after the
    address) and mobile_site_words (the book's words before the label): lines stay."""
    text = (
        "他取出手机看了一眼，眼中浮现出一抹亮光。\n"
        f"{S1}手机端：m.x33xs.com 是他常去的地方。\n"
        f"{S2}老残掏出手机看：m.x33xs.com/\n"
    )
    assert site_stamps(text) == []


def test_ctext_button_line():
    """Clause ctext_button_line: the ctext.org buttons copied as a line go; guard
    ctext_two_buttons: one button word alone on a line stays."""
    text = f"{S1}\n打開字典顯示相似段落顯示更多訊息\t\t\n{S2}\n打開字典\n{S3}\n"
    assert _cut(text) == f"{S1}\n{S2}\n打開字典\n{S3}\n"


def test_full_stop_address_lookahead_keeps_words():
    """Guard of full_stop_address's pattern: "。com"/"。cn" running on into a word
    ("OK。common", "NBA。cnn") is no address: the line stays (review, session 37)."""
    text = f"{S1}他說OK。common\n{S2}NBA。cnn\n"
    assert site_stamps(text) == []


def test_starred_site_name_spaced_stars_stay():
    """Guard starred_between_characters, its space half: stars between spaces are a
    product or a list, no split ("（甲 * 乙 * 网格）" stays; review, session 37)."""
    text = f"{S1}（甲 * 乙 * 网格）{S2}\n"
    assert site_stamps(text) == []


def test_spaced_site_name_goes():
    """Clause spaced_site_name (review, session 37): txt小说天堂's name with junk between its
    letters at a line's end goes (as the mirrors wrote it after the address was cut: 将军吟,
    沉重的翅膀, 黄河东流去, 蛙); the sentence's own end and a closing bracket stay."""
    text = (
        f"{S1}t.xt`小~说~天~堂\n"
        f"{S2}……［t.xt小，说［天堂｝\n"
        "＃txt＄！小＠说天＾堂＆\n"
        f"{S3}“我，要，枪！”t，xt，小，说，天，堂\n"
        "（完）＼t＝xt＊＊小／说天＾堂％\n"
        "?小xiaoshuo说txt天堂\n"
    )
    # Session 40: the two names alone on their lines go by clause site_stamp_line
    # (transforms/site_name_lines.py: a site's name parted by marks, once); guard
    # spaced_name_own_line still leaves them to the line clauses (stamped_name_line (s34),
    # repeated_name_lines (s38), site_stamp_line (s40)): _spaced_name itself does not cut them.
    want = f"{S1}\n{S2}……\n{S3}“我，要，枪！”\n（完）\n"
    assert _cut(text) == want
    own = [text[e.start : e.end] for e in _spaced_name(text)]
    assert not any(c.startswith(("＃txt", "?小")) for c in own), own


def test_spaced_site_name_guards():
    """Guards spaced_name_disguised (plain "小说天堂", no "txt" and no junk inside, is a word
    a story may use) and spaced_name_line_end (words after the name): the lines stay."""
    text = (
        f"{S1}他說這裡是小说天堂\n{S2}txt小说天堂的書很多。\n{S3}t.xt小~说~天~堂他說。\n"
        "他說他常去txt小说天堂\n"
    )
    assert site_stamps(text) == []
    assert _cut(text) == text


def test_full_stop_address_with_spaced_name_after():
    """full_stop_address with clause spaced_site_name's name glued after the address
    ("www。xiaoshuotxt。nett.xt`小~说~天~堂", 山中杂记, 冯骥才作品精选, 疯人笔记): the whole stamp
    goes; words after a plain name are the book's (review, session 37)."""
    text = (
        f"{S1}\nwww.xiaoshuotxt。nett.xt`小~说~天~堂\r\n"
        f"{S2}www。xiaoshuotxt。net［t.xt＾小.说.天）堂）\n"
        f"{S3}www。xiaoshuotxt。nettxt?小说/\\天、堂\n"
    )
    assert _cut(text) == f"{S1}\n{S2}\n{S3}\n"
    cuts = [text[e.start : e.end] for e in _full_stop(text)]
    assert any(c.startswith("www.xiaoshuotxt。nett.xt`") for c in cuts)  # "。nett.xt": no word
    kept = f"{S1}xiaoshuotxt。net小说天堂的書很多\n"
    assert site_stamps(kept) == []


def test_spaced_site_name_before_an_older_cut():
    """spaced_site_name with an address after the name (将军吟, 沉重的翅膀, 黄河东流去): where
    an older clause cut the address from the middle of the name ("xt-小说天\\堂www.…"), the
    name's part before that cut goes too (``before_cuts``; review, session 37)."""
    text = (
        f"{S1}t!xt-小说天\\堂www.xiaoshuotxt.net\n"
        f"{S2}t/x/t小.说。天.堂wＷw．xiＡoshＵotxt.neｔ\n"
        f"{S3}［t.xt小，说［天堂｝www.xiaoshuotxt.net\n"
    )
    assert _cut(text) == f"{S1}\n{S2}\n{S3}\n"


def test_before_cuts_keeps_the_part_before_an_older_cut():
    """``before_cuts``: a stamp overlapping an older clause's cut keeps its part before that
    cut; one starting inside it goes; the rest stand (review, session 37)."""
    older = [Edit(10, 25, "", "site_ad")]
    found = [Edit(5, 20, "", "site_ad"), Edit(12, 30, "", "site_ad"), Edit(40, 50, "", "site_ad")]
    got = [(e.start, e.end) for e in before_cuts(found, older)]
    assert got == [(5, 10), (40, 50)]
