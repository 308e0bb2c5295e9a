"""Clauses title_repeated_over_parts (transforms.repeated_part_titles) and
listed_work_over_parted_chapters (transforms.listed_works), session 46: a chapter's
title in capitals repeated over each of its numbered parts ("SUBMARINES" / "I",
"SUBMARINES" / "II") titles one chapter whose parts are the numerals, and such chapters
after a listed work go under it even when the work's title has a poem of its own first.
Real text: Rudyard Kipling, Sea Warfare (Project Gutenberg), as clean_text leaves it,
each section cut to its first paragraphs; G. K. Chesterton, Poems ("BEAUTY" / "I",
"BEAUTY" / "II")."""

from transforms.sections import find_sections

_FRINGES = "SEA WARFARE\n\n\n\nBY\n\nRUDYARD KIPLING\n\nMACMILLAN AND CO., LIMITED\nST. MARTIN'S STREET, LONDON\n1916\n\n\n\n\nCONTENTS\n\n\n PAGE\n\nTHE FRINGES OF THE FLEET 1\n\n"

_TRADE = 'TALES OF "THE TRADE" 93\n\nDESTROYERS AT JUTLAND 145\n\n\n\n\nTHE FRINGES OF THE FLEET\n\n(1915)\n\n In Lowestoft a boat was laid,\n Mark well what I do say!\n And she was built for the herring trade,\n But she has gone a-rovin\', a-rovin\', a-rovin\',\n The Lord knows where!\n\n They gave her Government coal to burn,\n And a Q.F. gun at bow and stern,\n And sent her out a-rovin\', etc.\n\n Her skipper was mate of a bucko ship\n Which always killed one man per trip,\n So he is used to rovin\', etc.\n\n Her mate was skipper of a chapel in Wales,\n And so he fights in topper and tails--\n\n\n\nTHE AUXILIARIES\n\nI\n\n\nThe Navy is very old and very wise. Much of her wisdom is on record and available for reference; but more of it works in the unconscious blood of those who serve her. She has a thousand years of experience, and can find precedent or parallel for any situation that the force of the weather or the malice of the King\'s enemies may bring about.\n\nThe main principles of sea-warfare hold good throughout all ages, and, so far as the Navy has been allowed to put out her strength, these principles have been applied over all the seas of the world. For matters of detail the Navy, to whom all days are alike, has simply returned to the practice and resurrected the spirit of old days.\n\nIn the late French wars, a merchant sailing out of a Channel port might in a few hours find himself laid by the heels and under way for a French prison. His Majesty\'s ships of the Line, and even the big frigates, took little part in policing the waters for him, unless he were in convoy. The sloops, cutters, gun-brigs, and local craft of all kinds were supposed to look after that, while the Line was busy elsewhere. So the merchants passed resolutions against the inadequate protection afforded to the trade, and the narrow seas were full of single-ship actions; mail-packets, West Country brigs, and fat East Indiamen fighting, for their own hulls and cargo, anything that the watchful French ports sent against them; the sloops and cutters bearing a hand if they happened to be within reach.\n\n\n\nTHE AUXILIARIES\n\nII\n\n\nThe Trawlers seem to look on mines as more or less fairplay. But with the torpedo it is otherwise. A Yarmouth man lay on his hatch, his gear neatly stowed away below, and told me that another Yarmouth boat had "gone up," with all hands except one. "\'Twas a submarine. Not a mine," said he. "They never gave our boys no chance. Na! She was a Yarmouth boat--we knew \'em all. They never gave the boys no chance." He was a submarine hunter, and he illustrated by means of matches placed at various angles how the blindfold business is conducted. "And then," he ended, "there\'s always what he\'ll do. You\'ve got to think that out for yourself--while you\'re working above him--same as if \'twas fish." I should not care to be hunted for the life in shallow waters by a man who knows every bank and pothole of them, even if I had not killed his friends the week before. Being nearly all fishermen they discuss their work in terms of fish, and put in their leisure fishing overside, when they sometimes pull up ghastly souvenirs. But they all want guns. Those who have three-pounders clamour for sixes; sixes for twelves; and the twelve-pound aristocracy dream of four-inchers on anti-aircraft mountings for the benefit of roving Zeppelins. They will all get them in time, and I fancy it will be long ere they give them up. One West Country mate announced that "a gun is a handy thing to have aboard--always." "But in peacetime?" I said. "Wouldn\'t it be in the way?"\n\n\n\nSUBMARINES\n\nI\n\n\nThe chief business of the Trawler Fleet is to attend to the traffic. The submarine in her sphere attends to the enemy. Like the destroyer, the submarine has created its own type of officer and man--with language and traditions apart from the rest of the Service, and yet at heart unchangingly of the Service. Their business is to run monstrous risks from earth, air, and water, in what, to be of any use, must be the coldest of cold blood.\n\nThe commander\'s is more a one-man job, as the crew\'s is more team-work, than any other employment afloat. That is why the relations between submarine officers and men are what they are. They play hourly for each other\'s lives with Death the Umpire always at their elbow on tiptoe to give them "out."\n\nThere is a stretch of water, once dear to amateur yachtsmen, now given over to scouts, submarines, destroyers, and, of course, contingents of trawlers. We were waiting the return of some boats which were due to report. A couple surged up the still harbour in the afternoon light and tied up beside their sisters. There climbed out of them three or four high-booted, sunken-eyed pirates clad in sweaters, under jackets that a stoker of the last generation would have disowned. This was their first chance to compare notes at close hand. Together they lamented the loss of a Zeppelin--"a perfect mug of a Zepp," who had come down very low and offered one of them a sitting shot. "But what can you do with our guns? I gave him what I had, and then he started bombing."\n\n\n\nSUBMARINES\n\nII\n\n\nI was honoured by a glimpse into this veiled life in a boat which was merely practising between trips. Submarines are like cats. They never tell "who they were with last night," and they sleep as much as they can. If you board a submarine off duty you generally see a perspective of fore-shortened fattish men laid all along. The men say that except at certain times it is rather an easy life, with relaxed regulations about smoking, calculated to make a man put on flesh. One requires well-padded nerves. Many of the men do not appear on deck throughout the whole trip. After all, why should they if they don\'t want to? They know that they are responsible in their department for their comrades\' lives as their comrades are responsible for theirs. What\'s the use of flapping about? Better lay in some magazines and cigarettes.\n\n\n\nPATROLS\n\nI\n\n\nOn the edge of the North Sea sits an Admiral in charge of a stretch of coast without lights or marks, along which the traffic moves much as usual. In front of him there is nothing but the east wind, the enemy, and some few our ships. Behind him there are towns, with M.P.\'s attached, who a little while ago didn\'t see the reason for certain lighting orders. When a Zeppelin or two came, they saw. Left and right of him are enormous docks, with vast crowded sheds, miles of stone-faced quay-edges, loaded with all manner of supplies and crowded with mixed shipping.\n\nIn this exalted world one met Staff-Captains, Staff-Commanders, Staff-Lieutenants, and Secretaries, with Paymasters so senior that they almost ranked with Admirals. There were Warrant Officers, too, who long ago gave up splashing about decks barefoot, and now check and issue stores to the ravenous, untruthful fleets. Said one of these, guarding a collection of desirable things, to a cross between a sick-bay attendant and a junior writer (but he was really an expert burglar), "No! An\' you can tell Mr. So-and-so, with my compliments, that the storekeeper\'s gone away--right away--with the key of these stores in his pocket. Understand me? In his trousers pocket."\n\n\n\nPATROLS\n\nII\n\n\nThe great basins were crammed with craft of kinds never known before on any Navy List. Some were as they were born, others had been converted, and a multitude have been designed for special cases. The Navy prepares against all contingencies by land, sea, and air. It was a relief to meet a batch of comprehensible destroyers and to drop again into the little mouse-trap ward-rooms, which are as large-hearted as all Our oceans. The men one used to know as destroyer-lieutenants ("born stealing") are serious Commanders and Captains to-day, but their sons, Lieutenants in command and Lieutenant-Commanders, do follow them. The sea in peace is a hard life; war only sketches an extra line or two round the young mouths. The routine of ships always ready for action is so part of the blood now that no one notices anything except the absence of formality and of the "crimes" of peace. What Warrant Officers used to say at length is cut down to a grunt. What the sailor-man did not know and expected to have told him, does not exist. He has done it all too often at sea and ashore.\n\n\n\nTALES OF "THE TRADE"\n\n(1916)\n\n\n\n\n"THE TRADE"\n\n They bear, in place of classic names,\n Letters and numbers on their skin.\n They play their grisly blindfold games\n In little boxes made of tin.\n Sometimes they stalk the Zeppelin,\n Sometimes they learn where mines are laid\n Or where the Baltic ice is thin.\n That is the custom of "The Trade."\n\n\n\n\nI\n\nSOME WORK IN THE BALTIC\n\n\nNo one knows how the title of "The Trade" came to be applied to the Submarine Service. Some say that the cruisers invented it because they pretend that submarine officers look like unwashed chauffeurs. Others think it sprang forth by itself, which means that it was coined by the Lower Deck, where they always have the proper names for things. Whatever the truth, the Submarine Service is now "the trade"; and if you ask them why, they will answer: "What else could you call it? The Trade\'s \'the trade,\' of course."\n\nIt is a close corporation; yet it recruits its men and officers from every class that uses the sea and engines, as well as from many classes that never expected to deal with either. It takes them; they disappear for a while and return changed to their very souls, for the Trade lives in a world without precedents, of which no generation has had any previous experience--a world still being made and enlarged daily. It creates and settles its own problems as it goes along, and if it cannot help itself no one else can. So the Trade lives in the dark and thinks out inconceivable and impossible things which it afterwards puts into practice.\n\n\n\nII\n\nBUSINESS IN THE SEA OF MARMARA\n\n\nThis war is like an iceberg. We, the public, only see an eighth of it above water. The rest is out of sight and, as with the berg, one guesses its extent by great blocks that break off and shoot up to the surface from some underlying out-running spur a quarter of a mile away. So with this war sudden tales come to light which reveal unsuspected activities in unexpected quarters. One takes it for granted such things are always going on somewhere, but the actual emergence of the record is always astonishing.\n\nOnce upon a time, there were certain E type boats who worked the Sea of Marmara with thoroughness and humanity; for the two, in English hands, are compatible. The road to their hunting-grounds was strewn with peril, the waters they inhabited were full of eyes that gave them no rest, and what they lost or expended in wear and tear of the chase could not be made good till they had run the gauntlet to their base again. The full tale of their improvisations and "makee-does" will probably never come to light, though fragments can be picked up at intervals in the proper places as the men concerned come and go. The Admiralty gives only the bones, but those are not so dry, of the boat\'s official story.\n\n\n\nDESTROYERS AT JUTLAND\n\n(1916)\n\n\n\nI\n\nSTORIES OF THE BATTLE\n\nCRIPPLE AND PARALYTIC\n\n\nThere was much destroyer-work in the Battle of Jutland. The actual battle field may not have been more than twenty thousand square miles, but the incidental patrols, from first to last, must have covered many times that area. Doubtless the next generation will comb out every detail of it. All we need remember is there were many squadrons of battleships and cruisers engaged over the face of the North Sea, and that they were accompanied in their dread comings and goings by multitudes of destroyers, who attacked the enemy both by day and by night from the afternoon of May 31 to the morning of June 1, 1916. We are too close to the gigantic canvas to take in the meaning of the picture; our children stepping backward through the years may get the true perspective and proportions.\n\n\n\nII\n\nTHE NIGHT HUNT\n\nRAMMING AN ENEMY CRUISER\n\n\nAs I said, we will confine ourselves to something quite sane and simple which does not involve more than half-a-dozen different reports.\n\nWhen the German fleet ran for home, on the night of May 31, it seems to have scattered--"starred," I believe, is the word for the evolution--in a general sauve qui peut, while the Devil, livelily represented by our destroyers, took the hindmost. Our flotillas were strung out far and wide on this job. One man compared it to hounds hunting half a hundred separate foxes.\n\nI take the adventures of several couples of destroyers who, on the night of May 31, were nosing along somewhere towards the Schleswig-Holstein coast, ready to chop any Hun-stuff coming back to earth by that particular road. The leader of one line was Gehenna, and the next two ships astern of her were Eblis and Shaitan, in the order given. There were others, of course, but with the exception of one Goblin they don\'t come violently into this tale. There had been a good deal of promiscuous firing that evening, and actions were going on all round. Towards midnight our destroyers were overtaken by several three-and four-funnel German ships (cruisers they thought) hurrying home. At this stage of the game anybody might have been anybody--pursuer or pursued. The Germans took no chances, but switched on their searchlights and opened fire on Gehenna. Her acting sub-lieutenant reports: "A salvo hit us forward. I opened fire with the after-guns. A shell then struck us in a steam-pipe, and I could see nothing but steam. But both starboard torpedo-tubes were fired."\n\n\n\n'

