"""Rule site_watermark (``transforms.watermarks``, a boilerplate rule) on the
stamps of real web e-books, as a 1920s essay collection (xiaoshuotxt.net) and a
novel (china8.com.cn) carry them: the stamps are the sites' own, the text around
them public domain (鲁迅's 野草 and 朝花夕拾, 水浒传); the Debian Reference's links stay."""

from transforms.boilerplate import find_boilerplate, strip_boilerplate

# Essay ends as the collection sets them (dates, source, stamp); 鲁迅's lines.
ZHOU = """在我的后园，可以看见墙外有两株树，一株是枣树，还有一株也是枣树。


十三年二月


（1924年9月作，选自《野草》）
www、xiaoshuotxt.net＿t＿xt，小说天堂


十三年七月


（1924年12月作，选自《野草》）
wＷw。xiaoshuo txt.neｔt xt


我常想在纷扰中寻出一点闲静来，然而委实不容易。
www.xiaoｓhuotxｔ.nett:xt.小``说".天 堂


（1926年10月作，选自《朝花夕拾》） t xt＋～小＜说＋天＞堂


（1935年12月作，选自《且介亭杂文》） www.xiabook.com＜t＜xt＞小＜说天？堂
"""

BAILU = (
    "端王拿起狮子，不落手看了一回，道：「好！」［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n\n"
    "高俅不敢过去冲撞，立在从人背后伺侯。［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n\n"
    "高俅领了王都尉钧旨，将着两般玉玩器，(华夏网|Www.china8.com.cn)怀中揣着书呈，迳投端王宫中来。\n"
)

DEBIAN_JA = """ * インターネット上の分散型の無償ボランティア活動: https://www.debian.org

 * 一般的情報は https://www.debian.org にある Debian サイト

 * Debian の公式アーカイブは https://www.debian.org/mirror/list を参照

 * Debian サポートは https://www.debian.org/support にある
"""


def test_stamps_in_an_essay_collection_are_cut():
    out, edits = strip_boilerplate(ZHOU)
    assert {e.rule for e in edits} == {"site_watermark"}
    for piece in ("www", "ｗ", "txt", "xiabook", "小说天堂", "堂"):
        assert piece not in out
    assert "（1924年9月作，选自《野草》）\n" in out
    assert "（1926年10月作，选自《朝花夕拾》）\n" in out
    assert "（1935年12月作，选自《且介亭杂文》）\n" in out
    assert "我常想在纷扰中寻出一点闲静来，然而委实不容易。\n" in out
    assert "十三年二月" in out and "十三年七月" in out


def test_stamps_in_brackets_inside_paragraphs_are_cut():
    out = strip_boilerplate(BAILU)[0]
    assert "china8" not in out.lower() and "华夏网" not in out
    assert "道：「好！」\n" in out
    assert "将着两般玉玩器，怀中揣着书呈，迳投端王宫中来。" in out


def test_links_spelled_one_way_stay():
    assert find_boilerplate(DEBIAN_JA) == []


# Review (session 15): a novel typeset in full-width letters names a site in
# three sentences, one spelling each time (written for this test).
FULL_WIDTH_NOVEL = """　　那天晚上，他打开电脑，登录了ｗｗｗ．ｓｉｎａ．ｃｏｍ．ｃｎ，看到了新闻。
　　新闻说，明天会下雨。他关掉电脑，走到窗前，看着外面的街灯。
　　第二天早上，他又登录了ｗｗｗ．ｓｉｎａ．ｃｏｍ．ｃｎ，查看天气。
　　到了公司，同事们都在谈论ｗｗｗ．ｓｉｎａ．ｃｏｍ．ｃｎ上的一篇文章。
"""


def test_an_address_in_full_width_letters_stays():
    # Clause one_width: full-width "．" is the width of the text, not a disguise
    # (before: the address and the rest of its sentence were cut three times).
    assert find_boilerplate(FULL_WIDTH_NOVEL) == []


# 张居正 (hankinghu/literature-books, xiaoshuotxt.net's download): the site's address stands
# alone between paragraphs and its disguised name on other lines, under chapter titles.
# The stamps are the site's own lines; the prose around them is 鲁迅's (public domain).
ZHANG_STAMPS = (
    "！小＠说＃txt＄天＾堂＆",
    '大``学"生:小..说 网',
    "小..说..t.xt..天.堂",
)
SPACED = "大 学 生 小 说 网"  # read by clause stamped_name_line, not by site_stamp_line (s40)
ZHANG_ADDRESSES = ("www、xiaoshuotxt.net", "www/xiaoshuotxt.n et", "www。xiaoshuotxt。net")
LUXUN = (
    "在我的后园，可以看见墙外有两株树，一株是枣树，还有一株也是枣树。",
    "我常想在纷扰中寻出一点闲静来，然而委实不容易。",
)


