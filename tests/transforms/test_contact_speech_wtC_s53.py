"""Session 53 (branch wtC): site_ad's guard ``contact_not_speech`` (transforms.site_singles):
an uploader's contact line is cut, the same words in a character's speech stay."""

from __future__ import annotations

from transforms.site_singles import contact_lines

# 悉达多 (hexhero/book-txt, 悉达多-赫尔曼·黑塞.txt): the uploader's line, its first sentence
CREDIT = "本书由“行行”整理，如果你不知道读什么书或者想获得更多免费电子书请加小编微信或QQ：491256034"
# 重生后我成了打脸专业户 (zzk6780051/novel): a character asks for a number
SPEECH = "“小哥哥，不要不好意思嘛，没有微信的话，加个qq呗。”"


def test_contact_line_cut_outside_speech():
    text = "上一段。\n" + CREDIT + "\n下一段。\n"
    cuts = contact_lines(text)
    assert [text[e.start : e.end] for e in cuts] == [CREDIT + "\n"]


def test_contact_not_speech():
    # the uploader's words spoken by a character: the contact inside an open quotation
    spoken = SPEECH[:-2] + "小编的QQ：491256034，整理好的都在里面。”她说。"
    text = "上一段。\n" + spoken + "\n下一段。\n"
    assert contact_lines(text) == []
    # in full width too (the NFKC fold keeps the quotation marks)
    wide = spoken.replace("QQ：491256034", "ＱＱ：４９１２５６０３４")
    assert contact_lines("上一段。\n" + wide + "\n") == []
    # a closed quotation before the contact is no speech: 悉达多's “行行”
    assert contact_lines(CREDIT + "\n")


def test_contact_not_speech_corner_quotes():
    # review (session 53): the traditional texts' corner quotes 「」 are read too
    spoken = SPEECH[:-2].replace("“", "「") + "小编的QQ：491256034，整理好的都在里面。」她说。"
    assert contact_lines("上一段。\n" + spoken + "\n下一段。\n") == []
