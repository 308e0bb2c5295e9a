"""Clause ``aozora_ruby_ascii_bar`` (``transforms.aozora._RUBY``): the ruby bar may be the
ASCII "|", as Japanese web-novel sites (小説家になろう, カクヨム) accept it and a few Aozora
typists wrote it; it goes with the reading, as "｜" does.

``tests/data/ja_aozora_ascii_bar.txt``: 鈴木牧之「北越雪譜」(Aozora Bunko 001930, card 58400,
its line 840 to "雲洞村の雲洞庵なり。") and 堀辰雄「楡の家」(001030, card 4848, two sentences of
its line 155). Before: the reading was cut but the bar stayed in the training text,
"魚沼郡|雲洞村雲洞庵は", "私には出来|悪かった" (5 Aozora texts of 14,311 hold such a bar)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

RAW = normalize_text(open("tests/data/ja_aozora_ascii_bar.txt", encoding="utf-8").read())


def test_aozora_ruby_ascii_bar_goes_with_the_reading():
    text = clean_text(RAW).text
    assert "|" not in text and "《" not in text
    assert "魚沼郡雲洞村雲洞庵は越後国四大寺の一なり。" in text
    assert "村上の耕雲寺、伊弥彦の指月寺、雲洞村の雲洞庵なり。" in text
    assert "率直にお前に問うことさえ私には出来悪かった。" in text


def test_aozora_ruby_ascii_bar_web_novel_lines():
    """A web novel's layout (a paragraph a line, "|" bars): each line kept, no bar left."""
    web = RAW.replace("。", "。\n").replace("\n\n", "\n")
    lines = [line.strip("\u3000") for line in clean_text(web).text.split("\n") if line.strip()]
    assert lines[0] == "魚沼郡雲洞村雲洞庵は越後国四大寺の一なり。"
    assert (
        lines[-2]
        == "どうしてそんな風に突然こちらへ来たのかを率直にお前に問うことさえ私には出来悪かった。"
    )
    assert len(lines) == web.count("。")


def test_aozora_ruby_ascii_bar_guard_table_bars_stay():
    """Guard: a "|" that opens no ruby base (a table's cells, a bar before a spaced word)
    stays."""
    table = "|名前|読み|\n|雲洞庵|うんどうあん|\n| 耕雲寺《こううんじ》 |\n"
    text = clean_text(RAW + "\n" + table).text
    assert "|名前|読み|" in text and "|雲洞庵|うんどうあん|" in text
    assert "| 耕雲寺 |" in text  # the kana reading after the kanji goes; the bars stay


def test_aozora_ruby_ascii_bar_guard_chinese_titles_stay():
    """Guard (clause aozora_kana_text): a Chinese site line's "|" and 《书名》 stay."""
    nav = "首页|武侠《天龙八部》|言情《红楼梦》|历史《三国演义》|排行\n金庸的小说。\n"
    assert clean_text(nav).text.count("|") == 4
    assert "《天龙八部》" in clean_text(nav).text


def test_aozora_ruby_ascii_bar_kana_reading_only():
    """Clause ``aozora_ruby_ascii_bar_kana`` (review): in a text that uses the notation, an
    ASCII "|" goes with a kana reading only, and a table row's bars stay. Before, a table
    row "|雲洞庵《うんどうあん》|寺|" lost its first bar, a Chinese title after "|" was cut
    ("目录|三国演义《三国志》" -> "目录三国演义") and so were code and English."""
    lines = [
        "|雲洞庵《うんどうあん》|寺|",
        "目录|三国演义《三国志》|水浒传《水浒》",
        "cmd|grep《foo》",
        "See Table|Chart《appendix》 here.",
    ]
    text = clean_text(RAW + "\n" + "\n".join(lines) + "\n").text
    assert "|雲洞庵|寺|" in text  # the kana reading goes, both bars stay
    assert "目录|三国演义《三国志》|水浒传《水浒》" in text
    assert "cmd|grep《foo》" in text
    assert "See Table|Chart《appendix》 here." in text
    assert "魚沼郡雲洞村雲洞庵は越後国四大寺の一なり。" in text  # the typist's bar still goes
