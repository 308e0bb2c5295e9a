"""Clause single_quote_speech (session 51, transforms/single_quote_speech.py, read by
``latin_speech.sentence_marks``): in a text whose speeches stand in single marks, a speech
Punkt cut into two to six sentences is one key-sentence candidate, and the sentences of a
longer one are none (``latin_speech_whole_only`` / ``latin_speech_middle``), as in a
double-quote text. Before it, every such sentence was a candidate alone: the 200-key read of
session 51 found the middles of long ‘…’ speeches among the keys ("I made up my mind long
ago that you should never go into my business; …", a father's in Gissing). Keys are read with
``key_ratio=1.0`` (every candidate is picked).

Real text (Project Gutenberg, the user books of session 48 wtH): George Gissing, In the Year
of Jubilee (4307-0); Emily Brontë, Wuthering Heights (pg768); Charles Dickens, Oliver Twist
(pg730); H. G. Wells, The Stolen Bacillus (a double-quote text, for the guard)."""

from transforms.key_quotes import eligible_groups
from transforms.latin_speech import latin_speech_groups, latin_speech_pieces
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.single_quote_speech import ELISIONS, single_quote_marks
from transforms.structure import StructureConfig, analyze_text

# Gissing, In the Year of Jubilee, Part I ch. VII: a father's speech of twelve sentences,
# then the son's of two, the father's of five with its tag first, the son's of two, and on.
JUBILEE = (
    "His father took him up sternly.\n\n"
    "‘Young lady? What do you mean by “young lady”? After all your education, haven’t you "
    "learnt to distinguish a lady from a dressed-up kitchen wench? I had none of your "
    "advantages. There was--there would have been some excuse for me, if I had made such a "
    "fool of myself. What were you doing all those years at school, if it wasn’t learning the "
    "difference between real and sham, getting to understand things better than poor folks’ "
    "children? You disappointed me, and a good deal more than I ever told you. I had hoped "
    "you would come from school better able to make a place in the world than your father "
    "was. I made up my mind long ago that you should never go into my business; you were to "
    "be something a good deal better. But after all you couldn’t, or wouldn’t, do what I "
    "wanted. Never mind--I said to myself--never mind; at all events, he has learnt to think "
    "in a better way than if I had sent him to common schools, and after all that’s the main "
    "thing. But here you come to me and talk of marrying a low-bred, low-minded creature, who "
    "wouldn’t be good enough for the meanest clerk!’\n\n"
    "‘How do you know that, father? What--what right have you to say such things, without "
    "knowing more of her than you do?’\n\n"
    "There was a brief silence before Mr. Lord spoke again.\n\n"
    "‘You are very young,’ he said, with less vehement contempt. ‘I must remember that. At "
    "your age, a lad has a sort of devil in him, that’s always driving him out of the path of "
    "common sense, whether he will or no. I’ll try my best to talk quietly with you. Does your "
    "sister know what has been going on?’\n\n"
    "‘I daresay she does. I haven’t told her in so many words.’\n\n"
    "‘I never thought of it,’ pursued Mr. Lord gloomily. ‘I took it for granted that everybody "
    "must see those people as I myself did. I have wondered now and then why Nancy kept up any "
    "kind of acquaintance with them, but she spoke of them in the rational way, and that seemed "
    "enough. I may have thought that they might get some sort of good out of her, and I felt "
    "sure she had too much sense to get harm from them. If it hadn’t been so, I should have "
    "forbidden her to know them at all. What have you to say for yourself? I don’t want to "
    "think worse of you than I need. I can make allowance for your age, as I said. What do you "
    "see in that girl? Just talk to me freely and plainly.’\n\n"
    "‘After all you have said,’ replied Horace, his voice still shaky, ‘what’s the use? You "
    "seem to be convinced that there isn’t a single good quality in her.’\n\n"
    "‘So I am. What I want to know is, what good you have found.’\n\n"
    "‘A great deal, else I shouldn’t have asked her to marry me.’\n\n"
    "‘Do you think her an exception in the family, then?’\n\n"
    "‘She’s a great deal better in every way than her sisters. But I don’t think as badly of "
    "them as you do.’\n"
)
# The same book, Part I ch. II: "doctors’ bills" is an apostrophe, no closing mark.
JESSICA = (
    "‘Won’t your father make any objection?’ asked Jessica.\n\n"
    "‘We shall take Horace with us. Your people wouldn’t interfere, would they?’\n\n"
    "‘I think not. Father is away in Yorkshire, and will be till the end of the week. Poor "
    "mother has her rheumatism. The house is so dreadfully damp. We ought never to have "
    "taken it. The difference of rent will all go in doctors’ bills.--I don’t think mother "
    "would mind; but I must be back before twelve, of course.’\n"
)
# Wuthering Heights, ch. XIV: Nelly's speech, then Heathcliff's of sixteen sentences.
HEIGHTS = (
    "'The commonest occurrence startles her painfully,' I said. 'She's all nerves, and she "
    "couldn't bear the surprise, I'm positive. Don't persist, sir! or else I shall be obliged "
    "to inform my master of your designs; and he'll take measures to secure his house and its "
    "inmates from any such unwarrantable intrusions!'\n\n"
    "'In that case I'll take measures to secure you, woman!' exclaimed Heathcliff; 'you shall "
    "not leave Wuthering Heights till to-morrow morning. It is a foolish story to assert that "
    "Catherine could not bear to see me; and as to surprising her, I don't desire it: you "
    "must prepare her--ask her if I may come. You say she never mentions my name, and that I "
    "am never mentioned to her. To whom should she mention me if I am a forbidden topic in "
    "the house? She thinks you are all spies for her husband. Oh, I've no doubt she's in hell "
    "among you! I guess by her silence, as much as anything, what she feels. You say she is "
    "often restless, and anxious-looking: is that a proof of tranquillity? You talk of her "
    "mind being unsettled. How the devil could it be otherwise in her frightful isolation? "
    "And that insipid, paltry creature attending her from duty and humanity! From pity and "
    "charity! He might as well plant an oak in a flower-pot, and expect it to thrive, as "
    "imagine he can restore her to vigour in the soil of his shallow cares? Let us settle it "
    "at once: will you stay here, and am I to fight my way to Catherine over Linton and his "
    "footman? Or will you be my friend, as you have been hitherto, and do what I request? "
    "Decide! because there is no reason for my lingering another minute, if you persist in "
    "your stubborn ill-nature!'\n\n"
    "Well, Mr. Lockwood, I argued and complained, and flatly refused him fifty times; but in "
    "the long run he forced me to an agreement.\n"
)
# Oliver Twist, ch. IV: "'em" twice inside a speech of three sentences.
SOWERBERRY = (
    "'Ah! I dare say he will,' replied the lady pettishly, 'on our victuals and our drink.'\n\n"
    "'Here, Charlotte,' said Mr. Sowerberry, who had followed Oliver down, 'give this boy some "
    "of the cold bits that were put by for Trip. He hasn't come home since the morning, so he "
    "may go without 'em. I dare say the boy isn't too dainty to eat 'em--are you, boy?'\n\n"
    "Oliver, whose eyes had glistened at the mention of meat, and who was trembling with "
    "eagerness to devour it, replied in the negative.\n"
)
# Wells, The Stolen Bacillus: a double-quote speech holding a '…' quotation.
BACILLUS = (
    'He held the tube in his hand thoughtfully. "Yes, here is the pestilence imprisoned. '
    "Only break such a little tube as this into a supply of drinking-water, say to them, 'Go "
    "forth, increase and multiply, and replenish the cisterns,' and death would be released "
    'upon this city. Here he would take the husband from the wife."\n\n'
    "He stopped abruptly. He had been told rhetoric was his weakness.\n"
)


