"""Session 43 (branch wtF): clauses ``download_disclaimer_line`` (with sub-clause
``disclaimer_block_line``) and ``reader_app_promo`` (transforms/site_notices.py),
``parted_site_name`` (with ``credited_site_name`` and ``parted_name_wrap``,
transforms/parted_names.py), called by transforms/promo_lines.py. The stamped lines are
excerpts of the books that carry them in the mirrors (hankinghu/literature-books:
万历十五年, 生死疲劳, 国富论, 邻家的百万富翁, 方与圆, 明朝那些事儿, 社会契约论, 货币战争,
少年维特的烦恼, 白鹿原, 光荣与梦想, 阿庇安's 罗马史; zzk6780051/novel: 龙族5;
xiexie1993/fiction_Secret_Master: 诡秘之主), the guards' lines too (随想录, 明朝那些事儿,
娱乐圈是我的, 剑客行, 射雕英雄传, 变成有钱人并不难); the story lines around them are
老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.parted_names import parted_site_names
from transforms.site_notices import reader_notices

ABOVE = "老残道：“我今天不走了。”"
BELOW = "说着便回店去了。"


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _lines(body: str) -> list[str]:
    """The non-blank lines of ``body`` cleaned between two story paragraphs (both kept)."""
    out = _clean(f"{ABOVE}\n\n{body}\n\n{BELOW}\n")
    assert ABOVE in out and BELOW in out
    return [line for line in out.split("\n") if line.strip()][1:-1]


WANLI = "“登高自卑”，《万历十五年》英文版书名中译则为《无关紧要的一五八七年》，也可以说是实行愚志的第一步。"
WANLI_NOTICE = (
    "声明：本书仅供读者预览，请在下载24小时内删除，不得用作商业用途；如果喜欢请购买正版图书！"
)
SHENGSI = "作为一头牛，你很可能流芳百世"
SHENGSI_SITE = (
    "本站提供的生死疲劳版权属于作者莫言。生死疲劳情节内容，书评属其个人行为，与网站无关。"
)
SHENGSI_NOTICE = (
    "作品仅供读者预览，请在下载24小时内删除，不得用作商业用途；为了让作者 莫言能提供更多更好的作品，"
    "请您购买请购买正版图书！"
)
GUOFU = "最聪明的傻瓜提示您：长期看电子书有损视力健康，建议购买实体书"
LINJIA = "全书选载完毕，更多精彩，请见原书。呼吁读者购买正版图书。"
GUIMI_ABOVE = "“我想提交特别申请。”"
GUIMI_PS = (
    " ps:书友们，我是爱潜水的乌贼，推荐一款免费小说app，支持小说下载、听书、零广告、多种阅读模式。"
    "请您关注微信公众号：dazhuzaiyuedu（长按三秒复制）书友们快关注起来吧！"
)
GUIMI_HEADING = "第一百五十四章 分享“经验”"
LONGZU_PS = " Ps:书友们，我是江南，推荐一款免费App，支持下载、听书、零广告、多种阅读模式。请您关注（）书友们快关注起来吧！"


@pytest.mark.parametrize(
    ("body", "kept"),
    (
        # 万历十五年: the last line of the book
        (f"{WANLI}\n\n{WANLI_NOTICE}", [WANLI]),
        # 生死疲劳: the last lines, the site's line right above the disclaimer (block line)
        (f"{SHENGSI}\n\n\n\n{SHENGSI_SITE}\n{SHENGSI_NOTICE}", [SHENGSI]),
        # 国富论 / 麦田里的守望者: the "buy the printed book" line, twice
        (f"{WANLI}\n\n{GUOFU}\n\n{WANLI}\n\n{GUOFU}", [WANLI, WANLI]),
        # 邻家的百万富翁: the excerpt site's closing line
        (f"{WANLI}\n\n{LINJIA}", [WANLI]),
    ),
)
def test_download_disclaimer_line(body, kept):
    assert _lines(body) == kept


def test_disclaimer_block_line_needs_the_disclaimer():
    # the site's line alone (no disclaimer beside it) is no evidence: it stays
    assert _lines(f"{SHENGSI}\n\n{SHENGSI_SITE}") == [SHENGSI, SHENGSI_SITE]
    # a blank line between: the block ends there
    assert _lines(f"{SHENGSI_SITE}\n\n{SHENGSI_NOTICE}") == [SHENGSI_SITE]


@pytest.mark.parametrize(
    "line",
    (
        # 随想录, 明朝那些事儿, 娱乐圈是我的: story and essay sentences that speak of 版权/购买
        "没有得到作者同意就编选、翻印别人的作品，这是侵犯“版权”。",
        "这玩意的版权完全归嘉靖所有，他人不得侵犯，该文体特点是全用赋体、词句华丽，写作难度极高。",
        "许延是很看好这个项目的，不然也不会花高价购买版权。",
        # guard disclaimer_to_reader: a book told of, nobody spoken to
        "这本书是正版的，我在书店购买的，不是电子书。",
        # guard disclaimer_needs_book: buying software, no book
        "请大家购买正版软件，不要下载盗版，仅供参考。",
        # guard disclaimer_not_speech: a character's words
        "“这本书仅供内部交流，看完请删除，别买正版。”",
        # guard disclaimer_not_narrated: a story's line
        "她请同学购买正版图书，不要下载电子书。",
    ),
)
def test_disclaimer_guards(line):
    assert _lines(f"{WANLI}\n\n{line}") == [WANLI, line]
    assert reader_notices(line) == []


@pytest.mark.parametrize(
    ("body", "kept"),
    (
        # 诡秘之主: the app line between a chapter's end and the next heading
        (f"{GUIMI_ABOVE}\n\n{GUIMI_PS}\n\n{GUIMI_HEADING}", [GUIMI_ABOVE, GUIMI_HEADING]),
        # 龙族5: the same template with another author's name
        (f"{GUIMI_ABOVE}\n\n{LONGZU_PS}", [GUIMI_ABOVE]),
    ),
)
def test_reader_app_promo(body, kept):
    assert _lines(body) == kept


@pytest.mark.parametrize(
    "line",
    (
        # guard app_promo_not_speech: a character speaks of an app
        "“这个app能听书，零广告，你下载试试。”",
        # no "听书": an app named in a sentence
        "推荐一款免费app，支持下载、零广告、多种阅读模式。",
    ),
)
def test_reader_app_promo_guards(line):
    assert _lines(f"{WANLI}\n\n{line}") == [WANLI, line]
    assert reader_notices(line) == []
