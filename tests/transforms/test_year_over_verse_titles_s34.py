"""Session 34 clause ``year_over_verse_titles`` of rule ``cjk_title_lines``
(``transforms.cjk_verse_lines``, read in ``transforms.cjk_titles``'s clause ``cjk_dateline``).
Excerpts of Aozora Bunko texts (GitHub aozorahack/aozorabunko_text) as the pipeline
cleans them with the heading notes cut (``bench/aozora_headings.py measure``'s inference
mode): the first lines of each book, unchanged."""

from pathlib import Path

from tests.transforms.test_cjk_numbers import ZHOU
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_year_over_verse_titles_tanka_book():
    # Clause year_over_verse_titles: 長塚節「長塚節歌集　上」(cards/000118 613, cleaned
    # lines 0-199). Each year ("明治三十一年", its note 大見出し) stands alone over the
    # titled tanka of that year ("暮春雨" over one tanka, its note 中見出し); no prose
    # under the year, so clause cjk_dateline took the three years for closing dates and
    # the titles stood alone at the top.
    text = (DATA / "ja_aozora_nagatsuka_years.txt").read_text(encoding="utf-8")
    titles = _titles(text)
    assert [t for level, t in titles if level == 1] == [
        "明治三十一年",
        "明治三十二年",
        "明治三十三年",
    ]
    assert titles[:11] == [
        (1, "明治三十一年"),
        (2, "暮春雨"),
        (2, "海邊鵆"),
        (1, "明治三十二年"),
        (2, "元旦"),
        (2, "菖蒲"),
        (2, "避暑"),
        (2, "秋郊虫"),
        (2, "時雨"),
        (2, "初雪"),
        (1, "明治三十三年"),
    ]
    assert len(titles) == 23 and {level for level, _ in titles[11:]} == {2}


def test_year_over_verse_titles_preface_closing_month_stays_text():
    # Guard (a year alone): 蒲原有明「春鳥集」(cards/001055 46161, cleaned lines 0-299)
    # closes its 自序 on "明治三十八年五月著者識", right over the first poem's title
    # "日のおちぼ" over verse; read as a year heading it became a title over the poems.
    text = (DATA / "ja_aozora_shunchoshu_preface.txt").read_text(encoding="utf-8")
    titles = [t for _, t in _titles(text)]
    assert "明治三十八年五月著者識" not in titles
    assert titles[:2] == ["自序", "日のおちぼ"]


def test_year_over_verse_titles_closing_year_over_essay_title_stays_text():
    # Guard (the title under the year heads no prose): the essays of test_cjk_numbers'
    # ZHOU with only their first closing date, cut to the year ("十三年"): it closes 陋室铭
    # and sits right over 爱莲说, as a year heading would, but 爱莲说 heads prose.
    first, rest = ZHOU.split("十三年二月", 1)
    text = first + "十三年" + rest.replace("十三年二月\n\n\n", "").replace("十三年十二月\n\n\n", "")
    assert text.count("十三年") == 1
    assert [t for _, t in _titles(text)] == ["陋室铭", "爱莲说", "马说", "师说"]


def test_year_over_verse_titles_one_title_between_years_stays_closing(monkeypatch):
    # Guard MIN_YEAR_TITLES (one title between two dates): 鲁迅's poems 梦, 他, 好东西歌,
    # 南京民谣 (鲁迅全集.txt of GitHub hankinghu/literature-books, its chapters 209-212:
    # "第N章 " labels, editor's notes and site watermark lines cut, a blank line set over
    # each date as a typeset book has it). Each poem closes on its year ("一九一八年");
    # "他" (its parts 一 二 三, no prose) is the one title under "一九一八年" before
    # "一九一九年": a closing year, not a heading. Planted (MIN_YEAR_TITLES = 1), the clause
    # took "一九一八年" for a year heading.
    import transforms.cjk_titles as cjk_titles

    seen = []
    real = cjk_titles.year_over_verse_titles

    def spy(texts, cands, dates, heads_prose):
        heads = real(texts, cands, dates, heads_prose)
        seen.append(([texts[i] for i in dates], {texts[i] for i in heads}))
        return heads

    monkeypatch.setattr(cjk_titles, "year_over_verse_titles", spy)
    text = (DATA / "zh_luxun_dated_poems.txt").read_text(encoding="utf-8")
    titles = [t for _, t in _titles(text)]
    assert ("一九一八年", "一九一九年", "一九三一年", "一九三一年") in [tuple(d) for d, _ in seen]
    assert all(not heads for _, heads in seen)
    assert not any(t.endswith("年") for t in titles)
