"""Session 33 clause ``repeated_categories_in_parts`` of rule ``cjk_title_lines``
(``transforms.cjk_title_repeats``, called in ``transforms.cjk_titles``): the same
category titles under each part of a book are titles, though they repeat. Excerpt of an
Aozora Bunko text (GitHub aozorahack/aozorabunko_text) as the pipeline cleans it with
the heading notes cut (``bench/aozora_headings.py measure``'s inference mode)."""

from pathlib import Path

from transforms.cjk_title_repeats import cycle_parts
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"

SEASONS = ["時候", "人事", "天文", "地理", "動物", "植物", "雑"]


def _titles(name: str) -> list[tuple[int, str]]:
    sections, _ = find_sections((DATA / name).read_text(encoding="utf-8"))
    return [(s.level, s.title) for s in sections if s.title]


def test_season_categories_of_a_haiku_book():
    # Clause repeated_categories_in_parts: 内藤鳴雪「鳴雪句集」(cards/000684 55833), from
    # "新年の部" to the end, each title with the first three lines under it. Under each
    # season the same seven categories: 34 title lines, 12 distinct, so the repeated
    # names test (a play's speakers) refused the book and no title was found. The notes
    # name the parts (大見出し) and the categories (中見出し).
    want = [(1, "新年の部"), (2, "雑")]
    for part in ["春之部", "夏之部", "秋之部", "冬之部"]:
        want += [(1, part)] + [(2, name) for name in SEASONS]
    assert _titles("ja_aozora_meisetsu_seasons.txt") == want


def test_names_repeating_inside_a_part_or_out_of_order_are_no_cycle():
    # Guards of repeated_categories_in_parts, on the book's own names: a name twice in
    # one part (a play's speaker speaks again in a scene), or the categories in another
    # order in one part, or a repeated name before the first part, is no cycle.
    good = ["春之部", "時候", "人事", "夏之部", "時候", "人事", "秋之部", "時候", "人事"]
    assert cycle_parts(good) == {"春之部", "夏之部", "秋之部"}
    twice = ["春之部", "時候", "人事", "時候", "夏之部", "時候", "人事", "秋之部", "人事"]
    assert cycle_parts(twice) == frozenset()
    swapped = ["春之部", "時候", "人事", "夏之部", "人事", "時候", "秋之部", "時候", "人事"]
    assert cycle_parts(swapped) == frozenset()
    assert cycle_parts(["時候"] + good) == frozenset()
    assert cycle_parts(good[:6]) == frozenset()  # two parts: fewer than MIN_PARTS


def test_a_name_twice_in_a_row_in_a_part_is_no_cycle():
    # Review of session 33 (guard repeated_categories_in_parts_name_twice): a name set
    # twice in a row inside a part (a speaker over two speeches of one scene, a refrain
    # line over two stanzas) keeps one order in every part, so only the test "no name
    # repeats between two parts" refuses it; no test caught that guard taken out.
    refrain = ["春之部", "時候", "時候", "夏之部", "時候", "秋之部", "時候"]
    assert cycle_parts(refrain) == frozenset()
    assert cycle_parts(["春之部", "時候", "夏之部", "時候", "秋之部", "時候"]) == {
        "春之部",
        "夏之部",
        "秋之部",
    }