KIPLING = _FRINGES + _TRADE

# Chesterton's poem in two parts, each under the title again (the poem before it cut to
# its date line).
BEAUTY = """_March 8th, 1918._




BEAUTY


I

(_RELATIVE_)

    How many are the forms that beauty shows;
      To what dim shrines of sweet, forgotten art
    She calls; on what wide seas her strong wind blows
      The proud and perilous passion of the heart!

    How many are the forms of her decay;
      The blood that stains the dying of the sun,
    The love and loveliness that pass away
      Like roses’ petals scattered one by one.

    But there shall issue through the ivory gate,
      Amid a mist of dreams, one dream-come-true,
    Beauty immortal, mighty of estate,
      The beauty that a poet loved in you;
    The goodness God has set as aureole
    Upon the naked meekness of your soul.

_July 22nd, 1917._




BEAUTY


II

(_ABSOLUTE_)

    Who shall take Beauty in her citadel?
      Her gates will splinter not to battering days;
"""


def _outline(text):
    sections, _ = find_sections(text)
    return [(s.level, s.title, text[s.start : s.end].split("\n", 1)[0]) for s in sections], sections


def test_sea_warfare_chapters_in_parts_under_their_work():
    outline, _ = _outline(KIPLING)
    assert outline == [
        (0, "", "SEA WARFARE"),
        (1, "THE FRINGES OF THE FLEET", "THE FRINGES OF THE FLEET"),
        (2, "(1915)", "(1915)"),
        (2, "THE AUXILIARIES", "THE AUXILIARIES"),  # base46: no heading (the first is lost)
        (3, "I", "I"),
        (3, "II", "THE AUXILIARIES"),  # the repeated title line opens its part
        (2, "SUBMARINES", "SUBMARINES"),  # base46: at 1, beside the works
        (3, "I", "I"),
        (3, "II", "SUBMARINES"),
        (2, "PATROLS", "PATROLS"),
        (3, "I", "I"),
        (3, "II", "PATROLS"),
        (1, 'TALES OF "THE TRADE"', 'TALES OF "THE TRADE"'),
        # Guard: the next work's numbered chapters (no parts) stay right under it.
        (2, "(1916)", "(1916)"),
        (2, "I SOME WORK IN THE BALTIC", "I"),
        (2, "II BUSINESS IN THE SEA OF MARMARA", "II"),
        (1, "DESTROYERS AT JUTLAND", "DESTROYERS AT JUTLAND"),
        (2, "(1916)", "(1916)"),
        (2, "I STORIES OF THE BATTLE", "I"),
        (2, "II THE NIGHT HUNT", "II"),
    ]


