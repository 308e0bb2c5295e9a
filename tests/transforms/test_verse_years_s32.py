"""Session 32 clauses of rule ``cjk_title_lines`` on Aozora Bunko verse and fiction:
``year_heading_in_verse_book``, ``verse_headnotes`` (``transforms.cjk_titles``,
``transforms.cjk_verse_lines``) and ``byline_surnames_not_japanese``
(``transforms.cjk_title_bylines``). Excerpts of Aozora Bunko texts (GitHub
aozorahack/aozorabunko_text) as the pipeline cleans them with the heading notes cut
(``bench/aozora_headings.py measure``'s inference mode): consecutive lines, a line over
40 characters cut after its first sentence (speech kept)."""

from pathlib import Path

from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(name: str) -> list[tuple[int, str]]:
    sections, _ = find_sections((DATA / name).read_text(encoding="utf-8"))
    return [(s.level, s.title) for s in sections if s.title]


def test_year_headings_of_a_haiku_book():
    # Clause year_heading_in_verse_book: 高浜虚子「六百句」(cards/001310 51840), its preface
    # and three years (cleaned lines 0-1057). Each year stands over four blank lines and
    # its haiku, no prose, so clause cjk_dateline took the years for closing dates: only
    # 序 was found. The notes name 序 and the years (中見出し).
    assert _titles("ja_aozora_roppyaku_years.txt") == [
        (1, "序"),
        (1, "昭和十六年"),
        (1, "昭和十七年"),
        (1, "昭和十八年"),
    ]


def test_headnotes_over_haiku_are_no_titles():
    # Clause verse_headnotes: 種田山頭火「草木塔」(cards/000146 749), its dedication and its
    # first four parts (cleaned lines 0-653). The parts stand between two blank lines, the
    # headnotes over one to three haiku ("大観峰", "熊本にて", "緑平居　二句") between one:
    # before, 18 headnotes and 3 haiku ("分け入れば水音") were titles and the parts ranked
    # under them; the notes name the four parts only.
    assert _titles("ja_aozora_somokuto_headnotes.txt") == [
        (1, "鉢の子"),
        (1, "其中一人"),
        (1, "行乞途上"),
        (1, "山行水行"),
    ]


def test_japanese_chapter_title_is_no_byline():
    # Clause byline_surnames_not_japanese: 林不忘「煩悩秘文書」(cards/000290 1803, cleaned
    # lines 300-559) sets the chapter title "白魔" right under the part line
    # "深山の巻――福面鬼面――"; 白 is a Chinese surname, so "白魔" was taken for the
    # part's byline and its chapter ran into the part line.
    assert _titles("ja_aozora_bonno_hakuma.txt") == [
        (1, "笹籤"),
        (1, "弥四郎頭巾"),
        (1, "深山の巻――福面鬼面――"),
        (1, "白魔"),
        (1, "谷へ下りる番傘"),
        (1, "狂笑剣"),
        (1, "山頂恋慕流し"),
    ]


def test_headnote_clause_keeps_a_line_over_prose():
    # Clause verse_headnotes, its guard heads_prose (review): the same 草木塔 excerpt with
    # the first part "鉢の子" set over one blank line only, as many Aozora books set a
    # part. It is no longer set apart, but it stands over its prose note
    # ("大正十四年二月、いよいよ出家得度して、…生活であつた。"), so it is a title, no
    # headnote; without the guard it was dropped and its note ran into the dedication.
    text = (DATA / "ja_aozora_somokuto_headnotes.txt").read_text(encoding="utf-8")
    text = text.replace("\n\n\n鉢の子\n\n\n", "\n\n\n鉢の子\n\n", 1)
    sections, _ = find_sections(text)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "鉢の子"),
        (1, "其中一人"),
        (1, "行乞途上"),
        (1, "山行水行"),
    ]


def test_poem_subtitle_over_a_tanka_stays_a_byline():
    # Clause byline_surnames_not_japanese_verse (review): 北原白秋「白南風」(cards/000106
    # 52391, cleaned lines 0-3 and 1240-1560) sets the small-print subtitle "唐畫風" under
    # the poem title "鳩" over its tanka. Over verse (no closed sentence) the kana guard
    # stands back: the subtitle stays the byline's text, and 鳩 stays a sibling of the
    # poem titles under it; taken for a title, it set 鳩 over the next 14 of them.
    titles = _titles("ja_aozora_shirahae_karaefu.txt")
    assert "唐畫風" not in [t for _, t in titles]
    assert {level for level, _ in titles} == {1}
    assert [t for _, t in titles][15:18] == ["鳩", "寒曉", "水禽"]