def _zhang(names: tuple[str, ...], addresses: tuple[str, ...]) -> str:
    parts = []
    for i in range(3):
        parts.append(f"第{i + 1}回\n\n{names[i % len(names)]}\n{LUXUN[0]}\n\n")
        if addresses:
            parts.append(f"{addresses[i]}\n\n")
        parts.append(f"{LUXUN[1]}\n\n")
    return "".join(parts)


def test_stamped_name_line_zhang_juzheng():
    """Clause stamped_name_line: the disguised site names on lines of their own go when the
    text stamps the site's address; the chapters and the prose stay."""
    text = _zhang(ZHANG_STAMPS[:1], ZHANG_ADDRESSES)
    text += _zhang(ZHANG_STAMPS[1:2], ()) + _zhang(ZHANG_STAMPS[2:], ())
    out = strip_boilerplate(text)[0]
    for piece in ("小＠说", "天＾堂", '学"生', "小..说", "xiaoshuotxt"):
        assert piece not in out
    assert out.count(LUXUN[0]) == 9 and out.count(LUXUN[1]) == 9
    assert "第1回\n\n在我的后园" in out and "第3回\n\n在我的后园" in out


def test_name_line_needs_stamps_and_disguise():
    """Guards name_line_needs_stamps (no stamped address: the name lines stay) and
    name_line_disguised (a plain "小说天堂" line, a title, stays). Session 38: txt小说天堂's
    disguised name on three lines of their own goes without an address (clause
    repeated_name_lines, transforms/site_stamps.py: 蛙 writes its address plainly), so the
    guard is pinned with the other stamped name, "大学生小说网". Session 40: that name parted by
    marks goes alone too (clause site_stamp_line, transforms/site_name_lines.py: 务虚笔记's
    "大$学$生@小`说"网" once), so the guard is pinned with the name parted by spaces only,
    which that clause does not read."""
    out = strip_boilerplate(_zhang(ZHANG_STAMPS[1:2], ()))[0]
    assert out.count(ZHANG_STAMPS[1]) == 0 and out.count(LUXUN[0]) == 3
    out = strip_boilerplate(_zhang((SPACED,), ()))[0]
    assert out.count(SPACED) == 3
    out = strip_boilerplate(_zhang(ZHANG_STAMPS[:1], ()))[0]
    assert "小＠说" not in out and out.count(LUXUN[0]) == 3
    plain = _zhang(("小说天堂",), ZHANG_ADDRESSES)
    out = strip_boilerplate(plain)[0]
    assert "xiaoshuotxt" not in out
    assert out.count("\n小说天堂\n") == 3


def test_name_line_guards_review():
    """Review 34: guard name_line_needs_stamps with "www" in the text (an address written
    plainly three times is no stamp: the name lines stay); the site-word guard (a spaced
    heading "上　篇" on three lines of a stamped text stays) and the repeat count (a
    disguised name on one line stays). Session 38: pinned with "大学生小说网" (txt小说天堂's
    name on three lines goes by clause repeated_name_lines). Session 39: the repeat count
    is pinned with "大学生小说网" too: txt小说天堂's disguised name on one line goes where the
    text carries the site's address (clause name_line_site_address, transforms/site_stamps.py;
    命若琴弦's one line in the mirrors). Session 40: "大学生小说网" parted by marks goes on one line
    (clause site_stamp_line); the guards are pinned with the name parted by spaces only."""
    plain = _zhang((SPACED,), ("www.xiaoshuotxt.net",) * 3)
    assert strip_boilerplate(plain)[0].count(SPACED) == 3
    heads = _zhang(("上\u3000篇",), ZHANG_ADDRESSES)
    out = strip_boilerplate(heads)[0]
    assert "xiaoshuotxt" not in out and out.count("上\u3000篇") == 3
    once = _zhang((SPACED, "上\u3000篇", "下\u3000篇"), ZHANG_ADDRESSES)
    assert strip_boilerplate(once)[0].count(SPACED) == 1
    once = _zhang((ZHANG_STAMPS[1], "上\u3000篇", "下\u3000篇"), ZHANG_ADDRESSES)
    assert strip_boilerplate(once)[0].count(ZHANG_STAMPS[1]) == 0
    once = _zhang(("！小＠说＃txt＄天＾堂＆", "上\u3000篇", "下\u3000篇"), ZHANG_ADDRESSES)
    assert strip_boilerplate(once)[0].count("！小＠说＃txt＄天＾堂＆") == 0
