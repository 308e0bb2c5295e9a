"""Clause punctuation_line_script (``transforms.cjk_layout._punctuation_lines``, session 44): a
line of only General Punctuation ("……", "“……”") has no script of its own and takes its
neighbours', as a blank line does: in a Chinese text its indent and trailing spaces go.

Data: zzk6780051+novel's 《爱在时光里流转》 (GB18030), lines 886-890 and 1449-1453 as the file
holds them (four-space indents, "“……” " with a trailing space). Base44 kept " ……" and
" “……” " in the training text: ``cjk_mask`` holds none of U+2026, U+201C, U+201D, so
``cjk_line_edges`` left those lines alone while every paragraph around them lost its indent
(9 such lines in the novel; session 43's review)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

NOVEL = (
    "    “她不让我说，她老是拿我铅笔用，还在我书上乱画。”一提不开心的事儿，宋思远的笑容又瞬间消失。\n"
    "\n"
    "    ……\n"
    "\n"
    "    林源听着后面两个人你一言我一语的，这一路的路程好似缩短了不少。\n"
    "\n"
    "    “是我妈养得一条蝴蝶犬，比你可爱多了。”陈焕一本正经地说。\n"
    "\n"
    "    “……” \n"
    "\n"
    "    汽车快行到中南路那个建行时陈焕并没有停下，而是问：“你住哪儿？”\n"
)


def _lines(text: str) -> list[str]:
    return [line for line in clean_text(normalize_text(text)).text.split("\n") if line]


def test_punctuation_lines_lose_indent():
    lines = _lines(NOVEL)
    assert lines[1] == "……" and lines[4] == "“……”"
    # every line now opens and ends on its text, as the paragraphs around them do
    assert all(line == line.strip() for line in lines)
    assert lines[0].startswith("“她不让我说") and lines[-1].startswith("汽车快行到")


def test_punctuation_lines_ideographic_indent():
    # The same with U+3000 indents (the other Chinese paragraph indent).
    lines = _lines(NOVEL.replace("    ", "\u3000\u3000"))
    assert lines[1] == "……" and lines[4] == "“……”"


def test_punctuation_line_guard_latin_neighbours():
    # Between English lines the line keeps its layout (no CJK neighbour): as base44.
    text = "It was over.\n\n    ……\n\nShe said nothing more.\n"
    assert (
        clean_text(normalize_text(text)).text == "It was over.\n\n ……\n\nShe said nothing more.\n"
    )


def test_punctuation_line_guard_text_lines():
    # A line holding a letter, a digit or a CJK character is no punctuation line and no
    # neighbour's script passes through it: "x = 1" keeps its indent (clause code_indent), a
    # "“……”" under a CJK line loses its own.
    text = "    “你好”\n\n    x = 1  # ……\n\n    “……”\n\n    “好。”\n"
    out = clean_text(normalize_text(text)).text
    assert out == "“你好”\n\n x = 1 # ……\n\n“……”\n\n“好。”\n"


def test_punctuation_lines_guard_other_marks_keep_centring():
    # Review 44: only General Punctuation lines take their neighbours' script. Aozora's
    # 54700 (銭形平次, lines 350-355) centres its scene break "×　×　×" with U+3000: "×"
    # (U+00D7) is no General Punctuation, so the line keeps its centring as on base44.
    text = (
        "「寄るな／＼」\n"
        "　ガラツ八は精一杯の蠻聲《ばんせい》を張り上げてそれを喰ひ留めて居ます。\n"
        "　　　　　　　　×　　　　　　×　　　　　　×\n"
        "「變な捕物だつたね、親分」\n"
        "　歸り途、ガラツ八は相變らず平次の心境を叩くのでした。\n"
    )
    lines = _lines(text)
    assert "　　　　　　　　×　　　　　　×　　　　　　×" in lines