def test_sections_still_cover_the_text_and_no_title_line_is_left_in_a_part():
    _, sections = _outline(KIPLING)
    assert sections[0].start == 0 and sections[-1].end == len(KIPLING)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    for s in sections:
        body = KIPLING[s.start : s.end].strip().split("\n")
        if len(body) == 1:
            continue  # a chapter's title right over its first part
        # No part's text ends with the next part's title (base46: "THE AUXILIARIES"
        # closed part I's text, "SUBMARINES" and "PATROLS" theirs).
        assert body[-1] not in ("THE AUXILIARIES", "SUBMARINES", "PATROLS"), s.title


def test_a_poem_in_two_parts_under_one_title():
    outline, _ = _outline(BEAUTY)
    titles = [t for _, t, _ in outline]
    assert titles.count("BEAUTY") == 1  # base46: twice, the second over part II alone
    levels = {t: lvl for lvl, t, _ in outline}
    assert levels["I"] == levels["II"] == levels["BEAUTY"] + 1
    assert [first for _, t, first in outline if t == "II"] == ["BEAUTY"]


def _parts(titles, numerals, text=None):
    """A title (or titles) over bare numerals, each part over the same real paragraph."""
    text = text or KIPLING[KIPLING.index("The Navy is very old") :].split("\n\n\n")[0]
    return "".join(f"{t}\n\nI\n\n\n{text}\n\n\n\n".replace("\nI\n", f"\n{n}\n", 1)
                   for t, n in zip(titles, numerals, strict=True))  # fmt: skip


