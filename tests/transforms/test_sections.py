import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.sections import find_headings, find_sections, paragraph_starts


@pytest.mark.parametrize(
    "line, kind, title",
    [
        ("# Introduction", "md", "Introduction"),
        ("### Deep  part ##", "md", "Deep  part"),
        ("CHAPTER IV", "chapter", "CHAPTER IV"),
        ("CHAPTER 12. The Whale.", "chapter", "CHAPTER 12. The Whale."),
        ("Chapter 3", "chapter", "Chapter 3"),
        ("BOOK II", "book", "BOOK II"),
        ("PART ONE", "book", "PART ONE"),
        (
            "第十二回  王熙凤毒设相思局 贾天祥正照风月鉴",
            "cjk",
            "第十二回 王熙凤毒设相思局 贾天祥正照风月鉴",
        ),
        ("第3章", "cjk", "第3章"),
        ("   第一百二十回 甄士隐详说太虚情", "cjk", "第一百二十回 甄士隐详说太虚情"),
        ("IV.", "roman", "IV."),
        ("I.", "roman", "I."),  # a lone "I." is chapter one, not a two-letter caps title
        ("ETYMOLOGY.", "caps", "ETYMOLOGY."),
        ("THE LOST CONTINENT", "caps", "THE LOST CONTINENT"),
    ],
)
def test_heading_kinds(line, kind, title):
    text = f"Some text before.\n\n{line}\n\nBody text follows here.\n"
    headings = find_headings(text)
    assert [(h.kind, h.title) for h in headings] == [(kind, title)]
    assert text[headings[0].start :].startswith(line.strip()[:3])


@pytest.mark.parametrize(
    "text",
    [
        "He read chapter 4 of the book.\n",
        "第四回中既将薛家母子在荣府中寄居等事略已表明，此回暂可不写了。\n",
        "Part of the reason was money.\n",
        "Some text\nIV\nmore text on the next line\n",  # roman numeral not isolated
        "Some text\nNASA AND ESA\nare agencies.\n",  # caps line not isolated
    ],
)
def test_not_headings(text):
    assert find_headings(text) == []


def test_sections_levels_and_preamble():
    text = (
        "Preface text.\n\nBOOK I\n\nCHAPTER I\n\nA GREAT TITLE\n\nBody one.\n\n"
        "CHAPTER II\n\nBody two.\n\nBOOK II\n\nCHAPTER I\n\nBody three.\n"
    )
    sections, _ = find_sections(text)
    assert [(s.title, s.level) for s in sections] == [
        ("", 0),
        ("BOOK I", 1),
        ("CHAPTER I A GREAT TITLE", 2),  # caps title line merged into its chapter
        ("CHAPTER II", 2),
        ("BOOK II", 1),
        ("CHAPTER I", 2),
    ]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    assert text[sections[3].start : sections[3].end] == "CHAPTER II\n\nBody two.\n\n"


def test_table_of_contents_is_one_section():
    toc = "CONTENTS\n\n" + "".join(f"CHAPTER {i}. Title {i}.\n\n" for i in range(1, 8))
    text = toc + "CHAPTER 1. Title 1.\n\nIt begins.\n\nCHAPTER 2. Title 2.\n\nIt goes on.\n"
    sections = find_sections(text)[0]
    assert [s.title for s in sections] == ["CONTENTS", "CHAPTER 1. Title 1.", "CHAPTER 2. Title 2."]
    assert text[sections[0].start : sections[0].end] == toc
    assert "It begins." in text[sections[1].start : sections[1].end]


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


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["abc ", "Def.", "\n", "\n\n", " ", "\u3000", "中文。", "CHAPTER I\n", "# H\n"]
        ),
        min_size=1,
        max_size=50,
    ).map("".join)
)
def test_section_and_paragraph_properties(text):
    sections, headings = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(
        a.end == b.start and a.start < a.end for a, b in zip(sections, sections[1:], strict=False)
    )
    starts = paragraph_starts(text, [s.start for s in sections])
    assert starts[0] == 0 and (starts < len(text)).all() and (starts[1:] > starts[:-1]).all()
    assert {s.start for s in sections} <= set(starts.tolist())
