"""Clause ``numbered_run_tail_title`` (``transforms.numbered_run_tail``, session 38): the
unnumbered last piece after a run of titled numbered headings, set apart as they are."""

import re
from pathlib import Path

from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data"


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def _hakkenden() -> str:
    # 内田魯庵「八犬伝談余」(Aozora card 000165, 47122), cleaned: title, author, the six
    # numbered essays (prose lines cut to their first sentence, most of the sixth essay's
    # poems left out, verse lines cut to their first half) and the supplement of poems.
    return (DATA / "ja_aozora_hakkenden_tail.txt").read_text(encoding="utf-8")


def test_numbered_run_tail_title_supplement():
    titles = _titles(_hakkenden())
    assert titles == [
        (1, "一 『八犬伝』と私"),
        (1, "二 『八犬伝』および失明後終結"),
        (1, "三 『八犬伝』総括評"),
        (1, "四 『八犬伝』の歴史地理"),
        (1, "五 馬琴の日記"),
        (1, "六 『八犬伝』の人物咏題"),
        (1, "『八犬伝』を読むの詩 補"),
    ]
    sections, _ = find_sections(_hakkenden())
    last = sections[-1]
    assert last.title == "『八犬伝』を読むの詩 補"
    assert "姥雪与四郎・音音" in _hakkenden()[last.start : last.end]


def test_numbered_run_tail_title_guard_block_and_closing_lines():
    # Guard: the poems' heading over its author ("雨窓無聊、…" / "橋本蓉塘") is a block
    # of two lines, no line standing alone; the closing note and date are no title.
    titles = [t for _, t in _titles(_hakkenden())]
    assert not any(
        t.startswith(("雨窓無聊", "橋本蓉塘", "以上二十四首", "（昭和三年")) for t in titles
    )


def test_numbered_run_tail_title_guard_bare_numbers():
    # Guard: a run of bare numbers ("一" over a blank line and the title: kind "numeral")
    # is no run of titled numbered lines; the supplement's line then stays text.
    text = _hakkenden()
    for n in "一二三四五六":
        text = text.replace(f"\n{n}\u3000", f"\n{n}\n\n", 1)
    titles = [t for _, t in _titles(text)]
    assert "『八犬伝』を読むの詩 補" not in titles


def test_numbered_run_tail_title_guard_sentence_epigraph():
    # Guard (sentence mark): 太宰治「ダス・ゲマイネ」(Aozora card 000035, 42945), cleaned,
    # prose lines cut to their first sentence: under "三 登竜門" an epigraph set apart,
    # "ここを過ぎて、一つ二銭の栄螺かな。", is the essay's text, no fourth piece.
    text = (DATA / "ja_aozora_gemaine_epigraph.txt").read_text(encoding="utf-8")
    assert _titles(text) == [(1, "一 幻燈"), (1, "二 海賊"), (1, "三 登竜門")]


def test_numbered_run_tail_title_guards_date_note_number():
    # Guards (date, a line in brackets whole, a bare numeral): in the supplement's place,
    # a closing date ("1935（昭和10）年7月"), a closing mark ("（未完）") or a lone number of
    # a deeper level ("七") is no title (lines of the mirror's texts, set in 47122's frame).
    for line in ("1935（昭和10）年7月", "（未完）", "七"):
        text = _hakkenden().replace("『八犬伝』を読むの詩\u3000補", line)
        assert f"\n\n{line}\n\n" in text
        assert [t for _, t in _titles(text)][-1] == "六 『八犬伝』の人物咏題", line


# Guard tests (review 38): each of the clause's structural guards, on 47122's frame; each
# fails with its guard taken out of transforms/numbered_run_tail.py.
SUPPLEMENT = "『八犬伝』を読むの詩\u3000補"


def _last_title(text: str) -> str:
    return [t for _, t in _titles(text)][-1]


def test_numbered_run_tail_title_guard_text_after():
    # Guard MIN_TEXT_CHARS: with only the poems' author "橋本蓉塘" (4 characters) after it, the
    # supplement's line heads no text: no title.
    text = _hakkenden()
    text = text[: text.index(SUPPLEMENT) + len(SUPPLEMENT)] + "\n\n橋本蓉塘\n"
    assert _last_title(text) == "六 『八犬伝』の人物咏題"


def test_numbered_run_tail_title_guard_max_chars():
    # Guard MAX_TAIL_CHARS (24): the poems' heading "雨窓無聊、たまたま内子…" (31 characters,
    # no sentence mark) set apart in the supplement's place is no title.
    line = "雨窓無聊、たまたま内子『八犬伝』を読むを聞いて戯れに二十首を作る"
    text = _hakkenden().replace(SUPPLEMENT, line, 1)
    assert f"\n\n{line}\n\n" in text
    assert _last_title(text) == "六 『八犬伝』の人物咏題"


def test_numbered_run_tail_title_guard_word():
    # Guard _WORD: a line without kana or ideograph ("＊　＊　＊", a scene break; "Envoi")
    # set apart in the supplement's place is no title.
    for line in ("＊\u3000＊\u3000＊", "Envoi"):
        text = _hakkenden().replace(SUPPLEMENT, line, 1)
        assert _last_title(text) == "六 『八犬伝』の人物咏題", line


def test_numbered_run_tail_title_guard_paragraphs_run_on():
    # Guard paragraphs_run_on: where a blank line stands between the paragraphs (here
    # every line of the first five essays), a line set apart is no sign of a heading.
    text = _hakkenden()
    cut = text.index("六\u3000")
    text = re.sub(r"(?<=[^\n])\n(?=[^\n])", "\n\n", text[:cut]) + text[cut:]
    assert _last_title(text) == "六 『八犬伝』の人物咏題"


def test_numbered_run_tail_title_guard_run_lines_apart():
    # Guard (run lines set apart): where each numbered heading has its first paragraph right
    # under it (no blank line), the run is not set apart as the supplement's line is: a line
    # set apart after it is no piece of the run.
    text = _hakkenden()
    for n in "一二三四五六":
        text = re.sub(f"\n({n}\u3000[^\n]*)\n\n", r"\n\1\n", text, count=1)
    assert _titles(text)[:6] == _titles(_hakkenden())[:6]
    assert _last_title(text) == "六 『八犬伝』の人物咏題"
