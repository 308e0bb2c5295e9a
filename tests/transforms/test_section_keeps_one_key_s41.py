"""Clause section_keeps_one_key (session 41 follow-up, transforms/key_select.py,
``quotas``): when the document's key budget k covers every section that holds a
candidate, each of them gets at least one key; a section the proportional split left at 0
takes its slot from the section that holds 2+ and is most over its exact share. When k is
smaller than the number of such sections, the proportional split stands. Without it a
chapter of long speeches, whose sentences are no candidates (``latin_speech_pieces``:
since ``latin_speech_middle`` its middles too), ceded its whole share: Candide chapter
XXVIII (6 candidates of 44 sentences) fell from 2 keys to none (review of session 41's
wtD: 16 sections of a 200-book sample). Real text: Voltaire, Candide, chapters XXVIII and
XXIX (Project Gutenberg)."""

import random

import numpy as np

from transforms import key_select
from transforms.structure import StructureConfig, analyze_text

# Candide XXVIII's opening (Candide's line, the Baron's one-paragraph speech of twelve
# sentences: its ends and middles are pieces, Candide's question to Pangloss: 3 candidates)
# and XXIX's opening (narrative and tagged speech: 10 candidates).
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
    "her brother; they embraced the old woman, and Candide ransomed them\n"
    "both.\n"
    "\n"
    "There was a small farm in the neighbourhood which the old woman\n"
    "proposed to Candide to make a shift with till the company could be\n"
    "provided for in a better manner. Cunegonde did not know she had grown\n"
    "ugly, for nobody had told her of it; and she reminded Candide of his\n"
    "promise in so positive a tone that the good man durst not refuse her. He\n"
    "therefore intimated to the Baron that he intended marrying his sister.\n"
    "\n"
    '"I will not suffer," said the Baron, "such meanness on her part, and\n'
    "such insolence on yours; I will never be reproached with this scandalous\n"
    "thing; my sister's children would never be able to enter the church in\n"
    'Germany. No; my sister shall only marry a baron of the empire."\n'
)


def _keys(top_k):
    st = analyze_text(CANDIDE, StructureConfig(key_ratio=1.0, key_top_k=top_k))
    texts = [CANDIDE[s:e].strip() for s, e in st.sentences[st.key_sentences]]
    in_xxviii = int((st.sentences[st.key_sentences, 0] < CANDIDE.index("XXIX")).sum())
    return texts, in_xxviii


def test_candide_xxviii_keeps_one_key_with_the_baron_s_speech_excluded():
    # k=2 over 3 : 10 candidates gave XXIX both; XXVIII now takes its best candidate
    texts, in_xxviii = _keys(2)
    assert len(texts) == 2
    assert in_xxviii == 1
    assert texts[0].startswith('"I ask your pardon once more," said Candide to the Baron,')
    assert texts[1] == "The Baron paled at this sight."
    assert not any("Ichoglan" in t or "hundred blows" in t for t in texts)  # no piece


def test_candide_budget_under_the_sections_keeps_the_proportional_split():
    # guard: k=1 < 2 sections with candidates: the larger share (XXIX) takes it
    texts, in_xxviii = _keys(1)
    assert in_xxviii == 0
    assert texts == ["The Baron paled at this sight."]


def test_candide_budget_over_the_floor_is_unchanged():
    # guard: k=3 splits 3 : 10 as 1 : 2 already; the clause moves nothing
    texts, in_xxviii = _keys(3)
    assert in_xxviii == 1
    assert len(texts) == 3


def test_quotas_floor_and_donor():
    q = key_select.quotas
    assert q(np.array([3, 5, 2]), 4).tolist() == [1, 2, 1]  # no section at 0: unchanged
    assert q(np.array([14, 4]), 2).tolist() == [1, 1]  # was [2, 0]
    assert q(np.array([1, 1, 1]), 2).tolist() == [1, 1, 0]  # k < 3 sections: stands
    assert q(np.array([2, 0]), 5).tolist() == [2, 0]  # no candidate: no key
    assert q(np.array([10, 10, 1]), 4).tolist() == [2, 1, 1]  # was [2, 2, 0]
    # the donor is the section most over its exact share (17 sentences, k=6: exact 3.18,
    # 2.12, 0.35, 0.35; split [3, 2, 1, 0]): section 1 (2 - 2.12) over section 0 (3 - 3.18)
    assert q(np.array([9, 6, 1, 1]), 6).tolist() == [3, 1, 1, 1]
    # ties between donors go to the later section
    assert q(np.array([6, 6, 1]), 6).tolist() == [3, 2, 1]  # split [3, 3, 0]


def test_quotas_invariants():
    rng = random.Random(41)
    for _ in range(2000):
        sizes = np.array([rng.choice([0, 1, 2, 3, 5, 40]) for _ in range(rng.randint(1, 8))])
        k = rng.randint(0, 30)
        got = key_select.quotas(sizes, k)
        assert int(got.sum()) == min(k, int(sizes.sum()))  # never more than k
        assert (got <= sizes).all() and (got >= 0).all()
        held = sizes > 0
        if k >= int(held.sum()):
            assert (got[held] >= 1).all()
