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


# More lines of 삼대 (lines 60-83 of the file): indented paragraphs a line, so that
# with a stanza set without indent the text still indents INDENTED_SHARE of its lines.
SAMDAE_MORE = (
    " 덕기는 사실 이때껏 가보지 못한 요릿집에 가보고 싶은 생각도 있었다.\n"
    ' "흥, 토주를 하는 것만 고마운 줄 알라고 생색을 내더니 기껏 선술집인가?"\n'
    ' "응. 선술집 밑천이라두 내놓고 자넬랑은 기생집으로 가게그려."\n'
    " 두 청년은 아무래도 발길이 진고개로 향하였다.\n"
    ' "그러지 말구 여기 들어가서 저녁이나 먹세. 하루에 한 끼니라는 곯은 배를 채워야지."\n'
    " 병화는 먹는 것보다는 술 생각이 더 간절하였다.\n"
    ' "이제 알았더니 숨은 난봉꾼일세그려. 어디, 자네 가는 데가 오죽할라구. 허허허."\n'
    " 덕기는 비로소 웃으며 따라섰다.\n"
    " 병화는 아까와는 딴판으로 신기가 좋아서 기고만장이다.\n"
    " 하고 덕기는 버커스로 따라선다.\n"
    " 주부가 술상을 차려 왔다. 술상이래야 고뿌에 담은 노란 술과 김이 무럭무럭 나는 오뎅 접시뿐이다.\n"
)


def test_hangul_indent_wrap_verse_keeps_a_quoted_poem_s_lines():
    # A poem quoted in such a novel, set without indent, each line ending in a space
    # as 224 of 삼대's lines end: 김소월's 진달래꽃 (1925), its first stanza.
    poem = "나 보기가 역겨워 \n가실 때에는 \n말없이 고이 보내 드리우리다 \n"
    lines = _lines(SAMDAE + " 그는 시를 읊었다.\n" + poem + SAMDAE_MORE)
    assert "나 보기가 역겨워" in lines
    assert "가실 때에는" in lines
    # the novel's own breaks are joined all the same
    assert (
        "덕기는 역시 자기의 눈이 틀리지 않았다는 생각을 하면서 가슴이 한층 더 무거워졌다." in lines
    )
