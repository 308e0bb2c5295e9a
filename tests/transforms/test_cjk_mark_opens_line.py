"""Clause ``cjk_mark_opens_line`` (``transforms.cjk_line_start``, called from
``transforms.cjk_layout.cjk_joins``): a CJK line that opens with a mark closing the
text above ("，", "。", "、", a closing bracket) continues the line above; CJK
typesetting never opens a line with one, whatever the block's widths say."""

import pytest

import transforms.cjk_layout as layout
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# fortunes-zh 2.98 ``chinese``, the Debian Social Contract entry (colour codes left
# out), wrapped at 56 columns: lines 3428-3435 and 3439-3443.
CONTRACT = (
    "          + 我们由我们的用户及自由软件社群的需要所导向。我们将优先考\n"
    "            虑他们的利益。我们将在多种计算环境中支持我们的用户的操作\n"
    "            需要。我们不反对在 Debian 系统上使用非自由软件，我们也不\n"
    "            会尝试向创建和使用这部分软件的用户索取费用。我们允许他人\n"
    "            ，在没有我们的资金的参与下，制造包括 Debian 以及商业软件\n"
    "            的增值套件。为了达成这些目标，我们将提供集成的、高质量的\n"
    "            、100%自由的软件，而不附加任何可能阻止在这些方面使用的法\n"
    "            律限制。\n"
    "\n"
    "          + 我们明了，某些我们的用户需要使用不符合 Debian 自由软件指\n"
    "            导方针的作品。我们为这些作品，在我们的档案库中留出了\n"
    '            “contrib" 以及 “non-free" 目录。在这些目录下的软件包，并\n'
    "            不属于 Debian 系统尽管它们已被配置成可以在 Debian 下使用\n"
    "            。我们鼓励光盘制造商阅读这些目录下的软件的许可证，以判断\n"
)


# The same file, lines 29971-29975: 诗经 小戎 set a stanza a line, 104-106 columns,
# as the entry stands in the file among much wider lines.
XIAORONG = (
    "《詩經‧ 國風‧ 秦‧ 小戎》\n"
    "\n"
    "    小戎俴收，五楘梁輈，游環脅驅，陰靷鋈續，文茵暢轂，駕我騏馵。言念君子，溫其如玉。在其板屋，亂我心曲。\n"
    "    四牡孔阜，六轡在手，騏駵是中，騧驪是驂，龍盾之合，鋈以觼軜。言念君子，溫其在邑。方何為期，胡然我念之。\n"
    "    俴駟孔羣，厹矛鋈錞，蒙伐有苑，虎韔鏤膺，交韔二弓，竹閉緄縢。言念君子，載寢載興。厭厭良人，秩秩德音。\n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text + "%\n" + XIAORONG)).text.partition("《詩經")[0]


@pytest.fixture
def clause_off(monkeypatch):
    monkeypatch.setattr(layout, "mark_opens_line", lambda cp, la, fb, cjk, deeper: cjk & False)


def test_cjk_mark_opens_line_joins_the_mark_to_its_sentence():
    out = _clean(CONTRACT)
    assert "我们允许他人，在没有我们的资金" in out
    assert "集成的、高质量的、100%自由的软件" in out
    assert "可以在 Debian 下使用。我们鼓励光盘制造商" in out
    assert "".join(out.split()) == "".join((CONTRACT + "%").split())
    # The two entries' items stay two paragraphs.
    assert out.count("\n\n") == 1


def test_cjk_mark_opens_line_switched_off_keeps_the_breaks(clause_off):
    out = _clean(CONTRACT)
    assert "我们允许他人\n，在没有" in out
    assert "Debian 下使用\n。我们鼓励" in out


# A public Chinese study note on select/poll/epoll (Markdown on GitHub), its lines
# as the file has them: a paragraph a line, "。。。" and "。。" opening remarks.
EPOLL_NOTE = (
    "一次性将 1000个客户端的socket，传给 内核， 用户态和内核态 只切换一次。\n"
    "内核去遍历这1000个。\n"
    "。。。\n"
    "\n"
    "`strace -ff -o myout /opt/nginx/sbin/nginx`\n"
    "\n"
    "。。worker_processor 改成1 ，不然线程太多。\n"
    "。。nginx 主从配置，有一个master，有一个 slave， kill掉 slave， master 会新建一个， 所以可以 热更新。\n"
)


def test_cjk_mark_after_full_stop_keeps_a_remark_its_line():
    out = clean_text(normalize_text(EPOLL_NOTE)).text
    assert "不然线程太多。\n。。nginx 主从配置" in out
    assert "内核去遍历这1000个。\n。。。" in out


# A public Chinese blog post on apt-cache (Markdown on GitHub): a smiley "：）" on
# its own line under the full stop of the last sentence.
APT_NOTE = (
    "apt-cache depends 会列出3类包。如果只想安装Depends的，用grep过滤下。"
    "如果想提取出包的名字，用cut做一个分割。\n\n"
    "剩下的就是调用下载相应包的指令了。 \n是不是感觉很简单。 \n：）\n\n"
    "## 进阶，下载所依赖的包所依赖的包。。。\n"
)


def test_cjk_mark_after_full_stop_keeps_a_smiley_its_line():
    out = clean_text(normalize_text(APT_NOTE)).text
    assert "是不是感觉很简单。\n：）\n" in out


def test_cjk_mark_after_full_stop_a_closing_quote_still_joins():
    # fortunes-zh ``chinese``: a quotation's closing "」" set on its own line
    # under the full stop of its last sentence.
    text = "「日常，也许就是连续发生的奇迹。\n」\n" + XIAORONG
    out = clean_text(normalize_text(text)).text
    assert "连续发生的奇迹。」" in out


# A public PHP test of a travel-plan parser (GitHub), its plan text: "》" typed
# for ">" as a bullet, one item a line.
TRAVEL_PLAN = (
    "【长春长白山延吉五日疗休养方案】\n印象·长白山\n森林生态与民俗文化相结合的疗休养线路。\n"
    "》景点介绍\n》特色体验\n朝鲜族民俗体验\n日期\n"
)


def test_cjk_title_bullet_keeps_the_items_their_lines():
    out = clean_text(normalize_text(TRAVEL_PLAN)).text
    assert "》景点介绍\n》特色体验\n" in out


def test_cjk_title_bullet_a_title_left_open_closes_below():
    from transforms.cjk_line_start import _TITLE_PAIRS, _title_open
    from transforms.unwrap import code_points

    pair = _TITLE_PAIRS[ord("》")]
    for line, is_open in [
        ("书名叫做《中国古代社会", True),
        ("注意：", False),
        ("读《红楼梦》", False),
    ]:
        cp = code_points("x\n" + line)
        assert _title_open(cp, len(cp) - 1, pair) is is_open
