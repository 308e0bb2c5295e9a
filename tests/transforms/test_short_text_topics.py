"""Rule ``few_paragraph_units`` (transforms/c99.py): a short section of a few short
written paragraphs is topic-segmented over its paragraphs, so no topic boundary
cuts a written paragraph into pieces (session 21, docs/QUALITY.md)."""

import numpy as np
import pytest

from transforms.c99 import C99Config
from transforms.structure import StructureConfig, analyze_text, layout

# A Princess of Mars (Edgar Rice Burroughs, Project Gutenberg #62), chapter XX:
# five written paragraphs of one scene, hard-wrapped as in the book.
PRINCESS = (
    "The fourth day after my arrival at Zodanga I made my first flight, and\n"
    "as a result of it I won a promotion which included quarters in the\n"
    "palace of Than Kosis.\n\n"
    "As I rose above the city I circled several times, as I had seen Kantos\n"
    "Kan do, and then throwing my engine into top speed I raced at terrific\n"
    "velocity toward the south, following one of the great waterways which\n"
    "enter Zodanga from that direction.\n\n"
    "I had traversed perhaps two hundred miles in a little less than an hour\n"
    "when I descried far below me a party of three green warriors racing\n"
    "madly toward a small figure on foot which seemed to be trying to reach\n"
    "the confines of one of the walled fields.\n\n"
    "Dropping my machine rapidly toward them, and circling to the rear of\n"
    "the warriors, I soon saw that the object of their pursuit was a red\n"
    "Martian wearing the metal of the scout squadron to which I was\n"
    "attached. A short distance away lay his tiny flier, surrounded by the\n"
    "tools with which he had evidently been occupied in repairing some\n"
    "damage when surprised by the green warriors.\n\n"
    "They were now almost upon him; their flying mounts charging down on the\n"
    "relatively puny figure at terrific speed, while the warriors leaned low\n"
    "to the right, with their great metal-shod spears. Each seemed striving\n"
    "to be the first to impale the poor Zodangan and in another moment his\n"
    "fate would have been sealed had it not been for my timely arrival.\n"
)

# 水浒传, the opening of 第二回 (shared data zh_classics): a title line and four
# written paragraphs of dialogue, the third one speech of five sentences.
SHUIHU = (
    "第二回 史大郎夜走华阴县 鲁提辖拳打镇关西\n\n"
    '话说当时史进道："却怎生是好？"\n\n'
    '朱武等三个头领跪下道："哥哥，你是干净的人，休为我等连累了。'
    '大郎可把索来绑缚我三个出去请赏，免得负累了你不好看。"\n\n'
    '史进道："如何使得！恁地时，是我赚你们来，捉你请赏，枉惹天下人笑。'
    "若是死时，我与你们同死；活时同活。你等起来，放心，别作圆便。"
    '且等我问个来历情繇。"\n\n'
    '史进上梯子问道："你两个何故半夜三更来劫我庄上？"\n'
)

OFF = StructureConfig(topics=C99Config(few_paragraph_units=False))


def _starts(spans) -> list[int]:
    return [int(s[0]) for s in spans]


@pytest.mark.parametrize("text", [PRINCESS, SHUIHU], ids=["english", "chinese"])
def test_a_short_text_keeps_its_written_paragraphs(text):
    written = layout(text)[3].tolist()
    st = analyze_text(text)
    assert _starts(st.paragraphs) == written
    topics = _starts(st.topic_segments)
    assert set(topics) <= set(written)  # every topic boundary is a written paragraph start
    # Without the rule the topic stage cut written paragraphs into sentences.
    off = analyze_text(text, OFF)
    assert len(off.paragraphs) > len(written)
    assert not set(_starts(off.topic_segments)) <= set(written)


def test_the_long_paragraph_of_a_short_text_can_still_be_cut():
    """A section whose paragraph is longer than ``max_paragraph_terms`` keeps its
    sentences as units (a few long paragraphs: running text)."""
    config = StructureConfig(topics=C99Config(max_paragraph_terms=20))
    written = layout(PRINCESS, config)[3].tolist()
    st = analyze_text(PRINCESS, config)
    off = analyze_text(
        PRINCESS,
        StructureConfig(topics=C99Config(max_paragraph_terms=20, few_paragraph_units=False)),
    )
    assert _starts(st.topic_segments) == _starts(off.topic_segments)
    assert len(st.paragraphs) >= len(written)


def test_the_rule_scales_its_limit_for_chinese_bigrams():
    """Rule ``cjk_bigram_evidence``: a Chinese paragraph's bigrams hold each
    character twice, so the limit is doubled: SHUIHU's longest paragraph holds 46
    terms, over 30 but under 30 x 2, and its paragraphs stay units."""
    config = StructureConfig(topics=C99Config(max_paragraph_terms=30))
    st = analyze_text(SHUIHU, config)
    assert _starts(st.paragraphs) == layout(SHUIHU, config)[3].tolist()
    assert np.all(np.diff(_starts(st.paragraphs)) > 0)
    off = analyze_text(
        SHUIHU, StructureConfig(topics=C99Config(max_paragraph_terms=30, few_paragraph_units=False))
    )
    assert len(off.paragraphs) > len(st.paragraphs)