def _said(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text).tolist()]


def _keys(text):
    text = normalize_text(text)
    st = analyze_text(text, StructureConfig(key_ratio=1.0, key_top_k=0))
    return [" ".join(text[a:b].split()) for a, b in st.sentences[st.key_sentences].tolist()]


def test_a_long_single_quote_speech_gives_no_key_sentence():
    text = normalize_text(JUBILEE)
    spans = sentence_spans(text)
    said = _said(text)
    assert said[9].startswith("I made up my mind long ago")
    assert said[12].endswith("meanest clerk!’")
    # The father's twelve sentences are pieces; the shorter speeches are groups.
    assert latin_speech_groups(text, spans).tolist()[:3] == [[13, 14], [17, 20], [21, 22]]
    groups = eligible_groups(text, spans, 6)
    assert latin_speech_pieces(text, spans, groups).tolist()[:12] == list(range(1, 13))
    assert 13 not in latin_speech_pieces(text, spans, groups).tolist()
    keys = _keys(JUBILEE)
    # Before (base51): all 23 sentences but "Young lady?" were keys, each alone.
    assert not [k for k in keys if k in said[1:13]]
    assert keys[0] == "His father took him up sternly."
    assert said[13] in keys and said[14] in keys  # the son's two-sentence speech, whole
    assert "There was a brief silence before Mr. Lord spoke again." in keys


