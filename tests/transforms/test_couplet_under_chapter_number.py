"""Session 29 (branch wtG): a couplet title alone under a chapter's number keeps its
break before a first paragraph shorter than itself (clause
``couplet_under_chapter_number``, transforms.cjk_title_lines).

Excerpt: jbts6/wuxia-novel (GitHub), 金庸/鹿鼎记/鹿鼎记.txt, the book's opening (its
first three paragraphs, the third cut after its first sentence).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.structure import analyze_text
from transforms.unwrap import unwrap_text

LUDING = (
    "第一回\n"
    "\n"
    "纵横钩党清流祸 峭蒨风期月旦评\n"
    "北风如刀,满地冰霜。\n"
    "\n"
    "江南近海滨的一条大路上,一队清兵手执刀枪,押着七辆囚车,冲风冒寒,向北而行。\n"
    "\n"
    "前面三辆囚车中分别监禁的是三个男子,都作书生打扮,一个是白发老者,两个是中年人。\n"
)


def test_couplet_under_chapter_number_keeps_its_line():
    out, _ = unwrap_text(LUDING)
    assert "纵横钩党清流祸 峭蒨风期月旦评\n北风如刀" in out  # was "…月旦评北风如刀"
    titles = [s.title for s in analyze_text(clean_text(LUDING).text).sections]
    assert titles[0] == "第一回 纵横钩党清流祸 峭蒨风期月旦评"


# The same couplet with a mark in it is text, not a title: "床前明月光,疑是地上霜"
# style lines are punctuated in these files; halves of unequal length are no couplet.
def test_couplet_under_chapter_number_needs_equal_halves():
    uneven = LUDING.replace("峭蒨风期月旦评", "峭蒨风期月旦")
    out, _ = unwrap_text(uneven)
    assert "峭蒨风期月旦\n北风如刀" not in out
