"""Rule site_watermark (``transforms.watermarks``, a boilerplate rule) on the
stamps of real web e-books: a 周作人 collection (xiaoshuotxt.net), 陈忠实《白鹿原》
(china8.com.cn); the Debian Reference's links stay."""

from transforms.boilerplate import find_boilerplate, strip_boilerplate

# Essay ends of the 周作人 collection as distributed (dates, source, stamp).
ZHOU = """扫墓时候所常吃的还有一种野菜，俗称草紫，通称紫云英。


十三年二月


（1924年2月作，选自《雨天的书》）
www、xiaoshuotxt.net＿t＿xt，小说天堂


十三年七月


（1924年7月作，选自《雨天的书》）
wＷw。xiaoshuo txt.neｔt xt


我在前几天在《晨报》上看到了一件小事。
www.xiaoｓhuotxｔ.nett:xt.小``说".天 堂


（1924年6月作，选自《雨天的书》） t xt＋～小＜说＋天＞堂


（1944年11月作，选自《立春以前》） www.xiabook.com＜t＜xt＞小＜说天？堂
"""

BAILU = (
    "到白嘉轩肩上，把另一条披到鹿子霖肩头。老者说：「这是民意。」［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n\n"
    "葫芦瓢儿从头顶往身上浇水，冲洗得清清爽爽，就走出了马号的门。［华夏网·电子书下载乐园—Ｗww.China8.com.cn］\n\n"
    "背回来的都给你。我等下回背回来再拿。”孝武孝义放下粮食袋子，(华夏网|Www.china8.com.cn)颠颠破破着走出院子去了。\n"
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
    assert "（1924年2月作，选自《雨天的书》）\n" in out
    assert "（1924年6月作，选自《雨天的书》）\n" in out
    assert "（1944年11月作，选自《立春以前》）\n" in out
    assert "我在前几天在《晨报》上看到了一件小事。\n" in out
    assert "十三年二月" in out and "十三年七月" in out


def test_stamps_in_brackets_inside_paragraphs_are_cut():
    out = strip_boilerplate(BAILU)[0]
    assert "china8" not in out.lower() and "华夏网" not in out
    assert "老者说：「这是民意。」\n" in out
    assert "孝武孝义放下粮食袋子，颠颠破破着走出院子去了。" in out


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