def test_the_middles_of_heathcliffs_speech_are_no_keys():
    text = normalize_text(HEIGHTS)
    said = _said(text)
    assert said[16].startswith("Let us settle it at once")
    keys = _keys(HEIGHTS)
    assert not [k for k in keys if k in said[3:19]]
    # Nelly's speech: its tagged first sentence alone, its two others as one group.
    assert keys[:3] == said[:3]
    assert keys[-1].startswith("Well, Mr. Lockwood")


def test_an_apostrophe_closes_no_speech():
    text = normalize_text(JESSICA)
    said = _said(text)
    last = [i for i, s in enumerate(said) if "doctors’ bills" in s]
    assert last and said[last[0]].endswith("of course.’")
    groups = latin_speech_groups(text, sentence_spans(text)).tolist()
    assert [last[0] - 5, last[0]] in groups  # six sentences, one candidate


def test_single_quote_elision_is_no_opening_mark():
    text = normalize_text(SOWERBERRY)
    said = _said(text)
    at = [i for i, s in enumerate(said) if s.startswith("'Here, Charlotte,'")][0]
    assert said[at + 1].endswith("go without 'em.")
    assert [m.group() for m in ELISIONS.finditer(text)] == ["'em", "'em"]
    # The speech of three sentences is one group: "'em" opens nothing.
    assert [at, at + 2] in latin_speech_groups(text, sentence_spans(text)).tolist()


def test_a_double_quote_text_is_read_as_before():
    text = normalize_text(BACILLUS)
    spans = sentence_spans(text)
    assert single_quote_marks(text, spans) is None  # its '…' is an inner quotation
    groups = eligible_groups(text, spans, 6)
    assert latin_speech_groups(text, spans).tolist() == [[1, 3]]
    assert latin_speech_pieces(text, spans, groups).tolist() == []


