"""Clause ``aozora_hard_wrapped`` (``transforms.ja_hard_wrap``, session 36): Aozora-notation
text hard-wrapped at a column is unwrapped; clause ``aozora_never_wrapped`` stays for text
set a paragraph a line.

``tests/data/ja_aozora_rashomon_ruby.txt``: 芥川龍之介「羅生門」 (Aozora Bunko 000879, card
127), raw with its 《》 readings and ｜ bars: title, author and its first eight paragraphs
(one a line, as Aozora sets them). The tests wrap them at 20-40 columns as a user's
re-wrapped copy would be (the readings not counted: the column a reader sees; or counted).
Before: every break was kept ("…ことに門の上の空が、夕" / "焼けであかくなる…")."""

import re
from pathlib import Path

import pytest

from transforms.aozora import never_wrapped
from transforms.boilerplate import BoilerplateConfig, find_boilerplate
from transforms.clean import clean_text
from transforms.ja_hard_wrap import hard_wrapped
from transforms.normalize import normalize_text

DATA = Path(__file__).resolve().parents[1] / "data"
RAW = normalize_text((DATA / "ja_aozora_rashomon_ruby.txt").read_text(encoding="utf-8"))
_TOKEN = re.compile("《[^》]*》|［＃[^］]*］|.")


