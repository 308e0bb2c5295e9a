"""Rule web_novel_numbers (transforms.web_novel_numbers) on real web-novel text
(zzk6780051/novel, session 30 wtG's audit)."""

from pathlib import Path

from transforms import contents as ct
from transforms.sections import find_sections
from transforms.web_novel_numbers import web_novel_candidates

DATA = Path(__file__).resolve().parents[1] / "data"
JIPIN = (DATA / "zh_webnovel_jipin_titles.txt").read_text(encoding="utf-8")
YULE = (DATA / "zh_webnovel_yule_bar_titles.txt").read_text(encoding="utf-8")


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title[:1].isdigit()]


def test_dot_glued_titles_and_repeated_title_line_jipin():
    # 极品宝贝无敌妻: "1.失业" alone, then "1.失业\u3000\u3000香橙失业了，…" (the title glued
    # to the chapter's first paragraph); from 222 on "222.就是不想结婚" over
    # "222.就是不想结婚(2121字)". Before: no section.
    titles = _titles(JIPIN)
    assert titles[:3] == ["1.失业", "2.走为上策", "3.人比人得死"]
    assert titles[11:13] == ["222.就是不想结婚", "223.三十年前的楚飞扬"]
    assert len(titles) == 22
    assert [int(t.split(".")[0]) for t in titles] == list(range(1, 12)) + list(range(222, 233))


def test_bar_numbered_titles_yule_no_blank_lines():
    # 娱乐圈是我的[重生] (晋江 export): "1|【01】" over text, no blank line anywhere.
    titles = _titles(YULE)
    assert titles == [f"{n}|【{n:02d}】" for n in range(1, 22)]


def test_whole_book_run_needs_twenty_lines():
    # The first 19 chapters of the same book: too few lines for the evidence.
    cut = YULE[: YULE.index("\n20|")]
    assert _titles(cut) == []


def test_whole_book_run_needs_text_between_jipin_contents():
    # 极品宝贝无敌妻's list of the VIP chapters the file lacks: 21 title lines, nothing
    # between them (each under the one before), no sections of this rule.
    listing = "\n\n".join(
        f"\u3000\u3000{n}.{t}"
        for n, t in zip(
            range(162, 183),
            "他是我们老爸 好酒都被糟蹋了 是我的人了 是三胞胎 需要一个约会 "
            "做我爹地好不好 香桔的交易 发散性思维 周家的宴会 自己是多余的 姐妹巧遇 未婚妻 要对我有信心 "
            "更大的惊喜 心神不宁的原因 狗血的问题 新老板 我的小女佣 你们老爸腹黑啊 素质提高的很快 "
            "七年前的石头".split(),
            strict=True,
        )
    )
    text = "再次谢谢我亲爱的亲们。\n\n" + listing + "\n\n" + JIPIN.split("\n", 2)[2][:3000]
    assert not any(t.startswith(("162.", "170.", "182.")) for t in _titles(text))
    lines = ct.scan_lines(text)  # the rule itself gives no candidate (not only drop_lists)
    assert web_novel_candidates(lines.texts, lines.starts, lines.ends, lines.blank) == []


def test_whole_book_run_needs_rising_numbers_marketing_cases(monkeypatch):
    # 《世界营销绝招800例》 (hankinghu/literature-books): "2.毛塞耶夫的艺术新形式" … numbered
    # again from 1 under each part ("一 品牌策略", "二 营销渠道的[通]与[滞]"): a list per
    # part, not a book's chapters. 29 lines, text between, but 4 of 28 steps fall.
    text = (DATA / "zh_marketing_cases_restart.txt").read_text(encoding="utf-8")
    lines = ct.scan_lines(text)
    assert web_novel_candidates(lines.texts, lines.starts, lines.ends, lines.blank) == []
    monkeypatch.setattr("transforms.web_novel_numbers.MIN_RISING", 0.8)  # only rising rejects it
    assert len(web_novel_candidates(lines.texts, lines.starts, lines.ends, lines.blank)) == 29


def test_dot_glued_titles_max_title_appian_wrapped_paragraphs():
    # Appian 《罗马史》 (hankinghu/literature-books 075, review of wtB): one book's numbered
    # paragraphs, hard-wrapped at ~34 characters ("41.现在各方面都派遣使者到他那里来，…他分送一").
    # Raw, the run holds (clean_text unwraps these lines before structure: no section there);
    # "44.数年之后，因为下面的原因，西班牙又爆发了一次严重 (前153②" is a 31-character
    # "title": MAX_TITLE keeps it out.
    text = (DATA / "zh_appian_wrapped_paragraphs.txt").read_text(encoding="utf-8")
    lines = ct.scan_lines(text)
    found = web_novel_candidates(lines.texts, lines.starts, lines.ends, lines.blank)
    assert len(found) == 27
    assert not any(c.title.startswith("44.") for c in found)
    assert "41.现在各方面都派遣使者到他那里来，他要求更多的人质，他分送一" in [
        c.title for c in found
    ]


def test_appian_wrapped_paragraphs_no_section_after_clean():
    # The same excerpt through the pipeline: unwrapped first, no paragraph becomes a section.
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.structure import analyze_text

    text = (DATA / "zh_appian_wrapped_paragraphs.txt").read_text(encoding="utf-8")
    sections = analyze_text(clean_text(normalize_text(text)).text).sections
    assert [s.title for s in sections] == [""]
