"""Clause speech_pieces_keep_share (session 41 follow-up, transforms/key_select.py,
``quotas(..., room=)``; the pieces passed by transforms/structure.py): the sentences of a
speech that are no candidates (``latin_speech_pieces``: the ends and, since
``latin_speech_middle``, the middles of a one-paragraph speech that is no candidate whole)
still count in their section's share of k; a section gets no more keys than its candidate
sentences (its room), and the slots it cannot use go to the sections with room left.
Without it a chapter of long speeches ceded its share to the others: Candide chapter
XXVIII (38 of its 44 sentences are pieces) fell from 2 keys to none (review of session
41's wtD: 16 sections of a 200-book sample). Real text: Voltaire, Candide, chapters
XXVIII-XXIX (Project Gutenberg)."""

import numpy as np

from transforms import key_select
from transforms.structure import StructureConfig, analyze_text

# Candide XXVIII's opening (Candide's line, the Baron's one-paragraph speech of twelve
# sentences: its ends and middles are pieces, Candide's question to Pangloss) and XXIX's
# opening (narrative).
CANDIDE = (
    "XXVIII\n"
    "\n"
    "WHAT HAPPENED TO CANDIDE, CUNEGONDE, PANGLOSS, MARTIN, ETC.\n"
    "\n"
    "\n"
    '"I ask your pardon once more," said Candide to the Baron, "your pardon,\n'
    'reverend father, for having run you through the body."\n'
    "\n"
    '"Say no more about it," answered the Baron. "I was a little too hasty, I\n'
    "own, but since you wish to know by what fatality I came to be a\n"
    "galley-slave I will inform you. After I had been cured by the surgeon of\n"
    "the college of the wound you gave me, I was attacked and carried off by\n"
    "a party of Spanish troops, who confined me in prison at Buenos Ayres at\n"
    "the very time my sister was setting out thence. I asked leave to return\n"
    "to Rome to the General of my Order. I was appointed chaplain to the\n"
    "French Ambassador at Constantinople. I had not been eight days in this\n"
    "employment when one evening I met with a young Ichoglan, who was a very\n"
    "handsome fellow. The weather was warm. The young man wanted to bathe,\n"
    "and I took this opportunity of bathing also. I did not know that it was\n"
    "a capital crime for a Christian to be found naked with a young\n"
    "Mussulman. A cadi ordered me a hundred blows on the soles of the feet,\n"
    "and condemned me to the galleys. I do not think there ever was a greater\n"
    "act of injustice. But I should be glad to know how my sister came to be\n"
    "scullion to a Transylvanian prince who has taken shelter among the\n"
    'Turks."\n'
    "\n"
    '"But you, my dear Pangloss," said Candide, "how can it be that I behold\n'
    'you again?"\n'
    "\n"
    "\n\n\n\n"
    "XXIX\n"
    "\n"
    "HOW CANDIDE FOUND CUNEGONDE AND THE OLD WOMAN AGAIN.\n"
    "\n"
    "\n"
    "While Candide, the Baron, Pangloss, Martin, and Cacambo were relating\n"
    "their several adventures, were reasoning on the contingent or\n"
    "non-contingent events of the universe, disputing on effects and causes,\n"
    "on moral and physical evil, on liberty and necessity, and on the\n"
    "consolations a slave may feel even on a Turkish galley, they arrived at\n"
    "the house of the Transylvanian prince on the banks of the Propontis. The\n"
    "first objects which met their sight were Cunegonde and the old woman\n"
    "hanging towels out to dry.\n"
    "\n"
    "The Baron paled at this sight. The tender, loving Candide, seeing his\n"
    "beautiful Cunegonde embrowned, with blood-shot eyes, withered neck,\n"
    "wrinkled cheeks, and rough, red arms, recoiled three paces, seized with\n"
    "horror, and then advanced out of good manners. She embraced Candide and\n"
)

PANGLOSS = '"But you, my dear Pangloss," said Candide, "how can it be that I behold\nyou again?"'


