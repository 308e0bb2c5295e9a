import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.paragraphs import inside_headings, paragraph_starts
from transforms.sections import find_sections


def paragraphs(text):
    starts = paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=False)]


def test_paragraphs_blank_lines_keep_wrapped_lines_together():
    text = "First line of a para\nwrapped here.\n\n  \nSecond para\nalso wrapped.\n"
    assert paragraphs(text) == ["First line of a para\nwrapped here.", "Second para\nalso wrapped."]


def test_paragraphs_hard_wrapped_chinese_by_indentation():
    text = (
        " 话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京开封府，汴梁宣武\n"
        "军便有一个浮浪破落户子弟，姓高，排行第二。\n"
        " 京师人口顺，不叫高二，却都叫他做高球。\n"
        " 绑来发迹，便将气球那字去了，添作立人，改作姓高，名俅。这人吹弹歌\n"
        "舞，刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；\n"
        " 若论仁义礼智，信行忠良，却是不会。\n"
    )
    got = paragraphs(text)
    assert len(got) == 4
    assert got[0].endswith("排行第二。") and got[2].endswith("词赋；")


def test_paragraphs_one_per_long_line():
    lines = [f"Sentence number {i} is here. " * 12 for i in range(3)]
    text = "\n".join(lines)
    assert len(paragraphs(text)) == 3


def test_forced_paragraph_starts():
    text = "TITLE\nbody text that follows without a blank line.\n"
    assert paragraph_starts(text, [6]).tolist() == [0, 6]


def test_a_heading_with_its_title_line_is_one_paragraph():
    text = "CHAPTER I\n\nLoomings\n\nCall me Ishmael. Some years ago, I went to sea.\n"
    _, headings = find_sections(text)
    assert [(h.start, h.end) for h in headings] == [(0, 19)]
    starts = paragraph_starts(text)
    assert starts.tolist() == [0, 11, 21]
    assert starts[~inside_headings(starts, headings)].tolist() == [0, 21]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["abc ", "Def.", "\n", "\n\n", " ", "\u3000", "中文。", "CHAPTER I\n"]),
        min_size=1,
        max_size=50,
    ).map("".join)
)
def test_paragraph_properties(text):
    sections, _ = find_sections(text)
    starts = paragraph_starts(text, [s.start for s in sections])
    assert starts[0] == 0 and (starts < len(text)).all() and (np.diff(starts) > 0).all()
    assert {s.start for s in sections} <= set(starts.tolist())


def _hard_wrapped_blocks(text, min_lines=6):
    """Blank-line-free blocks of a raw Gutenberg book with at least
    ``min_lines`` lines of prose (wrapped paragraphs)."""
    blocks = [b for b in text.split("\n\n") if b.count("\n") + 1 >= min_lines]
    return [b for b in blocks if not b.lstrip().startswith(("*", "["))]


def test_rule_sentence_lines_on_a_real_book(shared_data):
    """Rule ``sentence_lines``: the sentences of a Gutenberg novel laid out one
    per line (a block with no blank line) give one paragraph per line, also
    where a long line is followed by a short one (before the rule, lines of
    more than 0.6 of the block's widest were read as wrapped and joined). The
    book's own hard-wrapped paragraphs still stay one paragraph each."""
    import glob
    import os

    from transforms.normalize import normalize_text
    from transforms.structure import analyze_text

    path = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[0]
    with open(path, encoding="utf-8") as f:
        raw = normalize_text(f.read())
    text = raw[len(raw) // 3 : len(raw) // 3 + 30_000]
    sentences = [" ".join(text[s:e].split()) for s, e in analyze_text(text).sentences.tolist()]
    sentences = [s for s in sentences if len(s.split()) >= 3 and s.rstrip("\"'”’")[-1:] in ".!?"]
    sentences = sentences[5:65]
    laid_out = "\n".join(sentences) + "\n"
    assert paragraphs(laid_out) == sentences
    wrapped = _hard_wrapped_blocks(raw)[:40]
    assert len(wrapped) >= 20
    assert all(len(paragraphs(block)) == 1 for block in wrapped)


def test_rule_sentence_lines_never_cuts_inside_a_sentence():
    """Verse whose lines end with ``;`` and ``:`` is no evidence (those end
    clauses, not sentences), and where nearly every line ends with a full stop
    a line after one that does not (a heading, a wrapped sentence) stays
    joined: the Comedy-of-Errors speech keeps its sentence across lines."""
    verse = (
        "Come, Dromio, come, these jests are out of season;\n"
        "Reserve them till a merrier hour than this.\n"
        "Where is the gold I gave in charge to thee?\n"
        "To me, sir? Why, you gave no gold to me.\n"
    )
    assert paragraphs(verse)[0].startswith("Come, Dromio") and "Reserve" in paragraphs(verse)[0]
    lines = [f"Sentence {i} ends with a full stop." for i in range(12)]
    lines[5] = "This sentence is wrapped after"
    lines[6] = "its verb."
    assert paragraphs("\n".join(lines) + "\n")[5] == "This sentence is wrapped after\nits verb."
    lines[5], lines[6] = "The letter was for Mr.", "Hale, who read it twice."
    assert (
        paragraphs("\n".join(lines) + "\n")[5] == "The letter was for Mr.\nHale, who read it twice."
    )


def test_rule_sentence_lines_needs_nearly_every_line_to_end_a_sentence():
    """Three lines of four ending a sentence are no evidence: the long line is
    a wrap, joined as before."""
    text = (
        "This line is long and it ends in the middle of a sentence that goes\n"
        "on here. Short one.\n"
        "Another short one.\n"
        "And a last line.\n"
    )
    assert (
        paragraphs(text)[0]
        == "This line is long and it ends in the middle of a sentence that goes\non here. Short one."
    )


def test_cjk_block_test_equals_the_two_counts(shared_data):
    """Clause latin_first of rule cjk_lines (cost only): ``_mostly_cjk`` answers as
    "holds a CJK character and no fewer of them than Latin letters" on every block
    of both shared Chinese novels and two English books, and on mixed blocks."""
    import glob
    import os
    import re

    from transforms.cjk_layout import CJK_CHAR
    from transforms.paragraphs import _mostly_cjk

    texts = [
        "孔子 said it.\n\n孔子曰 Confucius\n\n子曰：学而时习之 ab\n\nab 孔子\n\nabc 孔子\n\nno CJK",
        "“学而时习之，不亦说乎？”\n\nEnglish only.\n\n𠀀 x\n\n𠀀𠀁 xyz",
    ]
    for path in (
        sorted(glob.glob(os.path.join(shared_data, "zh_classics", "*.txt")))
        + sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:2]
    ):
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    cjk = plain = 0
    for text in texts:
        for block in re.split(r"\n[ \t]*\n", text):
            old = CJK_CHAR.search(block) is not None and len(CJK_CHAR.findall(block)) >= len(
                re.findall("[A-Za-z]", block)
            )
            assert _mostly_cjk(block) is old
            cjk, plain = cjk + old, plain + (not old)
    assert cjk > 1000 and plain > 1000
