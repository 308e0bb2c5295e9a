"""Session 34 (part 2, branch wtD2): which "[Sidenote: ...]" paragraphs a reader keeps
(``transforms.gutenberg_markup``, ``_side_paragraph``). Excerpts are lines of the raw Project
Gutenberg mirror (GitHub rcdm-uga/Gutenberg_Text)."""

from __future__ import annotations

from transforms.gutenberg_markup import markup_edits
from transforms.textedit import apply_edits


def _marked(text: str) -> str:
    return apply_edits(text, markup_edits(text))[0]


# Verne, In Search of the Castaways: the running heads set between paragraphs of the novel.
VERNE = (
    "the starboard ratling a stout rope, to which was fastened a hook baited\n"
    "with a thick piece of pork.\n\n"
    "[Sidenote: THE LAST MOUTHFUL.]\n\n"
    "The shark, although still at a distance of fifty yards, scented the\n"
    "bait offered to his voracity.\n\n"
    '[Sidenote: "OLD IN BOTTLE."]\n\n'
    "However, they must know what it was, and Glenarvan, without waiting\n"
    "longer, proceeded to examine the bottle.\n"
)
# Scott, Life of Napoleon Bonaparte, vol. II: the editor's topic in the margin.
NAPOLEON = (
    "patent of nobility from the battle of Montenotte, that is, from his\n"
    "first victory.[4]\n\n"
    "[Sidenote: CORSICA.]\n\n"
    "All that is known with certainty of Napoleon's family may be told in few\n"
    "words.\n"
)


def test_sidenote_running_heads_verne_and_scott_are_cut():
    """Clause ``sidenote_running_heads``: a sidenote paragraph in capitals goes with its blank
    lines (before: "THE LAST MOUTHFUL." stood as a paragraph inside the novel)."""
    out = _marked(VERNE)
    assert out == (
        "the starboard ratling a stout rope, to which was fastened a hook baited\n"
        "with a thick piece of pork.\n\n"
        "The shark, although still at a distance of fifty yards, scented the\n"
        "bait offered to his voracity.\n\n"
        "However, they must know what it was, and Glenarvan, without waiting\n"
        "longer, proceeded to examine the bottle.\n"
    )
    out = _marked(NAPOLEON)
    assert "CORSICA" not in out and "first victory.[4]\n\nAll that is known" in out


def test_sidenote_running_heads_guard_addressees_topics_and_dates_stay():
    """Guard: mixed-case sidenote paragraphs (Dickens' Letters' addressee, Goethe's topics)
    and dates without a word in capitals (Nesbit's "A.D. 827.", Voltaire's "1682.") keep
    their words as a paragraph."""
    dickens = (
        "                                                           Ever yours.\n\n\n"
        "[Sidenote: Mr. Serjeant Talfourd, M.P.]\n\n"
        "                              48, DOUGHTY STREET, _Wednesday Evening._\n"
    )
    assert "Ever yours.\n\n\nMr. Serjeant Talfourd, M.P.\n\n" in _marked(dickens)
    # review: a capitals run beside lower case ("Mr." before a name set in capitals) stays
    capitals_name = dickens.replace("Mr. Serjeant Talfourd, M.P.", "Mr. W. C. MACREADY.")
    assert "Ever yours.\n\n\nMr. W. C. MACREADY.\n\n" in _marked(capitals_name)
    goethe = (
        "       *       *       *       *       *\n\n"
        "[Sidenote: Fancies and feelings.]\n\n"
        "With what wonderful properties are we not born,--what vague aspirations\n"
    )
    assert "\n\nFancies and feelings.\n\nWith what" in _marked(goethe)
    nesbit = (
        "and sorry, just as people are now-a-days.\n\n"
        "[Sidenote: A.D. 827.]\n\n"
        "You know that if you were to set out on a journey from one end of\n"
    )
    assert "now-a-days.\n\nA.D. 827.\n\nYou know" in _marked(nesbit)
    peter = "\n\n[Sidenote: 1682.]\n\nCzar Theodore's eyes were scarcely closed, when the\n"
    assert "\n\n1682.\n\nCzar Theodore's" in _marked(peter)


# Thoreau, The Gift of Friendship: the margin's summary printed inside a sentence.
THOREAU = (
    "The effect of the indulgence of this human affection is a certain\n"
    "cordial exhilaration. In poetry, and in common\n\n"
    "[Sidenote: Affection the sweetness of life]\n\n"
    "speech, the emotions of benevolence and complacency which are felt\n"
    "towards others are likened to the material effects of fire.\n"
)


def test_sidenote_in_sentence_thoreau_sentence_joined():
    """Clause ``sidenote_in_sentence``: a sidenote paragraph followed by a paragraph that
    opens in lower case split a sentence: it goes and the halves join (before: "Affection
    the sweetness of life" stood as a paragraph between "in common" and "speech,")."""
    out = _marked(THOREAU)
    assert "Affection" not in out
    assert "In poetry, and in common\nspeech, the emotions of benevolence" in out


def test_sidenote_in_sentence_guard_finished_sentence_and_indented_lines_stay():
    """Clause ``sidenote_in_sentence_guard`` (review): after a finished sentence, or before
    an indented line (verse, a list), the lower-case paragraph is not the sentence's second
    half: no join (before: "...to the fire.\\n    and the day..." ran together)."""
    after_stop = (
        "They sat down together by the fire.\n\n"
        "[Sidenote: The song]\n\n"
        "i. the first verse they sang was an old one.\n"
    )
    verse = (
        "and so they sang of the morning, and of\n\n"
        "[Sidenote: The song]\n\n"
        "    and the day is done,\n    and the night is come.\n"
    )
    out = _marked(after_stop)
    assert "by the fire.\n\nThe song\n\ni. the first verse" in out
    out = _marked(verse)
    assert "and of\n\nThe song\n\n    and the day is done,\n" in out
    assert "In poetry, and in common\nspeech, the emotions" in _marked(THOREAU)


def test_sidenote_in_sentence_guard_after_another_sidenote_or_a_note():
    """Clause ``sidenote_in_sentence_guard`` (review): a sidenote right after another sidenote
    or after a note paragraph is not joined: before, after a running head the second
    sidenote's join overlapped the head's cut and was dropped ("[Sidenote: Affection ...]"
    stayed raw), and "[Footnote 1: ...]" was glued to "speech, ..." (the "]" before stops
    the join)."""
    head = THOREAU.replace("\n\n[Sidenote:", "\n\n[Sidenote: THE HEAD.]\n\n[Sidenote:")
    out = _marked(head)
    assert "[Sidenote" not in out and "THE HEAD" not in out
    assert "in common\n\nAffection the sweetness of life\n\nspeech, the emotions" in out
    note = THOREAU.replace("\n\n[Sidenote:", "\n\n[Footnote 1: A note.]\n\n[Sidenote:")
    assert "[Footnote 1: A note.]\n\nAffection the sweetness of life\n\nspeech," in _marked(note)
    assert "In poetry, and in common\nspeech, the emotions" in _marked(THOREAU)