def test_three_parts_under_one_title_with_no_contents():
    same = _outline(_parts(["THE AUXILIARIES"] * 3, ["I", "II", "III"]))[0]
    assert [(lvl, t, first) for lvl, t, first in same] == [
        (1, "THE AUXILIARIES", "THE AUXILIARIES"),
        (2, "I", "I"),
        (2, "II", "THE AUXILIARIES"),
        (2, "III", "THE AUXILIARIES"),
    ]


def test_guards_other_titles_gaps_and_one_part_change_nothing():
    for titles, numerals in (
        (["THE AUXILIARIES", "SUBMARINES"], ["I", "II"]),  # another title over part II
        (["THE AUXILIARIES", "THE AUXILIARIES"], ["I", "III"]),  # a gap in the numbers
        (["THE AUXILIARIES", "THE AUXILIARIES"], ["II", "III"]),  # not from I
        (["THE AUXILIARIES"], ["I"]),  # one part
    ):
        outline = _outline(_parts(titles, numerals))[0]
        assert "THE AUXILIARIES" not in [t for _, t, _ in outline], (titles, numerals, outline)
        # and no part's heading starts at the title line
        assert all(first != "THE AUXILIARIES" for lvl, _, first in outline if lvl), outline


# Guard (session 44's listed_work_over_first_chapter books): Dickens, Collins, Gaskell
# and Procter, A House to Let (Project Gutenberg), each section cut to its first
# paragraphs, the poem's parts to three verses: "NUMBER TWO." / "I." and "NUMBER
# THREE." / "I." are titles over numbered verses, but no title is repeated over a part
# after the first, so they are no chapters in parts and stay beside the works.
HOUSE = "A HOUSE TO LET (FULL TEXT)\nby Charles Dickens, Wilkie Collins, Elizabeth Gaskell, Adelaide Ann Procter\n\n\nContents:\n\nOver the Way\nThe Manchester Marriage\nGoing into Society\nThree Evenings in the House\nTrottle's Report\nLet at Last\n\n\n\n\n\n\nOVER THE WAY\n\n\nI had been living at Tunbridge Wells and nowhere else, going on for ten years, when my medical man--very clever in his profession, and the prettiest player I ever saw in my life of a hand at Long Whist, which was a noble and a princely game before Short was heard of--said to me, one day, as he sat feeling my pulse on the actual sofa which my poor dear sister Jane worked before her spine came on, and laid her on a board for fifteen months at a stretch--the most upright woman that ever lived--said to me, \"What we want, ma'am, is a fillip.\"\n\n\"Good gracious, goodness gracious, Doctor Towers!\" says I, quite startled at the man, for he was so christened himself: \"don't talk as if you were alluding to people's names; but say what you mean.\"\n\n\"I mean, my dear ma'am, that we want a little change of air and scene.\"\n\n\n\nTHE MANCHESTER MARRIAGE\n\n\nMr. and Mrs. Openshaw came from Manchester to London and took the House To Let. He had been, what is called in Lancashire, a Salesman for a large manufacturing firm, who were extending their business, and opening a warehouse in London; where Mr. Openshaw was now to superintend the business. He rather enjoyed the change of residence; having a kind of curiosity about London, which he had never yet been able to gratify in his brief visits to the metropolis. At the same time he had an odd, shrewd, contempt for the inhabitants; whom he had always pictured to himself as fine, lazy people; caring nothing but for fashion and aristocracy, and lounging away their days in Bond Street, and such places; ruining good English, and ready in their turn to despise him as a provincial. The hours that the men of business kept in the city scandalised him too; accustomed as he was to the early dinners of Manchester folk, and the consequently far longer evenings. Still, he was pleased to go to London; though he would not for the world have confessed it, even to himself, and always spoke of the step to his friends as one demanded of him by the interests of his employers, and sweetened to him by a considerable increase of salary. His salary indeed was so liberal that he might have been justified in taking a much larger House than this one, had he not thought himself bound to set an example to Londoners of how little a Manchester man of business cared for show. Inside, however, he furnished the House with an unusual degree of comfort, and, in the winter time, he insisted on keeping up as large fires as the grates would allow, in every room where the temperature was in the least chilly. Moreover, his northern sense of hospitality was such, that, if he were at home, he could hardly suffer a visitor to leave the house without forcing meat and drink upon him. Every servant in the house was well warmed, well fed, and kindly treated; for their master scorned all petty saving in aught that conduced to comfort; while he amused himself by following out all his accustomed habits and individual ways in defiance of what any of his new neighbours might think.\n\n\n\nGOING INTO SOCIETY\n\n\nAt one period of its reverses, the House fell into the occupation of a Showman. He was found registered as its occupier, on the parish books of the time when he rented the House, and there was therefore no need of any clue to his name. But, he himself was less easy to be found; for, he had led a wandering life, and settled people had lost sight of him, and people who plumed themselves on being respectable were shy of admitting that they had ever known anything of him. At last, among the marsh lands near the river's level, that lie about Deptford and the neighbouring market-gardens, a Grizzled Personage in velveteen, with a face so cut up by varieties of weather that he looked as if he had been tattooed, was found smoking a pipe at the door of a wooden house on wheels. The wooden house was laid up in ordinary for the winter, near the mouth of a muddy creek; and everything near it, the foggy river, the misty marshes, and the steaming market-gardens, smoked in company with the grizzled man. In the midst of this smoking party, the funnel-chimney of the wooden house on wheels was not remiss, but took its pipe with the rest in a companionable manner.\n\n\n\nTHREE EVENINGS IN THE HOUSE\n\n\nNUMBER ONE.\n\n\nI.\n\nYes, it look'd dark and dreary\nThat long and narrow street:\nOnly the sound of the rain,\nAnd the tramp of passing feet,\nThe duller glow of the fire,\nAnd gathering mists of night\nTo mark how slow and weary\nThe long day's cheerless flight!\n\nII.\n\nWatching the sullen fire,\nHearing the dreary rain,\nDrop after drop, run down\nOn the darkening window-pane;\nChill was the heart of Bertha,\nChill as that winter day,--\nFor the star of her life had risen\nOnly to fade away.\n\nIII.\n\nThe voice that had been so strong\nTo bid the snare depart,\nThe true and earnest will,\nAnd the calm and steadfast heart,\nWere now weigh'd down by sorrow,\nWere quivering now with pain;\nThe clear path now seem'd clouded,\nAnd all her grief in vain.\n\n\n\n\nNUMBER TWO.\n\n\nI.\n\nThe studio is deserted,\nPalette and brush laid by,\nThe sketch rests on the easel,\nThe paint is scarcely dry;\nAnd Silence--who seems always\nWithin her depths to bear\nThe next sound that will utter--\nNow holds a dumb despair.\n\nII.\n\nSo Bertha feels it: listening\nWith breathless, stony fear,\nWaiting the dreadful summons\nEach minute brings more near:\nWhen the young life, now ebbing,\nShall fail, and pass away\nInto that mighty shadow\nWho shrouds the house to-day.\n\nIII.\n\nBut why--when the sick chamber\nIs on the upper floor--\nWhy dares not Bertha enter\nWithin the close-shut door?\nIf he--her all--her Brother,\nLies dying in that gloom,\nWhat strange mysterious power\nHas sent her from the room?\n\n\n\n\nNUMBER THREE.\n\n\nI.\n\nThe House is all deserted\nIn the dim evening gloom,\nOnly one figure passes\nSlowly from room to room;\nAnd, pausing at each doorway,\nSeems gathering up again\nWithin her heart the relics\nOf bygone joy and pain.\n\nII.\n\nThere is an earnest longing\nIn those who onward gaze,\nLooking with weary patience\nTowards the coming days.\nThere is a deeper longing,\nMore sad, more strong, more keen:\nThose know it who look backward,\nAnd yearn for what has been.\n\nIII.\n\nAt every hearth she pauses,\nTouches each well-known chair;\nGazes from every window,\nLingers on every stair.\nWhat have these months brought Bertha\nNow one more year is past?\nThis Christmas Eve shall tell us,\nThe third one and the last.\n\n\n\n\nTROTTLE'S REPORT\n\n\nThe curious events related in these pages would, many of them, most likely never have happened, if a person named Trottle had not presumed, contrary to his usual custom, to think for himself.\n\nThe subject on which the person in question had ventured, for the first time in his life, to form an opinion purely and entirely his own, was one which had already excited the interest of his respected mistress in a very extraordinary degree. Or, to put it in plainer terms still, the subject was no other than the mystery of the empty House.\n\nFeeling no sort of objection to set a success of his own, if possible, side by side with a failure of Mr. Jarber's, Trottle made up his mind, one Monday evening, to try what he could do, on his own account, towards clearing up the mystery of the empty House. Carefully dismissing from his mind all nonsensical notions of former tenants and their histories, and keeping the one point in view steadily before him, he started to reach it in the shortest way, by walking straight up to the House, and bringing himself face to face with the first person in it who opened the door to him.\n\n\n\nLET AT LAST\n\n\n\"There, ma'am!\" said Trottle, folding up the manuscript from which he had been reading, and setting it down with a smart tap of triumph on the table. \"May I venture to ask what you think of that plain statement, as a guess on my part (and not on Mr. Jarber's) at the riddle of the empty House?\"\n\nFor a minute or two I was unable to say a word. When I recovered a little, my first question referred to the poor forlorn little boy.\n\n\"To-day is Monday the twentieth,\" I said. \"Surely you have not let a whole week go by without trying to find out something more?\"\n\n\"Except at bed-time, and meals, ma'am,\" answered Trottle, \"I have not let an hour go by. Please to understand that I have only come to an end of what I have written, and not to an end of what I have done. I wrote down those first particulars, ma'am, because they are of great importance, and also because I was determined to come forward with my written documents, seeing that Mr. Jarber chose to come forward, in the first instance, with his. I am now ready to go on with the second part of my story as shortly and plainly as possible, by word of mouth. The first thing I must clear up, if you please, is the matter of Mr. Forley's family affairs. I have heard you speak of them, ma'am, at various times; and I have understood that Mr. Forley had two children only by his deceased wife, both daughters. The eldest daughter married, to her father's entire satisfaction, one Mr. Bayne, a rich man, holding a high government situation in Canada. She is now living there with her husband, and her only child, a little girl of eight or nine years old. Right so far, I think, ma'am?\"\n\n\n\n"


