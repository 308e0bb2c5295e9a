"""Session 54 (branch wtC): site_ad's ``body_mark_page_line`` (transforms.site_page_marks)
on real lines stored byte for byte (GB18030) in tests/data/site_page_marks_wtC_s54/:
货币战争5 (hankinghu/literature-books, lines 64-74 and 805-813) and 你好，旧时光
(zzk6780051/novel, lines 20-32). See docs/quality/session-54-wtC.md."""

from __future__ import annotations

from pathlib import Path

from transforms.normalize import normalize_text
from transforms.promo_lines import promotion_lines
from transforms.site_page_marks import body_marks
from transforms.textedit import apply_edits

DATA = Path(__file__).resolve().parents[1] / "data" / "site_page_marks_wtC_s54"


def _read(name: str) -> str:
    return normalize_text((DATA / name).read_bytes().decode("gb18030"))


def _cut(text: str, edits) -> str:
    return apply_edits(text, sorted(edits, key=lambda e: e.start))[0]


def test_page_line_goes_whole():
    # "【正文】    第2节：" alone on its line: the line and its newline go
    text = _read("huobi5_64-74.txt")
    cut = _cut(text, body_marks(text))
    assert "【正文】" not in cut and "第2节" not in cut
    assert cut.count("\n") == text.count("\n") - 1
    lines = [line.strip() for line in cut.split("\n")]
    at = lines.index("黄金真的没有希望了吗？")
    assert lines[at + 1 : at + 3] == ["", "http://bOoK.mIHUa.NEt"]
    assert "事实绝非如此！" in cut


def test_page_mark_before_the_books_heading():
    # "【正文】    第9节：第二章 真相隧道，…": the mark and the page number go, the heading stays
    text = _read("huobi5_805-813.txt")
    cut = _cut(text, body_marks(text))
    assert "【正文】" not in cut and "第9节" not in cut
    assert "\n第二章 真相隧道，穿越泡沫的空间\n" in cut
    assert cut.count("\n") == text.count("\n")


def test_lone_body_mark():
    # 你好，旧时光: "【正文】" alone after the blurb
    text = _read("jiushiguang_20-32.txt")
    edits = body_marks(text)
    assert len(edits) == 1
    cut = _cut(text, edits)
    assert "【正文】" not in cut and "玛丽苏病例报告" in cut and "其它：玛丽苏" in cut
    assert cut.count("\n") == text.count("\n") - 1


def test_promotion_lines_cut_the_mark():
    text = _read("huobi5_805-813.txt")
    cut = _cut(text, promotion_lines(text))
    assert "【正文】" not in cut and "第二章 真相隧道" in cut


def test_body_mark_opens_line_guard():
    # guard body_mark_opens_line: the mark inside a line (a real line of 货币战争5 with the
    # page heading put after its sentence) stays
    text = _read("huobi5_64-74.txt")
    inside = text.replace("黄金真的没有希望了吗？\n\n【正文】", "黄金真的没有希望了吗？【正文】")
    assert inside != text
    assert body_marks(inside) == []
    # a number after the mark that is no page number ("第2章") is not cut with it; with
    # no page number in the document the mark is no proven site mark and stays (review:
    # guard body_mark_site_evidence); with one elsewhere it goes, the heading stays
    chapter = text.replace("第2节：", "第2章 黄金")
    assert body_marks(chapter) == []
    paged = chapter + "【正文】    第3节：\n"
    cut = _cut(paged, body_marks(paged))
    assert "\n第2章 黄金\n" in cut and "【正文】" not in cut and "第3节" not in cut


def test_body_mark_as_a_field_label_stays():
    # review (session 54): guard body_mark_site_evidence. "【正文】" as a label a user
    # typed among other labels (a 公文 template, a treaty's 正文 / 訳文 in Japanese), or
    # before text with no page number anywhere, is no reading site's page heading
    above = "黄金真的没有希望了吗？"  # a real line of the excerpt, around the built layouts
    for layout in (
        "【标题】关于召开年度工作会议的通知\n【正文】各单位：经研究，定于十二月召开会议。\n【落款】办公室",
        "【标题】\n关于召开年度工作会议的通知\n【正文】\n各单位：经研究，定于十二月召开会议。",
        "【正文】\nこの条約は、日本語及び英語により本書二通を作成した。\n【訳文】\n締約国は、",
        "【正文】第一条\u3000この法律は、国民の健康を守ることを目的とする。",
    ):
        assert body_marks(f"{above}\n{layout}\n{above}\n") == [], layout
