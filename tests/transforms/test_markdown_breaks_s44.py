"""Clauses hard_break_line_controls, markdown_backslash_breaks and clean_text_hard_breaks
(``transforms.markdown_hard_breaks``, session 44): a Markdown hard break survives every
line-ending form, CommonMark's backslash form too, and ``clean_text`` keeps the breaks its
caller read from the raw text.

Data: jbts6+wuxia-novel's ``.agents/skills/generate-kb/LEARNINGS.md`` lines 30-34 (a remark a
line, each ending in two spaces), the excerpt session 43's test reads; only the line-ending
form of its second break is varied. ``.trellis/tasks/archive/2026-07/07-13-generate-kb-staged-
pipeline/implement.md`` lines 36-39 (a fenced shell command continued with backslashes, the
form every backslash line end of the mirror .md files takes). Base44 joined "…≥3 字。" to
"物品尽量用具名…" when the break was a form feed, a vertical tab or NEL (normalization makes
them newlines, so the raw and normalized line counts differed and nothing was marked), kept
the backslash in the training text, and ``clean_text`` took no breaks."""

import pytest

from schemas.records import Document
from transforms.boilerplate import remove_boilerplate
from transforms.clean import clean_text
from transforms.markdown_hard_breaks import backslash_breaks, hard_break_ends, markdown_breaks
from transforms.normalize import normalize_document, normalize_text
from transforms.unwrap import unwrap_document

HEAD = "## 4. 名称匹配陷阱\n\n短 item 名（剑、蝎）曾被子串匹配当成「覆盖」任意含该字角色。  \n"
UPPER = "**现**：`namesMatch` 忽略 1–2 字泛称且要求子串侧 ≥3 字。"
LOWER = "物品尽量用具名（飞刀、龙凤环），勿单字凑数。"
SHELL = (
    "```bash\n"
    "rtk node --test \\\n"
    "  .agents/skills/generate-kb/tests/pipeline-state.test.js \\\n"
    "  .agents/skills/generate-kb/tests/work-item-protocol.test.js\n"
    "```\n"
)


def _pipeline(text: str, source: str = "jbts6/LEARNINGS.md") -> str:
    doc = Document("d", source, text)
    return unwrap_document(remove_boilerplate(normalize_document(doc))).text


def _learnings(end: str) -> str:
    return HEAD + UPPER + end + LOWER + "\n"


@pytest.mark.parametrize(
    "end",
    ["  \n", "  \r\n", "  \r", "  \f", "  \v", "  \x85"],
    ids=["LF", "CRLF", "CR", "FF", "VT", "NEL"],
)
def test_hard_break_every_line_end(end):
    # Every form normalization makes a newline: the break is marked and kept.
    out = _pipeline(_learnings(end))
    assert out.rstrip("\n").split("\n")[-2:] == [UPPER, LOWER]
    text = normalize_text(_learnings(end))
    marks = hard_break_ends(_learnings(end), text)
    assert len(marks) == 2 and all(text[o] == "\n" for o in marks)
    assert text[: marks[1]].rstrip().endswith("≥3 字。")


@pytest.mark.parametrize("sep", ["\u2028", "\u2029"], ids=["LS", "PS"])
def test_hard_break_line_separator_kept(sep):
    # A line or paragraph separator is no control: normalization keeps it, and the break
    # with it (the two lines are never run together); nothing to mark for it.
    out = _pipeline(_learnings("  " + sep))
    assert "≥3 字。" + LOWER not in out
    assert out.count(sep) == 1 and out.index("≥3 字。") < out.index(sep) < out.index("物品")


def test_hard_break_line_controls_guard_plain_source():
    # A .txt pads lines with spaces: the form feed's line joins as before (no marks).
    assert "≥3 字。物品" in _pipeline(_learnings("  \f"), "jbts6/LEARNINGS.txt")
    doc = normalize_document(Document("d", "LEARNINGS.txt", _learnings("  \f")))
    assert doc.hard_breaks == ()


