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
