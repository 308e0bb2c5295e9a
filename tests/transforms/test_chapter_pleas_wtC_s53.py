"""Session 53 (branch wtC): site_ad's ``vote_plea_tail`` and ``app_notice_tail``
(transforms.chapter_pleas) on real lines of zzk6780051/novel, stored byte for byte
(GB18030) in tests/data/chapter_pleas_wtC_s53/ (docs/quality/session-53-wtC.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.chapter_pleas import chapter_pleas
from transforms.normalize import normalize_text
from transforms.promo_lines import promotion_lines
from transforms.textedit import apply_edits

DATA = Path(__file__).resolve().parents[1] / "data" / "chapter_pleas_wtC_s53"


def _read(name: str) -> str:
    return normalize_text((DATA / name).read_bytes().decode("gb18030"))


def _cut(text: str, edits) -> str:
    return apply_edits(text, sorted(edits, key=lambda e: e.start))[0]


def test_vote_plea_and_app_notice_yuanqi():
    # 元气少年 chapter 252's last line: the plea's debris and the app notice after the speech
    text = _read("yuanqi_app.txt")
    cut = _cut(text, chapter_pleas(text))
    assert "起点" not in cut and "公告" not in cut and "appxsyd" not in cut
    assert cut.rstrip().endswith("“我只是兵哥座下一条忠实走狗而已。”")
    assert "叶成器所结识的朋友" in cut and cut.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("name", "kept_end"),
    [
        ("yuanqi_plea.txt", "人人脸上均是一副“你开什么国际玩笑”的表情。"),
        (
            "xianni_plea.txt",
            "记得投完推荐**，再去狂欢哦",
        ),  # 仙逆: "（未完待续。" goes with the plea
    ],
)
def test_vote_plea_tail(name, kept_end):
    text = _read(name)
    cut = _cut(text, chapter_pleas(text))
    assert "如果您喜欢这部作品" not in cut and "未完待续" not in cut
    assert cut.split("\n")[1].rstrip(" \u3000").endswith(kept_end)


def test_promotion_lines_cut_the_notice():
    text = _read("yuanqi_app.txt")
    cut = _cut(text, promotion_lines(text))
    assert "appxsyd" not in cut and "起点投" not in cut


def test_app_notice_guards():
    # 我真不是魔神: a story's 公告 (no app, a sentence end) stays
    text = _read("mozhen_notice.txt")
    assert chapter_pleas(text) == []
    # the plea read aloud in a character's speech stays (guard plea_not_speech)
    line = _read("yuanqi_plea.txt").split("\n")[1]
    quoted = "他念道：“" + line[line.index("如果") : line.index("阅读")] + "”\n"
    assert chapter_pleas(quoted) == []
    # the notice inside title marks or ending a sentence stays (app_notice_not_speech,
    # app_notice_ends_line)
    notice = _read("yuanqi_app.txt").split("\n")[1]
    notice = notice[notice.index("公告") :].rstrip()
    assert chapter_pleas("他看到《" + notice + "》\n") == []
    assert chapter_pleas(notice + "。\n") == []
    assert chapter_pleas(notice.replace("APP", "软件").replace("appxsyd", "") + "\n") == []


def test_review_guards():
    """Review (session 53): guards the plants above did not reach, on the real lines."""
    line = _read("yuanqi_plea.txt").split("\n")[1]
    plea = line[line.index("如果") : line.index("阅读")]
    # plea_not_speech: corner quotes, and a quotation mark inside the plea
    assert chapter_pleas("他念道：「" + plea + "」\n") == []
    assert chapter_pleas(plea.replace("起点投", "起点投“推荐票”") + "\n") == []
    notice = _read("yuanqi_app.txt").split("\n")[1]
    notice = notice[notice.index("公告") :].rstrip()
    # app_notice_not_speech: a speech still open on the line
    assert chapter_pleas("他念道：“有新消息了。" + notice + "\n") == []
    # app_notice_ends_line: more than NOTICE_CHARS characters to the line's end
    assert chapter_pleas(notice + "，" + "他一直往下读" * 10 + "\n") == []
    # app_notice_after_break: "公告" inside a sentence of the story
    assert chapter_pleas("系统" + notice + "\n") == []
    assert chapter_pleas("他看到一条" + notice + "\n") == []
    assert chapter_pleas("他走了。" + notice + "\n")  # after a sentence end: cut


def test_plea_closes_its_bracket():
    # 起点's full plea "（未完待续。…动力。）": the "）" goes with its "（"
    line = _read("xianni_plea.txt").split("\n")[1].rstrip(" \u3000")
    text = line + "）\n"
    cut = _cut(text, chapter_pleas(text))
    assert (
        cut.strip(" \u3000") == "今天是狂欢节，求狂欢一样的推荐**！！！记得投完推荐**，再去狂欢哦\n"
    )
