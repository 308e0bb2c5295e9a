"""Session 50 (branch wtG): clause dated_subtitle_line of rule poem_title_over_stanza
(``_BRACKET_DATE``, transforms.poem_title_lines): a title in capitals over a subtitle in
brackets that ends on a named date ("(Affixing the Lists of Killed and Wounded: December,
1899)") is one title block, as a title over its bare date is (clause bracketed_date_line).

Real text: Hardy's Poems of the Past and the Present (Gutenberg, the rcdm-uga mirror's
"Hardy, Thomas/Poems of the Past and the Present.txt") after ``normalize_text`` and
``clean_text``, lines 200-365 (WAR POEMS: "DEPARTURE" to "A CHRISTMAS GHOST-STORY"). Session 48's
review found "I" / "II" of "AT THE WAR OFFICE, LONDON" under the poem before it ("THE GOING OF
THE BATTERY WIVES' LAMENT"), a wrong parent: no rule read the title."""

from transforms import sections as sec
from transforms.poem_title_lines import _BRACKET_DATE
from transforms.section_paths import section_paths

WAR = """\
 As if they knew not that they weep the while.



DEPARTURE
(Southampton Docks: October, 1899)


 WHILE the far farewell music thins and fails,
 And the broad bottoms rip the bearing brine—
 All smalling slowly to the gray sea line—
 And each significant red smoke-shaft pales,

 Keen sense of severance everywhere prevails,
 Which shapes the late long tramp of mounting men
 To seeming words that ask and ask again:
 “How long, O striving Teutons, Slavs, and Gaels
 Must your wroth reasonings trade on lives like these,
 That are as puppets in a playing hand?—
 When shall the saner softer polities
 Whereof we dream, have play in each proud land,
 And patriotism, grown Godlike, scorn to stand
 Bondslave to realms, but circle earth and seas?”



THE COLONEL’S SOLILOQUY
(Southampton Docks: October, 1899)


 “THE quay recedes. Hurrah! Ahead we go! . . .
 It’s true I’ve been accustomed now to home,
 And joints get rusty, and one’s limbs may grow
 More fit to rest than roam.

 “But I can stand as yet fair stress and strain;
 There’s not a little steel beneath the rust;
 My years mount somewhat, but here’s to’t again!
 And if I fall, I must.

 “God knows that for myself I’ve scanty care;
 Past scrimmages have proved as much to all;
 In Eastern lands and South I’ve had my share
 Both of the blade and ball.

 “And where those villains ripped me in the flitch
 With their old iron in my early time,
 I’m apt at change of wind to feel a twitch,
 Or at a change of clime.

 “And what my mirror shows me in the morning
 Has more of blotch and wrinkle than of bloom;
 My eyes, too, heretofore all glasses scorning,
 Have just a touch of rheum . . .

 “Now sounds ‘The Girl I’ve left behind me,’—Ah,
 The years, the ardours, wakened by that tune!
 Time was when, with the crowd’s farewell ‘Hurrah!’
 ’Twould lift me to the moon.

 “But now it’s late to leave behind me one
 Who if, poor soul, her man goes underground,
 Will not recover as she might have done
 In days when hopes abound.

 “She’s waving from the wharfside, palely grieving,
 As down we draw . . . Her tears make little show,
 Yet now she suffers more than at my leaving
 Some twenty years ago.

 “I pray those left at home will care for her!
 I shall come back; I have before; though when
 The Girl you leave behind you is a grandmother,
 Things may not be as then.”



THE GOING OF THE BATTERY
WIVES’ LAMENT
(November 2, 1899)


 I

 O IT was sad enough, weak enough, mad enough—
 Light in their loving as soldiers can be—
 First to risk choosing them, leave alone losing them
 Now, in far battle, beyond the South Sea! . . .

 II

 —Rain came down drenchingly; but we unblenchingly
 Trudged on beside them through mirk and through mire,
 They stepping steadily—only too readily!—
 Scarce as if stepping brought parting-time nigher.

 III

 Great guns were gleaming there, living things seeming there,
 Cloaked in their tar-cloths, upmouthed to the night;
 Wheels wet and yellow from axle to felloe,
 Throats blank of sound, but prophetic to sight.

 IV

 Gas-glimmers drearily, blearily, eerily
 Lit our pale faces outstretched for one kiss,
 While we stood prest to them, with a last quest to them
 Not to court perils that honour could miss.

 V

 Sharp were those sighs of ours, blinded these eyes of ours,
 When at last moved away under the arch
 All we loved. Aid for them each woman prayed for them,
 Treading back slowly the track of their march.

 VI

 Someone said: “Nevermore will they come: evermore
 Are they now lost to us.” O it was wrong!
 Though may be hard their ways, some Hand will guard their ways,
 Bear them through safely, in brief time or long.

 VII

 —Yet, voices haunting us, daunting us, taunting us,
 Hint in the night-time when life beats are low
 Other and graver things . . . Hold we to braver things,
 Wait we, in trust, what Time’s fulness shall show.



AT THE WAR OFFICE, LONDON
(Affixing the Lists of Killed and Wounded: December, 1899)


 I

 LAST year I called this world of gain-givings
 The darkest thinkable, and questioned sadly
 If my own land could heave its pulse less gladly,
 So charged it seemed with circumstance whence springs
 The tragedy of things.

 II

 Yet at that censured time no heart was rent
 Or feature blanched of parent, wife, or daughter
 By hourly blazoned sheets of listed slaughter;
 Death waited Nature’s wont; Peace smiled unshent
 From Ind to Occident.



A CHRISTMAS GHOST-STORY


 SOUTH of the Line, inland from far Durban,
 A mouldering soldier lies—your countryman.
 Awry and doubled up are his gray bones,
 And on the breeze his puzzled phantom moans
 Nightly to clear Canopus: “I would know
 By whom and when the All-Earth-gladdening Law
 Of Peace, brought in by that Man Crucified,
 Was ruled to be inept, and set aside?
"""