# Review (session 51): clause single_quote_dialogue_text. Plato, Phaedo (Jowett, pg1658 of the
# shared books): Socrates' dialogue quotes what philosophers "will say" in '…' (one speech of
# ten sentences); the text has one closing single mark in twenty sentences, no dialogue novel.
PHAEDO = (
    "Or did you ever reach them with any other bodily sense?--and I speak not of these "
    "alone, but of absolute greatness, and health, and strength, and of the essence or "
    "true nature of everything. Has the reality of them ever been perceived by you "
    "through the bodily organs? or rather, is not the nearest approach to the knowledge "
    "of their several natures made by him who so orders his intellectual vision as to "
    "have the most exact conception of the essence of each thing which he considers?\n\n"
    "Certainly.\n\n"
    "And he attains to the purest knowledge of them who goes to each with the mind alone, "
    "not introducing or intruding in the act of thought sight or any other sense together "
    "with reason, but with the very light of the mind in her own clearness searches into "
    "the very truth of each; he who has got rid, as far as he can, of eyes and ears and, "
    "so to speak, of the whole body, these being in his opinion distracting elements "
    "which when they infect the soul hinder her from acquiring truth and knowledge--who, "
    "if not he, is likely to attain the knowledge of true being?\n\n"
    "What you say has a wonderful truth in it, Socrates, replied Simmias.\n\n"
    "And when real philosophers consider all these things, will they not be led to make a "
    "reflection which they will express in words something like the following? 'Have we "
    "not found,' they will say, 'a path of thought which seems to bring us and our "
    "argument to the conclusion, that while we are in the body, and while the soul is "
    "infected with the evils of the body, our desire will not be satisfied? and our "
    "desire is of the truth. For the body is a source of endless trouble to us by reason "
    "of the mere requirement of food; and is liable also to diseases which overtake and "
    "impede us in the search after true being: it fills us full of loves, and lusts, and "
    "fears, and fancies of all kinds, and endless foolery, and in fact, as men say, takes "
    "away from us the power of thinking at all. Whence come wars, and fightings, and "
    "factions? whence but from the body and the lusts of the body? wars are occasioned by "
    "the love of money, and money has to be acquired for the sake and in the service of "
    "the body; and by reason of all these impediments we have no time to give to "
    "philosophy; and, last and worst of all, even if we are at leisure and betake "
    "ourselves to some speculation, the body is always breaking in upon us, causing "
    "turmoil and confusion in our enquiries, and so amazing us that we are prevented from "
    "seeing the truth. It has been proved to us by experience that if we would have pure "
    "knowledge of anything we must be quit of the body--the soul in herself must behold "
    "things in themselves: and then we shall attain the wisdom which we desire, and of "
    "which we say that we are lovers, not while we live, but after death; for if while in "
    "company with the body, the soul cannot have pure knowledge, one of two things "
    "follows--either knowledge is not to be attained at all, or, if at all, after death. "
    "For then, and not till then, the soul will be parted from the body and exist in "
    "herself alone. In this present life, I reckon that we make the nearest approach to "
    "knowledge when we have the least possible intercourse or communion with the body, "
    "and are not surfeited with the bodily nature, but keep ourselves pure until the hour "
    "when God himself is pleased to release us. And thus having got rid of the "
    "foolishness of the body we shall be pure and hold converse with the pure, and know "
    "of ourselves the clear light everywhere, which is no other than the light of truth.' "
    "For the impure are not permitted to approach the pure. These are the sort of words, "
    "Simmias, which the true lovers of knowledge cannot help saying to one another, and "
    "thinking. You would agree; would you not?\n\n"
    "Undoubtedly, Socrates.\n\n"
    "But, O my friend, if this is true, there is great reason to hope that, going whither "
    "I go, when I have come to the end of my journey, I shall attain that which has been "
    "the pursuit of my life. And therefore I go on my way rejoicing, and not I only, but "
    "every other man who believes that his mind has been made ready and that he is in a "
    "manner purified.\n\n"
    "Certainly, replied Simmias.\n"
)


def test_a_dialogue_that_quotes_now_and_then_is_no_single_quote_text():
    text = normalize_text(PHAEDO)
    spans = sentence_spans(text)
    said = _said(text)
    proved = [i for i, s in enumerate(said) if s.startswith("It has been proved to us")]
    assert proved and "'Have we not found,'" in " ".join(said)
    # Without the clause this is a single-quote text and the quoted speech's sentences,
    # "It has been proved to us by experience …" among them, are pieces (no candidates).
    assert single_quote_marks(text, spans) is None
    groups = eligible_groups(text, spans, 6)
    assert latin_speech_pieces(text, spans, groups).tolist() == []
    assert said[proved[0]] in _keys(PHAEDO)
