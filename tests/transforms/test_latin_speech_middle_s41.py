"""Clause latin_speech_middle (session 41, transforms/latin_speech.py,
``latin_speech_pieces``): the middle sentences of a one-paragraph speech that is no
key-sentence candidate whole are no candidates either, as its first and last are not
(clause latin_speech_whole_only, session 40). A middle sentence holds no quote mark and
no speaker: 'He would follow the water-mains, creeping along streets…' is the
Bacteriologist's, and the memory prefix does not say so. Keys are read with
``key_ratio=1.0`` (every candidate is picked). Real text: Wells, The Stolen Bacillus and
Other Incidents (session 36's audit book en07); Henry James, The Golden Bowl, Volume 1;
Henty, A Search for a Secret; Taine, A Tour Through the Pyrenees; Project Gutenberg."""

from transforms.key_quotes import eligible_groups
from transforms.latin_speech import latin_speech_pieces
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

# Wells, "The Stolen Bacillus": a speech of seven sentences in one paragraph, its speaker
# named in the narrative sentence before it.
BACILLUS = (
    'He held the tube in his hand thoughtfully. "Yes, here is the\n'
    "pestilence imprisoned. Only break such a little tube as this into a\n"
    "supply of drinking-water, say to these minute particles of life that\n"
    "one must needs stain and examine with the highest powers of the\n"
    "microscope even to see, and that one can neither smell nor taste--say\n"
    "to them, 'Go forth, increase and multiply, and replenish the\n"
    "cisterns,' and death--mysterious, untraceable death, death swift and\n"
    "terrible, death full of pain and indignity--would be released upon\n"
    "this city, and go hither and thither seeking his victims. Here he\n"
    "would take the husband from the wife, here the child from its mother,\n"
    "here the statesman from his duty, and here the toiler from his\n"
    "trouble. He would follow the water-mains, creeping along streets,\n"
    "picking out and punishing a house here and a house there where they\n"
    "did not boil their drinking-water, creeping into the wells of the\n"
    "mineral-water makers, getting washed into salad, and lying dormant in\n"
    "ices. He would wait ready to be drunk in the horse-troughs, and by\n"
    "unwary children in the public fountains. He would soak into the soil,\n"
    "to reappear in springs and wells at a thousand unexpected places. Once\n"
    "start him at the water supply, and before we could ring him in, and\n"
    'catch him again, he would have decimated the metropolis."\n\n'
    "He stopped abruptly. He had been told rhetoric was his weakness.\n"
)
# Wells, "The Flying Man": the lieutenant's tale, a speech over paragraphs (guard).
SEPOY = (
    "Then we took the mule and shot it, and that must needs go over the cliff too in its last\n"
    "struggles, leaving eight of us.\n\n"
    '"We could see the body of the Sepoy down below, with the head in the water. He was\n'
    "lying face downwards, and so far as I could make out was scarcely smashed at all.\n\n"
    '"At first we talked of all the chances there were of the main body hearing the firing,\n'
    "and reckoned whether they would begin to miss us.\n"
)
# Henry James, The Golden Bowl, Volume 1 (the mirror's text: the mark after "moderate." is
# missing, so the speech opened there runs on into the narrative and a new speech).
CHARLOTTE = (
    '"Is he a rascal?" Charlotte asked. "His price is so moderate. She\n'
    'waited but a moment. "Five pounds. Really so little."\n\n'
    '"Five pounds?"\n'
)


def _keys(text):
    text = normalize_text(text)
    st = analyze_text(text, StructureConfig(key_ratio=1.0, key_top_k=0))
    return [" ".join(text[a:b].split()) for a, b in st.sentences[st.key_sentences].tolist()]


def test_latin_speech_middle_drops_the_middles_of_a_seven_sentence_speech():
    text = normalize_text(BACILLUS)
    spans = sentence_spans(text)
    said = [" ".join(text[a:b].split()) for a, b in spans.tolist()]
    assert said[1] == '"Yes, here is the pestilence imprisoned.'
    assert said[7].startswith("Once start him") and said[7].endswith('metropolis."')
    # The whole speech, its five middle sentences too (session 40: its two ends only).
    assert latin_speech_pieces(text, spans, eligible_groups(text, spans, 6)).tolist() == list(
        range(1, 8)
    )
    keys = _keys(BACILLUS)
    # Before: "Only break such a little tube…", "Here he would take…", "He would follow…",
    # "He would wait…", "He would soak…" were keys (the first was one of the audit's).
    assert keys == [
        "He held the tube in his hand thoughtfully.",
        "He had been told rhetoric was his weakness.",
    ]


def test_latin_speech_middle_guard_a_speech_over_paragraphs_keeps_its_middles():
    # A group never spans a blank line, so such a speech is never a candidate whole; its
    # pieces stay, as the BBC references copy them (session 40's record).
    keys = _keys(SEPOY)
    assert (
        "He was lying face downwards, and so far as I could make out was scarcely smashed at all."
        in keys
    )


def test_latin_speech_middle_guard_a_sentence_that_opens_a_speech_closes_none():
    # The straight-mark close test (the closing sentence's first '"' follows a non-space):
    # '"Five pounds.' opens a speech, so the one opened at "His price" has no close in the
    # paragraph and "She waited but a moment." is narrative, not its middle. With the test
    # lifted it left the candidates (with the opener).
    text = normalize_text(CHARLOTTE)
    spans = sentence_spans(text)
    said = [" ".join(text[a:b].split()) for a, b in spans.tolist()]
    assert said[2:5] == ['"His price is so moderate.', "She waited but a moment.", '"Five pounds.']
    # '"Five pounds. | Really so little."' is a group, a candidate whole.
    assert eligible_groups(text, spans, 0.0).tolist() == [[4, 5]]
    assert latin_speech_pieces(text, spans, eligible_groups(text, spans, 0.0)).tolist() == []


