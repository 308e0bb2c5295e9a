"""Session 28 (branch wtG): a chapter line holding a whole couplet title keeps its
break before the scene title under it (clause ``couplet_title_complete``,
transforms.cjk_title_lines).

Excerpt: jbts6/wuxia-novel (GitHub), 梁羽生/弹指惊雷/弹指惊雷.txt, the end of 第一回 and
the opening of 第二回 (its first paragraph cut after its first sentence).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.structure import analyze_text
from transforms.unwrap import unwrap_text

TANZHI = (
    "善恶到头终有根,丧身冰窟梦成空。\n"
    "\n"
    "第二回 冰窟藏身求秘笈 魔城现影说前因\n"
    "天空神僧传绝学\n"
    "\n"
    "释湛陷落冰窟窿,惨叫之声从层冰底下隐隐传出,更是令人听得毛骨悚然,"
    '齐世杰的修为尚未能做到"视而不见,听而不闻"的境界,也不禁心头一震。\n'
)


def test_couplet_title_complete_the_scene_title_keeps_its_line():
    out, _ = unwrap_text(TANZHI)
    assert out == TANZHI  # was "…魔城现影说前因天空神僧传绝学"
    text = clean_text(TANZHI).text
    titles = [s.title for s in analyze_text(text).sections]
    assert "第二回 冰窟藏身求秘笈 魔城现影说前因" in titles
    assert not any("天空神僧传绝学" in t and "第二回" in t for t in titles)


# Review (session 28): the same heading wrapped inside its second half (a 16-column
# wrap of the line above): halves of 7 and 5 characters are not a whole couplet, and
# the wrap must be joined (mutant "equal halves dropped" kept "魔城现影说" / "前因").
TANZHI_WRAPPED = (
    "善恶到头终有根,丧身冰窟梦成空。\n"
    "\n"
    "第二回 冰窟藏身求秘笈 魔城现影说\n"
    "前因\n"
    "\n"
    "释湛陷落冰窟窿,惨叫之声从层冰底下隐隐传出,更是令人听得毛骨悚然,"
    '齐世杰的修为尚未能做到"视而不见,听而不闻"的境界,也不禁心头一震。\n'
)


def test_couplet_title_complete_needs_equal_halves():
    out, _ = unwrap_text(TANZHI_WRAPPED)
    assert "第二回 冰窟藏身求秘笈 魔城现影说前因\n" in out
