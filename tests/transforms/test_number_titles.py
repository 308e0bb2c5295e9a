"""Clause ``numbered_cjk_title`` (``transforms.number_titles``, session 22): a section or
table number that opens a line stays with the Chinese title after it.

Real text: Debian's ``fortunes-zh`` package (``/usr/share/games/fortunes/chinese.u8``,
passages of the Debian Reference's Chinese translation by Osamu Aoki, colour escapes
removed), quoted. Fails without the clause (checked by disabling it)."""

from transforms.sentences import sentence_spans
from transforms.structure import layout

GUIDELINES = (
    "%\n3.1.\xa0指导原则\n\n\xa0\xa0\xa0 写作本文档时，遵循下列指导原则。\n\n"
    "      * 仅提供概览，而忽略边界情况。（Big Picture 原则）\n\n"
    "      * 保持文字简短紧凑。（KISS 原则）\n"
)
TABLE = "\xa0\xa0\xa0 尝试使用非特权用户账号来使用下列的命令。\n\n    表\xa01.16.\xa0基本的Unix命令列表\n"
ARCHIVES = (
    "%\n10.1.\xa0共享，拷贝和存档\n\n    警告\n\n    为避免竞争情况，不应当对正在进行写操作的设备和文件，"
    "多个进程进行\n    不协调的写操作。采用flock(1) 的文件锁定机制可用于避免这种情况。\n"
)
# The same file: a number ending a sentence mid-line, before a CJK word, is still an end.
UTF8 = "请寻求文本转换工具把他们转换到 UTF-8. 参见第\xa011.1\xa0节。"


def test_a_line_opening_number_stays_with_its_cjk_title():
    """Fails without the clause: "3.1." | "指导原则", "表 1.16." | "基本的Unix命令列表",
    "10.1." | "共享，拷贝和存档"."""
    for text, title in (
        (GUIDELINES, "指导原则"),
        (TABLE, "基本的Unix命令列表"),
        (ARCHIVES, "共享，拷贝和存档"),
    ):
        starts = layout(text)[4].tolist()
        assert text.index(title) not in starts, title
        assert "".join(text[a:b] for a, b in sentence_spans(text)) == text
    assert UTF8.index("参见") in sentence_spans(UTF8)[:, 0].tolist()


def test_cjk_number_opens_its_sentence():
    """Clause cjk_number_opens: the start taken from after the number is put at the number,
    so each numbered title line is a sentence of its own ("10.1.\xa0共享，拷贝和存档", not
    the end of the "%" line before it); and the Debian Reference's Japanese contents
    entries stay out of the key sentences (test_technical_headings). Fails with the start
    only taken away (the clause's first form)."""
    for text, number in ((GUIDELINES, "3.1."), (TABLE, "表\xa01.16."), (ARCHIVES, "10.1.")):
        starts = layout(text)[4].tolist()
        assert text.index(number) in starts, number
