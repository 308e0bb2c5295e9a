"""Clause markdown_hard_breaks (``transforms.markdown_hard_breaks``, session 43): a line of a
``.md`` source ending in two spaces or more (Markdown's hard break) keeps its line break.

Data: jbts6+wuxia-novel's Markdown notes, as the files hold them (trailing spaces included):
``.agents/skills/generate-kb/LEARNINGS.md`` lines 30-34 (a remark a line, each ending in two
spaces) and ``.trellis/tasks/archive/2026-07/07-11-generate-kb-duogqing-jianke/implement.md``
lines 84-86 (a gate over its fallback). Base43 ran "…≥3 字。" into "物品尽量用具名…" and
"…修复循环（≤3）。" into "若缺 `fix-chapter-refs.js`：…": normalization had collapsed the two
spaces to one, which a line padded with one space also ends in. Over every .md of the
Chinese mirrors (374) the 12 files with such lines hold 106 hard breaks over a text line:
base43 joined these 2, the branch none (docs/quality/session-43-wtG.md)."""

import dataclasses

from schemas.records import Document
from transforms.boilerplate import remove_boilerplate
from transforms.markdown_hard_breaks import carried, hard_break_ends
from transforms.normalize import normalize_document, normalize_text
from transforms.textedit import Edit, apply_edits
from transforms.unwrap import unwrap_document

LEARNINGS = (
    "## 4. 名称匹配陷阱\n"
    "\n"
    "短 item 名（剑、蝎）曾被子串匹配当成「覆盖」任意含该字角色。  \n"
    "**现**：`namesMatch` 忽略 1–2 字泛称且要求子串侧 ≥3 字。  \n"
    "物品尽量用具名（飞刀、龙凤环），勿单字凑数。\n"
)
GATE = (
    "\n"
    "**Gate**：locate 率尽量 ≥95%；errors 清零或进入可控修复循环（≤3）。  \n"
    "若缺 `fix-chapter-refs.js`：用脚本/批处理修正 source_refs 章节后重跑 locate。\n"
)


def _pipeline(text: str, source: str) -> str:
    doc = Document("d", source, text)
    return unwrap_document(remove_boilerplate(normalize_document(doc))).text


def test_markdown_hard_break_remarks_kept():
    out = _pipeline(LEARNINGS, "jbts6/.agents/skills/generate-kb/LEARNINGS.md")
    lines = out.strip().split("\n")
    assert lines[-3:] == [
        "短 item 名（剑、蝎）曾被子串匹配当成「覆盖」任意含该字角色。",
        "**现**：`namesMatch` 忽略 1–2 字泛称且要求子串侧 ≥3 字。",
        "物品尽量用具名（飞刀、龙凤环），勿单字凑数。",
    ]


def test_markdown_hard_break_gate_kept():
    out = _pipeline(GATE, "jbts6/implement.md")
    assert out.strip().split("\n") == [
        "**Gate**：locate 率尽量 ≥95%；errors 清零或进入可控修复循环（≤3）。",
        "若缺 `fix-chapter-refs.js`：用脚本/批处理修正 source_refs 章节后重跑 locate。",
    ]


def test_markdown_hard_break_guard_plain_source():
    # A plain text's trailing spaces are padding: the same lines from a .txt join as before.
    out = _pipeline(LEARNINGS, "jbts6/LEARNINGS.txt")
    assert "≥3 字。物品尽量用具名" in out
    assert "（≤3）。若缺 `fix-chapter-refs.js`" in _pipeline(GATE, "implement.txt")


def test_markdown_hard_break_guard_no_spaces():
    # The same Markdown without the two spaces: a hard-wrapped paragraph, joined as before.
    plain = LEARNINGS.replace("  \n", "\n")
    assert "≥3 字。物品尽量用具名" in _pipeline(plain, "LEARNINGS.md")
    assert normalize_document(Document("d", "LEARNINGS.md", plain)).hard_breaks == ()
    # one trailing space is no hard break (Markdown asks two): joined as before
    one = LEARNINGS.replace("  \n", " \n")
    assert "≥3 字。物品尽量用具名" in _pipeline(one, "LEARNINGS.md")