def _wrap(text: str, width: int, count_readings: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        cur, n = "", 0
        for tok in _TOKEN.findall(line):
            w = 1 if len(tok) == 1 or count_readings else 0
            w = len(tok) if count_readings else w
            if n + w > width and cur:
                out.append(cur)
                cur, n = "", 0
            cur, n = cur + tok, n + w
        out.append(cur)
    return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    return [t.strip("\u3000") for t in clean_text(text).text.split("\n") if t.strip()]


def _never_wrapped(text: str) -> bool:
    return never_wrapped(
        text, find_boilerplate(text, BoilerplateConfig()), BoilerplateConfig().rules
    )


@pytest.mark.parametrize("width", [20, 30, 40])
def test_aozora_hard_wrapped_rashomon_joined(width):
    """aozora_hard_wrapped: wrapped at the columns a reader sees, the paragraphs come back
    (the first two: the unwrap stage's own joins at a paragraph ending near the column
    may run one into the next; the sentences are whole)."""
    wrapped = _wrap(RAW, width)
    assert hard_wrapped(wrapped) and not _never_wrapped(wrapped)
    text = clean_text(wrapped).text
    assert (
        "ことに門の上の空が、夕焼けであかくなる時には、それが胡麻をまいたようにはっきり見えた。"
        in text
    )
    assert (
        "羅生門が、朱雀大路にある以上は、この男のほかにも、雨やみをする市女笠や揉烏帽子が" in text
    )
    whole = _paragraphs(RAW)
    assert len(_paragraphs(wrapped)) <= len(whole) + 1


def test_aozora_hard_wrapped_readings_counted():
    """aozora_hard_wrapped: wrapped counting the readings, the text is still read as
    wrapped (its raw lines pile at the column); since session 37 (clause
    ``aozora_hard_wrapped_raw``) the markup's edits join it at the raw column, and the
    unwrap stage, told the text is a paragraph a line, joins nothing more."""
    wrapped = _wrap(RAW, 30, count_readings=True)
    assert hard_wrapped(wrapped) and _never_wrapped(wrapped)
    assert len(_paragraphs(wrapped)) < len(wrapped.split("\n")) / 2


def test_aozora_hard_wrapped_guard_paragraph_lines():
    """Guard: Aozora's own layout (a paragraph a line) is never wrapped, each line kept."""
    assert not hard_wrapped(RAW) and _never_wrapped(RAW)
    assert len(_paragraphs(RAW)) == 10  # title, author and the eight paragraphs


def test_aozora_hard_wrapped_guard_padded_verse():
    """Guard: lines padded inside to one width (正岡子規「古池の句の弁」, Aozora 000305
    57363: a haiku and its poet) are no wrapped lines."""
    verse = "\n".join(
        ["さればこそ嵐よ雨よ花の時　　　　　　　心敬", "春雨の庭にきのふの花もがな　　　　　　宗祇"]
        * 20
    )
    assert not hard_wrapped(verse)


# 小倉百人一首, poems 1-25 in kana (historical spelling), one a line as a kana tanka list
# sets them: 31-33 characters each, no mark, no indent.
_HYAKUNIN = """あきのたのかりほのいほのとまをあらみわがころもではつゆにぬれつつ
はるすぎてなつきにけらししろたへのころもほすてふあまのかぐやま
あしびきのやまどりのをのしだりをのながながしよをひとりかもねむ
たごのうらにうちいでてみればしろたへのふじのたかねにゆきはふりつつ
おくやまにもみぢふみわけなくしかのこゑきくときぞあきはかなしき
かささぎのわたせるはしにおくしものしろきをみればよぞふけにける
あまのはらふりさけみればかすがなるみかさのやまにいでしつきかも
わがいほはみやこのたつみしかぞすむよをうぢやまとひとはいふなり
はなのいろはうつりにけりないたづらにわがみよにふるながめせしまに
これやこのゆくもかへるもわかれてはしるもしらぬもあふさかのせき
わたのはらやそしまかけてこぎいでぬとひとにはつげよあまのつりぶね
あまつかぜくものかよひぢふきとぢよをとめのすがたしばしとどめむ
つくばねのみねよりおつるみなのがはこひぞつもりてふちとなりぬる
みちのくのしのぶもぢずりたれゆゑにみだれそめにしわれならなくに
きみがためはるののにいでてわかなつむわがころもでにゆきはふりつつ
たちわかれいなばのやまのみねにおふるまつとしきかばいまかへりこむ
ちはやぶるかみよもきかずたつたがはからくれなゐにみづくくるとは
すみのえのきしによるなみよるさへやゆめのかよひぢひとめよくらむ
なにはがたみじかきあしのふしのまもあはでこのよをすぐしてよとや
わびぬればいまはたおなじなにはなるみをつくしてもあはむとぞおもふ
いまこむといひしばかりにながつきのありあけのつきをまちいでつるかな
ふくからにあきのくさきのしをるればむべやまかぜをあらしといふらむ
つきみればちぢにものこそかなしけれわがみひとつのあきにはあらねど
このたびはぬさもとりあへずたむけやまもみぢのにしきかみのまにまに
なにしおはばあふさかやまのさねかづらひとにしられでくるよしもがな"""


def test_aozora_hard_wrapped_prose_guard_kana_tanka():
    """Clause aozora_hard_wrapped_prose: kana tanka one a line pile at 31-33 characters as
    a wrap would, but hold no "、" or "。": not wrapped, each poem keeps its line (before:
    the 25 were joined into one paragraph)."""
    assert not hard_wrapped(_HYAKUNIN)
    at = RAW.index("\n\n")
    doc = RAW[:at] + "\n\n" + _HYAKUNIN + "\n" + RAW[at:]
    assert _never_wrapped(doc)
    lines = [t.strip("\u3000") for t in clean_text(doc).text.split("\n")]
    assert all(poem in lines for poem in _HYAKUNIN.split("\n"))


def _phrases(text: str, at: int = 20) -> str:
    """``text`` broken after the first "、" once a line holds ``at`` characters (readings
    not counted): ragged lines that go on, as a text set a phrase a line is."""
    out = []
    for line in text.split("\n"):
        cur = ""
        for ch in line:
            cur += ch
            if (
                ch == "、"
                and len(_TOKEN.sub(lambda t: t.group() if len(t.group()) == 1 else "", cur)) >= at
            ):
                out.append(cur)
                cur = ""
        if cur or not line:
            out.append(cur)
    return "\n".join(out)


def test_aozora_hard_wrapped_guard_ragged_phrases():
    """Guard MIN_PILE: 羅生門 broken at a "、" once a line reaches 20 characters (51 lines
    going on, punctuated, of ragged lengths: 0.12-0.22 within a character of the most
    common) is no wrap at a column: kept line by line."""
    ragged = _phrases(RAW)
    assert not hard_wrapped(ragged) and _never_wrapped(ragged)