# Henty, A Search for a Secret, Vol. 2 (the mirror's file, line 493): Harry's speech runs over
# fourteen sentences before it (no group); the telegram he quotes inside it opens with a '"' in
# "…the English was--\"To the Bishop of Ravenna, Italy.", which the quote tests read as
# closing his speech and opening a group of two ('…Italy. | He is dead--… assistance."').
HARRY = (
    "\"Don't interrupt me, Agnes, or I won't tell you anything. 'I want to\n"
    "have a chat with you, Thornton,' I said. 'When can I see you?' 'I don't\n"
    "get away from here till six.' 'Well, suppose you come round to our place\n"
    "and have a chat with me when you get away.' 'Done,' he said. Accordingly\n"
    "I had a snug little dinner cooked, got a bottle of wine up from the\n"
    "cellar, and at about half-past six Dick came in. After we had dined, and\n"
    "had talked over the whole affair, I told him he could do me a great\n"
    "service by telling me whether the Misses Harmer had sent off a\n"
    "telegraphic message, and if so, where. 'It would lose me my place, if it\n"
    "were known I had told you, Harry,' he said. 'I know it would,' I\n"
    "answered; 'but what you say will not go any further; indeed it is more\n"
    "as a matter of curiosity that we may find out where the priest came\n"
    "from, than from any action we can take from it.' 'Well, Harry,' he said,\n"
    "'I will tell you all about it, and you can make what use you like of it;\n"
    "the place is not so first-rate that I should care very much if I did get\n"
    "the sack in consequence. One of the servants from Harmer Place--I should\n"
    "say Miss Harmer's own maid, for she was a stiff foreign-looking\n"
    "woman--came down upon that Friday afternoon, with a note and a message.\n"
    "I was alone at the time, for the other clerk happened to be away. The\n"
    "message was in Italian; it was that which made me notice it\n"
    "particularly, and when I got home I took the trouble to get a dictionary\n"
    "to see what it was about. I could not make much of it, and I forget the\n"
    'Italian words, but the English was--"To the Bishop of Ravenna, Italy. He\n'
    "is dead--much can be done, if lawful, for the mother--send advice and\n"
    "assistance.\" 'And did you get an answer,' I asked. 'Yes, the answer came\n"
    "on Sunday morning; I always attend there between half-past nine and\n"
    'half-past ten. It was also in Italian. "All is lawful for the\n'
    'mother--advice and aid have started."\'"\n'
)


def test_latin_speech_middle_guard_a_closing_sentence_that_opens_a_group_stays():
    # The closing sentence's group test (``free[j]``): the only mirror text where it decides
    # (/tmp/wtD41/freescan2.py, every file holding straight quotes). The group is a candidate
    # whole and scores its sentences' mean; with the test lifted, its first sentence left
    # the eligible ones and the group scored by "He is dead--…" alone.
    text = normalize_text(HARRY)
    spans = sentence_spans(text)
    groups = eligible_groups(text, spans, 6)
    j = next(i for i, (a, b) in enumerate(spans.tolist()) if "Bishop of Ravenna" in text[a:b])
    assert [j, j + 1] in groups.tolist()
    pieces = latin_speech_pieces(text, spans, groups).tolist()
    # Harry's opener and his speech's middles are pieces; the group's sentences are not.
    assert pieces == list(range(0, j))
    assert text[spans[0, 0] : spans[0, 1]].startswith("\"Don't interrupt me, Agnes")


# Taine, A Tour Through the Pyrenees (tr. J. Safford Fiske; the mirror files it under Doré,
# its illustrator): a diary quoted over paragraphs, each opening with “. In the mirror's text
# the page mark "{366}" stands where the blank line before "“Second hour" was, so two of its
# paragraphs run together as the cleaner leaves them (the mark cut).
TAINE = (
    "“First hour: view of the back of my guide and the hind-quarters of\n"
    "his horse. The guide has a vest of bottle-green velvet, darned in two\n"
    "places, on the right and on the left; the horse is a dirty brown and\n"
    "bears the marks of the whip. Several big pebbles in the pathway. Fog. I\n"
    "meditate on German philosophy.“Second hour: the view enlarges; I\n"
    "perceive the left eye of the guide’s horse. That eye is blind; it loses\n"
    "nothing.\n\n"
    "“Third hour: the view broadens more. View of the hind-quarters of two\n"
    "horses and two tourists’ vests fifteen feet above us. Gray vests, red\n"
    "girdles, berets. They swear and I swear; that consoles us a little.\n"
)


def test_latin_speech_middle_guard_a_speech_whose_next_mark_opens_has_no_middles():
    # The closing sentence's close test for curly marks (``closes[nxt_mark]``): the next
    # sentence holding a mark after '“First hour…' opens ('“Second hour…'), so no speech
    # closes in the paragraph and its sentences are no middles; with the test lifted the
    # diary's first five sentences and '“Second hour…' left the candidates.
    text = normalize_text(TAINE)
    spans = sentence_spans(text)
    said = [" ".join(text[a:b].split()) for a, b in spans.tolist()]
    assert said[4:6] == [
        "I meditate on German philosophy.",
        "“Second hour: the view enlarges; I perceive the left eye of the guide’s horse.",
    ]
    assert latin_speech_pieces(text, spans, eligible_groups(text, spans, 6)).tolist() == []
    keys = _keys(TAINE)
    assert "Several big pebbles in the pathway." in keys
    assert "“Second hour: the view enlarges; I perceive the left eye of the guide’s horse." in keys
