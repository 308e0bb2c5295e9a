"""Clause hangul_dash_space (transforms.line_marks): a wrap after a Korean dash
keeps the space the source put after it.

Excerpt: 염상섭, 삼대 (1931, public domain), GitHub statkclee/satKorean,
data-raw/염상섭_삼대_euc-kr.txt, 14 lines around "모르지만- 하하" and the speech
with "옹오하는- 부르주아의"
(tests/data/ko_samdae_dash.txt), hard-wrapped at 40 columns at spaces (Python
textwrap) as a user's file would be.
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text

WRAPPED = (Path(__file__).parent.parent / "data" / "ko_samdae_dash.txt").read_text(encoding="utf-8")


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_dash_then_space_keeps_the_space_at_the_wrap():
    out = _clean(WRAPPED)
    assert "모르지만- 하하" in out
    assert "모르지만-하하" not in out


def test_document_writing_tight_dashes_joins_tight():
    # A text that writes its Hangul dashes without a space ("테러-폭력단-들이거든",
    # 삼대) joins tight, as before.
    text = WRAPPED + "\n기분적 테러-폭력단-들이거든 테러-폭력단 남매--가당치도\n"
    assert "모르지만-하하" in _clean(text)


# Review (session 29), clause hangul_dash_space_same_dash: 삼대 (satKorean EUC-KR copy)
# writes "-" before a space but "--" always tight: "남매--가당치도 않은 생각이다."
# (0 "-- " in the book); a wrapper breaking inside "--" must not have a space put there.
SAMDAE_DOUBLE = (  # the book's paragraph, textwrap at 35 columns
    "\n 그러나 왜 지금 그 정자의 생각이 났는가? 어쩐지 덕기에게서\n"
    "받은 인상이 그 정자와 남매 같다고 생각하는 것이었다. 남매--\n"
    "가당치도 않은 생각이다. 민족이 다른 사람이다.\n"
)


def test_double_dash_votes_on_its_own():
    out = _clean(WRAPPED + SAMDAE_DOUBLE)
    assert "남매--가당치도" in out
    assert "모르지만- 하하" in out


# Review (session 29): only Hangul opens the next line. Git's Korean messages
# (/usr/share/locale/ko/LC_MESSAGES/git.mo): "'--base=<기준점-커밋-ID>' 옵션으로",
# broken at its last hyphen, in a document whose dashes take a space.
GIT_KO = (  # the message, textwrap at 31 columns
    "\n 업스트림을 가져오는데 실패했습니다. 베이스 커밋을\n"
    "자동으로 기록하려면, 'git branch --set-\n"
    "upstream-to' 명령으로 원격 브랜치를\n"
    "추적하십시오. 아니면 직접 '--base=<기준점-커밋-\n"
    "ID>' 옵션으로 기준점 커밋을 지정할 수도 있습니다.\n"
)


def test_latin_after_a_hangul_hyphen_joins_tight():
    # With 삼대's speech, the excerpt's last line, that writes its dash before a space.
    speech = WRAPPED.rstrip("\n").rsplit("\n", 1)[1]
    out = _clean(GIT_KO + "\n" + speech + "\n")
    assert "옹오하는- 부르주아의" in out
    assert "<기준점-커밋-ID>" in out