def test_hard_break_ends_offsets():
    text = normalize_text(GATE)
    ends = hard_break_ends(GATE, text)
    assert len(ends) == 1 and text[ends[0]] == "\n"
    assert text[: ends[0]].rstrip().endswith("修复循环（≤3）。")
    # CRLF line ends read alike; a line of spaces only is a blank line, no break
    assert hard_break_ends(GATE.replace("\n", "\r\n"), text) == ends
    assert hard_break_ends("甲  \n   \n乙\n", normalize_text("甲  \n   \n乙\n")) == (
        normalize_text("甲  \n   \n乙\n").index("\n"),
    )
    # normalization made another count of lines: nothing is marked
    assert hard_break_ends("甲  \n乙\n", "甲\n\n乙\n") == ()


def test_hard_breaks_carried_through_cuts():
    text = normalize_text(LEARNINGS)
    ends = hard_break_ends(LEARNINGS, text)
    assert len(ends) == 2
    # the heading cut above moves the marks with the text
    cut = text.index("短")
    out, to_input = apply_edits(text, [Edit(0, cut, "", "test")])
    moved = carried(ends, out, to_input)
    assert [out[:o].rstrip().rsplit("\n", 1)[-1][-4:] for o in moved] == ["字角色。", "3 字。"]
    # a cut that takes a marked newline takes its mark
    first = ends[0]
    out, to_input = apply_edits(text, [Edit(first - 3, first + 1, "", "test")])
    assert len(carried(ends, out, to_input)) == 1


def test_hard_breaks_survive_boilerplate_stage():
    doc = normalize_document(Document("d", "LEARNINGS.md", LEARNINGS))
    assert len(doc.hard_breaks) == 2
    after = remove_boilerplate(doc)
    assert all(after.text[o] == "\n" for o in after.hard_breaks)
    # dropped marks: the unwrap stage joins as base43
    joined = unwrap_document(dataclasses.replace(after, hard_breaks=())).text
    assert "≥3 字。物品" in joined


def test_hard_breaks_carried_past_heading_marks():
    # The boilerplate stage cuts the "#" marks of a CJK Markdown text's headings (clause
    # markdown_heading_marks): the marks move with the text, the breaks stay kept.
    text = "# 经验教训\n\n## 章节事件错位\n\n## 名称匹配陷阱\n\n" + LEARNINGS.split("\n", 2)[2]
    doc = remove_boilerplate(normalize_document(Document("d", "LEARNINGS.md", text)))
    assert doc.boilerplate_chars > 0 and not doc.text.startswith("#")
    assert [doc.text[:o].rstrip()[-4:] for o in doc.hard_breaks] == ["字角色。", "3 字。"]
    out = unwrap_document(doc).text
    assert "≥3 字。\n物品尽量用具名" in out


def test_hard_breaks_carried_cut_edges():
    # Review 43: cuts at each edge of a marked newline (LEARNINGS' first mark, after "字角色。").
    text = normalize_text(LEARNINGS)
    ends = hard_break_ends(LEARNINGS, text)
    first, second = ends

    def moved(start, end, replacement=""):
        out, to_input = apply_edits(text, [Edit(start, end, replacement, "test")])
        return out, carried(ends, out, to_input)

    # a cut ending at the newline (the line's last characters): the mark moves back with it
    out, marks = moved(first - 3, first)
    assert marks == (first - 3, second - 3) and out[first - 3] == "\n"
    # a cut starting just after it (the next line's first characters): the mark stays put
    out, marks = moved(first + 1, first + 5)
    assert marks == (first, second - 4) and out[:first].rstrip().endswith("字角色。")
    # a cut across it, the newline put back by the cut: no copy of the mark survives
    out, marks = moved(first - 3, first + 5, "\n")
    assert marks == (second - 7,)
    # every mark left is a newline of the output
    assert all(out[o] == "\n" for o in marks)


def test_hard_breaks_dropped_after_unwrap():
    # Review 43: the offsets index the text before unwrapping; the stage that reads them drops
    # them, so no later stage (nor the split's shuffle) carries offsets of another text.
    doc = remove_boilerplate(normalize_document(Document("d", "LEARNINGS.md", LEARNINGS)))
    assert len(doc.hard_breaks) == 2
    assert unwrap_document(doc).hard_breaks == ()
