"""Clause ``hangul_indent_wrap`` (``transforms.hangul_layout.indent_wraps``, read by
``unwrap.find_wraps``): a Korean paragraph broken at a space onto an unindented
line, in a text that indents its paragraphs and sets one a line.

Short lines of 염상섭's 삼대 (1931) as the UTF-8 copy in the R package satKorean
(GitHub statkclee/satKorean, ``data-raw/염상섭_삼대.txt``, lines 50-56 and 126-128)
lays them out: each paragraph a line indented by a space, two of them broken by
the source at a space."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

SAMDAE = (
    ' "그런 줄은 자네가 먼저 아네그려."\n'
    " 덕기도 지지 않고 대거리를 한다.\n"
    ' "왜 안 그렇겠나. 일세의 혁명가가 이제 중학교나 면한 어린애를 친구라기는 \n'
    '창피도 할걸세. 대단 광영일세."\n'
    " 일 년에 한두 번 방학 때만 오래간만에 만나는 터이나 이 두 청년은 입심 자랑이나 하듯이 주고받는 말끝마다 서로 비꼬는 수작밖에 없건마는 그래도 한 번도 정말 노해 본 일은 없는 사이다.\n"
    " 중학에서 졸업할 때까지 첫째 둘째를 겯고틀던 수재고 비슷비슷한 가정 사정에서 자랐기에 어린 우정일망정 어느덧 깊은 이해와 동정은 버릴래야 버릴 수가 없는 것이었다.\n"
    ' "그럼 조선여자란 말인가?"\n'
    " 덕기는 역시 자기의 눈이 틀리지 않았다는 생각을 하면서 가슴이 한층 더 \n"
    "무거워졌다.\n"
    ' "허허허... 나도 처음 봤을 때는 못 알아보았네마는 알고 보니 수원 여자라네!"\n'
)


def _lines(raw: str) -> list[str]:
    return [x.strip() for x in clean_text(normalize_text(raw)).text.split("\n") if x.strip()]


def test_hangul_indent_wrap_joins_a_paragraph_broken_at_a_space():
    lines = _lines(SAMDAE)
    assert (
        '"왜 안 그렇겠나. 일세의 혁명가가 이제 중학교나 면한 어린애를 친구라기는 창피도 할걸세. 대단 광영일세."'
        in lines
    )
    assert (
        "덕기는 역시 자기의 눈이 틀리지 않았다는 생각을 하면서 가슴이 한층 더 무거워졌다." in lines
    )
    # the paragraphs that were whole lines stay lines
    assert len(lines) == 8
    assert "덕기도 지지 않고 대거리를 한다." in lines


def test_hangul_indent_wrap_not_after_a_sentence():
    # After a closing quote the unindented line is the narration's own paragraph.
    raw = SAMDAE.replace("친구라기는 \n", '친구라기는 하였다." \n')
    assert any(x.startswith("창피도") for x in _lines(raw))
