"""Clause ``latin_word_opens_cjk_line`` (``transforms.cjk_layout._opens_code``, session 43):
a CJK paragraph whose first word is Latin letters or digits glued to a CJK character
("C市的夏天…", "1930年底日本人…") loses its indent as its neighbours do.

Found in the session-43 walk-through: the first training row of 《爱在时光里流转》 (GB18030,
four-space indents) read "（1）\\n\\n C市的夏天尤为炎热。\\n\\n许亦菡…": clause ``code_indent``
keeps the indent of a line opening with an ASCII letter or digit (code), so this
paragraph alone kept one space; with U+3000 indents (《阿吱，阿吱》) both stayed,
"\\u3000\\u30001930年底…". In the Chinese mirrors 11,383 such lines in 170 files.
Guards: code and list lines keep their indent as before."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# 《爱在时光里流转》, 第一章 (zzk6780051/novel, GB18030), as laid out: four-space indents.
SHIGUANG = (
    " 第一章此去经年再度相逢\n\n    （1）\n\n    C市的夏天尤为炎热。\n\n"
    "    许亦菡特意穿上的小礼服染了层薄汗，所幸的是，进入豪华的酒店后，在充足的冷气下，"
    "薄汗渐渐蒸发掉。\n\n    她是来参加好友李思聪的婚礼的，由于路上堵车，已误了婚礼的开场。\n"
)
# 《阿吱，阿吱》 (zzk6780051/novel, GB18030): U+3000 indents, a paragraph opening with a year.
AZHI = (
    "\u3000\u3000藤田清野派前田月前往兖州，命令他挖地三尺也要查出来。\n"
    "\u3000\u30001930年底日本人端了土匪窝的事几乎人尽皆知，土匪头子姓何，与裴家关系要好也不是"
    "什么秘密。前田月这一趟带了五个人，浩浩荡荡地去了裴家。\n"
    "\u3000\u3000九年多过去，裴家宅子已与当初判若两样，院内花草也无人打理，池中水也干涸，"
    "空落一池枯叶。\n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_a_paragraph_opening_with_latin_letters_loses_its_indent():
    out = _clean(SHIGUANG)
    assert out == (
        "第一章此去经年再度相逢\n\n（1）\n\nC市的夏天尤为炎热。\n\n许亦菡特意穿上的小礼服染了层"
        "薄汗，所幸的是，进入豪华的酒店后，在充足的冷气下，薄汗渐渐蒸发掉。\n\n她是来参加好友"
        "李思聪的婚礼的，由于路上堵车，已误了婚礼的开场。\n"
    )


def test_a_paragraph_opening_with_a_year_loses_its_ideographic_indent():
    out = _clean(AZHI)
    lines = out.split("\n")
    assert lines[1].startswith("1930年底日本人端了土匪窝的事")
    assert not any(line.startswith(("\u3000", " ")) for line in lines)
    assert out.replace("\n", "") == AZHI.replace("\u3000", "").replace("\n", "")


def test_code_and_list_lines_keep_their_indent():
    """Guard (clause code_indent): a call, an assignment with a comment, a numbered
    item (the run of digits ends on a dot) and a name with signs keep their indent."""
    kept = ['print("你好")', "x = 1  # 注释", "1. 第一步", "1.第一步", "C++中的类。"]
    for indent in ("    ", "\u3000\u3000"):
        text = "".join(f"{indent}{line}\n\n" for line in ["她说：好。", *kept])
        out = _clean(text).split("\n\n")
        assert out[0] == "她说：好。"
        assert all(line[:1] in (" ", "\u3000") for line in out[1:-1]), out
