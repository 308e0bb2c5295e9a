"""The frame the play-key tests share (stage directions, cast lists): a text's structure,
its sentences as single-spaced strings, and which of them may be key sentences."""

from transforms import key_sentences as ks
from transforms.structure import StructureConfig, analyze_text


def eligible(text):
    """``(structure, sentence texts, eligible mask)`` of ``text`` as the pipeline sees it."""
    st = analyze_text(text)
    texts = [" ".join(text[a:b].split()) for a, b in st.sentences.tolist()]
    heads = [s.start for s in st.sections]
    ok = ks.eligible_sentences(text, st.sentences, StructureConfig().key_min_words, heads)
    return st, texts, ok
