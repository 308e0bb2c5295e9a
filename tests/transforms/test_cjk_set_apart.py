"""Clauses of ``transforms.cjk_set_apart`` (called from ``transforms.unwrap``):
CJK lines a writer set apart on purpose keep their breaks on short texts, where
the width rules read a long sentence line as full. Each text is a real excerpt
(sources at each constant); each test fails with its clause switched off."""

import numpy as np
import pytest

import transforms.cjk_set_apart as apart
from transforms.clean import clean_text
from transforms.normalize import normalize_text


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _same_text(text: str, out: str) -> bool:
    return "".join(text.split()) == "".join(out.split())


# A GitHub note on LangChain (a chain's printed answer), its last lines.
LANGCHAIN = (
    "博客网站的设计应该考虑以下几个方面：\n\n"
    "1. 用户体验：博客网站应该易于使用，用户可以轻松地找到他们感兴趣的内容。"
    "网站应该具有良好的导航和搜索功能，以便用户可以快速找到他们需要的信息。\n\n"
    "2. 响应式设计：博客网站应该能够适应不同的设备和屏幕大小，包括桌面电脑、平板电脑和手机等。"
    "这样可以确保用户在任何设备上都能够方便地访问网站。\n"
    "。。。。（略）\n"
)
# The PackageManagerKi README (GitHub), its usage paragraph.
PMK = (
    "# 如何使用PackageManagerKi？\n"
    "***PMK***是一個簡單的軟件包管理器，由***Python3.12***編寫。你可以使用它進行一些管理操作。\n"
    '首先你需要一個軟件源服務器——這裏已經在`/hub`目錄搭建好了，使用"host.py"運行。\n\n'
    "現在你可以使用PMK了。請進入PMK目錄，指令行運行main.py，按照其提示進行操作。\n"
    "：）\n"
)


def test_cjk_stop_then_mark_keeps_a_remark_under_a_full_stop():
    out = _clean(LANGCHAIN)
    assert "方便地访问网站。\n。。。。（略）" in out
    out = _clean(PMK)
    assert "按照其提示進行操作。\n：）" in out
    assert _same_text(PMK, out)


def test_cjk_stop_then_mark_off_joins(monkeypatch):
    monkeypatch.setattr(apart, "_FULL_STOPS", np.asarray([], dtype=np.uint32))
    assert "访问网站。。。。。（略）" in _clean(LANGCHAIN)


# A node.js reading note (深入浅出Node.js, chapter 2, a GitHub repo's comment block).
NODE = (
    "2.6.5 npm 潜在问题\n"
    "npm模块首页，上的依赖榜，可以说明模块的质量和可靠性。还有，npm大多数包是通过github托管的，模块项目的观察者数量和分支数量\n"
    "也能从侧面反映这个模块的可靠性。还有，包的测试和文档，一个没有单元测试的包基本上是无法被信任的，没有文档的包也不行。\n"
    "》具备良好的测试\n"
    "》具备良好的文档，README、API\n"
    "》具备良好的测试覆盖率\n"
    "2.7 前后端共用模块\n"
)
# A WeChat development diary (GitHub), 2015-11-14.
WECHAT = (
    "3. 搞了两三个小时总算认真成功了。简单记录下解决的主要问题：\n"
    "》在搜索一些笔记，特别是廖雪峰的这篇文章，掌握了主要的验证机制。\n"
    "》打开python，对token认证里面的代码逻辑进行验证。\n"
)


def test_cjk_title_bullet_apart_keeps_items():
    out = _clean(NODE)
    assert "没有文档的包也不行。\n》具备良好的测试\n》具备良好的文档" in out
    # The writer's own wrap mid-sentence still joins.
    assert "观察者数量和分支数量也能从侧面反映" in out
    out = _clean(WECHAT)
    assert "主要问题：\n》在搜索一些笔记" in out
    assert "验证机制。\n》打开python" in out


def test_cjk_title_bullet_apart_off_joins(monkeypatch):
    monkeypatch.setattr(apart, "_TITLE_CLOSES", np.asarray([], dtype=np.uint32))
    assert "验证机制。》打开python" in _clean(WECHAT)


