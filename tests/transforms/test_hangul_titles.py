"""Clauses ``hangul_title_lines``, ``hangul_number_opening``, ``hangul_titles_stand_out`` and
``hangul_spaced_name`` (``transforms.hangul_titles``, read by
``cjk_titles.cjk_title_lines``): a Korean novel's unnumbered chapter titles.

The excerpt is laid out as 염상섭's 삼대 (1931) is in the UTF-8 copy of the R
package satKorean (GitHub statkclee/satKorean, ``data-raw/염상섭_삼대.txt``): the
book's title and the author's name letter-spaced, then each chapter's title alone
between blank lines over paragraphs set a line each, indented by a space. The
chapter titles and the first lines under them are the book's (short quotations)."""

from transforms.clean import clean_text
from transforms.hangul_titles import hangul_title
from transforms.normalize import normalize_text
from transforms.sections import find_sections

SAMDAE = (
    "삼대(三代)\n\n"
    "염 상 섭\n\n"
    " 두 친구\n\n"
    " 덕기는 이틀 만에 만나는 이 친구를 더욱이 내일이면 작별하고 말 터이니만큼 반갑게 맞았다.\n"
    ' "야아, 그러지 않아도 저녁 먹고 내가 가려 하였었네."\n\n'
    "홍경애\n\n"
    " 주인 여편네는 손님이 심심해하는 양을 보고 가까이 교의를 끌어다놓고 두 사람을 타서 앉으며,\n"
    ' "오늘도 주정허시랍니까, 주정허시면 내쫓습니다."\n\n'
    "제1 충돌\n\n"
    ' "자네가 못하는 일을 내가 어떻게 말리나?"\n'
    " 덕기는 이틀 만에 만나는 이 친구를 더욱이 내일이면 작별하고 말 터이니만큼 반갑게 맞았다.\n\n"
    "순진? 야심?\n\n"
    " 병화는 파출소에 붙들려갔던 이튿날 아침에 책상 위에 놓인 덕기의 편지를 발견하였다.\n"
    " 뜯어 보니 우선 반가운 것이 돈 10원이었다.\n\n"
    "매당\n\n"
    " 9시가 치는 것을 보고 경애는 활동사진관에서 나와 자동차에 올라앉았다.\n"
    " 자동차를 재동 못미처 큰길거리에 던져두고 경애는 운전사를 끌고 골목으로 들어섰다.\n"
)


def _titles(raw: str) -> list[str]:
    text = clean_text(normalize_text(raw)).text
    return [s.title for s in find_sections(text)[0] if s.title]


def test_hangul_title_lines_korean_chapter_titles_are_sections():
    titles = _titles(SAMDAE)
    assert titles[:4] == ["두 친구", "홍경애", "제1 충돌", "순진? 야심?"]
    # every section is a chapter: none holds two chapters' text
    text = clean_text(normalize_text(SAMDAE)).text
    for s in find_sections(text)[0]:
        if s.title:
            assert text[s.start : s.end].count("\n\n") <= 2


def test_hangul_number_opening_chapter_over_a_number():
    # 매당's first sentence opens with "9시가": Korean text under the title all the same.
    assert _titles(SAMDAE)[-1] == "매당"


def test_hangul_spaced_name_is_no_chapter():
    # "염 상 섭", the author under the book's title, is no section of its own.
    assert "염 상 섭" not in _titles(SAMDAE)
    assert not hangul_title("염 상 섭")


def test_hangul_title_form_excludes_sentences_quotes_and_clauses():
    # Lines of 삼대 that stand alone and are no titles, and the titles themselves.
    assert not hangul_title('"들어가세."')
    assert not hangul_title("하며 만져보다가,")
    assert not hangul_title("민족이 다른 사람이다.")
    assert all(map(hangul_title, ["두 친구", "너만 괴로우냐", "제2 충돌", "순진? 야심?"]))


# The text part of a bill of the National Assembly as konlpy 0.6.0 ships it
# (``konlpy/data/corpus/kobill/1809894.txt``, lines 44-107; bills are public works,
# Korean Copyright Act art. 7): a word processor's lines, broken inside words, with a
# blank line between every two.
BILL_LINES = [
    "\x0c법률  제        호",
    "고등교육법 일부개정법률안",
    "고등교육법 일부를 다음과 같이 개정한다.",
    "제50조의3을 다음과 같이 신설한다.",
    "제50조의3(간호과의 수업연한 및 학위에 관한 특례) ① 대통령령이 정",
    "하는 기준을 충족하는 간호과의 수업연한은 4년으로 한다.",
    "  ② 제1항의 간호과에서 학칙이 정하는 과정을 이수한 자에 대하여",
    "는 학사학위를 수여한다.",
    "  ③ 제2항의 학위의 종류 및 수여에 관하여 필요한 사항은 대통령령",
    "으로 정한다.",
    "부      칙",
    "① 이 법은 공포 후 6개월이 경과한 날부터 시행한다.",
    "② 이 법 시행 당시 수업연한이 4년으로 된 간호과에 재학 중인 자에 ",
    "대해서는 본인의 신청에 의하여 종전의 수업연한 및 학위에 관한 규",
    "정을 적용할 수 있다.",
    "- 3 -",
    "\x0c신·구조문대비표",
    "현      행",
    "개   정   안",
    "  <신  설>",
    "제50조의3(간호과의 수업연한 및 ",
    "학위에 관한 특례) ① 대통령",
    "령이 정하는 기준을 충족하는 ",
    "간호과의 수업연한은 4년으로 ",
    "한다.",
    "  ② 제1항의 간호과에서 학칙이 ",
    "정하는 과정을 이수한 자에 대",
    "하여는 학사학위를 수여한다.",
    "  ③ 제2항의 학위의 종류 및 수",
    "여에 관하여 필요한 사항은 대",
    "통령령으로 정한다.",
    "- 5 -",
]


