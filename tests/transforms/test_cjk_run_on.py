"""Clause run_on_around_headings (transforms/cjk_run_on.py, session 35).

Real text: tests/data/ja_aozora_yuki_takeishi.txt, 別所梅之助「雪の武石峠」 (Aozora Bunko
000940 49594), cleaned: title, byline and its six section titles, each part cut to its
first five paragraphs (each to its first sentences)."""

from pathlib import Path

from transforms.cjk_run_on import MIN_PROSE_PAIRS, prose_runs_on
from transforms.cjk_titles import MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, paragraphs_run_on
from transforms.contents import scan_lines
from transforms.ja_quoted_titles import japanese
from transforms.structure import analyze_text

DATA = Path(__file__).resolve().parents[1] / "data"
YUKI = (DATA / "ja_aozora_yuki_takeishi.txt").read_text(encoding="utf-8")


def test_run_on_around_headings_short_text_with_headings():
    """run_on_around_headings: the headings' own blank lines put 0.4 of the text lines
    apart (over the 0.12 share), but of the prose pairs only one has a blank between."""
    lines = scan_lines(YUKI)
    text = [i for i, t in enumerate(lines.texts) if t]
    apart = sum(1 for i in text if i and lines.blank[i - 1])
    assert apart > MAX_APART_SHARE_RUN_ON * len(text)  # the old share alone says no
    assert paragraphs_run_on(lines)


def test_run_on_around_headings_titles_found():
    """run_on_around_headings: "差切新道、山清路" (a title with "、", allowed only where
    paragraphs run on) is found with the other five titles, in the text's order."""
    titles = [s.title for s in analyze_text(YUKI).sections if s.title]
    assert titles == [
        "信濃町から",
        "甲斐の山々",
        "一たび武石峠へ",
        "二たび武石峠へ",
        "差切新道、山清路",
        "信越線を",
    ]


def test_run_on_around_headings_guard_paragraphs_apart():
    """Guard: the same text with a blank line between its paragraphs (a book whose
    paragraphs stand apart) does not run on."""
    apart = YUKI.replace("。\n", "。\n\n")
    assert not paragraphs_run_on(scan_lines(apart))


def test_run_on_around_headings_guard_chinese():
    """Guard: a Chinese book is read as before (``japanese`` is false)."""
    zh = (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8")
    lines = scan_lines(zh)
    assert not japanese(lines.texts)
    assert not prose_runs_on(lines, MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, japanese)


def test_run_on_around_headings_guard_few_pairs():
    """Guard: under MIN_PROSE_PAIRS prose pairs (the first two parts) the text is read
    as before."""
    head = YUKI[: YUKI.index("一たび武石峠へ")]
    lines = scan_lines(head)
    pairs = sum(
        1
        for a, b in zip(lines.texts, lines.texts[1:], strict=False)
        if len(a) >= MIN_TEXT_CHARS and len(b) >= MIN_TEXT_CHARS
    )
    assert pairs < MIN_PROSE_PAIRS
    assert not prose_runs_on(lines, MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, japanese)


def test_run_on_around_headings_guard_prose_book():
    """Guard run_on_prose_book: 尾形亀之助「色ガラスの街」 (Aozora 000874 3213, cleaned, its
    title, byline and 90 lines, tests/data/ja_aozora_iro_garasu.txt): a book of short
    poems set apart whose few longer lines run on; under half its text lines are prose,
    so it is read as before (its one-line poems are not long titles)."""
    iro = (DATA / "ja_aozora_iro_garasu.txt").read_text(encoding="utf-8")
    lines = scan_lines(iro)
    text = [t for t in lines.texts if t]
    assert 2 * sum(len(t) >= MIN_TEXT_CHARS for t in text) < len(text)
    assert not paragraphs_run_on(lines)


def _apart_every(text: str, k: int) -> str:
    """``text`` with a blank line put between every ``k``-th pair of neighbouring prose
    lines (``MIN_TEXT_CHARS`` characters or more) that run on."""
    out, n = [], 0
    lines = text.split("\n")
    for a, b in zip(lines, lines[1:] + [""], strict=True):
        out.append(a)
        if len(a.strip()) >= MIN_TEXT_CHARS and len(b.strip()) >= MIN_TEXT_CHARS:
            n += 1
            if n % k == 0:
                out.append("")
    return "\n".join(out)


def test_run_on_around_headings_share_threshold():
    """run_on_around_headings: two of 14 prose pairs set apart (0.14, over the 0.12 share,
    well under a book whose paragraphs all stand apart) is not run-on (a planted share
    of 0.6, 0.3 or 0.2 went unnoticed by the all-apart test)."""
    lines = scan_lines(_apart_every(YUKI, 10))
    t = lines.texts
    idx = [i for i, x in enumerate(t) if x]
    pairs = [
        (a, b)
        for a, b in zip(idx, idx[1:], strict=False)
        if len(t[a]) >= MIN_TEXT_CHARS and len(t[b]) >= MIN_TEXT_CHARS
    ]
    apart = sum(b > a + 1 for a, b in pairs)
    assert len(pairs) >= MIN_PROSE_PAIRS
    assert MAX_APART_SHARE_RUN_ON * len(pairs) < apart < 0.15 * len(pairs)
    assert not paragraphs_run_on(lines)


def test_run_on_around_headings_guard_japanese_asked():
    """Guard: the prose test is asked only of a Japanese book: the same run-on text,
    its language test saying no, is read as before (a planted skip of ``ja`` went
    unnoticed by the Chinese test, whose text fails the prose test anyway)."""
    lines = scan_lines(YUKI)
    assert prose_runs_on(lines, MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, japanese)
    assert not prose_runs_on(lines, MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, lambda texts: False)
