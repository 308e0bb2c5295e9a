"""Korean law text (session 14): rules hangul_divisions (``transforms.headings``),
hangul_width and hangul_articles (``transforms.cjk_layout``, in ``unwrap``).

tests/data/ko_constitution_ch4.txt: chapter 4 (정부) of the Constitution of the
Republic of Korea and the first articles of chapter 5, as the PyPI package
konlpy ships it (kolaw/constitution.txt, lines 155-256; a Korean statute has no
copyright, Copyright Act art. 7). An article or a numbered clause a line, not
wrapped; chapter, section and subsection headings (제4장, 제1절, 제1관) indented.
Before these rules 59 of its 100 lines were joined as wraps and the text
had no section."""

import textwrap
from pathlib import Path

import numpy as np
import pytest

import transforms.hangul_layout as hangul_layout
from transforms.clean import clean_text
from transforms.headings import line_candidates
from transforms.normalize import normalize_text
from transforms.sections import find_sections

RAW = (Path(__file__).parent.parent / "data" / "ko_constitution_ch4.txt").read_text(
    encoding="utf-8"
)


def _clean(raw: str = RAW) -> str:
    return clean_text(normalize_text(raw)).text


def test_every_article_and_clause_keeps_its_line():
    lines = [line.strip() for line in RAW.splitlines() if line.strip()]
    assert len(lines) == 100
    assert [line for line in _clean().split("\n") if line] == lines


def test_hangul_articles_keeps_a_clause_after_a_full_line(monkeypatch):
    # Without the rule, the longest lines (full at the wrap column measured over
    # every Korean pair) still take the next article or clause.
    monkeypatch.setattr(
        hangul_layout, "_article_starts", lambda text, s: np.zeros(len(s), dtype=bool)
    )
    lines = [line for line in _clean().split("\n") if line]
    joined = [line for line in lines if line not in RAW]
    assert len(lines) == 96 and len(joined) == 3
    assert all("④" in line or "②" in line or "제77조" in line for line in joined)


def test_hangul_width_needs_mostly_marked_lines():
    # Wrapped Korean prose stops most lines mid-phrase: the rule does not apply,
    # and a wrap between two Hangul words is a space (rule hangul_space).
    para = (
        "유구한 역사와 전통에 빛나는 우리 대한국민은 3·1운동으로 건립된 대한민국임시정부의 법통과 "
        "불의에 항거한 4·19민주이념을 계승하고, 조국의 민주개혁과 평화적 통일의 사명에 입각하여 "
        "정의·인도와 동포애로써 민족의 단결을 공고히 하고, 모든 사회적 폐습과 불의를 타파하며, "
        "자율과 조화를 바탕으로 자유민주적 기본질서를 더욱 확고히 하여 국민투표에 의하여 개정한다."
    )
    import textwrap

    for width in (24, 30, 40):
        wrapped = "\n".join(textwrap.wrap(para, width))
        assert _clean(wrapped + "\n\n" + wrapped + "\n").split("\n\n")[0] == para


def test_hangul_divisions_are_sections():
    sections, _ = find_sections(_clean())
    titles = [(s.title, s.level) for s in sections if s.title]
    assert titles == [
        ("제4장 정부", 1),
        ("제1절 대통령", 2),
        ("제2절 행정부", 2),
        ("제1관 국무총리와 국무위원", 3),
        ("제2관 국무회의", 3),
        ("제3관 행정각부", 3),
        ("제4관 감사원", 3),
        ("제5장 법원", 1),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "제66조 ① 대통령은 국가의 원수이며, 외국에 대하여 국가를 대표한다.",  # an article
        "제2조제4호를 다음과 같이 한다.",  # a bill amending one (kobill 1809896)
        "제3조 대한민국의 영토는 한반도와 그 부속도서로 한다.",
        "제2장은 다음과 같다.",  # a sentence
    ],
)
def test_articles_and_sentences_are_no_heading(line):
    assert line_candidates(line, 0, 0, len(line)) == []


def test_division_candidates():
    c = line_candidates("제2장 국민의 권리와 의무", 0, 0, 14)
    assert [(x.kind, x.rank, x.series, x.value, x.rest) for x in c] == [
        ("cjk", 20, "cjk:장", 2, "국민의 권리와 의무")
    ]
    assert [x.rank for x in line_candidates("제10장", 0, 0, 5)] == [20]
    assert [x.rank for x in line_candidates("제1관 국무총리와 국무위원", 0, 0, 14)] == [35]


