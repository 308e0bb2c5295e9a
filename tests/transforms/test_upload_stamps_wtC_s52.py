"""Session 52 (branch wtC): site_ad's ``wide_contact_number`` (transforms.site_singles)
and ``upload_credit_end_block`` (transforms.upload_credit) on real passages of the Chinese
mirrors (docs/quality/session-52-wtC.md)."""

from __future__ import annotations

import unicodedata

from transforms.boilerplate import strip_boilerplate
from transforms.site_singles import contact_lines
from transforms.upload_credit import upload_credit_blocks

# 24堂财富课 (hankinghu/literature-books, "24堂财富课-书包网 bookbao.com .txt"): the book's last
# paragraph and the site's upload record to the file's end, byte for byte after normalize
LAST = (
    "\u3000\u3000成本定价的做法的确为中国赢得了巨大的海外市场，但现在的中国企业应该以市场定价来赚钱了。"
    "要做到这一点，当然，我们首先要放弃劳动价值论的观念。\n"
)
RECORD = (
    "\u3000\u3000书包网 bookbao.com 想看书来书包网\n<!--\n"
    "--------------------------------------------------------------\n \n"
    " 书籍名称：24堂财富课 作者：陈志武\n \n"
    " 本书籍由网友“美芽”上传 日期：2010/2/24 10:48:50\n \n"
    " 书包网 http://www.bookbao.com - TXT电子书免费分享平台\n\n"
    " Web2.0小说网站，和好友一起上传、下载、分享TXT全本小说。\n \n"
    " 所有小说仅供试阅，请于下载后24小时内删除，阅读全本请购买实体书。\n \n"
)
# the same book: a page's end with the site's stamp glued on (site words under a credit)
PAGE_END = "\u3000\u3000陈笛：“我可以采用奖金制度，给员工按工作好坏、贡献多少发奖金。”书包网 txt小说上传分享\n"
# 陆小凤传奇全集 (hankinghu/literature-books): the uploader's line at the end (session 51's
# test), and the same line in the full-width letters and digits such stamps are also
# written in (no full-width one stands in the mirrors: see the record's Left)
LU = "绝没有人知道，永远没有人知道……\n\n\n（全书完）\n\n辰缘未了 倾情奉献，QQ：11793989\n\n"
# 诡秘之主 第一部 (xiexie1993/fiction_Secret_Master): a character's speech naming QQ
SPEECH = (
    " “简单来说，就是QQ的在线和离线消息的区别。”\n\n 克莱恩越想越是兴奋，觉得这个思路可以尝试。\n"
)


def _wide(text: str) -> str:
    """Half-width letters and digits as full-width ones (the marks as they are)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def _cut(text, edits):
    return [text[e.start : e.end] for e in edits]


def test_wide_contact_number():
    wide = _wide(LU)
    assert "ＱＱ：１１７９３９８９" in wide
    assert _cut(wide, contact_lines(wide)) == ["辰缘未了 倾情奉献，ＱＱ：１１７９３９８９\n"]
    assert strip_boilerplate(wide)[0].rstrip() == "绝没有人知道，永远没有人知道……\n\n\n（全书完）"
    # the half-width line is cut as before
    assert _cut(LU, contact_lines(LU)) == ["辰缘未了 倾情奉献，QQ：11793989\n"]


def test_wide_contact_guards():
    # a character's speech naming QQ (and a number, full-width) is no uploader's line
    speech = _wide(SPEECH).replace("ＱＱ的", "ＱＱ：１２３４５６７８的")
    assert unicodedata.normalize("NFKC", speech) != speech
    assert contact_lines(speech) == [] and strip_boilerplate(speech)[0] == speech
    # guard contact_needs_uploader holds in full width: a number without an uploader's word
    note = _wide("书友群，我在这里再发一下qq：694168966\n下一章明天更新。\n")
    assert contact_lines(note) == []


def test_upload_credit_end_block():
    text = LAST + RECORD
    (edit,) = upload_credit_blocks(text)
    assert text[edit.start :].startswith("<!--\n") and edit.end == len(text)
    assert text[: edit.start] == LAST + "\u3000\u3000书包网 bookbao.com 想看书来书包网\n"
    stripped, _ = strip_boilerplate(text)
    # the slogan line above the record stays in this excerpt (in the whole book, where it
    # ends 37 pages, site_repeats cuts it)
    assert stripped.rstrip() == (LAST + "\u3000\u3000书包网 bookbao.com 想看书来书包网").rstrip()
    assert "上传" not in stripped and "书籍名称" not in stripped


def test_upload_credit_guards():
    # guard credit_opens_line: an author's 上传 inside a sentence
    author = LAST + "今天上传晚了，本书由我上传到书包网，见谅。\n"
    assert upload_credit_blocks(author) == []
    # guard credit_block_ends_text: the book goes on after the credit
    body = RECORD.split(" 书包网 http")[0] + LAST * 3 + PAGE_END
    assert upload_credit_blocks(LAST + body) == []
    # guard credit_block_names_site: a credit with no site's word or address under it
    plain = LAST + " 本书由译者本人校订后上传\n 二〇一〇年二月\n"
    assert upload_credit_blocks(plain) == []
    assert strip_boilerplate(plain)[0] == plain


def test_wide_contact_end_block():
    # review: 悉达多's end block (session 51's passage) in full width: the block's own
    # contact numbers are counted in their NFKC form too (clause wide_contact_number in
    # contact_end_block), so the credit and the block to the text's end go, as in half width
    from tests.transforms.test_site_singles_wtE_s51 import SIDDHARTHA_END

    wide = _wide(SIDDHARTHA_END)
    assert "公众号ＩＤ：ｄ７１６" in wide
    head = wide.index("本书由")
    assert _cut(wide, contact_lines(wide)) == [wide[head:]]
    assert strip_boilerplate(wide)[0].rstrip() == wide[:head].rstrip()


def test_upload_credit_review_guards():
    # review: guard credit_block_ends_text counts lines too (BLOCK_LINES): a record followed
    # by more than 12 short lines of the book (诡秘之主's lines, 10 more) is no end block
    text = LAST + RECORD + SPEECH * 5
    assert (
        sum(1 for r in (RECORD + SPEECH * 5).split("本书籍由")[1].split("\n")[1:] if r.strip()) > 12
    )
    assert upload_credit_blocks(text) == []
    # guard credit_opens_line's book words: 本章 is a chapter, an author's note, not the
    # site's credit of a book
    chapter = LAST + " 本章由我上传，书包网首发\n"
    assert upload_credit_blocks(chapter) == []
