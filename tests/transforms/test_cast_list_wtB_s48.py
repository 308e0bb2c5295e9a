"""Session 48, branch wtB, clause ``cast_list_tag_speaks`` (transforms/cast_list.py): a speaker
tag's line that speaks in the first or second person ends a cast list under a heading. Real
text: Maude's translation of Tolstoy's Fruits of Culture (Gutenberg mirror): five lines of its
list ("THE PRINCESS. A society woman, a visitor.") and the old Princess's speech of act IV. The
play has an act line after its list; the layout the clause is for (the list, then the first
speech, no act line between: a one-act play) is built from them, as session 47's test is."""

from transforms.cast_list import cast_list_sentences, named_cast_spans
from transforms.structure import analyze_text

LIST = """CHARACTERS


THE BARONESS. A pompous lady of about 50, slow in her movements, speaks with monotonous intonation.

THE PRINCESS. A society woman, a visitor.

HER DAUGHTER. An affected young society woman, a visitor.

THE COUNTESS. An ancient dame, with false hair and teeth. Moves with great difficulty.

GROSSMAN. A dark, nervous, lively man of Jewish type. Speaks very loud.
"""

# act IV: 33 words, no "?" or "!", a tag the list does not name ("THE PRINCESS" there)
SPEECH = """OLD PRINCESS. Then tell your papa that I don't believe in anything of the kind, but will come to see his new medium. Only he must let me know when. Good afternoon, ma toute belle.

 [Kisses BETSY, and exit, followed by her daughter. BETSY goes upstairs.

GREGORY. I don't like putting on an old woman's overshoes for her; she can't stoop, can't see her shoe for her stomach, and keeps poking her foot in the wrong place. It's different with a young one; it's pleasant to take her foot in one's hand.

SECOND FOOTMAN. Hear him! Making distinctions!
"""


def test_a_speech_after_the_list_ends_it():
    text = "\n" + LIST + "\n" + SPEECH
    end = text.find("Speaks very loud.") + len("Speaks very loud.")
    assert named_cast_spans(text, play=True) == [(text.find("THE BARONESS"), end)]
    # the speech's sentences stay key candidates, the list's lines do not
    spans = analyze_text(text).sentences
    listed = set(cast_list_sentences(text, spans, range(len(spans)), play=True).tolist())
    said = [i for i, (a, b) in enumerate(spans.tolist()) if "Then tell your papa" in text[a:b]]
    assert said and not listed & set(said)
    assert any("A society woman, a visitor." in text[a:b] for a, b in spans[sorted(listed)])


def test_third_person_entries_stay_in_the_list():
    # the play's own layout: the act line ends the list, every entry is in it
    text = "\n" + LIST + "\n\n\n\nACT I\n\n The entrance hall of a wealthy house in Moscow.\n"
    end = text.find("Speaks very loud.") + len("Speaks very loud.")
    assert named_cast_spans(text, play=True) == [(text.find("THE BARONESS"), end)]