def test_title_wrapped_inside_its_brackets_still_joins():
    # 《Python编程入门》 (the same diary) cut inside its title: a wrap, joined.
    text = (
        "另外翻开《Python编程入门》学习了元组与列表区别，以及字典。后来又翻开了《Python Web开发学习实录\n"
        "》中的第12章，正是可以参考的内容，看完以后总算明白了验证与消息处理要怎样区分开来。\n"
    )
    assert "《Python Web开发学习实录》中的第12章" in _clean(text)


# A Taiwanese guest house's check-in notice (入住須知, a GitHub app's template).
MINSU = (
    "一、入住與退房\n"
    "・入住時間：15:00 後。\n"
    "・退房時間：11:00 前。\n"
    "・18:00 後抵達請提前通知，抵達前約 30 分鐘請聯繫管家。\n"
    "・提早入住或延後退房須事先確認，每小時 NT$1,500，最多 3 小時。\n"
)


def test_cjk_bullet_line_keeps_items():
    out = _clean(MINSU)
    assert "請聯繫管家。\n・提早入住" in out
    assert out.count("\n・") == 4


def test_cjk_bullet_line_off_joins(monkeypatch):
    monkeypatch.setattr(apart, "_BULLETS", np.asarray([], dtype=np.uint32))
    assert "請聯繫管家。・提早入住" in _clean(MINSU)


@pytest.mark.parametrize(
    ("upper", "lower", "kept"),
    [
        ("这里是一个完整的句子。", "・下一项", True),
        ("你说什么！", "？他问了一遍", False),  # a cut "！？", not a remark
        ("按照其提示進行操作。", "：）", True),
        ("・上一项没有结束", "・下一项", True),
        ("コンピュータ", "・サイエンス", False),  # a cut inside a compound: no clause end
        ("他写了", "》如果对一个事件", True),  # no title open above: an item
        ("翻开了《Python Web开发学习实录", "》中的第12章", False),  # the title's own wrap
    ],
)
def test_set_apart_pairs(upper, lower, kept):
    text = upper + "\n" + lower
    cp = np.asarray([ord(c) for c in text], dtype=np.uint32)
    first, la, fb = np.asarray([0]), np.asarray([len(upper) - 1]), np.asarray([len(upper) + 1])
    assert bool(apart.set_apart(cp, first, la, fb)[0]) == kept


# A web front-end interview note (GitHub), its section on HTML semantics.
SEMANTICS = (
    "* 便于浏览器、搜索引擎解析。 利于爬虫标记、利于SEO（Search Engine Optimization, 搜索引擎优化）\n"
    "#### html语义化标签\n"
    "HTML为网页文档内容提供上下文结构和含义。对于HTML体系而言，Web语义化是指使用语义恰当的标签，"
    "使页面有良好的结构，让页面元素有含义，便于被浏览器、搜索引擎解析、利于SEO。\n"
    "html语义化标签包括 body, article, nav, aside, section, header, footer, hgroup, 还有 h1-h6 address等。\n"
    "#### css语义化\n"
    "CSS语义就是class和ID命名的语义。class属性作为HTML与CSS衔接的纽带，其本意是用来描述元素内容的。\n"
)


def test_cjk_markdown_heading_keeps_the_heading_line():
    out = _clean(SEMANTICS)
    assert "#### html语义化标签\nHTML为网页文档" in out
    assert "#### css语义化\nCSS语义" in out


def test_cjk_markdown_heading_off_joins(monkeypatch):
    monkeypatch.setattr(apart, "_atx", lambda cp, at: False)
    assert "#### html语义化标签 HTML为网页文档" in _clean(SEMANTICS)


def test_rst_enumerator_is_no_heading():
    cp = np.asarray([ord(c) for c in "#. 返回的SP、FP值"], dtype=np.uint32)
    assert not apart._atx(cp, 0)
    assert apart._atx(np.asarray([ord(c) for c in "### css3"], dtype=np.uint32), 0)


# Review (session 27): a Japanese note's sentences (a GitHub IaC write-up, a song
# database README), folded at a fixed width the way a hard-wrapped text cuts them:
# the cut falls between "』" and the "・" that strings two bracketed names.
MIDDLE_DOT = (
    "AWSの学習を進める中で、『AWS Well-Architected フレームワークの柱』を意識して、自作のアプ\n"
    "リケーションを実装してみたいと思ったからです。以下では、『運用上の優秀性』\n"
    "・『信頼性』を意識して表題を実装しました。CircleCIを使用し、GitHubと連携するこ\n"
    "とで、GitHubにpushしたタイミングでJobが走り、インフラ構築、アプリケーションのデ\n"
    "プロイなどがすべて自動で実装されます。初期値には全てあなたの所為です。の全曲と\n"
    "『12』・『15』・『17』が登録されています。\n"
)
# A prompt template's rule list (GitHub): a bracketed label, then its items.
LABEL = "【必須】\n・日本語\n・身体部位を3つ以上必ず入れる、日常シーンを1つ必ず入れる、初回で起きやすい具体変化を1つ必ず入れる\n"