def test_hangul_titles_stand_out_wrapped_bill_has_no_titles():
    # Pieces of wrapped sentences alone between blank lines ("령이 정하는 기준을
    # 충족하는", "정하는 과정을 이수한 자에 대") are no chapter titles.
    titles = _titles("\n\n".join(BILL_LINES) + "\n")
    assert "령이 정하는 기준을 충족하는" not in titles
    assert titles == []


# 김동인's 정희 as KoCoNovel gives it (GitHub storidient/KoCoNovel,
# ``data/jsonl/41_Jeong-hee/text.jsonl``, from Wikisource), laid out with a blank
# line between paragraphs: short questions stand alone as paragraphs, no titles.
JEONGHEE = [
    "성구의 여행이 뜻밖에 길게 됨을 따라 정희의 머리에는 차차 검은 구름이 덮이기 시작하였다.",
    "웬일일까?",
    "파혼하러 갔을 성구 이매 문제가 좀 어렵게 되었나?",
    "그러나 문제가 어렵게 되는 것 같은 것은 걱정이 없다.",
    "자기의 행하는 일까지 수수께끼다.",
    "위선?",
    "자기는 결코 위선으로 그러지는 않았다.",
    "자기가 파혼을 거절한 일은 다만 돌발적 변태심리로밖에는 볼 수 없다.",
    "이번 정희의 동경행에 극력으로 찬성을 한 사람은 정희의 약혼자인 남영식이었다.",
    "무슨 까닭으로?",
    "별로 이유는 없었다.",
    "다만 동경이란 곳은 웬만한 슬픔이며 근심은 저절로 사라지는 곳이라는 남영식 자기의 경험에서 나온 결론의 결과였었다.",
]


def test_hangul_titles_stand_out_not_in_blank_separated_paragraphs():
    titles = _titles("\n\n".join(JEONGHEE) + "\n")
    assert not {"웬일일까?", "위선?", "무슨 까닭으로?"} & set(titles)


# KoCoNovel's ``data/jsonl/38_Eisig_and_Doseung/text.jsonl`` (이식과 도승, Wikisource),
# its lines (a sentence each) set as sentence-split corpora and web novels set a text:
# a sentence a line, a blank line between paragraphs of one to four of them (the
# grouping is the reviewer's, session 27). Lines then mostly run together, and lead-ins
# to a quotation stand alone ("그는 피곤한 듯이") among one-sentence paragraphs of prose
# and quotations: no titles.
EISIG = [
    [
        '"얘 너도 용문산 스님에게 글 배우러 갔었나 보구나"',
    ],
    [
        '"글 다 배웠니?"',
        "하고 아들의 손을 잡았다.",
    ],
    [
        "그는 피곤한 듯이",
    ],
    [
        '"예"',
        "대답하고 안방에 들어와 꿇어앉으니 그 모친은 매일 하는 대로 그날 배운 대목을 외이게 하였다.",
        "단정히 꿇어앉아 한마디의 그침도 없이 내리읽는 것을 보고 아들의 총명한 태도에 깊이 흡족하였던 모친 홍 씨는 식이 그날 배운 바를 다 외우고 피곤한 듯이 물러앉았을 때 저도 모르게 비감한 생각이 바람 같이 스며들었다.",
        '"저 같은 외모 저 같은 총명을 가진 아이가 어찌하여 그렇게 몸이 약할꼬."',
    ],
    [
        "홍 부인은 외로이 탄식한 후 비종 한 사람에게 명하여 정성스럽게 다려 두었던 보약을 가져오라고 명령하였다.",
    ],
    [
        "부인은 갑자기 불안한 생각이 나서,",
    ],
    [
        '"오냐 너의 아버님께서 들어 오시거든 의논하여 작정하자."',
    ],
    [
        "하고 무거운 듯이 짐을 추스른다.",
        "그제야 이식도 발을 떼어 놓으려니 노승은 따라오며 긴한 듯이",
        '"아직 잘 모르겠으나 아마 자네에게 꼭 일러야 할 일이 있을지도 몰라."',
        "하고 잠깐 말을 끊는다.",
    ],
    [
        "식은 의아하여 다시 돌아서며",
    ],
    [
        '"무슨 말씀이오니까."',
        "물었다.",
        '"글쎄 아직은 잘 모르겠네만 내년 정월에는 경사로 자네를 찾아갈 터이니 그때 이야기하지."',
    ],
    [
        '"이 영화가 모두 스님의 덕이외다."',
        "하고 용문사로 몇 번이나 찾아갔었고 사람을 보내어 수소문하였다.",
    ],
    [
        "그렇지만 용문사의 대답은",
    ],
    [
        '"그 사람은 지난봄부터 이 절에서 없어졌소."',
        "하는 것이 그까짓 용승의 한 두 사람이야 있건 없건 탓할 것이 없다는 어조였다.",
    ],
]


def test_hangul_titles_stand_out_prose_sentence_lines_have_no_titles():
    titles = _titles("\n\n".join("\n".join(p) for p in EISIG) + "\n")
    assert "그는 피곤한 듯이" not in titles
    assert titles == []
