"""Review of clause ``ragged_margin`` (``transforms.unwrap``, session 35): guards no test
of the branch caught, and clause ``ragged_margin_verse_fill``.

Real text (the lines the unwrap stage sees: normalized), from rcdm-uga/Gutenberg_Text."""

from transforms.unwrap import unwrap_text

# Kipling, "The Female of the Species" (Gutenberg 1821 in the mirror's listing): long
# verse lines with a turnover ("...engined for the" / "same;"), lines capitalised.
KIPLING = " Fear, or foolishness, impels him, ere he lay the wicked low,\n To concede some form of trial even to his fiercest foe.\n Mirth obscene diverts his anger! Doubt and Pity oft perplex\n Him in dealing with an issue--to the scandal of The Sex!\n\n But the Woman that God gave him, every fibre of her frame\n Proves her launched for one sole issue, armed and engined for the\n same;\n And to serve that single issue, lest the generations fail,\n The female of the species must be deadlier than the male.\n\n She who faces Death by torture for each life beneath her breast\n May not deal in doubt or pity--must not swerve for fact or jest.\n These be purely male diversions--not in these her honour dwells.\n She the Other Law we live by, is that Law and nothing else.\n\n She can bring no more to living than the powers that make her great\n As the Mother of the Infant and the Mistress of the Mate!\n And when Babe and Man are lacking and she strides unclaimed to claim\n Her right as femme (and baron), her equipment is the same.\n\n She is wedded to convictions--in default of grosser ties;\n Her contentions are her children, Heaven help him who denies!--\n He will meet no suave discussion, but the instant, white-hot, wild,\n"

# Milton, "On Time" from the Cambridge manuscript (2091, the appendix, the file's last
# lines): lower-case verse with line numbers; the block's widest line sets its margin.
MILTON = "ON TIME\n\n (Set on a clock case)\n\n Fly envious Time till thou run out thy race\n call on the lazie leaden-stepping howres\n whose speed is but the heavie plummets pace\n & glut thy selfe wth what thy womb devoures\n Wch is no more then what is false & vaine\n & meerly mortall drosse\n so little is our losse\n so little is thy gaine\n for when as each thing bad thou hast entomb'd\n & last of all thy greedie selfe consum'd 10\n then long Aeternity shall greet our blisse\n wth an individuall kisse\n and Joy shall overtake us as a flood\n when every thing yt is sincerely good\n & pfectly divine\n with Truth, & Peace, & Love shall ever shine\n about the supreme throne\n of him t' whose happy-making sight alone\n when once our heav'nly-guided soule shall clime\n then all this earthie grossnesse quit 20\n attir'd wth starres wee shall for ever sit\n Triumphing over Death, & Chance, & thee O Time.\n\n\n\n\n\n\nEnd of Project Gutenberg's The Poetical Works of John Milton, by John Milton\n\n*** END OF THIS PROJECT GUTENBERG EBOOK THE POETICAL WORKS OF JOHN MILTON ***\n\n***** This file should be named 1745.txt or 1745.zip *****\nThis and all associated files of various formats will be found in:\n http://www.gutenberg.org/1/7/4/1745/\n\nProduced by Donal O'Danachair\n\n"


def test_ragged_margin_lower_share_keeps_capitalised_verse():
    """Guard of ragged_margin: half or more of a block's lines must start in lower case
    (joined with ``lower_share`` planted out: "every fibre of her frame Proves her")."""
    out = unwrap_text(KIPLING)[0]
    assert "every fibre of her frame\n Proves her launched" in out
    assert "deadlier than the male.\n" in out
    assert "to his fiercest foe.\n Mirth obscene" in out


def test_ragged_margin_verse_fill_keeps_lower_case_verse():
    """ragged_margin_verse_fill: a block whose lower-case continuations mostly follow
    short lines is verse; "...thou hast entomb'd" reaches the margin set by the
    numbered line but stays (joined by the branch without the clause). Other rules
    still join lines of this poem (left in the record)."""
    out = unwrap_text(MILTON)[0]
    assert "thou hast entomb'd\n & last of all" in out


def test_ragged_margin_verse_fill_needs_enough_continuations():
    """ragged_margin_verse_fill: a block with under four lower-case continuations gives
    no evidence and passes (a Folio speech, Timon's "...When thou wast in thy" / "Gilt,
    and thy Perfume", has two, one after a short line); four with one filled is verse."""
    import numpy as np

    from transforms.ragged_margin import filled_blocks as _filled_blocks

    block = np.array([0, 0, 0, 1, 1, 1, 1])
    cont = np.array([True, True, False, True, True, True, True])
    filled = np.array([True, False, False, True, False, False, False])
    assert _filled_blocks(block, 2, cont, filled).tolist() == [True, False]
    # Three of four filled: prose.
    filled[4:6] = True
    assert _filled_blocks(block, 2, cont, filled).tolist() == [True, True]


# Gibbon's Private Letters, vol. 2 (1301): Lord Sheffield's letter of 13 May 1791.
GIBBON = "seen you at the Devil than have given you so much, if you did not\nseem to be under my direction in these matters.\n\nI almost envy you the snugness of your affairs. You will be a rich\nfellow. What a damned long letter on such matter, to make things easy\nto the meanest capacities.\n\nPerhaps I may write soon on the Russian War, the Slave Trade, and\nthe Corn Bill. The first has been an extraordinary business. On the\nsecond I was a considerable prop to good sense against nonsense and\nthe most eloquent declamation on humanity. What think you of shutting\nthe Ports of the West Indies? It would not have succeeded better than\nthe experiment at Boston. I have beaten Pitt 3 times on the Corn Bill.\n\n\n\n\n563.\n\n_Lord Sheffield to Edward Gibbon._\n\n\n Downing Street, 13th May, 1791.\n\nNothing could be more unfair and insidious than the proposition\nthat you would come here in 1792, if we would go to you in 1791.\nIt raised the whole Family, and everybody one knows, against me.\nIt raised me against myself. It is true in a weak season, when we\nsupposed you poorly, I exhibited a disposition to go to you, but\n"


def test_ragged_margin_number_stop_joins_a_sentence_ending_on_a_year():
    """ragged_margin_number_stop: a line ending on a number and a full stop is a
    sentence's end, not an index entry: "...in 1791." / "It raised" joins (kept apart
    while "." counted as an index mark); the letter's heading lines stay."""
    out = unwrap_text(GIBBON)[0]
    assert "if we would go to you in 1791. It raised the whole Family" in out
    assert "\n Downing Street, 13th May, 1791.\n\nNothing could" in out