def test_cjk_bullet_line_middle_dot_joins_a_cut_between_names():
    out = _clean(MIDDLE_DOT)
    assert "『運用上の優秀性』・『信頼性』を意識して" in out
    assert "\n" not in out.strip()


def test_cjk_bullet_line_middle_dot_keeps_items_under_a_label():
    out = _clean(LABEL)
    assert out.startswith("【必須】\n・日本語\n・身体部位")


@pytest.mark.parametrize(
    ("upper", "lower", "kept"),
    [
        ("以下では、『運用上の優秀性』", "・『信頼性』を意識して", False),
        ("『AWSの柱』を意識して、以下では『運用上の優秀性』", "・『信頼性』", False),
        ("【必須】", "・日本語", True),
        ("・「知ってる笑 かわいーね」", "・「ふふ、そーゆーとこすき」", True),
        ("Install it with pip, then import it", "## 安装", True),  # the heading holds the CJK
    ],
)
def test_set_apart_review_pairs(upper, lower, kept):
    text = upper + "\n" + lower
    cp = np.asarray([ord(c) for c in text], dtype=np.uint32)
    first, la, fb = np.asarray([0]), np.asarray([len(upper) - 1]), np.asarray([len(upper) + 1])
    assert bool(apart.set_apart(cp, first, la, fb)[0]) == kept


# w3m's doc-jp/HISTORY (GitHub tats/w3m, its 990814 entry): items opening "・" and a Latin word.
W3M = (
    "\n"
    "[表示]\n"
    '・<ol> タグの type(="1","i","I","a","A"), start 属性に対応。\n'
    '  <ul> タグの type(="disc","circle","square") 属性に対応(KANJI_SYMBOLS のみ)。\n'
    "  <li> タグの type, value 属性に対応。\n"
    "・Overwrite のスペルミス\n"
    "・SELECT(selBuf) や Selectメニューでの表示で localファイル以外は URL で\n"
    "  表示する様にした。\n"
    "・size 属性が width 属性と同じになっていたのを修正。\n"
    "・最下行や SELECT(selBuf) などでのタイトルの表示で &amp; などを変換して\n"
    "  表示する様に修正(cleanup_str を使用)\n"
    "\n"
    "[動作]\n"
    "・数 pgBack(), 数 pgFore() の動作を less や more と同じに戻した。\n"
    "  例えば、3 SPC で 3 行進む(3 J と同じ)。\n"
    "  vi-like にするためには VI_PREC_NUM を #defile してください。\n"
    "・Save 時に(-dump の場合にも) ~/ や ~user/ を展開する様にした。\n"
    "・デフォルトの拡張子属性に .png, .PNG, .lzh, .LZH を追加\n"
    "・label が漢字な URL の場合に内部コードに変換してから label を探索する\n"
    "  ようにした\n"
    "\n"
)


def test_cjk_bullet_line_latin_keeps_an_item_opening_a_latin_word():
    out = _clean(W3M)
    assert "してください。\n・Save 時に" in out
    assert "展開する様にした。\n・デフォルト" in out


@pytest.mark.parametrize(
    ("upper", "lower", "kept"),
    [
        ("VI_PREC_NUM を #defile してください。", "・Save 時に", True),
        ("Read the list below:", "・Save the file", False),  # no CJK mark above
        ("以下では、『運用上の優秀性』", "・Webの信頼性", False),  # a middle dot after a name
    ],
)
def test_cjk_bullet_line_latin_pairs(upper, lower, kept):
    text = upper + "\n" + lower
    cp = np.asarray([ord(c) for c in text], dtype=np.uint32)
    first, la, fb = np.asarray([0]), np.asarray([len(upper) - 1]), np.asarray([len(upper) + 1])
    assert bool(apart.set_apart(cp, first, la, fb)[0]) == kept