def test_guard_a_house_to_let_keeps_its_levels():
    outline, _ = _outline(HOUSE)
    assert [(lvl, t) for lvl, t, _ in outline] == [
        (0, ""),
        (1, "OVER THE WAY"),
        (1, "THE MANCHESTER MARRIAGE"),
        (1, "GOING INTO SOCIETY"),
        (1, "THREE EVENINGS IN THE HOUSE"),
        *[(2, n) for n in ("I.", "II.", "III.")],
        (1, "NUMBER TWO."),
        *[(2, n) for n in ("I.", "II.", "III.")],
        (1, "NUMBER THREE."),
        *[(2, n) for n in ("I.", "II.", "III.")],
        (1, "TROTTLE'S REPORT"),
        (1, "LET AT LAST"),
    ]


# Guard of clause listed_work_over_first_chapter, kept for runs not in parts: Andrew
# Lang, Tales of Troy: Ulysses, the Sacker of Cities (Project Gutenberg), each chapter
# cut to its first sentences past 560 characters. Its contents list spells five chapters
# otherwise ("...Memnon--the Death of Achilles Ulysses Sails ... The Slaying of Paris" on
# one line), so they read as a run after the listed "HOW ULYSSES STOLE THE LUCK OF TROY";
# that title has its own text first, and none of them is a chapter in parts: all stay at 1
# (session 44: without the clause the five went under it).
TROY = 'TALES OF TROY: ULYSSES THE SACKER OF CITIES\nby Andrew Lang\n\n\nContents:\n\nThe Boyhood and Parents of Ulysses\nHow People Lived in the Time of Ulysses\nThe Wooing of Helen of the Fair Hands\nThe Stealing of Helen\nTrojan Victories\nBattle at the Ships\nThe Slaying and Avenging of Patroclus\nThe Cruelty of Achilles, and the Ransoming of Hector\nHow Ulysses Stole the Luck of Troy\nThe Battles with the Amazons and Memnon--the Death of Achilles Ulysses Sails to seek the Son of Achilles.--The Valour of Eurypylus The Slaying of Paris\nHow Ulysses Invented the Device of the Horse of Tree\nThe End of Troy and the Saving of Helen\n\n\n\n\nTHE BOYHOOD AND PARENTS OF ULYSSES\n\n\nLong ago, in a little island called Ithaca, on the west coast of Greece, there lived a king named Laertes. His kingdom was small and mountainous. People used to say that Ithaca "lay like a shield upon the sea," which sounds as if it were a flat country. But in those times shields were very large, and rose at the middle into two peaks with a hollow between them, so that Ithaca, seen far off in the sea, with her two chief mountain peaks, and a cloven valley between them, looked exactly like a shield. The country was so rough that men kept no horses, for, at that time, people drove, standing up in little light chariots with two horses; they never rode, and there was no cavalry in battle: men fought from chariots.\n\n\n\nHOW PEOPLE LIVED IN THE TIME OF ULYSSES\n\n\nWhen Ulysses was a young man he wished to marry a princess of his own rank. Now there were at that time many kings in Greece, and you must be told how they lived. Each king had his own little kingdom, with his chief town, walled with huge walls of enormous stone. Many of these walls are still standing, though the grass has grown over the ruins of most of them, and in later years, men believed that those walls must have been built by giants, the stones are so enormous. Each king had nobles under him, rich men, and all had their palaces, each with its courtyard, and its long hall, where the fire burned in the midst, and the King and Queen sat beside it on high thrones, between the four chief carved pillars that held up the roof.\n\n\n\nTHE WOOING OF HELEN OF THE FAIR HANDS\n\n\nThis was the way in which people lived when Ulysses was young, and wished to be married. The worst thing in the way of life was that the greatest and most beautiful princesses might be taken prisoners, and carried off as slaves to the towns of the men who had killed their fathers and husbands. Now at that time one lady was far the fairest in the world: namely, Helen, daughter of King Tyndarus. Every young prince heard of her and desired to marry her; so her father invited them all to his palace, and entertained them, and found out what they would give. Among the rest Ulysses went, but his father had a little kingdom, a rough island, with others near it, and Ulysses had not a good chance.\n\n\n\nTHE STEALING OF HELEN\n\n\nThis happy time did not last long, and Telemachus was still a baby, when war arose, so great and mighty and marvellous as had never been known in the world. Far across the sea that lies on the east of Greece, there dwelt the rich King Priam. His town was called Troy, or Ilios, and it stood on a hill near the seashore, where are the straits of Hellespont, between Europe and Asia; it was a great city surrounded by strong walls, and its ruins are still standing. The kings could make merchants who passed through the straits pay toll to them, and they had allies in Thrace, a part of Europe opposite Troy, and Priam was chief of all princes on his side of the sea, as Agamemnon was chief king in Greece.\n\n\n\nTROJAN VICTORIES\n\n\nThe war might now have ended, but an evil and foolish thought came to Pandarus, a prince of Ida, who fought for the Trojans. He chose to shoot an arrow at Menelaus, contrary to the sworn vows of peace, and the arrow pierced the breastplate of Menelaus through the place where the clasped plates meet, and drew his blood. Then Agamemnon, who loved his brother dearly, began to lament, saying that if he died, the army would all go home and Trojans would dance on the grave of Menelaus. "Do not alarm all our army," said Menelaus, "the arrow has done me little harm;" and so it proved, for the surgeon easily drew the arrow out of the wound.\n\n\n\nBATTLE AT THE SHIPS\n\n\nWith dawn Agamemnon awoke, and fear had gone out of his heart. He put on his armour, and arrayed the chiefs on foot in front of their chariots, and behind them came the spearmen, with the bowmen and slingers on the wings of the army. Then a great black cloud spread over the sky, and red was the rain that fell from it. The Trojans gathered on a height in the plain, and Hector, shining in armour, went here and there, in front and rear, like a star that now gleams forth and now is hidden in a cloud.\n\nThe armies rushed on each other and hewed each other down, as reapers cut their way through a field of tall corn.\n\n\n\nTHE SLAYING AND AVENGING OF PATROCLUS\n\n\nAt this moment, when torches were blazing round the ships, and all seemed lost, Patroclus came out of the hut of Eurypylus, whose wound he had been tending, and he saw that the Greeks were in great danger, and ran weeping to Achilles. "Why do you weep," said Achilles, "like a little girl that runs by her mother\'s side, and plucks at her gown and looks at her with tears in her eyes, till her mother takes her up in her arms? Is there bad news from home that your father is dead, or mine; or are you sorry that the Greeks are getting what they deserve for their folly?"\n\n\n\nTHE CRUELTY OF ACHILLES, AND THE RANSOMING OF HECTOR\n\n\nWhen Achilles was asleep that night the ghost of Patroclus came, saying, "Why dost thou not burn and bury me? for the other shadows of dead men suffer me not to come near them, and lonely I wander along the dark dwelling of Hades." Then Achilles awoke, and he sent men to cut down trees, and make a huge pile of fagots and logs. On this they laid Patroclus, covered with white linen, and then they slew many cattle, and Achilles cut the throats of twelve Trojan prisoners of war, meaning to burn them with Patroclus to do him honour. This was a deed of shame, for Achilles was mad with sorrow and anger for the death of his friend.\n\n\n\nHOW ULYSSES STOLE THE LUCK OF TROY\n\n\nAfter Hector was buried, the siege went on slowly, as it had done during the first nine years of the war. The Greeks did not know at that time how to besiege a city, as we saw, by way of digging trenches and building towers, and battering the walls with machines that threw heavy stones. The Trojans had lost courage, and dared not go into the open plain, and they were waiting for the coming up of new armies of allies--the Amazons, who were girl warriors from far away, and an Eastern people called the Khita, whose king was Memnon, the son of the Bright Dawn.\n\n\n\nTHE BATTLES WITH THE AMAZONS AND MEMNON--THE DEATH OF ACHILLES\n\n\nUlysses thought much and often of Helen, without whose kindness he could not have saved the Greeks by stealing the Luck of Troy. He saw that, though she remained as beautiful as when the princes all sought her hand, she was most unhappy, knowing herself to be the cause of so much misery, and fearing what the future might bring. Ulysses told nobody about the secret which she had let fall, the coming of the Amazons.\n\nThe Amazons were a race of warlike maids, who lived far away on the banks of the river Thermodon. They had fought against Troy in former times, and one of the great hill-graves on the plain of Troy covered the ashes of an Amazon, swift-footed Myrine.\n\n\n\nULYSSES SAILS TO SEEK THE SON OF ACHILLES.--THE VALOUR OF EURYPYLUS\n\n\nWhen the Greeks found Aias lying dead, slain by his own hand, they made great lament, and above all the brother of Aias, and his wife Tecmessa bewailed him, and the shores of the sea rang with their sorrow. But of all no man was more grieved than Ulysses, and he stood up and said: "Would that the sons of the Trojans had never awarded to me the arms of Achilles, for far rather would I have given them to Aias than that this loss should have befallen the whole army of the Greeks. Let no man blame me, or be angry with me, for I have not sought for wealth, to enrich myself, but for honour only, and to win a name that will be remembered among men in times to come."\n\n\n\nTHE SLAYING OF PARIS\n\n\nWhen the Greeks were disheartened, as they often were, they consulted Calchas the prophet. He usually found that they must do something, or send for somebody, and in doing so they diverted their minds from their many misfortunes. Now, as the Trojans were fighting more bravely than before, under Deiphobus, a brother of Hector, the Greeks went to Calchas for advice, and he told them that they must send Ulysses and Diomede to bring Philoctetes the bowman from the isle of Lemnos. This was an unhappy deserted island, in which the married women, some years before, had murdered all their husbands, out of jealousy, in a single night.\n\n\n\nHOW ULYSSES INVENTED THE DEVICE OF THE HORSE OF TREE\n\n\nAfter Paris died, Helen was not given back to Menelaus. We are often told that only fear of the anger of Paris had prevented the Trojans from surrendering Helen and making peace. Now Paris could not terrify them, yet for all that the men of the town would not part with Helen, whether because she was so beautiful, or because they thought it dishonourable to yield her to the Greeks, who might put her to a cruel death. So Helen was taken by Deiphobus, the brother of Paris, to live in his own house, and Deiphobus was at this time the best warrior and the chief captain of the men of Troy.\n\n\n\nTHE END OF TROY AND THE SAVING OF HELEN\n\n\nFrom the walls the Trojans saw the black smoke go up thick into the sky, and the whole fleet of the Greeks sailing out to sea. Never were men so glad, and they armed themselves for fear of an ambush, and went cautiously, sending forth scouts in front of them, down to the seashore. Here they found the huts burned down and the camp deserted, and some of the scouts also caught Sinon, who had hid himself in a place where he was likely to be found. They rushed on him with fierce cries, and bound his hands with a rope, and kicked and dragged him along to the place where Priam and the princes were wondering at the great horse of tree.\n\n\n\n'