WAR_OFFICE = "AT THE WAR OFFICE, LONDON (Affixing the Lists of Killed and Wounded: December, 1899)"
BATTERY = "THE GOING OF THE BATTERY WIVES’ LAMENT (November 2, 1899)"


def _paths(text):
    sections = sec.find_sections(text)[0]
    return [p for p in section_paths(sections)]


def test_dated_subtitle_heads_the_poems_parts():
    """Fails without clause dated_subtitle_line (base50: no title at all here, the parts
    "I" .. "VII", "I", "II" at the top: under the 4 titles the rule needs)."""
    paths = _paths(WAR)
    assert [WAR_OFFICE, "I"] in paths and [WAR_OFFICE, "II"] in paths
    assert [BATTERY, "VII"] in paths
    assert ["DEPARTURE (Southampton Docks: October, 1899)"] in paths
    assert ["THE COLONEL’S SOLILOQUY (Southampton Docks: October, 1899)"] in paths
    assert ["A CHRISTMAS GHOST-STORY"] in paths
    # each numbered part sits under exactly one poem: 7 under the Battery wives, 2 here
    assert sum(p[0] == BATTERY for p in paths if len(p) == 2) == 7
    assert sum(p[0] == WAR_OFFICE for p in paths if len(p) == 2) == 2


def test_dated_subtitle_lines_of_the_corpora():
    """The bracketed lines of the rcdm-uga mirror that end on a named date after ":" or ","
    are dates of their title block; a bare year after words, a note, a posting line of a
    Gutenberg header and a subtitle with no date are not."""
    for t in (
        "(Affixing the Lists of Killed and Wounded: December, 1899)",
        "(Southampton Docks: October, 1899)",
        "(The neighbourhood of Leghorn: March, 1887)",
        "(The Strand Magazine, 23 January 1897)",
        "(After passing Sirmione, April 1887.)",
    ):
        assert _BRACKET_DATE.match(t), t
    for t in (
        "[Footnote A: 1820]",
        "(Written in 1820)",
        "[This file was first posted on 15 October 2001]",
        "(MARTY SOUTH’S REVERIE)",
        "(To the Editor)",
    ):
        assert not _BRACKET_DATE.match(t), t
