"""Clause ``aozora_right_aligned_tail`` (``transforms.aozora``, session 36): a flush-right note
("［＃地付き］", "［＃地から３字上げ］") after text on its line puts the rest of the line on a line
of its own, as the page sets it apart; before, the note was cut and the two ran together.

``tests/data/ja_aozora_zojoji_signers.txt``: 佐藤垢石「増上寺物語」 (Aozora Bunko 001248, card
46789), raw: title page, then "雨に濡れた大名" to "古典の滋味" (its lines over 60 characters cut
after their first sentence). A bond quoted in "藩侯の借金" closes with its signers set flush
right; "前書之通相違御座無候以上［＃地から３字上げ］家老　松平権十郎" became "…以上家老　松平権十郎",
a line set apart that the run-on title rule read as a section title (two such)."""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

DATA = Path(__file__).resolve().parents[1] / "data"
RAW = normalize_text((DATA / "ja_aozora_zojoji_signers.txt").read_text(encoding="utf-8"))


def test_aozora_right_aligned_tail_signer_on_its_own_line():
    lines = clean_text(RAW).text.split("\n")
    at = lines.index("前書之通相違御座無候以上")
    assert lines[at + 1] == "家老　松平権十郎"
    at = lines.index("増上寺御霊屋御年番念仏院宛")
    assert lines[at + 1] == "引受　清光寺"
    assert "竹岡半兵衛" in lines  # the signer after "酒井左衛門尉内金方" too


def test_aozora_right_aligned_tail_no_signer_titles():
    cleaned = clean_text(RAW)
    titles = [s.title for s in analyze_text(cleaned.text, markup=cleaned.markup_headings).sections]
    assert [t for t in titles if t] == [
        "雨に濡れた大名",
        "十五代様と家達公",
        "藩侯の借金",
        "古典の滋味",
    ]


def test_aozora_right_aligned_tail_guard_whole_line_notes():
    """Guards: a flush-right note opening its line (a signer alone) or closing it, and
    other notes (an indent) mid-line, are cut as before: no new line."""
    lines = clean_text(RAW).text.split("\n")
    assert "郡代　正田弘右衛門" in lines  # "［＃地から３字上げ］郡代　正田弘右衛門"
    extra = _before_colophon("　大きな鼻［＃地付き］\n\n　仏像［＃２字下げ］の話\n")
    assert "\n大きな鼻\n\n仏像の話\n" in clean_text(extra).text  # no line break added
    dated = clean_text(_before_colophon("　大きな鼻［＃地付き］７・26（夕）\n")).text.split("\n")
    at = dated.index("大きな鼻")
    assert dated[at + 1] == "７・26（夕）"


def _before_colophon(lines: str) -> str:
    at = RAW.index("底本：")
    return RAW[:at] + lines + "\n" + RAW[at:]


def test_aozora_right_aligned_tail_heading_keeps_its_line():
    """Clause aozora_right_aligned_tail_heading: on a heading's line (set in by three "　"
    or more) the flush-right author stays on the line, parted by "　": 山路愛山「明治文学史」
    (Aozora 000837 43452), "田口鼎軒先生に対して［＃地から２字上げ］愛山生" (split, the title
    was lost; cut whole, it read "…に対して愛山生")."""
    line = "　　　　　田口鼎軒先生に対して［＃地から２字上げ］愛山生\n\n"
    lines = clean_text(_before_colophon(line)).text.split("\n")
    assert "田口鼎軒先生に対して　愛山生" in [t.strip("\u3000") for t in lines]


def test_aozora_right_aligned_tail_run_in_one_blank_line():
    """Clause aozora_right_aligned_tail_run_in: after a run-in heading's note the heading's
    own blank line parts the date (薄田泣菫「茶話」, Aozora 000150 46615): no second blank
    line ("泡鳴と王堂\\n\\n\\n９・１（夕）" before the clause)."""
    line = "［＃１字下げ］泡鳴と王堂［＃「泡鳴と王堂」は同行中見出し］［＃地付き］９・１（夕）\n"
    text = clean_text(_before_colophon(line)).text
    assert "泡鳴と王堂\n\n９・１（夕）" in text
    assert "泡鳴と王堂\n\n\n" not in text


def test_aozora_right_aligned_tail_guard_notes_only():
    """Guards: only notes before the flush-right note (a diary's date alone, 正岡子規「墨汁一滴」's
    "［＃地から２字上げ］（一月十六日）", here after an indent note) or only notes after it (an
    emphasis note) are no text: no line break, no empty line."""
    dated = "　前の段落。\n［＃２字下げ］［＃地から２字上げ］（一月十六日）\n\n　次の段落。\n"
    assert "前の段落。\n（一月十六日）\n\n次の段落。" in clean_text(_before_colophon(dated)).text
    bold = "　前の段落。\n　病床にて［＃地付き］［＃「病床にて」は太字］\n\n　次の段落。\n"
    assert "前の段落。\n病床にて\n\n次の段落。" in clean_text(_before_colophon(bold)).text