def _keys(top_k):
    st = analyze_text(CANDIDE, StructureConfig(key_ratio=1.0, key_top_k=top_k))
    xxix = CANDIDE.index("XXIX")
    texts = [CANDIDE[s:e].strip() for s, e in st.sentences[st.key_sentences]]
    in_xxviii = int((st.sentences[st.key_sentences, 0] < xxix).sum())
    return st, texts, in_xxviii


def test_candide_xxviii_keeps_its_share_with_the_baron_s_speech_excluded():
    # k=3: XXVIII holds 3 candidate sentences and 11 pieces, XXIX 4 candidates; shares by
    # 14 : 4 give XXVIII 2 keys (without the pieces, 3 : 4 gave it 1, and Candide's
    # question to Pangloss lost to a third sentence of XXIX).
    st, texts, in_xxviii = _keys(3)
    assert len(texts) == 3
    assert in_xxviii == 2
    assert PANGLOSS in texts
    assert texts[0].startswith('"I ask your pardon once more," said Candide')
    assert texts[2] == "The Baron paled at this sight."
    # the Baron's speech stays out: no key holds its middles
    assert not any("Ichoglan" in t or "hundred blows" in t for t in texts)


def test_candide_every_candidate_fits_when_the_budget_allows():
    # guard: with k over the candidate sentences (7), all 7 are keys, no piece is one
    st, texts, _ = _keys(50)
    assert len(texts) == 7
    assert PANGLOSS in texts
    assert not any("Ichoglan" in t for t in texts)


def test_quotas_without_room_are_unchanged():
    # guard: the plain proportional split (largest remainder, ties to the earlier section)
    assert key_select.quotas(np.array([3, 5, 2]), 4).tolist() == [1, 2, 1]
    assert key_select.quotas(np.array([14, 4]), 2).tolist() == [2, 0]
    assert key_select.quotas(np.array([1, 1, 1]), 2).tolist() == [1, 1, 0]
    assert key_select.quotas(np.array([2, 0]), 5).tolist() == [2, 0]


def test_quotas_with_room_never_exceed_it_and_give_the_rest_away():
    # a section of 14 (1 candidate, 13 pieces) and one of 4 candidates, k=3: 14 : 4 gives
    # 2 : 1 (largest remainder); the first takes its 1, the 1 it cannot use goes to the other
    q = key_select.quotas(np.array([14, 4]), 3, room=np.array([1, 4]))
    assert q.tolist() == [1, 2]
    # budget over all the room: every candidate sentence, no more
    q = key_select.quotas(np.array([14, 4, 9]), 50, room=np.array([1, 4, 0]))
    assert q.tolist() == [1, 4, 0]
    # budget smaller than the sections with room: the shares by size decide (largest
    # remainder), so the sections with the smallest shares get none
    q = key_select.quotas(np.array([10, 3, 2]), 1, room=np.array([2, 3, 2]))
    assert q.tolist() == [1, 0, 0]
    # room equal to the sizes: the plain split
    sizes = np.array([7, 3, 11, 1])
    for k in range(0, 23):
        assert (
            key_select.quotas(sizes, k, room=sizes).tolist() == key_select.quotas(sizes, k).tolist()
        )


def test_select_counts_pieces_only_in_sections_with_candidates():
    scores = np.array([0.5, 0.4, 0.3, 0.2, 0.1])
    section_of = np.array([0, 1, 1, 1, 1])
    # no pieces: 1 : 4 of k=2 gives section 0 nothing
    chosen, _ = key_select.select_key_sentences(scores, section_of, 2)
    assert chosen.tolist() == [1, 2]
    # section 0's six pieces count in its share (7 : 4): it gets 1; section 5 (pieces only,
    # no candidate) takes no slot and no key
    share = np.array([0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5])
    chosen, _ = key_select.select_key_sentences(scores, section_of, 2, share_sections=share)
    assert chosen.tolist() == [0, 1]
    # never more keys than k, nor than the candidates
    chosen, _ = key_select.select_key_sentences(scores, section_of, 9, share_sections=share)
    assert chosen.tolist() == [0, 1, 2, 3, 4]
