"""Session 54 (branch wtC): the unwrap stage's clause ``digit_at_cjk_wrap``
(transforms.cjk_digit_wraps) on real excerpts stored byte for byte in
tests/data/cjk_digit_wraps_wtC_s54/: 阿庇安 罗马史 (hankinghu/literature-books, 历史和社会,
lines 1-60, UTF-8, CRLF), 近代中国社会的新陈代谢 (hankinghu/literature-books, lines
8600-8660, GB18030, CRLF) and 康熙字典索引 (oscarsun72/chtxt, m.字書訓詁, lines 13930-13990,
UTF-8). See docs/quality/session-54-wtC.md."""

from __future__ import annotations

from pathlib import Path

from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

DATA = Path(__file__).resolve().parents[1] / "data" / "cjk_digit_wraps_wtC_s54"


def _read(name: str, encoding: str = "utf-8") -> str:
    return normalize_text((DATA / name).read_bytes().decode(encoding))


def test_digit_opens_wrapped_line_luomashi():
    # "…这可能就是公元" / "116 年图拉真皇帝…": the number continues the full line above
    text = _read("luomashi_1-60.txt")
    out, _ = unwrap_text(text)
    assert "这可能就是公元116 年图拉真皇帝在埃及镇压犹太人起义" in out
    assert "\n116 年" not in out
    # a short line keeps its break: the signature and its date
    assert "商务印书馆编辑部\n1983 年5 月" in out
    # the paragraph around the join is one line, as its CJK wraps are
    line = next(x for x in out.split("\n") if "116 年图拉真" in x)
    assert line.startswith("史学家阿庇安是埃及亚历山大里亚人。")
    assert "推定他大约生于公元95 年，卒于公元165 年。" in line and len(line) > 200


def test_digit_ends_wrapped_line_xinchen():
    # "…如果说18" / "世纪欧洲(主要是法国)的启蒙运动…": the full line ends on the number
    # (normalization writes the brackets full-width)
    text = _read("xinchen_8600-8660.txt", "gb18030")
    out, _ = unwrap_text(text)
    assert "启蒙者的心路却是相通的。如果说18世纪欧洲（主要是法国）的启蒙运动" in out


def test_number_in_prose_guard_kangxi():
    # guard number_in_prose: an index's rows ("…\t716:2" / "畬\t1822:1…") are cells, not
    # a wrapped sentence; every row keeps its line
    text = _read("kangxi_13930-13990.txt")
    out, _ = unwrap_text(text)
    assert out.count("\n") == text.count("\n")


def test_numbered_item_keeps_its_break():
    # guard number_in_prose: a numbered item's mark under a full line keeps its break
    # (罗马史's real item "1.比里尼斯山脉从第勒尼安海伸张到北面海洋。…" put after the full
    # line "…这可能就是公元")
    text = _read("luomashi_1-60.txt")
    item = "1.比里尼斯山脉从第勒尼安海伸张到北面海洋。东部是克勒特人居住，"
    built = text.replace("116 年图拉真皇帝在埃及镇压犹太人起义所进行的那次战争", item, 1)
    assert built != text
    out, _ = unwrap_text(built)
    assert "\n" + item in out


# Review (session 54, second engineer): tests for the guards and sides the first tests
# left open (plants: "，"/"、" on the upper side, b deeper, the spaced book), on
# 罗马史 lines 11072-11082 (UTF-8, CRLF) and 邓小平时代-傅高义 (hankinghu/literature-books,
# lines 885-925, GB18030, CRLF).


def test_full_width_comma_before_number_luomashi():
    # "…率领10，" / "000 人军队的柏彭那": the number's thousands mark "，" ends the full
    # line; the pair joins tight ("，" is no Han: no space vote on that side)
    out, _ = unwrap_text(_read("luomashi_11072-11082.txt"))
    assert "打败了率领10，000 人军队的柏彭那，杀死4，000 人，" in out


def test_deeper_digit_line_keeps_its_break():
    # b indented deeper than a (a paragraph that opens with a number) is no wrap
    text = _read("luomashi_1-60.txt")
    built = text.replace("\n116 年图拉真", "\n\u3000\u3000116 年图拉真", 1)
    assert built != text
    out, _ = unwrap_text(built)
    assert "这可能就是公元\n\u3000\u3000116 年图拉真" in out


def test_spaced_book_keeps_the_space_dengxiaoping():
    # clause digit_wrap_spaced_book: 邓小平时代 writes "在 1980 年" (the wrapper kept its
    # space at the line's end, "…后来又在 " / "1980 年代再次…"); the join keeps one space
    text = _read("dengxiaoping_885-925.txt", "gb18030")
    out, _ = unwrap_text(text)
    assert "后来又在 1980 年代再次采用的政策。" in out
    assert "但是从 1949 年到 1966 年的中共国家建设期间" in out
    assert "在1980" not in out and "到1966" not in out