def test_hard_break_line_controls_guard_one_space():
    # One space before the form feed is no hard break: joined as before.
    assert "≥3 字。物品" in _pipeline(_learnings(" \f"))


def test_hard_break_text_holding_the_mark():
    # Review 44: a text holding U+FDD0 (a noncharacter, yet a user's text may hold one) is
    # marked with the next noncharacter it does not hold; the break is kept and no mark
    # reaches the training text (the user's U+FDD0 stays where it was, once).
    raw = _learnings("  \f").replace("短 item", "短\ufdd0item")
    text = normalize_text(raw)
    assert [text[k] for k in hard_break_ends(raw, text)] == ["\n", "\n"]
    out = _pipeline(raw)
    assert out.rstrip("\n").split("\n")[-2:] == [UPPER, LOWER]
    assert out.count("\ufdd0") == 1 and "\ufdd1" not in out
    # a text holding all 32 noncharacters U+FDD0-U+FDEF: nothing marked where lines differ
    every = "".join(map(chr, range(0xFDD0, 0xFDF0)))
    raw = _learnings("  \f").replace("短 item", "短" + every + "item")
    assert hard_break_ends(raw, normalize_text(raw)) == ()


def test_backslash_hard_break_kept():
    out = _pipeline(_learnings("\\\n"))
    assert out.rstrip("\n").split("\n")[-2:] == [UPPER, LOWER]
    assert "\\" not in out
    # a space before the backslash goes with it (from the normalized text too: review 44)
    out = _pipeline(_learnings(" \\\n"))
    assert out.rstrip("\n").split("\n")[-2:] == [UPPER, LOWER]
    doc = normalize_document(Document("d", "jbts6/LEARNINGS.md", _learnings(" \\\n")))
    assert UPPER + "\n" + LOWER in doc.text


def test_backslash_hard_break_guard_plain_source():
    # Never in a .txt: the backslash is the text's.
    assert UPPER + "\\\n" + LOWER in _pipeline(_learnings("\\\n"), "LEARNINGS.txt")


def test_backslash_hard_break_guard_code_and_escapes():
    # A shell command's continuation inside a fence keeps its backslashes (jbts6's notes).
    out = _pipeline("## 验证\n\n" + SHELL)
    assert out.count("\\\n") == 2
    # an even run is escaped backslashes, no break; an odd run loses its last one only
    text, marks = backslash_breaks(normalize_text(UPPER + "\\\\\n" + LOWER + "\n"))
    assert marks == () and UPPER + "\\\\\n" in text
    text, marks = backslash_breaks(normalize_text(UPPER + "\\\\\\\n" + LOWER + "\n"))
    assert text == UPPER + "\\\\\n" + LOWER + "\n" and [text[o] for o in marks] == ["\n"]
    # before a blank line or at the end (a block's end), on a heading: literal
    for plain in (UPPER + "\\\n\n" + LOWER + "\n", UPPER + "\\\n", "## 标题\\\n" + LOWER + "\n"):
        assert backslash_breaks(plain) == (plain, ())


def test_backslash_marks_move_two_space_marks():
    # A backslash cut before a two-space break moves its mark by the cut.
    raw = HEAD.replace("角色。  \n", "角色。\\\n") + UPPER + "  \n" + LOWER + "\n"
    text, marks = markdown_breaks(raw, normalize_text(raw))
    assert "\\" not in text and len(marks) == 2
    assert [text[:o].rstrip()[-4:] for o in marks] == ["字角色。", "3 字。"]


def test_clean_text_takes_hard_breaks():
    # Clause clean_text_hard_breaks: the pure function keeps the breaks its caller read.
    raw = _learnings("  \n")
    text = normalize_text(raw)
    assert "≥3 字。物品" in clean_text(text).text  # no raw text: joined, as base44
    text, marks = markdown_breaks(raw, text)
    out = clean_text(text, hard_breaks=marks).text
    assert out.rstrip("\n").split("\n")[-3:] == [
        "短 item 名（剑、蝎）曾被子串匹配当成「覆盖」任意含该字角色。",
        UPPER,
        LOWER,
    ]
    assert out == _pipeline(raw)