def test_guard_tales_of_troy_keeps_every_chapter_at_the_top():
    outline, _ = _outline(TROY)
    assert [lvl for lvl, _, _ in outline] == [0] + [1] * 14
    assert outline[9][1] == "HOW ULYSSES STOLE THE LUCK OF TROY"
    assert outline[-1][1] == "THE END OF TROY AND THE SAVING OF HELEN"


def test_guard_a_numeral_repeated_under_the_title_ends_the_run():
    """Guard "numbers run on by one": a part numbered again ("I", "II", "II") is no next
    part; the run I, II keeps its title, the second "II" stays as it was, its heading at
    its numeral (with the guard gone its heading took the title line above it)."""
    outline = _outline(_parts(["THE AUXILIARIES"] * 3, ["I", "II", "II"]))[0]
    assert outline == [
        (1, "THE AUXILIARIES", "THE AUXILIARIES"),
        (2, "I", "I"),
        (2, "II", "THE AUXILIARIES"),
        (2, "II", "II"),
    ]


def test_guard_a_numeral_of_another_series_ends_the_run():
    """Guard "same numeral series": chapters "1", "2" of the book, then the title over
    "I", "II" and over "3": the "3" runs on the book's own chapters, not the parts (with
    the guard gone it was taken as part 3 and its heading took the title line)."""
    para = KIPLING[KIPLING.index("The Navy is very old") :].split("\n\n\n")[0]
    text = f"1\n\n\n{para}\n\n\n\n2\n\n\n{para}\n\n\n\n"
    text += _parts(["THE AUXILIARIES"] * 3, ["I", "II", "3"])
    outline = _outline(text)[0]
    assert outline[2:] == [
        (1, "THE AUXILIARIES", "THE AUXILIARIES"),
        (2, "I", "I"),
        (2, "II", "THE AUXILIARIES"),
        (2, "3", "3"),
    ]