# debian-faq-ko 11.1 (Debian 12), debian-faq.ko.txt lines 301-360 as shipped:
# its wrapper cut Korean anywhere ("패키지" / "를", "소프" / "트웨어,").
FAQ_KO = (Path(__file__).parent.parent / "data" / "ko_debian_faq_1.txt").read_text(encoding="utf-8")


def test_hangul_cut_joins_words_the_document_writes_whole():
    # Clause hangul_cut: each of these read "패키지 를", "소프 트웨어," ... before.
    text = clean_text(normalize_text(FAQ_KO)).text
    for word in ("패키지를", "소프트웨어,", "무료", "프로젝트에서", "참조)", "내용은",
                 "배포판을", "참조하십시오."):  # fmt: skip
        assert word in text.split(), word
    assert "하나에서 운영 체제와 응용 프로그램 패키지를 얻도록" in text
    # The same paragraphs wrapped at spaces keep every space: the document no
    # longer shows the habit.
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    rewrapped = (
        "\n\n".join(
            textwrap.fill(p, 36, break_long_words=False, break_on_hyphens=False) for p in paragraphs
        )
        + "\n"
    )
    again = clean_text(normalize_text(rewrapped)).text
    assert [" ".join(p.split()) for p in again.split("\n\n") if p.strip()] == paragraphs


def test_a_division_after_a_full_line_is_no_wrap():
    # Rule hangul_divisions in unwrap's heading guard (review): the chapter's
    # first clauses wrapped at 32 columns, "④...아니한다." filling its last line,
    # then "제4장 정부" on the next line; without "제" among the heading lines'
    # first characters the heading joined the clause ("...아니한다. 제4장 정부").
    lines = RAW.split("\n")
    doc = "\n\n".join(textwrap.fill(line.strip(), 32) for line in lines[:4])
    doc += "\n제4장 정부\n\n" + "\n\n".join(textwrap.fill(x.strip(), 32) for x in lines[8:20])
    out = clean_text(normalize_text(doc + "\n")).text
    assert "아니한다.\n제4장 정부\n" in out


def test_bare_numbered_chapters_are_sections():
    # Clause bare_number of rule hangul_divisions (review): debian-faq-ko's
    # chapters read "1장. 정의 및 개관" (DocBook's "Chapter 1."), no 제; the
    # whole FAQ had one section, and 17 with the clause (its 16 chapters).
    c = line_candidates("12장. Debian GNU/Linux에서 지원 받기", 0, 0, 30)
    assert [(x.kind, x.series, x.value, x.rest) for x in c] == [
        ("cjk", "cjk:장", 12, "Debian GNU/Linux에서 지원 받기")
    ]
    for line in ("2장 분량의 보고서를 썼다", "3장. 이 절에서는 다음을 다룬다", "1장.", "4장에서"):
        assert line_candidates(line, 0, 0, len(line)) == [], line
    body = FAQ_KO.split("\n\n1.3. ")[0]
    doc = (
        "1장. 정의 및 개관\n\n" + body + "\n\n2장. Debian GNU/Linux 얻기 및 설치\n\n" + body + "\n"
    )
    sections, _ = find_sections(clean_text(normalize_text(doc)).text)
    assert [s.title for s in sections if s.title] == [
        "1장. 정의 및 개관",
        "2장. Debian GNU/Linux 얻기 및 설치",
    ]


# debian-faq.ko.txt lines 479-483 as shipped.
FAQ_URL = (
    "2장. Debian GNU/Linux 얻기 및 설치\n"
    "\n"
    "    설치 지침을 주는 공식 문서 데비안 GNU/리눅스 설치 안내 (https://\n"
    "    www.debian.org/releases/stable/installmanual) . Debian GNU/Linux\n"
    "    를 얻고 설치하기에 대한 추가 정보를 여기서 제공합니다.\n"
)


def test_url_break_joins_without_a_space():
    # Rule url_break (unwrap, review): "(https://" / "www.debian.org/..." read
    # "https:// www.debian.org/..." (24 times in debian-faq-ko, 5 in the
    # Japanese Debian Reference, 7 in the Chinese one).
    text = clean_text(normalize_text(FAQ_KO + "\n" + FAQ_URL)).text
    assert "(https://www.debian.org/releases/stable/installmanual)" in text
    assert "://" + " " not in text
